import type { PlannedUsage } from '../../planned-reply.js';
/** OpenAI's usage object with the detail blocks current models send. */
export declare function openaiUsage(u: PlannedUsage): Record<string, unknown>;
