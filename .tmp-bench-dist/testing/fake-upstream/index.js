/**
 * fake-upstream: a fake LLM provider server speaking the OpenAI, Anthropic and Gemini wire
 * protocols (plus plug-ins), with scripted faults and a request log. See README.md.
 */
export { buildArgumentsFromSchema } from './build-arguments-from-schema.js';
export { connectFakeUpstream } from './connect-fake-upstream.js';
export { errors } from './errors/index.js';
export { extractApiKey } from './extract-api-key.js';
export { FAKE_ERROR_KINDS, kindForStatus } from './fake-error-kind.js';
export { FakeRequestError } from './fake-request-error.js';
export { parseRule } from './parse-rule.js';
export { planReply } from './plan-reply.js';
export { registeredProtocols, registerProtocol, unregisterProtocol } from './protocol-registry.js';
export { anthropicProtocol, createAnthropicProtocol } from './protocols/anthropic/anthropic-protocol.js';
export { createGeminiProtocol, geminiProtocol, matchGeminiPath } from './protocols/gemini/gemini-protocol.js';
export { createOpenAIProtocol, openaiProtocol } from './protocols/openai/openai-protocol.js';
export { runFakeUpstreamCli } from './run-fake-upstream-cli.js';
export { spawnFakeUpstream } from './spawn-fake-upstream.js';
export { splitEvenly, splitIntoChunks } from './split-into-chunks.js';
export { sseData, sseEvent } from './sse.js';
export { startFakeUpstream } from './start-fake-upstream.js';
//# sourceMappingURL=index.js.map