/**
 * Tool calling for models without native function calling: the request side describes tools and
 * a JSON reply protocol in the prompt; the response side parses replies back into tool_calls.
 * Pure functions; the client decides when to apply them.
 */
export { appendSystemInstruction } from './append-system-instruction.js';
export { buildToolPrompt } from './build-tool-prompt.js';
export { convertToolHistory } from './convert-tool-history.js';
export { emulateToolsInRequest } from './emulate-tools-in-request.js';
export { EmulatedToolStream, withToolEmulation } from './emulated-tool-stream.js';
export { parseEmulatedToolCalls, } from './parse-emulated-tool-calls.js';
//# sourceMappingURL=index.js.map