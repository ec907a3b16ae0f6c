/** Gateway config pointing every backend at one fake upstream. Keys are fake but long enough to be masked. */
export function upstreamConfig(fakeUrl: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    VERSION: '2',
    endpoints: [
      { id: 'oa', api_base: `${fakeUrl}/v1`, api_keys: ['sk-test-openai-key-one-0000000001', 'sk-test-openai-key-two-0000000002'] },
      { id: 'oa-mini', api_base: `${fakeUrl}/v1`, api_keys: ['sk-test-mini-key-one-00000000004', 'sk-test-mini-key-two-00000000005'] },
      { id: 'an', api_base: `${fakeUrl}/v1`, api_key: 'sk-ant-test-key-000000000000000003' },
    ],
    backends: {
      openai: {
        models: {
          'gpt-4o': { endpoints: ['oa'], native_multimodal: true, pricing: { input: 2.5, output: 10 } },
          'gpt-4o-mini': { endpoints: ['oa-mini'], backup: true },
        },
      },
      anthropic: { models: { 'claude-sonnet-4-5': { endpoints: ['an'], max_output_tokens: 4096, native_multimodal: true } } },
    },
    routes: { smart: ['anthropic/claude-sonnet-4-5', 'openai/gpt-4o'] },
    server: { log_level: 'silent', ...((extra.server as object | undefined) ?? {}) },
    ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'server')),
  };
}
