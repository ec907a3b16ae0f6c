import { CliError } from './cli-error.js';
/**
 * The error for "nothing to call": says exactly how to add a provider, because this is the first
 * thing a new user sees.
 */
export declare function noProviderError(bin: string, configPath: string | undefined): CliError;
