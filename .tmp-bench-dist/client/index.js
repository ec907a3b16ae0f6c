export { createChatClient } from './create-chat-client.js';
export { ChatClient } from './chat-client.js';
export { ChatStream } from './chat-stream.js';
export { resolveDeployments } from './resolve-deployments.js';
export { completeOnce, streamOnce, registerFraming, setRequestSigner } from './call-upstream.js';
//# sourceMappingURL=index.js.map