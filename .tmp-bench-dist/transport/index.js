export { SseDecoder } from './sse-decoder.js';
export { getDispatcher, closeAllDispatchers } from './dispatcher-pool.js';
export { sendRequest, toTransportError } from './send-request.js';
//# sourceMappingURL=index.js.map