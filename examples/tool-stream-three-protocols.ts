/**
 * One request shape, three wire protocols: stream a reply that calls a tool through the OpenAI,
 * Anthropic and Gemini adapters and assemble the tool-call deltas the same way for all three.
 * Runs against the built-in fake upstream (no key, no network), or against FAKE_UPSTREAM_URL.
 *
 *   npx tsx examples/tool-stream-three-protocols.ts
 */
import { pathToFileURL } from 'node:url';
import { createChatClient, type ToolDefinition } from '../src/index.js';
import { startFakeUpstream } from '../src/testing/index.js';

const tools: ToolDefinition[] = [
  {
    type: 'function',
    function: {
      name: 'get_weather',
      description: 'Current weather for a city',
      parameters: {
        type: 'object',
        properties: { city: { type: 'string' }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } },
        required: ['city'],
      },
    },
  },
];

const TARGETS = [
  { backend: 'openai', model: 'gpt-4o', path: '/v1' },
  { backend: 'anthropic', model: 'claude-sonnet-4-5', path: '/v1' },
  { backend: 'gemini', model: 'gemini-2.5-flash', path: '/v1beta' },
] as const;

export interface ToolStreamResult {
  backend: string;
  chunks: number;
  toolCalls: { id: string; name: string; arguments: string }[];
  finishReason: string | null | undefined;
}

export async function main(): Promise<ToolStreamResult[]> {
  const fake = process.env.FAKE_UPSTREAM_URL ? undefined : await startFakeUpstream();
  const base = process.env.FAKE_UPSTREAM_URL ?? (fake as { url: string }).url;
  try {
    const results: ToolStreamResult[] = [];
    for (const t of TARGETS) {
      const client = createChatClient(t.backend, {
        model: t.model,
        settings: {
          VERSION: '2',
          endpoints: [{ id: t.backend, api_base: `${base}${t.path}`, api_key: 'fake-key-not-secret' }],
          backends: { [t.backend]: { models: { [t.model]: { endpoints: [t.backend] } } } },
        },
      });
      // Tool-call deltas arrive in pieces (id and name first, then argument fragments), keyed by index.
      const calls = new Map<number, { id: string; name: string; arguments: string }>();
      let chunks = 0;
      let finishReason: string | null | undefined;
      const stream = client.createStream({
        messages: [{ role: 'user', content: 'What is the weather in Paris?' }],
        tools,
        max_tokens: 256,
      });
      for await (const delta of stream) {
        chunks++;
        for (const tc of delta.tool_calls ?? []) {
          const call = calls.get(tc.index) ?? { id: '', name: '', arguments: '' };
          call.id ||= tc.id ?? '';
          call.name ||= tc.function?.name ?? '';
          call.arguments += tc.function?.arguments ?? '';
          calls.set(tc.index, call);
        }
        if (delta.finish_reason) finishReason = delta.finish_reason;
      }
      const toolCalls = [...calls.values()];
      console.log(
        `${t.backend.padEnd(9)} ${chunks} deltas → ${toolCalls.map((c) => `${c.name}(${c.arguments})`).join(', ')} [${finishReason}]`,
      );
      results.push({ backend: t.backend, chunks, toolCalls, finishReason });
    }
    return results;
  } finally {
    await fake?.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
