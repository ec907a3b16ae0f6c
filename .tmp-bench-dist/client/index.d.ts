export { createChatClient, type CreateChatClientOptions } from './create-chat-client.js';
export { ChatClient, type CallOptions, type ChatParams } from './chat-client.js';
export { ChatStream } from './chat-stream.js';
export type { Deployment } from './deployment.js';
export type { StageTimeouts } from './attempt-controller.js';
export { resolveDeployments } from './resolve-deployments.js';
export { completeOnce, streamOnce, registerFraming, setRequestSigner } from './call-upstream.js';
