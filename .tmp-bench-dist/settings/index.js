export { settings, SettingsStore } from './settings.js';
export { parseSettings, implicitEndpointId } from './parse-settings.js';
export { readConfigFile } from './read-config-file.js';
export { interpolateEnv } from './interpolate-env.js';
export { BackendType, BACKEND_TYPES, isBackendType } from './backend-type.js';
export { settingsSchema } from './settings-schema.js';
//# sourceMappingURL=index.js.map