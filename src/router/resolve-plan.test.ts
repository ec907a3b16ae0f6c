import { describe, expect, it } from 'vitest';
import { parseSettings } from '../settings/parse-settings.js';
import { buildDefaultPlan } from './build-default-plan.js';
import { orderRouteTargets } from './order-route-targets.js';
import { resolvePlan } from './resolve-plan.js';
import { normalizeRoute, routeSchema } from './route-config.js';

const settings = parseSettings({
  VERSION: '2',
  endpoints: [
    { id: 'oa', api_base: 'http://127.0.0.1:1/v1', api_key: 'k1' },
    { id: 'an', api_base: 'http://127.0.0.1:1/v1', api_key: 'k2' },
    { id: 'gr', api_base: 'http://127.0.0.1:1/v1', api_key: 'k3' },
  ],
  backends: {
    openai: { models: { 'gpt-5.5': { endpoints: ['oa'] }, 'gpt-5.4-mini': { endpoints: ['oa'], aliases: ['mini'] } } },
    anthropic: { models: { 'claude-sonnet-5': { endpoints: ['an'] }, 'claude-haiku-4-5': { endpoints: ['an'], backup: true } } },
    groq: { models: { 'openai/gpt-oss-120b': { endpoints: ['gr'] }, 'gpt-5.5': { endpoints: ['gr'] } } },
  },
});
const routes = new Map([['smart', normalizeRoute('smart', routeSchema.parse(['anthropic/claude-sonnet-5', 'openai/gpt-5.5']))]]);
const plan = () => buildDefaultPlan(settings, ['anthropic']);

describe('buildDefaultPlan', () => {
  it('puts serviceOrder primaries first, then other primaries, then backups', () => {
    expect(plan().map((t) => `${t.backend}/${t.model}`)).toEqual([
      'anthropic/claude-sonnet-5',
      'openai/gpt-5.5',
      'groq/openai/gpt-oss-120b',
      'anthropic/claude-haiku-4-5',
      'openai/gpt-5.4-mini',
      'groq/gpt-5.5',
    ]);
  });
  it('accepts backend/model entries in serviceOrder ahead of everything', () => {
    expect(buildDefaultPlan(settings, ['openai/gpt-5.4-mini', 'anthropic'])[0]).toEqual({ backend: 'openai', model: 'gpt-5.4-mini' });
  });
});

describe('resolvePlan', () => {
  it('resolves routes, explicit targets with slashes, aliases and the default plan', () => {
    expect(resolvePlan('smart', settings, routes, plan).targets).toHaveLength(2);
    expect(resolvePlan('groq/openai/gpt-oss-120b', settings, routes, plan).targets).toEqual([
      { backend: 'groq', model: 'openai/gpt-oss-120b' },
    ]);
    expect(resolvePlan('mini', settings, routes, plan)).toMatchObject({
      via: 'model',
      targets: [{ backend: 'openai', model: 'gpt-5.4-mini' }],
    });
    expect(resolvePlan(undefined, settings, routes, plan).via).toBe('default');
  });
  it('rejects ambiguous and unknown names with the candidates listed', () => {
    expect(() => resolvePlan('gpt-5.5', settings, routes, plan)).toThrow(/ambiguous: openai\/gpt-5.5, groq\/gpt-5.5/);
    expect(() => resolvePlan('nope', settings, routes, plan)).toThrow(/unknown model "nope"; available: smart, openai\/gpt-5.5/);
  });
});

describe('orderRouteTargets', () => {
  it('weighted order follows weights and keeps every target', () => {
    const route = normalizeRoute(
      'w',
      routeSchema.parse({
        strategy: 'weighted',
        targets: [
          { target: 'a/x', weight: 9 },
          { target: 'b/y', weight: 1 },
        ],
      }),
    );
    let first = 0;
    let seed = 1;
    const rnd = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 2000; i++) {
      const order = orderRouteTargets(route, rnd);
      expect(order).toHaveLength(2);
      if (order[0].backend === 'a') first++;
    }
    expect(first / 2000).toBeGreaterThan(0.85);
    expect(first / 2000).toBeLessThan(0.95);
  });
  it('priority tiers come in order', () => {
    const route = normalizeRoute(
      'p',
      routeSchema.parse({
        strategy: 'priority',
        targets: [
          { target: 'a/x', priority: 2 },
          { target: 'b/y', priority: 1 },
        ],
      }),
    );
    expect(orderRouteTargets(route).map((t) => t.backend)).toEqual(['b', 'a']);
  });
});
