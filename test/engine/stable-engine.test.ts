import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AllAttemptsFailedError } from '../../src/engine/all-attempts-failed-error.js';
import type { StreamDelta } from '../../src/spec/stream-delta.js';
import { StableLLM } from '../../src/stable/stable-llm.js';
import { errors } from '../../src/testing/fake-upstream/errors/index.js';
import type { FakeUpstream } from '../../src/testing/fake-upstream/fake-upstream.js';
import { startFakeUpstream } from '../../src/testing/fake-upstream/start-fake-upstream.js';

let fake: FakeUpstream;

beforeAll(async () => {
  fake = await startFakeUpstream();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => fake.reset());

/** Three providers on the fake: OpenAI-compatible DeepSeek, Anthropic, Gemini; two keys on DeepSeek. */
function settings() {
  return {
    VERSION: '2',
    endpoints: [
      { id: 'ds', api_base: `${fake.url}/v1`, api_keys: ['ds-key-one', 'ds-key-two'] },
      { id: 'an', api_base: `${fake.url}/v1`, api_key: 'an-key' },
      { id: 'gm', api_base: `${fake.url}/v1beta`, api_key: 'gm-key' },
    ],
    backends: {
      deepseek: { models: { 'deepseek-v4-pro': { endpoints: ['ds'], context_length: 1_000_000 } } },
      anthropic: { models: { 'claude-sonnet-5': { endpoints: ['an'], max_output_tokens: 1024 } } },
      gemini: { models: { 'gemini-3.5-flash': { endpoints: ['gm'] } } },
    },
  };
}

async function collect(stream: AsyncIterable<StreamDelta>): Promise<{ text: string; deltas: StreamDelta[] }> {
  const deltas: StreamDelta[] = [];
  for await (const d of stream) deltas.push(d);
  return { text: deltas.map((d) => d.content ?? '').join(''), deltas };
}

describe('StableLLM failover', () => {
  it('answers from the next provider at once when the primary is rate limited (no sleeping on Retry-After)', async () => {
    fake.addRule({ match: { protocol: 'openai' }, ...errors.openaiRateLimit({ retryAfterS: 30 }) });
    const llm = new StableLLM({ settings: settings(), serviceOrder: ['deepseek', 'anthropic'] });
    const started = Date.now();
    const res = await llm.chat('hello there');
    expect(Date.now() - started).toBeLessThan(1500);
    expect(res.provider).toBe('anthropic');
    expect(res.raw_content).toContain('You said: hello there');
    // Both DeepSeek keys were tried (key-level failover first), then Anthropic answered.
    expect(res.attempts.filter((a) => a.outcome === 'error').map((a) => [a.target, a.kind, a.keyId])).toEqual([
      ['deepseek/deepseek-v4-pro', 'rate_limit', 'ds#1'],
      ['deepseek/deepseek-v4-pro', 'rate_limit', 'ds#2'],
    ]);
    // The limited keys are cooling down per Retry-After: the next call skips DeepSeek without a request.
    const before = fake.requests.length;
    const again = await llm.chat('again');
    expect(again.provider).toBe('anthropic');
    expect(fake.requests.length - before).toBe(1);
    expect(again.attempts[0]).toMatchObject({ outcome: 'skipped', skipReason: 'keys_cooling_down' });
    expect(again.attempts[0].retryAfterMs).toBeGreaterThan(25_000);
  });

  it('throws one typed error listing every attempt when all providers are down', async () => {
    fake.addRule({ error: 'overloaded' });
    const llm = new StableLLM({ settings: settings(), retryRounds: 0 });
    const err = await llm.chat('hi').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AllAttemptsFailedError);
    const e = err as AllAttemptsFailedError;
    expect(e.kind).toBe('overloaded');
    // Overload is a deployment-level failure: the second DeepSeek key is not tried, the next provider is.
    expect(e.attempts.filter((a) => a.outcome === 'error').map((a) => a.target)).toEqual([
      'deepseek/deepseek-v4-pro',
      'anthropic/claude-sonnet-5',
      'gemini/gemini-3.5-flash',
    ]);
    expect(e.message).toMatch(/all 3 attempts failed/);
    expect(e.message).not.toMatch(/ds-key-one|an-key|gm-key/);
  });

  it('returns an invalid request at once without trying other providers', async () => {
    fake.addRule({
      match: { protocol: 'openai' },
      status: 400,
      body: { error: { message: 'bad field', type: 'invalid_request_error', code: 'invalid_value' } },
    });
    const llm = new StableLLM({ settings: settings(), serviceOrder: ['deepseek'] });
    const err = (await llm.chat('hi').catch((e: unknown) => e)) as AllAttemptsFailedError;
    expect(err.kind).toBe('invalid_request');
    expect(err.status).toBe(400);
    expect(fake.requests).toHaveLength(1);
  });

  it('fails over a stalled stream before its first token and aborts the stalled upstream', async () => {
    fake.addRule({ match: { protocol: 'openai' }, stallAfterChunks: 0 });
    const llm = new StableLLM({ settings: settings(), serviceOrder: ['deepseek', 'anthropic'], timeouts: { firstTokenMs: 300 } });
    const stream = llm.stream('tell me');
    const { text, deltas } = await collect(stream);
    expect(text).toContain('You said: tell me');
    expect(deltas[0].provider).toBe('anthropic');
    expect(stream.attempts.filter((a) => a.outcome === 'error').every((a) => a.kind === 'timeout')).toBe(true);
    await fake.waitFor((log) => log.filter((r) => r.protocol === 'openai' && r.aborted).length === 1, 2000);
  });

  it('ends a stream that fails after content began with a typed error (no silent restart)', async () => {
    fake.addRule({ match: { protocol: 'openai' }, reply: { content: 'one two three four five six' }, streamError: 3 });
    const llm = new StableLLM({ settings: settings(), serviceOrder: ['deepseek'] });
    const stream = llm.stream('go');
    let text = '';
    const err = await (async () => {
      for await (const d of stream) text += d.content ?? '';
    })().catch((e: unknown) => e);
    expect(text.length).toBeGreaterThan(0);
    expect(err).toBeInstanceOf(AllAttemptsFailedError);
    expect(fake.requests.filter((r) => r.protocol !== 'openai')).toHaveLength(0);
  });

  it('opt-in continuation finishes a broken stream on the next provider', async () => {
    fake.addRule({ match: { protocol: 'openai' }, reply: { content: 'one two three four five six' }, streamError: 3 });
    const llm = new StableLLM({ settings: settings(), serviceOrder: ['deepseek', 'anthropic'], continueStreamOnFailure: true });
    const { text } = await collect(llm.stream('go'));
    expect(text).toContain('Continue exactly where');
    const anthropicCall = fake.requests.find((r) => r.protocol === 'anthropic');
    expect(JSON.stringify(anthropicCall?.body)).toContain('one');
  });

  it('a timeout really frees the caller and aborts the upstream request', async () => {
    fake.addRule({ delayMs: 5000 });
    const llm = new StableLLM({ settings: settings(), serviceOrder: ['deepseek'], serviceTimeout: 0.3, deadline: 0.5 });
    const started = Date.now();
    const err = (await llm.chat('slow', { model: 'deepseek/deepseek-v4-pro' }).catch((e: unknown) => e)) as AllAttemptsFailedError;
    expect(Date.now() - started).toBeLessThan(1500);
    expect(err.kind).toBe('timeout');
    await fake.waitFor((log) => log.length > 0 && log.every((r) => r.aborted), 2000);
  });

  it('breaker opens, sends no traffic while open, probes half-open, then closes', async () => {
    const llm = new StableLLM({
      settings: settings(),
      serviceOrder: ['anthropic', 'gemini'],
      failureThreshold: 2,
      coolDownPeriod: 0.4,
      retryRounds: 0,
    });
    const ruleId = fake.addRule({ match: { protocol: 'anthropic' }, error: 'overloaded' });
    await llm.chat('a');
    await llm.chat('b');
    expect(llm.getServiceStatus()['anthropic/claude-sonnet-5']).toMatchObject({ state: 'open', available: false });
    const sent = fake.requests.filter((r) => r.protocol === 'anthropic').length;
    const res = await llm.chat('c');
    expect(res.provider).toBe('gemini');
    expect(fake.requests.filter((r) => r.protocol === 'anthropic').length).toBe(sent);
    fake.removeRule(ruleId);
    await new Promise((r) => setTimeout(r, 450));
    const probe = await llm.chat('d');
    expect(probe.provider).toBe('anthropic');
    expect(llm.getServiceStatus()['anthropic/claude-sonnet-5'].state).toBe('closed');
  });

  it('rotates keys: a rate-limited key cools down for its Retry-After, the other key serves', async () => {
    fake.addRule({ match: { apiKey: 'ds-key-one' }, ...errors.openaiRateLimit({ retryAfterS: 60 }) });
    const llm = new StableLLM({ settings: settings(), serviceOrder: ['deepseek'] });
    for (let i = 0; i < 4; i++) {
      const r = await llm.chat(`q${i}`, { model: 'deepseek/deepseek-v4-pro' });
      expect(r.keyId).toBe('ds#2');
    }
    expect(fake.requests.filter((r) => r.apiKey === 'ds-key-one')).toHaveLength(1);
    const keys = (
      llm.getServiceStatus()['deepseek/deepseek-v4-pro'].deployments[0] as {
        keys: { keys: { id: string; state: string; cooldown_remaining_ms: number }[] };
      }
    ).keys.keys;
    const cooling = keys.find((k) => k.id === 'ds#1');
    expect(cooling?.state).toBe('cooling_down');
    expect(cooling?.cooldown_remaining_ms).toBeGreaterThan(50_000);
    expect(JSON.stringify(llm.getServiceStatus())).not.toContain('ds-key-one');
  });

  it('disables a key on insufficient_quota and says why', async () => {
    fake.addRule({ match: { apiKey: 'ds-key-one' }, ...errors.openaiInsufficientQuota() });
    const llm = new StableLLM({ settings: settings(), serviceOrder: ['deepseek'] });
    await llm.chat('x', { model: 'deepseek/deepseek-v4-pro' });
    await llm.chat('y', { model: 'deepseek/deepseek-v4-pro' });
    const keys = (
      llm.getServiceStatus()['deepseek/deepseek-v4-pro'].deployments[0] as {
        keys: { keys: { id: string; state: string; disabled_reason: string }[] };
      }
    ).keys.keys;
    expect(keys.find((k) => k.id === 'ds#1')).toMatchObject({ state: 'disabled' });
    expect(fake.requests.filter((r) => r.apiKey === 'ds-key-one')).toHaveLength(1);
  });

  it('hedges a slow first attempt: the second candidate wins and the loser is aborted', async () => {
    fake.addRule({ match: { protocol: 'openai' }, delayMs: 3000 });
    const llm = new StableLLM({ settings: settings(), serviceOrder: ['deepseek', 'anthropic'], hedgeAfterMs: 100 });
    const started = Date.now();
    const res = await llm.chat('race');
    expect(Date.now() - started).toBeLessThan(1500);
    expect(res.provider).toBe('anthropic');
    await fake.waitFor((log) => log.some((r) => r.protocol === 'openai' && r.aborted), 2000);
  });

  it('analyze sends the image to a multimodal target', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const llm = new StableLLM({ settings: settings(), serviceOrder: ['anthropic'] });
    const res = await llm.analyze('What is this?', png, { model: 'anthropic/claude-sonnet-5' });
    expect(res.raw_content).toMatch(/1 image/);
  });
});

