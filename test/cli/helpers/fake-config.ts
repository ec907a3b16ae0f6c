import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A working directory with a `stable-llm.yaml` pointing two backends (OpenAI and Anthropic
 * protocols) at the fake upstream, plus a `smart` route across them.
 */
export function fakeConfigDir(fakeUrl: string, extra = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'stable-llm-cli-'));
  writeFileSync(
    join(dir, 'stable-llm.yaml'),
    `VERSION: "2"
endpoints:
  - id: fake-openai
    api_base: ${fakeUrl}/v1
    api_key: sk-fake-openai-0123456789abcdef
  - id: fake-anthropic
    api_base: ${fakeUrl}/v1
    api_key: sk-ant-fake-0123456789abcdef
backends:
  openai:
    models:
      gpt-4o: { endpoints: [fake-openai], native_multimodal: true }
  anthropic:
    models:
      claude-sonnet-4-5: { endpoints: [fake-anthropic], native_multimodal: true }
routes:
  smart: [anthropic/claude-sonnet-4-5, openai/gpt-4o]
${extra}`,
  );
  return dir;
}
