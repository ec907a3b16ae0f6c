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
export declare function createStyle(enabled: boolean): Style;
/**
 * Colour only on a TTY, never with NO_COLOR (https://no-color.org: any non-empty value) or
 * `--no-color`; FORCE_COLOR turns it on for pipes (CI logs) unless NO_COLOR also says no.
 */
export declare function colorEnabled(stream: CliOutput, env: NodeJS.ProcessEnv, flag: boolean | undefined): boolean;
