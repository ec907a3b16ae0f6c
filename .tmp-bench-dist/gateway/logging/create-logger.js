import { pino } from 'pino';
/** Paths pino blanks out on every line, whatever a handler logs by mistake. */
export const REDACT_PATHS = [
    'req.headers.authorization',
    'req.headers["x-api-key"]',
    'req.headers["api-key"]',
    'req.headers.cookie',
    'headers.authorization',
    'headers["x-api-key"]',
    'headers.cookie',
    '*.api_key',
    '*.apiKey',
    '*.key',
    '*.master_key',
    '*.admin_key',
    '*.password',
];
/**
 * Async pino (a buffered SonicBoom on stdout, flushed on exit) so logging never blocks a
 * request. `destination` lets tests capture lines.
 */
export function createLogger(options = {}) {
    const opts = {
        name: options.name ?? 'stable-llm',
        level: options.level ?? 'info',
        redact: { paths: REDACT_PATHS, censor: '[redacted]' },
        base: { pid: process.pid },
        timestamp: pino.stdTimeFunctions.isoTime,
    };
    if (options.destination)
        return pino(opts, options.destination);
    return pino(opts, pino.destination({ dest: 1, sync: false }));
}
//# sourceMappingURL=create-logger.js.map