import { z } from 'zod';
/**
 * `routes:` config: a route name → an ordered, weighted or priority-tiered list of
 * `backend/model` targets.
 *   routes:
 *     smart: [anthropic/claude-sonnet-5, openai/gpt-5.5]          # ordered
 *     cheap: { strategy: weighted, targets: [{ target: deepseek/deepseek-flash, weight: 3 }, …] }
 */
export declare const routeTargetSchema: z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
    target: z.ZodString;
    weight: z.ZodOptional<z.ZodNumber>;
    priority: z.ZodOptional<z.ZodNumber>;
}, z.core.$loose>]>;
export declare const routeSchema: z.ZodUnion<readonly [z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
    target: z.ZodString;
    weight: z.ZodOptional<z.ZodNumber>;
    priority: z.ZodOptional<z.ZodNumber>;
}, z.core.$loose>]>>, z.ZodObject<{
    strategy: z.ZodDefault<z.ZodEnum<{
        weighted: "weighted";
        priority: "priority";
        ordered: "ordered";
    }>>;
    targets: z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        target: z.ZodString;
        weight: z.ZodOptional<z.ZodNumber>;
        priority: z.ZodOptional<z.ZodNumber>;
    }, z.core.$loose>]>>;
    hedge_after_ms: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodLiteral<"p95">]>>;
}, z.core.$loose>]>;
export declare const routesSchema: z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
    target: z.ZodString;
    weight: z.ZodOptional<z.ZodNumber>;
    priority: z.ZodOptional<z.ZodNumber>;
}, z.core.$loose>]>>, z.ZodObject<{
    strategy: z.ZodDefault<z.ZodEnum<{
        weighted: "weighted";
        priority: "priority";
        ordered: "ordered";
    }>>;
    targets: z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        target: z.ZodString;
        weight: z.ZodOptional<z.ZodNumber>;
        priority: z.ZodOptional<z.ZodNumber>;
    }, z.core.$loose>]>>;
    hedge_after_ms: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodLiteral<"p95">]>>;
}, z.core.$loose>]>>;
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
export declare function parseTarget(text: string): {
    backend: string;
    model: string;
};
/** Normalises validated route input. */
export declare function normalizeRoute(name: string, input: z.output<typeof routeSchema>): Route;
