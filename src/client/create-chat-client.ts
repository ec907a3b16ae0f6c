import { ConfigError } from '../errors/config-error.js';
import { BACKEND_TYPES, type BackendType, isBackendType } from '../settings/backend-type.js';
import { parseSettings } from '../settings/parse-settings.js';
import type { ResolvedSettings } from '../settings/resolved-settings.js';
import { settings as globalSettings } from '../settings/settings.js';
import { ChatClient } from './chat-client.js';
import type { StageTimeouts } from './stage-timeouts.js';

export interface CreateChatClientOptions {
  model: string;
  endpointId?: string;
  /** Raw VERSION 2 settings or already resolved ones; defaults to the global `settings`. */
  settings?: ResolvedSettings | Record<string, unknown>;
  timeouts?: StageTimeouts;
}

/** `createChatClient('openai', { model: 'gpt-5.5' })` → a client with createCompletion / createStream. */
export function createChatClient(backend: BackendType | string, options: CreateChatClientOptions): ChatClient {
  if (!isBackendType(backend)) {
    throw new ConfigError([{ path: 'backend', message: `unknown backend "${backend}"; expected one of: ${BACKEND_TYPES.join(', ')}` }]);
  }
  if (!options || typeof options.model !== 'string' || options.model.length === 0) {
    throw new ConfigError([{ path: 'model', message: 'createChatClient needs { model: "<model name>" }' }]);
  }
  const resolved = resolveSettingsOption(options.settings);
  return new ChatClient(resolved, backend, options.model, options.endpointId, { timeouts: options.timeouts });
}

export function resolveSettingsOption(s: ResolvedSettings | Record<string, unknown> | undefined): ResolvedSettings {
  if (s === undefined) return globalSettings.get();
  if (s.endpoints instanceof Map) return s as ResolvedSettings;
  return parseSettings(s);
}
