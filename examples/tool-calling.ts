/**
 * Tool calling: the model asks for `get_weather`, we run it, send the result back, and the model
 * answers. The same code works for every backend (tools are emulated through the prompt for
 * models without native tool calling).
 *
 *   OPENAI_API_KEY=sk-… npx tsx examples/tool-calling.ts
 */
import { pathToFileURL } from 'node:url';
import { type ChatMessage, createChatClient, type ToolDefinition } from '../src/index.js';

const tools: ToolDefinition[] = [
  {
    type: 'function',
    function: {
      name: 'get_weather',
      description: 'Current weather for a city',
      parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    },
  },
];

/** Our side of the tool: a real app would call a weather API here. */
function getWeather(args: { city?: string }): string {
  return JSON.stringify({ city: args.city ?? 'unknown', temperature_c: 21, sky: 'clear' });
}

export async function main(question = 'What is the weather in Paris? Use the tool.'): Promise<{ toolCalls: number; answer: string }> {
  const apiKey = process.env.OPENAI_API_KEY;
  if (!apiKey) throw new Error('set OPENAI_API_KEY (and optionally OPENAI_BASE_URL)');
  const model = process.env.OPENAI_MODEL ?? 'gpt-5.4-mini';
  const client = createChatClient('openai', {
    model,
    settings: {
      VERSION: '2',
      endpoints: [{ id: 'openai', api_base: process.env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1', api_key: apiKey }],
      backends: { openai: { models: { [model]: { endpoints: ['openai'] } } } },
    },
  });
  const messages: ChatMessage[] = [{ role: 'user', content: question }];
  let toolCalls = 0;
  for (let turn = 0; turn < 5; turn++) {
    const res = await client.createCompletion({ messages, tools });
    if (!res.tool_calls?.length) {
      console.log(res.content);
      return { toolCalls, answer: res.content ?? '' };
    }
    messages.push({ role: 'assistant', content: res.content, tool_calls: res.tool_calls });
    for (const call of res.tool_calls) {
      toolCalls++;
      const args = JSON.parse(call.function.arguments || '{}') as { city?: string };
      console.log(`→ ${call.function.name}(${call.function.arguments})`);
      messages.push({ role: 'tool', tool_call_id: call.id, content: getWeather(args) });
    }
  }
  throw new Error('the model kept calling tools');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
