import type { FakeReplySpec } from './fake-rule.js';
import type { NormalizedRequest } from './normalized-request.js';
import type { PlannedReply } from './planned-reply.js';
export interface PlanOptions {
    seq: number;
    /** Replaces the `Hello from …` text. */
    defaultText?: string;
}
/**
 * Decides the deterministic answer to a request: a rule's explicit reply, else a tool call when
 * the user asks for one (or `tool_choice` forces it), else a comment on tool results, else the
 * greeting that echoes the last user text. Reasoning is added for thinking models or requests.
 */
export declare function planReply(request: NormalizedRequest, spec: FakeReplySpec | undefined, options: PlanOptions): PlannedReply;
