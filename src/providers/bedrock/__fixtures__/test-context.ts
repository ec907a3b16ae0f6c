import type { AdapterContext } from '../../provider-adapter.js';

/** A Bedrock adapter context for tests; override any field. */
export function bedrockTestContext(overrides: Partial<AdapterContext> = {}): AdapterContext {
  return {
    provider: 'bedrock',
    model: 'anthropic.claude-sonnet-4-6',
    apiBase: 'https://bedrock-runtime.us-east-1.amazonaws.com',
    stream: false,
    quirks: {},
    capabilities: { functionCallAvailable: true, responseFormatAvailable: true, nativeMultimodal: true },
    endpointOptions: { region: 'eu-central-1' },
    ...overrides,
  };
}
