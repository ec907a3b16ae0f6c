import type { z } from 'zod';
/** Validates a parsed body against a zod schema; the 400 names the first bad field (`messages[0].content`). */
export declare function validateBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S>;
