import { watch } from 'node:fs';
import { basename, dirname } from 'node:path';
/**
 * Calls `onChange` (debounced) when the config file changes. Watches the directory, not the
 * file: editors and deploy tools replace files by rename, which a file watch would lose.
 */
export function watchConfigFile(file, onChange, debounceMs = 200) {
    const name = basename(file);
    let timer;
    let watcher;
    try {
        watcher = watch(dirname(file), { persistent: false }, (_event, filename) => {
            if (filename !== null && filename !== name)
                return;
            if (timer)
                clearTimeout(timer);
            timer = setTimeout(onChange, debounceMs);
            timer.unref();
        });
        watcher.on('error', () => undefined);
    }
    catch {
        // No watch support (some network file systems): SIGHUP and the admin console still reload.
    }
    return {
        close() {
            if (timer)
                clearTimeout(timer);
            watcher?.close();
        },
    };
}
//# sourceMappingURL=watch-config-file.js.map