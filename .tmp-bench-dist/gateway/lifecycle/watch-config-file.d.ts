/**
 * Calls `onChange` (debounced) when the config file changes. Watches the directory, not the
 * file: editors and deploy tools replace files by rename, which a file watch would lose.
 */
export declare function watchConfigFile(file: string, onChange: () => void, debounceMs?: number): {
    close(): void;
};
