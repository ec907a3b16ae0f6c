import type { ProtocolHandler } from '../../protocol-handler.js';
/** Access keys the default fake Bedrock accepts (use these in tests that go through the default server). */
export declare const FAKE_AWS_CREDENTIALS: Readonly<{
    accessKeyId: "AKIAFAKEUPSTREAM0001";
    secretAccessKey: "fake-upstream/secret+KEY0001";
}>;
export interface BedrockProtocolOptions {
    name?: string;
    /** access key id → secret access key (default: FAKE_AWS_CREDENTIALS). */
    credentials?: Readonly<Record<string, string>>;
    /** access key id → required session token, for temporary credentials. */
    sessionTokens?: Readonly<Record<string, string>>;
    /** Accepted Bedrock API keys (Bearer); any non-empty key when omitted. */
    apiKeys?: readonly string[];
    /** When set, the signature's credential scope must name this region. */
    region?: string;
    /** Clock for the signature's 5-minute skew window. */
    now?: () => Date;
}
/**
 * AWS Bedrock Converse / ConverseStream (`/model/{id}/converse[-stream]`). Requests must be
 * SigV4-signed with known credentials (verified like AWS does: recomputed from the path as
 * received, the signed headers and the body) or carry a Bedrock API key as Bearer; failures are
 * Bedrock-style 403s. Streams are binary AWS event-stream frames.
 *
 * The core gives handlers the parsed body only, so the signature is checked against
 * `JSON.stringify(body)` — byte-identical to what a JSON client such as ours sends.
 */
export declare function createBedrockProtocol(options?: BedrockProtocolOptions): ProtocolHandler;
export declare const bedrockProtocol: ProtocolHandler;
