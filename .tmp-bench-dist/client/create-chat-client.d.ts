import { type BackendType } from '../settings/backend-type.js';
import type { ResolvedSettings } from '../settings/resolved-settings.js';
import type { StageTimeouts } from './attempt-controller.js';
import { ChatClient } from './chat-client.js';
export interface CreateChatClientOptions {
    model: string;
    endpointId?: string;
    /** Raw VERSION 2 settings or already resolved ones; defaults to the global `settings`. */
    settings?: ResolvedSettings | Record<string, unknown>;
    timeouts?: StageTimeouts;
}
/** `createChatClient('openai', { model: 'gpt-5.5' })` → a client with createCompletion / createStream. */
export declare function createChatClient(backend: BackendType | string, options: CreateChatClientOptions): ChatClient;
export declare function resolveSettingsOption(s: ResolvedSettings | Record<string, unknown> | undefined): ResolvedSettings;
