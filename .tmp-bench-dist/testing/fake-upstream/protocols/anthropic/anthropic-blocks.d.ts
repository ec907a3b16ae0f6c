import type { PlannedReply, PlannedToolCall } from '../../planned-reply.js';
/** Anthropic stop reasons for the neutral finish reasons; provider-native values pass through. */
export declare function anthropicStopReason(finish: string): string;
/** `toolu_…` ids for generated calls; ids a rule chose are kept. */
export declare function anthropicToolId(call: PlannedToolCall): string;
export declare function anthropicUsage(reply: PlannedReply, outputTokens?: number): Record<string, unknown>;
/** A text block is sent when there is text, or when nothing else would be (an empty answer). */
export declare function hasTextBlock(reply: PlannedReply): boolean;
