export function processIO() {
    return {
        stdout: process.stdout,
        stderr: process.stderr,
        stdin: process.stdin,
        env: process.env,
        cwd: process.cwd(),
        onInterrupt(handler) {
            process.on('SIGINT', handler);
            return () => process.off('SIGINT', handler);
        },
    };
}
//# sourceMappingURL=cli-io.js.map