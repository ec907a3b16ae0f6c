import { type BackendType } from '../settings/backend-type.js';
/**
 * Settings for `new StableLLM({ openaiApiKey, … })` without explicit settings: every backend with
 * a key (given, or in its usual env var) gets its preset's models — the first as primary, the
 * rest as lighter backups (the seed's "primary → other providers → backup" plan).
 */
export declare function settingsFromKeys(explicit: Partial<Record<BackendType, string | string[] | undefined>>, env?: NodeJS.ProcessEnv): Record<string, unknown>;
