/**
 * KeyManager + stable(): wrap any function whose first argument is an API key — here a call with
 * the official `openai` SDK — so a 429 cools that key down (honouring Retry-After) and the call
 * is retried at once with the next key. When every key fails you get one typed error listing
 * every attempt, never `null`.
 *
 *   OPENAI_API_KEYS=sk-a,sk-b,sk-c npx tsx examples/key-manager.ts
 */

import { pathToFileURL } from 'node:url';
import OpenAI from 'openai';
import { KeyManager, stable } from '../src/index.js';

export async function main(prompt = 'Say hello in five languages.'): Promise<{ answer: string; keysTried: string[] }> {
  const keys = (process.env.OPENAI_API_KEYS ?? process.env.OPENAI_API_KEY ?? '').split(',').filter(Boolean);
  if (keys.length === 0) throw new Error('set OPENAI_API_KEYS=sk-a,sk-b (or OPENAI_API_KEY)');
  const manager = new KeyManager(keys);
  const keysTried: string[] = [];

  // The key comes first; stable() supplies it. maxRetries: 0 lets stable() do the retrying.
  const ask = stable(
    async (apiKey: string, question: string) => {
      keysTried.push(`${apiKey.slice(0, 6)}…`);
      const client = new OpenAI({ apiKey, baseURL: process.env.OPENAI_BASE_URL, maxRetries: 0 });
      const res = await client.chat.completions.create({
        model: process.env.OPENAI_MODEL ?? 'gpt-5.4-mini',
        messages: [{ role: 'user', content: question }],
      });
      return res.choices[0]?.message.content ?? '';
    },
    { keyManager: manager },
  );

  const answer = await ask(prompt);
  console.log(answer);
  console.log(`keys tried: ${keysTried.join(' → ')}`);
  return { answer, keysTried };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
