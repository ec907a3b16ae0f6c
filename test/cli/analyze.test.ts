import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeUpstream, startFakeUpstream } from '../../src/testing/index.js';
import { ensureBuilt } from './helpers/ensure-built.js';
import { fakeConfigDir } from './helpers/fake-config.js';
import { runCli } from './helpers/run-cli.js';
import { tinyPng } from './helpers/tiny-png.js';

let fake: FakeUpstream;
let cwd: string;

beforeAll(async () => {
  ensureBuilt();
  fake = await startFakeUpstream();
  cwd = fakeConfigDir(fake.url);
  writeFileSync(join(cwd, 'red.png'), tinyPng(4, 3));
  writeFileSync(join(cwd, 'not-an-image.png'), 'hello');
}, 120_000);
afterAll(() => fake?.close());
beforeEach(() => fake.reset());

/** The image parts the fake received in its last request, whatever the protocol. */
function lastRequestBody(): string {
  return JSON.stringify(fake.requests.at(-1)?.body);
}

describe('stable-llm analyze', () => {
  it('sends a PNG file as an image with the default English prompt', async () => {
    const r = await runCli('stable-llm', ['analyze', 'red.png'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('I see 1 image(s). You said: Describe this image in detail.');
    expect(r.stderr).toMatch(/openai\/gpt-4o/);
    const body = lastRequestBody();
    expect(body).toContain(`data:image/png;base64,${tinyPng(4, 3).toString('base64')}`);
  });

  it('uses a Chinese default prompt when LANG says zh (seed-compatible stable-llm-analyze)', async () => {
    const r = await runCli('stable-llm-analyze', ['red.png', '--model', 'anthropic/claude-sonnet-4-5'], {
      cwd,
      env: { LANG: 'zh_CN.UTF-8' },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Hello from claude-sonnet-4-5! I see 1 image(s). You said: 请');
    // Anthropic wire format: a base64 image block.
    expect(lastRequestBody()).toMatch(/"type":"image","source":\{"type":"base64","media_type":"image\/png"/);
  });

  it('--prompt and --json', async () => {
    const r = await runCli('stable-llm-analyze', ['red.png', '--prompt', 'What colour is it?', '--json'], { cwd });
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.raw_content).toContain('You said: What colour is it?');
    expect(result.attempts).toHaveLength(1);
  });

  it('a missing or unreadable image is a usage error (exit 2), nothing is sent', async () => {
    const missing = await runCli('stable-llm', ['analyze', 'nope.png'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('image not found: nope.png');
    const noArg = await runCli('stable-llm-analyze', [], { cwd });
    expect(noArg.code).toBe(2);
    expect(noArg.stderr).toContain("missing required argument 'image'");
    const junk = await runCli('stable-llm', ['analyze', 'not-an-image.png'], { cwd });
    expect(junk.code).not.toBe(0);
    expect(junk.stderr).toContain('not a recognised image');
    expect(fake.requests).toHaveLength(0);
  });
});
