import { ConfigError } from '../errors/config-error.js';
import { BACKEND_TYPES, isBackendType } from '../settings/backend-type.js';
import { parseSettings } from '../settings/parse-settings.js';
import { settings as globalSettings } from '../settings/settings.js';
import { ChatClient } from './chat-client.js';
/** `createChatClient('openai', { model: 'gpt-5.5' })` → a client with createCompletion / createStream. */
export function createChatClient(backend, options) {
    if (!isBackendType(backend)) {
        throw new ConfigError([{ path: 'backend', message: `unknown backend "${backend}"; expected one of: ${BACKEND_TYPES.join(', ')}` }]);
    }
    if (!options || typeof options.model !== 'string' || options.model.length === 0) {
        throw new ConfigError([{ path: 'model', message: 'createChatClient needs { model: "<model name>" }' }]);
    }
    const resolved = resolveSettingsOption(options.settings);
    return new ChatClient(resolved, backend, options.model, options.endpointId, { timeouts: options.timeouts });
}
export function resolveSettingsOption(s) {
    if (s === undefined)
        return globalSettings.get();
    if (s.endpoints instanceof Map)
        return s;
    return parseSettings(s);
}
//# sourceMappingURL=create-chat-client.js.map