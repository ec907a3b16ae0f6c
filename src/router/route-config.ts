import { z } from 'zod';

/**
 * `routes:` config: a route name → an ordered, weighted or priority-tiered list of
 * `backend/model` targets.
 *   routes:
 *     smart: [anthropic/claude-sonnet-5, openai/gpt-5.5]          # ordered
 *     cheap: { strategy: weighted, targets: [{ target: deepseek/deepseek-flash, weight: 3 }, …] }
 */
export const routeTargetSchema = z.union([
  z.string().regex(/^[^/\s]+\/.+$/, 'must be "backend/model"'),
  z.looseObject({
    target: z.string().regex(/^[^/\s]+\/.+$/, 'must be "backend/model"'),
    weight: z.number().positive().optional(),
    priority: z.number().int().optional(),
  }),
]);

export const routeSchema = z.union([
  z.array(routeTargetSchema).min(1),
  z.looseObject({
    strategy: z.enum(['ordered', 'weighted', 'priority']).default('ordered'),
    targets: z.array(routeTargetSchema).min(1),
    /** Hedge: start the next target when the first has not answered within this many ms (or "p95"). */
    hedge_after_ms: z.union([z.number().positive(), z.literal('p95')]).optional(),
  }),
]);

export const routesSchema = z.record(z.string().min(1), routeSchema);

export type RouteInput = z.input<typeof routeSchema>;

export interface RouteTarget {
  backend: string;
  model: string;
  weight: number;
  priority: number;
}

export interface Route {
  name: string;
  strategy: 'ordered' | 'weighted' | 'priority';
  targets: RouteTarget[];
  hedgeAfterMs?: number | 'p95';
}

export function parseTarget(text: string): { backend: string; model: string } {
  const slash = text.indexOf('/');
  return { backend: text.slice(0, slash), model: text.slice(slash + 1) };
}

/** Normalises validated route input. */
export function normalizeRoute(name: string, input: z.output<typeof routeSchema>): Route {
  const list = Array.isArray(input) ? input : input.targets;
  const strategy = Array.isArray(input) ? 'ordered' : input.strategy;
  const targets = list.map((t, i) => {
    const spec = typeof t === 'string' ? { target: t } : t;
    const { backend, model } = parseTarget(spec.target);
    return {
      backend,
      model,
      weight: ('weight' in spec ? spec.weight : undefined) ?? 1,
      priority: ('priority' in spec ? spec.priority : undefined) ?? i,
    };
  });
  return { name, strategy, targets, hedgeAfterMs: Array.isArray(input) ? undefined : input.hedge_after_ms };
}
