export { settings, SettingsStore } from './settings.js';
export { parseSettings, implicitEndpointId } from './parse-settings.js';
export { readConfigFile } from './read-config-file.js';
export { interpolateEnv } from './interpolate-env.js';
export { BackendType, BACKEND_TYPES, isBackendType } from './backend-type.js';
export type * from './resolved-settings.js';
export { settingsSchema, type SettingsInput, type EndpointSettingsInput, type ModelSettingsInput } from './settings-schema.js';
