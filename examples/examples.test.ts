/**
 * Runs every example's main() against the fake upstream (and an in-process gateway for the SDK
 * examples), so the examples in the docs cannot rot. Examples read their base URLs and keys from
 * env vars; each test sets exactly the ones its example reads.
 */
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startGateway } from '../src/gateway/start-gateway.js';
import { type FakeUpstream, startFakeUpstream } from '../src/testing/index.js';

let fake: FakeUpstream;
let gateway: Awaited<ReturnType<typeof startGateway>>;
const savedEnv = { ...process.env };

beforeAll(async () => {
  fake = await startFakeUpstream();
  gateway = await startGateway({
    config: {
      VERSION: '2',
      endpoints: [
        { id: 'fake-openai', api_base: `${fake.url}/v1`, api_key: 'sk-fake-openai-0123456789' },
        { id: 'fake-anthropic', api_base: `${fake.url}/v1`, api_key: 'sk-ant-fake-0123456789' },
      ],
      backends: {
        openai: { models: { 'gpt-4o': { endpoints: ['fake-openai'] } } },
        anthropic: { models: { 'claude-sonnet-4-5': { endpoints: ['fake-anthropic'] } } },
      },
      routes: { smart: ['anthropic/claude-sonnet-4-5', 'openai/gpt-4o'] },
    },
    host: '127.0.0.1',
    port: 0,
    env: {},
    watch: false,
    handleSignals: false,
    banner: false,
    storeKind: 'memory',
    logDestination: new Writable({ write: (_c, _e, cb) => cb() }),
  });
}, 30_000);

afterAll(async () => {
  await gateway?.close();
  await fake?.close();
});

