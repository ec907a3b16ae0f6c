import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';

export type GatewayLogger = Logger;

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
 * Async pino (a buffered SonicBoom on stdout) so logging never blocks a request. The general
 * logger redacts secrets on every line; `accessLogger(logger)` shares its destination without the
 * redaction pass (wildcard redaction costs tens of µs per line, and the access line is built only
 * from fields the gateway controls: ids, paths, numbers — never headers or bodies).
 */
export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream; name?: string } = {}): GatewayLogger {
  const opts: LoggerOptions = {
    name: options.name ?? 'stable-llm',
    level: options.level ?? 'info',
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    base: { pid: process.pid },
  };
  const destination: DestinationStream =
    (options.destination as DestinationStream | undefined) ?? pino.destination({ dest: 1, sync: false });
  const logger = pino(opts, destination);
  accessLoggers.set(logger, pino({ name: opts.name, level: opts.level, base: { pid: process.pid } }, destination));
  return logger;
}

const accessLoggers = new WeakMap<Logger, Logger>();

/** The request-line logger that goes with `logger` (the logger itself when it was made elsewhere). */
export function accessLogger(logger: GatewayLogger): GatewayLogger {
  return accessLoggers.get(logger) ?? logger;
}
