export { SseDecoder } from './sse-decoder.js';
export { getDispatcher, closeAllDispatchers } from './dispatcher-pool.js';
export { sendRequest, toTransportError, type UpstreamResponse } from './send-request.js';
