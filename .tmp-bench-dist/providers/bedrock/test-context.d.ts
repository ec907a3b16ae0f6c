import type { AdapterContext } from '../provider-adapter.js';
/** A Bedrock adapter context for tests; override any field. */
export declare function bedrockTestContext(overrides?: Partial<AdapterContext>): AdapterContext;
