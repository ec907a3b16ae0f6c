/**
 * fake-upstream: a fake LLM provider server speaking the OpenAI, Anthropic and Gemini wire
 * protocols (plus plug-ins), with scripted faults and a request log. See README.md.
 */
export { startFakeUpstream } from './start-fake-upstream.js';
export type { FakeUpstream, FakeUpstreamOptions } from './fake-upstream.js';
export type { FakeRule, FakeRuleMatch, FakeReplySpec, FakeToolCallSpec, ReasoningField, StreamErrorSpec } from './fake-rule.js';
export type { RequestLogEntry } from './request-log-entry.js';
export { errors, type FakeErrorResponse } from './errors/index.js';
export { FAKE_ERROR_KINDS, kindForStatus, type FakeErrorKind } from './fake-error-kind.js';
export { FakeRequestError } from './fake-request-error.js';
export { registerProtocol, unregisterProtocol, registeredProtocols } from './protocol-registry.js';
export type { ProtocolHandler, RenderedResponse, RenderedStream, Frame, ErrorHints, OtherContext } from './protocol-handler.js';
export type { IncomingRoute, ProtocolRoute } from './incoming-route.js';
export type {
  NormalizedRequest,
  NormalizedMessage,
  NormalizedTool,
  NormalizedToolCall,
  NormalizedToolResult,
  NormalizedToolChoice,
  ThinkingMode,
} from './normalized-request.js';
export type { PlannedReply, PlannedToolCall, PlannedUsage, NeutralFinishReason } from './planned-reply.js';
export { planReply } from './plan-reply.js';
export { parseRule } from './parse-rule.js';
export { sseData, sseEvent } from './sse.js';
export { splitIntoChunks, splitEvenly } from './split-into-chunks.js';
export { buildArgumentsFromSchema } from './build-arguments-from-schema.js';
export { extractApiKey } from './extract-api-key.js';
export { createOpenAIProtocol, openaiProtocol } from './protocols/openai/openai-protocol.js';
export { createAnthropicProtocol, anthropicProtocol } from './protocols/anthropic/anthropic-protocol.js';
export { createGeminiProtocol, geminiProtocol, matchGeminiPath } from './protocols/gemini/gemini-protocol.js';
export { connectFakeUpstream, type FakeUpstreamClient, type FakeUpstreamHealth } from './connect-fake-upstream.js';
export { spawnFakeUpstream, type SpawnedFakeUpstream, type SpawnFakeUpstreamOptions } from './spawn-fake-upstream.js';
export { runFakeUpstreamCli } from './run-fake-upstream-cli.js';
