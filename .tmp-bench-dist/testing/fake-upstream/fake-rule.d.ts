import type { FakeErrorKind } from './fake-error-kind.js';
import type { PlannedUsage } from './planned-reply.js';
/** Which requests a rule applies to; every given field must match. */
export interface FakeRuleMatch {
    /** Handler name: `openai`, `anthropic`, `gemini`, or a plug-in's. */
    protocol?: string;
    /** Substring of the URL path (`/compatible-mode/`, `:streamGenerateContent`). */
    path?: string;
    /** Exact model name (from the body, or the URL for Gemini). */
    model?: string;
    /** Exact API key the request carried. */
    apiKey?: string;
    stream?: boolean;
    /**
     * `chat` by default, so a rule meant for the next completion is not eaten by a `GET /models`
     * probe; `models`, `count_tokens`, or `*` for any.
     */
    operation?: string;
}
export type ReasoningField = 'reasoning_content' | 'reasoning' | 'think_tags';
export interface FakeToolCallSpec {
    name: string;
    /** Object or JSON text; built from the tool's schema when omitted. */
    arguments?: string | Record<string, unknown>;
    id?: string;
}
/** Overrides for the default reply; anything left out is planned as usual. */
export interface FakeReplySpec {
    /** Giving `content`, `contentChunks` or `toolCalls` replaces the default text/tool decision. */
    content?: string;
    /** Exact stream pieces for the text (joined for non-streaming replies). */
    contentChunks?: string[];
    reasoning?: string;
    /**
     * Where OpenAI-protocol replies put reasoning: `reasoning_content` (default: DeepSeek, Qwen,
     * Zhipu…), `reasoning` (OpenRouter, StepFun, vLLM ≥ 0.11, Ollama) or `think_tags` (`<think>…</think>`
     * inside the content: MiniMax, raw local models). Other protocols have one native way and ignore it.
     */
    reasoningField?: ReasoningField;
    toolCalls?: FakeToolCallSpec[];
    /** Neutral (`stop`, `length`, `tool_calls`, `content_filter`) or provider-native, sent verbatim. */
    finishReason?: string;
    usage?: Partial<PlannedUsage>;
}
export interface StreamErrorSpec {
    /** Frames to send before the error event; default 1. */
    afterChunks?: number;
    /** JSON for the error event's data instead of the protocol's default (overloaded/server error). */
    body?: unknown;
}
/**
 * A scripted behaviour. Response shaping: `error` (a native error of that kind), or
 * `status`/`body` (exact; a status ≥ 400 without body gets the native body for that status), or a
 * success shaped by `reply`. Faults apply to successful streams (and, for drop/stall, to JSON
 * bodies: half the body is sent first). Chunk counts count wire frames (SSE events).
 */
export interface FakeRule {
    /** Shown as `matchedRule` in the request log; defaults to the rule id. */
    name?: string;
    match?: FakeRuleMatch;
    /** How many requests the rule applies to; forever when omitted. */
    times?: number;
    error?: FakeErrorKind;
    /** Replaces the default message of `error`. */
    errorMessage?: string;
    status?: number;
    /** Added to whatever response is sent (success or error). */
    headers?: Record<string, string>;
    /** Exact body: a string is sent as is, anything else as JSON. Status defaults to 200. */
    body?: unknown;
    /** Wait before sending the status line. */
    delayMs?: number;
    /** Wait before each stream frame. */
    chunkDelayMs?: number;
    /** Destroy the socket after this many frames. */
    dropAfterChunks?: number;
    /** Stop after this many frames but keep the socket open until the client leaves. */
    stallAfterChunks?: number;
    /** Insert an unparsable frame after N frames (`true` = 1), then carry on. */
    malformedChunk?: boolean | number;
    /** Send a provider-style in-stream error after N frames (`true` = 1), then end the response. */
    streamError?: boolean | number | StreamErrorSpec;
    reply?: FakeReplySpec;
}
