import type { CliOutput } from './cli-io.js';

export type Paint = (text: string) => string;

/** ANSI styling that collapses to the identity when colour is off, so callers never branch on it. */
export interface Style {
  readonly enabled: boolean;
  bold: Paint;
  dim: Paint;
  italic: Paint;
  red: Paint;
  green: Paint;
  yellow: Paint;
  blue: Paint;
  magenta: Paint;
  cyan: Paint;
  gray: Paint;
}

const plain: Paint = (t) => t;

function sgr(open: number, close: number): Paint {
  return (t) => `\x1b[${open}m${t}\x1b[${close}m`;
}

export function createStyle(enabled: boolean): Style {
  if (!enabled) {
    return {
      enabled,
      bold: plain,
      dim: plain,
      italic: plain,
      red: plain,
      green: plain,
      yellow: plain,
      blue: plain,
      magenta: plain,
      cyan: plain,
      gray: plain,
    };
  }
  return {
    enabled,
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    italic: sgr(3, 23),
    red: sgr(31, 39),
    green: sgr(32, 39),
    yellow: sgr(33, 39),
    blue: sgr(34, 39),
    magenta: sgr(35, 39),
    cyan: sgr(36, 39),
    gray: sgr(90, 39),
  };
}

/**
 * Colour only on a TTY, never with NO_COLOR (https://no-color.org: any non-empty value) or
 * `--no-color`; FORCE_COLOR turns it on for pipes (CI logs) unless NO_COLOR also says no.
 */
export function colorEnabled(stream: CliOutput, env: NodeJS.ProcessEnv, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
