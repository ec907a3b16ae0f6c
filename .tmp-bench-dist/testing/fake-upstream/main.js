#!/usr/bin/env node
/**
 * Standalone fake upstream: `node dist/testing/fake-upstream/main.js --port 0 --host 127.0.0.1`.
 * Prints `FAKE_UPSTREAM_URL=…` once listening; exits cleanly on SIGINT/SIGTERM.
 */
import { FAKE_UPSTREAM_USAGE, runFakeUpstreamCli } from './run-fake-upstream-cli.js';
if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(`${FAKE_UPSTREAM_USAGE}\n`);
}
else {
    try {
        const fake = await runFakeUpstreamCli(process.argv.slice(2), (line) => process.stdout.write(`${line}\n`));
        const stop = () => {
            void fake.close().then(() => process.exit(0));
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
    }
    catch (err) {
        process.stderr.write(`fake-upstream: ${err instanceof Error ? err.message : String(err)}\n${FAKE_UPSTREAM_USAGE}\n`);
        process.exit(2);
    }
}
//# sourceMappingURL=main.js.map