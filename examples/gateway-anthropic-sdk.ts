/**
 * The gateway from `@anthropic-ai/sdk`: its `/v1/messages` endpoint speaks the Anthropic
 * Messages API (JSON and SSE) in front of every backend — so Anthropic SDK users and Claude Code
 * can use any model, with stable-llm's failover.
 *
 *   stable-llm serve --demo &
 *   STABLE_LLM_URL=http://127.0.0.1:8000 STABLE_LLM_MODEL=local/demo-chat npx tsx examples/gateway-anthropic-sdk.ts
 */

import { pathToFileURL } from 'node:url';
import Anthropic from '@anthropic-ai/sdk';

export async function main(): Promise<{ reply: string; streamed: string }> {
  const client = new Anthropic({
    baseURL: (process.env.STABLE_LLM_URL ?? 'http://127.0.0.1:8000').replace(/\/+$/, ''),
    apiKey: process.env.STABLE_LLM_KEY ?? 'not-needed-without-master-key',
    maxRetries: 0,
  });
  const model = process.env.STABLE_LLM_MODEL ?? 'smart';

  const message = await client.messages.create({
    model,
    max_tokens: 200,
    messages: [{ role: 'user', content: 'Say hello in one short sentence.' }],
  });
  const reply = message.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
  console.log(reply);

  let streamed = '';
  const stream = client.messages.stream({ model, max_tokens: 200, messages: [{ role: 'user', content: 'Count to five.' }] });
  stream.on('text', (text) => {
    streamed += text;
    process.stdout.write(text);
  });
  await stream.finalMessage();
  process.stdout.write('\n');
  return { reply, streamed };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
