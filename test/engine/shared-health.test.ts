import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RedisHealthBus } from '../../src/resilience/redis-health-bus.js';
import { redisAvailable, uniqueTestPrefix } from '../../src/resilience/testing/require-redis.js';
import { StableLLM } from '../../src/stable/stable-llm.js';
import { errors } from '../../src/testing/fake-upstream/errors/index.js';
import type { FakeUpstream } from '../../src/testing/fake-upstream/fake-upstream.js';
import { startFakeUpstream } from '../../src/testing/fake-upstream/start-fake-upstream.js';

const hasRedis = await redisAvailable();
let fake: FakeUpstream;
beforeAll(async () => {
  fake = await startFakeUpstream();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => fake.reset());

const settings = () => ({
  endpoints: [
    { id: 'ds', api_base: `${fake.url}/v1`, api_keys: ['ds-key-one', 'ds-key-two'] },
    { id: 'an', api_base: `${fake.url}/v1`, api_key: 'an-key' },
  ],
  backends: {
    deepseek: { models: { 'deepseek-v4-pro': { endpoints: ['ds'] } } },
    anthropic: { models: { 'claude-sonnet-5': { endpoints: ['an'] } } },
  },
});

const until = async (check: () => boolean, ms = 2000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe.skipIf(!hasRedis)('shared health through Redis', () => {
  it('a breaker trip and a key cooldown seen by one instance apply to another at once', async () => {
    const prefix = uniqueTestPrefix('health');
    const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    const busA = await RedisHealthBus.connect(url, { prefix });
    const busB = await RedisHealthBus.connect(url, { prefix });
    try {
      const a = new StableLLM({ settings: settings(), serviceOrder: ['anthropic', 'deepseek'], failureThreshold: 1, retryRounds: 0 });
      const b = new StableLLM({ settings: settings(), serviceOrder: ['anthropic', 'deepseek'], failureThreshold: 1, retryRounds: 0 });
      a.engine.attachHealthBus(busA);
      b.engine.attachHealthBus(busB);
      // B has used DeepSeek with both keys, so its round robin would pick ds-key-one next.
      await b.chat('warm1', { model: 'deepseek/deepseek-v4-pro' });
      await b.chat('warm2', { model: 'deepseek/deepseek-v4-pro' });

      fake.addRule({ match: { protocol: 'anthropic' }, times: 1, error: 'overloaded' });
      fake.addRule({ match: { apiKey: 'ds-key-one' }, times: 1, ...errors.openaiRateLimit({ retryAfterS: 60 }) });
      const r = await a.chat('x');
      expect(r.provider).toBe('deepseek');
      await until(() => b.getServiceStatus()['anthropic/claude-sonnet-5'].state === 'open');

      const sentBefore = fake.requests.length;
      const rb = await b.chat('y');
      expect(rb.provider).toBe('deepseek');
      // B sent nothing to Anthropic (open breaker) and skipped the key A saw limited.
      expect(fake.requests.slice(sentBefore).map((q) => q.apiKey)).toEqual(['ds-key-two']);
      const keys = (b.getServiceStatus()['deepseek/deepseek-v4-pro'].deployments[0] as { keys: { keys: { id: string; state: string }[] } })
        .keys.keys;
      expect(keys.find((k) => k.id === 'ds#1')?.state).toBe('cooling_down');
    } finally {
      await busA.close();
      await busB.close();
    }
  });
});
