import type { PlannedReply } from '../../planned-reply.js';
/** Gemini finish reasons for the neutral ones (function calls end with STOP); native values pass through. */
export declare function geminiFinishReason(finish: string): string;
/** Full usage (last chunk / JSON); thoughts are counted apart from candidates, as Gemini does. */
export declare function geminiUsage(reply: PlannedReply): Record<string, unknown>;
/** What intermediate stream chunks carry: the prompt count only. */
export declare function geminiPromptUsage(reply: PlannedReply): Record<string, unknown>;
export declare function functionCallParts(reply: PlannedReply): Record<string, unknown>[];
export declare function candidate(reply: PlannedReply, parts: Record<string, unknown>[], final: boolean): Record<string, unknown>;
