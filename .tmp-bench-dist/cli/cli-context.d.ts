import type { CliIO } from './cli-io.js';
import { type Style } from './style.js';
/** What every command receives: the IO plus styles decided once per stream. */
export interface CliContext {
    io: CliIO;
    /** Styling for stdout (answers, tables). */
    out: Style;
    /** Styling for stderr (progress, meta lines, errors). */
    err: Style;
    debug: boolean;
    /** The name the user typed (`stable-llm`, `stable-llm-chat`), for messages and help. */
    bin: string;
}
export declare function createCliContext(io: CliIO, flags: {
    color?: boolean;
    debug?: boolean;
}, bin: string): CliContext;
