import { parseSettings } from './parse-settings.js';
import { readConfigFile } from './read-config-file.js';
/**
 * Process-wide settings holder (`settings.load({...})`), like vv-llm's. Clients created without an
 * explicit `settings` option read from here. Listeners let long-lived parts (the gateway) react to
 * reloads.
 */
export class SettingsStore {
    current = parseSettings({});
    listeners = new Set();
    /** Validates and installs settings in the VERSION 2 shape; returns the resolved form. */
    load(input) {
        const resolved = parseSettings(input);
        this.current = resolved;
        for (const listener of this.listeners)
            listener(resolved);
        return resolved;
    }
    /** Loads a YAML/JSON file with `${ENV}` interpolation. */
    loadFile(file) {
        return this.load(readConfigFile(file));
    }
    get() {
        return this.current;
    }
    /** Resets to empty settings (tests). */
    reset() {
        this.current = parseSettings({});
    }
    onChange(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
}
export const settings = new SettingsStore();
//# sourceMappingURL=settings.js.map