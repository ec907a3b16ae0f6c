export { completeOnce, registerFraming, setRequestSigner, streamOnce } from './call-upstream.js';
export { type CallOptions, ChatClient, type ChatParams } from './chat-client.js';
export { ChatStream } from './chat-stream.js';
export { type CreateChatClientOptions, createChatClient } from './create-chat-client.js';
export type { Deployment } from './deployment.js';
export { resolveDeployments } from './resolve-deployments.js';
export type { StageTimeouts } from './stage-timeouts.js';
