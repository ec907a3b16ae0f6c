import { ConfigError } from '../../../errors/config-error.js';
import { GatewayHttpError } from '../../http/http-error.js';
import { adminError } from './admin-error.js';

/**
 * Console-specific translations: an invalid edit (ConfigError) is the admin's input error (400
 * with every issue and its path), not the gateway's 503; store validation (RangeError naming a
 * field) is a 400 too. Everything else goes to the gateway's normal error mapping.
 */
export function toAdminError(err: unknown): unknown {
  if (err instanceof GatewayHttpError) return err;
  if (err instanceof ConfigError) return adminError(400, 'invalid_config', err.message, { issues: err.issues });
  if (err instanceof RangeError) return adminError(400, 'invalid_value', err.message);
  return err;
}
