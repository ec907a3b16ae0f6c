import { type Logger } from 'pino';
export type GatewayLogger = Logger;
/** Paths pino blanks out on every line, whatever a handler logs by mistake. */
export declare const REDACT_PATHS: string[];
/**
 * Async pino (a buffered SonicBoom on stdout, flushed on exit) so logging never blocks a
 * request. `destination` lets tests capture lines.
 */
export declare function createLogger(options?: {
    level?: string;
    destination?: NodeJS.WritableStream;
    name?: string;
}): GatewayLogger;
