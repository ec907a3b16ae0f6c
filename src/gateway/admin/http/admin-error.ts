import { GatewayHttpError } from '../../http/http-error.js';

const TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  404: 'not_found_error',
  409: 'conflict_error',
  429: 'rate_limit_error',
  502: 'upstream_error',
  503: 'service_unavailable_error',
};

/** An admin API error: `{error:{message,type,code,…detail}}`, like every other gateway error. */
export function adminError(status: number, code: string, message: string, detail?: Record<string, unknown>): GatewayHttpError {
  return new GatewayHttpError({ status, type: TYPES[status] ?? 'api_error', code, message, detail });
}
