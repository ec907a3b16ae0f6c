import type { EndpointConfig } from '../settings/resolved-settings.js';
import type { CloudProtocol } from './cloud-endpoint-options.js';
export interface CredentialIssue {
    /** `endpoints[2].credentials.private_key` (prefixed with the given base path). */
    path: string;
    message: string;
}
/**
 * Checks an endpoint's `credentials` object for its cloud protocol and returns every problem with
 * the field named (`endpoints[2].credentials.private_key: missing`). `protocol` defaults to the
 * endpoint's kind; endpoints of other kinds (or without credentials) yield no issues. Never
 * echoes secret values.
 */
export declare function validateCloudCredentials(endpoint: EndpointConfig, basePath?: string, protocol?: CloudProtocol): CredentialIssue[];
