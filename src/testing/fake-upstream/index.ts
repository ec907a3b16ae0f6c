/**
 * fake-upstream: a fake LLM provider server speaking the OpenAI, Anthropic and Gemini wire
 * protocols (plus plug-ins), with scripted faults and a request log. See README.md.
 */

export { buildArgumentsFromSchema } from './build-arguments-from-schema.js';
export { connectFakeUpstream, type FakeUpstreamClient, type FakeUpstreamHealth } from './connect-fake-upstream.js';
export { errors, type FakeErrorResponse } from './errors/index.js';
export { extractApiKey } from './extract-api-key.js';
export { FAKE_ERROR_KINDS, type FakeErrorKind, kindForStatus } from './fake-error-kind.js';
export { FakeRequestError } from './fake-request-error.js';
export type { FakeReplySpec, FakeRule, FakeRuleMatch, FakeToolCallSpec, ReasoningField, StreamErrorSpec } from './fake-rule.js';
export type { FakeUpstream, FakeUpstreamOptions } from './fake-upstream.js';
export type { IncomingRoute, ProtocolRoute } from './incoming-route.js';
export type {
  NormalizedMessage,
  NormalizedRequest,
  NormalizedTool,
  NormalizedToolCall,
  NormalizedToolChoice,
  NormalizedToolResult,
  ThinkingMode,
} from './normalized-request.js';
export { parseRule } from './parse-rule.js';
export { planReply } from './plan-reply.js';
export type { NeutralFinishReason, PlannedReply, PlannedToolCall, PlannedUsage } from './planned-reply.js';
export type { ErrorHints, Frame, OtherContext, ProtocolHandler, RenderedResponse, RenderedStream } from './protocol-handler.js';
export { registeredProtocols, registerProtocol, unregisterProtocol } from './protocol-registry.js';
export { anthropicProtocol, createAnthropicProtocol } from './protocols/anthropic/anthropic-protocol.js';
export { createGeminiProtocol, geminiProtocol, matchGeminiPath } from './protocols/gemini/gemini-protocol.js';
export { createOpenAIProtocol, openaiProtocol } from './protocols/openai/openai-protocol.js';
export type { RequestLogEntry } from './request-log-entry.js';
export { runFakeUpstreamCli } from './run-fake-upstream-cli.js';
export { type SpawnedFakeUpstream, type SpawnFakeUpstreamOptions, spawnFakeUpstream } from './spawn-fake-upstream.js';
export { splitEvenly, splitIntoChunks } from './split-into-chunks.js';
export { sseData, sseEvent } from './sse.js';
export { startFakeUpstream } from './start-fake-upstream.js';
