import type { BackendType } from '../settings/backend-type.js';
import type { ProviderPreset } from './provider-preset.js';
/**
 * Every built-in vendor as configuration. OpenAI-compatible vendors differ only here.
 * Facts from shared/providers.md; base URLs are the documented defaults.
 */
export declare const PRESETS: Record<BackendType, ProviderPreset>;
export declare function getPreset(backend: BackendType): ProviderPreset;
