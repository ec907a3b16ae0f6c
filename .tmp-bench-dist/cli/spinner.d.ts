import type { CliOutput } from './cli-io.js';
import type { Style } from './style.js';
export interface Spinner {
    /** Stops and erases the spinner; safe to call many times. */
    stop(): void;
    update(text: string): void;
}
/**
 * A one-line progress indicator on stderr while we wait for the first token. Only on a TTY:
 * in pipes and logs it would be noise. Erasing uses `\r` + spaces rather than an ANSI clear, so
 * with colour off (NO_COLOR) not a single escape sequence is written.
 */
export declare function startSpinner(stream: CliOutput, style: Style, text: string, enabled?: boolean): Spinner;
