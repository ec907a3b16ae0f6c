import { GatewayHttpError } from '../http/http-error.js';
/**
 * The answer to a chat request when no provider is configured: a 503 that tells the operator
 * exactly how to add one (env var, config file, or --demo).
 */
export declare function noProviderError(configPath: string | undefined): GatewayHttpError;
