import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDeploymentLimiter } from '../../src/engine/create-deployment-limiter.js';
import { RedisLimiterStore } from '../../src/resilience/redis-limiter-store.js';
import { redisAvailable, uniqueTestPrefix } from '../../src/resilience/testing/require-redis.js';
import { StableLLM } from '../../src/stable/stable-llm.js';
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

function settings(rpm: number) {
  return {
    VERSION: '2',
    endpoints: [
      { id: 'ds', api_base: `${fake.url}/v1`, api_key: 'ds-key', rpm },
      { id: 'an', api_base: `${fake.url}/v1`, api_key: 'an-key' },
    ],
    backends: {
      deepseek: { models: { 'deepseek-v4-pro': { endpoints: ['ds'] } } },
      anthropic: { models: { 'claude-sonnet-5': { endpoints: ['an'] } } },
    },
  };
}

describe('endpoint limits', () => {
  it('routes to the next provider when an endpoint RPM is used up (no request sent over the limit)', async () => {
    const llm = new StableLLM({ settings: settings(2), serviceOrder: ['deepseek', 'anthropic'] });
    const providers: string[] = [];
    for (let i = 0; i < 4; i++) providers.push((await llm.chat(`q${i}`)).provider);
    expect(providers).toEqual(['deepseek', 'deepseek', 'anthropic', 'anthropic']);
    expect(fake.requests.filter((r) => r.protocol === 'openai')).toHaveLength(2);
  });

  it.skipIf(!hasRedis)('two clients sharing one Redis limit admit exactly the limit between them', async () => {
    const prefix = uniqueTestPrefix('engine-limit');
    const storeA = await RedisLimiterStore.connect(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { prefix });
    const storeB = await RedisLimiterStore.connect(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { prefix });
    try {
      const a = new StableLLM({
        settings: settings(5),
        serviceOrder: ['deepseek', 'anthropic'],
        limiter: createDeploymentLimiter({ store: storeA }),
      });
      const b = new StableLLM({
        settings: settings(5),
        serviceOrder: ['deepseek', 'anthropic'],
        limiter: createDeploymentLimiter({ store: storeB }),
      });
      const results = await Promise.all(Array.from({ length: 12 }, (_v, i) => (i % 2 ? a : b).chat(`r${i}`)));
      expect(results.filter((r) => r.provider === 'deepseek')).toHaveLength(5);
      expect(fake.requests.filter((r) => r.protocol === 'openai')).toHaveLength(5);
    } finally {
      await storeA.close();
      await storeB.close();
    }
  });
});

describe('limit usage in status', () => {
  it('shows RPM / TPM / in-flight used against each configured limit', async () => {
    const llm = new StableLLM({ settings: settings(10), serviceOrder: ['deepseek'] });
    for (let i = 0; i < 3; i++) await llm.chat(`u${i}`, { model: 'deepseek/deepseek-v4-pro' });
    const row = llm.getServiceStatus()['deepseek/deepseek-v4-pro'].deployments[0] as {
      limits: { scope: string; rpm?: { used: number; limit: number } }[];
    };
    expect(row.limits).toEqual([{ scope: 'endpoint:ds', rpm: { used: 3, limit: 10 } }]);
  });
});
