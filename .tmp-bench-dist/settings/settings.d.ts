import type { ResolvedSettings } from './resolved-settings.js';
/**
 * Process-wide settings holder (`settings.load({...})`), like vv-llm's. Clients created without an
 * explicit `settings` option read from here. Listeners let long-lived parts (the gateway) react to
 * reloads.
 */
export declare class SettingsStore {
    private current;
    private readonly listeners;
    /** Validates and installs settings in the VERSION 2 shape; returns the resolved form. */
    load(input: unknown): ResolvedSettings;
    /** Loads a YAML/JSON file with `${ENV}` interpolation. */
    loadFile(file: string): ResolvedSettings;
    get(): ResolvedSettings;
    /** Resets to empty settings (tests). */
    reset(): void;
    onChange(listener: (s: ResolvedSettings) => void): () => void;
}
export declare const settings: SettingsStore;
