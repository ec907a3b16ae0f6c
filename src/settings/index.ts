export { BACKEND_TYPES, BackendType, isBackendType } from './backend-type.js';
export { interpolateEnv } from './interpolate-env.js';
export { implicitEndpointId, parseSettings } from './parse-settings.js';
export { readConfigFile } from './read-config-file.js';
export type * from './resolved-settings.js';
export { SettingsStore, settings } from './settings.js';
export { type EndpointSettingsInput, type ModelSettingsInput, type SettingsInput, settingsSchema } from './settings-schema.js';