beforeEach(() => {
  fake.reset();
  // Examples print as they go; keep the test output readable.
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

afterEach(() => {
  vi.restoreAllMocks();
  process.env = { ...savedEnv };
});

function setEnv(vars: Record<string, string>): void {
  // Drop real keys so no example can reach a real provider.
  for (const name of Object.keys(process.env)) if (/_API_KEYS?$|_BASE_URL$/.test(name)) delete process.env[name];
  Object.assign(process.env, vars);
}

describe('examples', () => {
  it('simple-chat', async () => {
    setEnv({ OPENAI_API_KEY: 'sk-example', OPENAI_BASE_URL: `${fake.url}/v1`, OPENAI_MODEL: 'gpt-4o' });
    const { main } = await import('./simple-chat.js');
    expect(await main('hello example')).toBe('Hello from gpt-4o! You said: hello example');
  });

  it('streaming (with reasoning)', async () => {
    setEnv({
      STREAM_BACKEND: 'deepseek',
      STREAM_MODEL: 'deepseek-reasoner',
      DEEPSEEK_API_KEY: 'sk-example',
      DEEPSEEK_BASE_URL: `${fake.url}/v1`,
    });
    const { main } = await import('./streaming.js');
    const out = await main('stream me');
    expect(out.content).toBe('Hello from deepseek-reasoner! You said: stream me');
    expect(out.reasoning.length).toBeGreaterThan(0);
    expect(fake.requests[0].stream).toBe(true);
  });

  it('tool-calling', async () => {
    setEnv({ OPENAI_API_KEY: 'sk-example', OPENAI_BASE_URL: `${fake.url}/v1`, OPENAI_MODEL: 'gpt-4o' });
    const { main } = await import('./tool-calling.js');
    const out = await main();
    expect(out.toolCalls).toBe(1);
    expect(out.answer).toContain('The tool get_weather returned:');
    expect(out.answer).toContain('temperature_c');
  });

  it('image-analysis', async () => {
    setEnv({ GEMINI_API_KEY: 'example-key', GEMINI_BASE_URL: `${fake.url}/v1beta`, GEMINI_MODEL: 'gemini-2.5-flash' });
    const { main } = await import('./image-analysis.js');
    expect(await main(['What is it?'])).toBe('Hello from gemini-2.5-flash! I see 1 image(s). You said: What is it?');
  });

  it('key-manager: a rate-limited key is cooled down and the next key answers', async () => {
    setEnv({ OPENAI_API_KEYS: 'sk-first-key,sk-second-key', OPENAI_BASE_URL: `${fake.url}/v1`, OPENAI_MODEL: 'gpt-4o' });
    fake.addRule({ match: { apiKey: 'sk-first-key' }, error: 'rate_limit' });
    const { main } = await import('./key-manager.js');
    const out = await main('hi keys');
    expect(out.answer).toBe('Hello from gpt-4o! You said: hi keys');
    expect(out.keysTried).toEqual(['sk-fir…', 'sk-sec…']);
  });

  it('failover: the overloaded first provider is skipped, every attempt is listed', async () => {
    setEnv({
      ANTHROPIC_API_KEY: 'sk-ant-example',
      ANTHROPIC_BASE_URL: `${fake.url}/v1`,
      OPENAI_API_KEY: 'sk-example',
      OPENAI_BASE_URL: `${fake.url}/v1`,
      GEMINI_API_KEY: 'example',
      GEMINI_BASE_URL: `${fake.url}/v1beta`,
    });
    fake.addRule({ match: { protocol: 'anthropic' }, error: 'overloaded' });
    const { main } = await import('./failover.js');
    const res = await main('are you there?');
    expect(res.provider).toBe('openai');
    expect(res.attempts[0]).toMatchObject({ target: 'anthropic/claude-haiku-4-5', outcome: 'error', kind: 'overloaded' });
    expect(res.raw_content).toBe('Hello from gpt-5.4-mini! You said: are you there?');
  });

  it('gateway-openai-sdk: chat and stream through the gateway, failover visible in headers', async () => {
    setEnv({ STABLE_LLM_URL: gateway.url, STABLE_LLM_MODEL: 'smart' });
    fake.addRule({ match: { model: 'claude-sonnet-4-5' }, times: 1, error: 'rate_limit' });
    const { main } = await import('./gateway-openai-sdk.js');
    const out = await main();
    expect(out.reply).toBe('Hello from gpt-4o! You said: Say hello in one short sentence.');
    expect(out.servedBy).toContain('openai');
    // The rate-limited Anthropic key is still cooling down (Retry-After), so the stream may go either way.
    expect(out.streamed).toMatch(/^Hello from (claude-sonnet-4-5|gpt-4o)! You said: Count to five\.$/);
  });

  it('gateway-anthropic-sdk: /v1/messages JSON and SSE', async () => {
    setEnv({ STABLE_LLM_URL: gateway.url, STABLE_LLM_MODEL: 'openai/gpt-4o' });
    const { main } = await import('./gateway-anthropic-sdk.js');
    const out = await main();
    expect(out.reply).toBe('Hello from gpt-4o! You said: Say hello in one short sentence.');
    expect(out.streamed).toBe('Hello from gpt-4o! You said: Count to five.');
  });

  it('tool-stream-three-protocols: the same tool call streamed through OpenAI, Anthropic and Gemini', async () => {
    setEnv({ FAKE_UPSTREAM_URL: fake.url });
    const { main } = await import('./tool-stream-three-protocols.js');
    const results = await main();
    expect(results.map((r) => r.backend)).toEqual(['openai', 'anthropic', 'gemini']);
    for (const r of results) {
      expect(r.finishReason).toBe('tool_calls');
      expect(r.toolCalls).toHaveLength(1);
      expect(r.toolCalls[0].name).toBe('get_weather');
      expect(JSON.parse(r.toolCalls[0].arguments)).toEqual({ city: 'Paris', unit: 'celsius' });
    }
    expect(new Set(fake.requests.map((q) => q.protocol))).toEqual(new Set(['openai', 'anthropic', 'gemini']));
  });
});
