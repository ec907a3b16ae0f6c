/**
 * The canonical request: the OpenAI Chat Completions request shape plus stable-llm extensions.
 * Everything that enters the library or the gateway is normalised to this; every provider adapter
 * converts from it. Types only — no I/O here.
 */
export {};
//# sourceMappingURL=chat-request.js.map