describe('EngineStream.abort', () => {
  it.each([undefined, 50])('stops a stream after its first token and aborts the upstream (hedge %s)', async (hedgeAfterMs) => {
    fake.addRule({ reply: { content: 'a b c d e f g h i j k l m n o p q r s t' }, chunkDelayMs: 40 });
    const llm = new StableLLM({ settings: settings(), serviceOrder: ['anthropic'], hedgeAfterMs });
    const stream = llm.stream('go');
    const started = Date.now();
    let chunks = 0;
    const err = await (async () => {
      for await (const d of stream) {
        if (d.content) {
          chunks++;
          stream.abort();
        }
      }
    })().catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(600);
    expect(chunks).toBe(1);
    expect((err as { kind?: string } | undefined)?.kind).toBe('aborted');
    await fake.waitFor((log) => log.length > 0 && log.every((r) => r.aborted), 2000);
  });
});

describe('failure summaries', () => {
  it('reports 429 with the earliest Retry-After when every candidate is rate limited or cooling down', async () => {
    fake.addRule({ match: { protocol: 'openai' }, ...errors.openaiRateLimit({ retryAfterS: 20 }) });
    fake.addRule({ match: { protocol: 'anthropic' }, ...errors.anthropicRateLimit(9) });
    fake.addRule({ match: { protocol: 'gemini' }, ...errors.geminiResourceExhausted('40s') });
    const llm = new StableLLM({ settings: settings(), retryRounds: 0 });
    const first = (await llm.chat('a').catch((e: unknown) => e)) as AllAttemptsFailedError;
    expect(first).toMatchObject({ kind: 'rate_limit', status: 429 });
    expect(first.retryAfterMs).toBe(9000);
    // Now nothing is even sent: every key is cooling down, and the error still says when to come back.
    const before = fake.requests.length;
    const second = (await llm.chat('b').catch((e: unknown) => e)) as AllAttemptsFailedError;
    expect(fake.requests.length).toBe(before);
    expect(second).toMatchObject({ kind: 'rate_limit', status: 429 });
    expect(second.retryAfterMs).toBeGreaterThan(4000); // 9 s minus however long the first call took on a busy machine
    expect(second.retryAfterMs).toBeLessThanOrEqual(9000);
    expect(second.attempts.every((a) => a.skipReason === 'keys_cooling_down')).toBe(true);
  });

  it('exposes the serving target and key on a stream once the first delta is out', async () => {
    const llm = new StableLLM({ settings: settings(), serviceOrder: ['deepseek'] });
    const stream = llm.stream('hi');
    expect(stream.served).toBeUndefined();
    for await (const _d of stream) {
      expect(stream.served).toMatchObject({ target: 'deepseek/deepseek-v4-pro' });
      expect(stream.served?.keyId).toMatch(/^ds#/);
      break;
    }
  });
});

describe('retry rounds', () => {
  it('runs the plan once more after a jittered backoff when every provider failed retryably', async () => {
    fake.addRule({ times: 3, error: 'overloaded' });
    const llm = new StableLLM({ settings: settings(), failureThreshold: 10 });
    const started = Date.now();
    const res = await llm.chat('again please');
    expect(Date.now() - started).toBeLessThan(1500);
    expect(res.attempts.filter((a) => a.outcome === 'error')).toHaveLength(3);
    expect(res.attempts.at(-1)?.outcome).toBe('success');
  });

  it('does not retry a round when a provider asks to wait longer than the cap (answers 429 instead)', async () => {
    fake.addRule({ ...errors.anthropicRateLimit(60) });
    const llm = new StableLLM({ settings: settings(), serviceOrder: ['anthropic'] });
    const started = Date.now();
    const err = (await llm.chat('x', { model: 'anthropic/claude-sonnet-5' }).catch((e: unknown) => e)) as AllAttemptsFailedError;
    expect(Date.now() - started).toBeLessThan(500);
    expect(err).toMatchObject({ kind: 'rate_limit', status: 429 });
    expect(err.retryAfterMs).toBeGreaterThan(59_000);
  });
});

describe('disabled keys come back by probe', () => {
  it('probes a quota-disabled key again after 15 minutes and keeps it when it works', async () => {
    const { StableEngine } = await import('../../src/engine/stable-engine.js');
    const { FakeClock } = await import('../../src/resilience/testing/fake-clock.js');
    const { parseSettings } = await import('../../src/settings/parse-settings.js');
    const clock = new FakeClock(Date.now());
    const engine = new StableEngine({ settings: parseSettings(settings()), clock });
    const ruleId = fake.addRule({ match: { apiKey: 'ds-key-one' }, ...errors.openaiInsufficientQuota() });
    const req = { messages: [{ role: 'user' as const, content: 'x' }] };
    await engine.complete(req, { model: 'deepseek/deepseek-v4-pro' });
    await engine.complete(req, { model: 'deepseek/deepseek-v4-pro' });
    expect(fake.requests.filter((r) => r.apiKey === 'ds-key-one')).toHaveLength(1);
    fake.removeRule(ruleId); // the account was topped up
    clock.advance(16 * 60_000);
    for (let i = 0; i < 3; i++) await engine.complete(req, { model: 'deepseek/deepseek-v4-pro' });
    expect(fake.requests.filter((r) => r.apiKey === 'ds-key-one').length).toBeGreaterThanOrEqual(2);
  });
});

describe('event hooks', () => {
  it('reports attempts, failovers with the real next target, breaker changes and key cooldowns', async () => {
    fake.addRule({ match: { protocol: 'openai' }, ...errors.openaiRateLimit({ retryAfterS: 30 }) });
    fake.addRule({ match: { protocol: 'anthropic' }, error: 'overloaded' });
    const seen: string[] = [];
    const llm = new StableLLM({
      settings: settings(),
      serviceOrder: ['deepseek', 'anthropic', 'gemini'],
      failureThreshold: 1,
      onAttempt: (a) => seen.push(`attempt ${a.target} ${a.outcome}${a.kind ? ` ${a.kind}` : ''}`),
      onFailover: (from, to) => seen.push(`failover ${from.target} -> ${to}`),
      onBreakerChange: (d, from, to) => seen.push(`breaker ${d} ${from}->${to}`),
      onKeyCooldown: (endpoint, keyId) => seen.push(`cooldown ${endpoint} ${keyId}`),
    });
    const res = await llm.chat('hi');
    expect(res.provider).toBe('gemini');
    expect(seen).toContain('failover deepseek/deepseek-v4-pro -> deepseek/deepseek-v4-pro');
    expect(seen).toContain('failover deepseek/deepseek-v4-pro -> anthropic/claude-sonnet-5');
    expect(seen).toContain('failover anthropic/claude-sonnet-5 -> gemini/gemini-3.5-flash');
    expect(seen).toContain('breaker anthropic|an|claude-sonnet-5 closed->open');
    expect(seen).toContain('cooldown ds ds#1');
    expect(seen.at(-1)).toBe('attempt gemini/gemini-3.5-flash success');
    expect(seen.join('\n')).not.toMatch(/ds-key-one|an-key|gm-key/);
  });
});
