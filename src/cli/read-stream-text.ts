import type { CliInput } from './cli-io.js';

/** Reads a whole input stream as UTF-8 (piped prompts, `tokens -`). */
export async function readStreamText(input: CliInput): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
