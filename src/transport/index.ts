export { closeAllDispatchers, getDispatcher } from './dispatcher-pool.js';
export { sendRequest, toTransportError, type UpstreamResponse } from './send-request.js';
export { SseDecoder } from './sse-decoder.js';
