import type { ProtocolHandler } from '../protocol-handler.js';
export interface AzureProtocolOptions {
    name?: string;
    /** Accepted `api-key` values; any non-empty key when omitted. */
    apiKeys?: readonly string[];
    /** Accepted Entra bearer tokens (e.g. `tokenServer.isIssued`); any non-empty token when omitted. */
    acceptToken?: (token: string) => boolean;
    /**
     * The v1 route (`…/openai/v1/chat/completions`) collides with other vendors that mount OpenAI
     * under `/openai/v1` (Groq), so it is only claimed when the request carries `api-key` or an
     * `api-version` query, or when this is true.
     */
    claimV1?: boolean;
}
/**
 * Azure OpenAI: OpenAI bodies on deployment URLs (`/openai/deployments/{d}/chat/completions?
 * api-version=…`, the deployment is the model) and the v1 API. Auth is `api-key` or an Entra
 * Bearer token. Responses carry Azure's `prompt_filter_results` / `content_filter_results`
 * annotations, and streams start with the prompt-filter chunk whose `choices` is empty.
 */
export declare function createAzureProtocol(options?: AzureProtocolOptions): ProtocolHandler;
export declare const azureProtocol: ProtocolHandler;
