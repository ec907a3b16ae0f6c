/** The error taxonomy every provider failure is classified into. */
export const ERROR_KINDS = [
  'rate_limit',
  'quota_exhausted',
  'auth',
  'permission',
  'not_found',
  'context_length',
  'content_policy',
  'invalid_request',
  'overloaded',
  'server',
  'timeout',
  'network',
  'aborted',
] as const;

export type ErrorKind = (typeof ERROR_KINDS)[number];

/** Kinds worth another try (same or other target) by default. */
export const RETRYABLE_KINDS: ReadonlySet<ErrorKind> = new Set<ErrorKind>(['rate_limit', 'overloaded', 'server', 'timeout', 'network']);
