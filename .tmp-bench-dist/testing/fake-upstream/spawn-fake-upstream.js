import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { connectFakeUpstream } from './connect-fake-upstream.js';
/** Runs the fake in a child process (as CLI and browser tests do) and waits for its URL line. */
export function spawnFakeUpstream(options = {}) {
    const entry = options.entry ?? fileURLToPath(new URL('./main.js', import.meta.url));
    const child = spawn(process.execPath, [entry, '--port', '0', ...(options.args ?? [])], { stdio: ['ignore', 'pipe', 'pipe'] });
    return new Promise((resolve, reject) => {
        let out = '';
        let err = '';
        const timer = setTimeout(() => fail(new Error(`fake-upstream did not start within ${options.timeoutMs ?? 10_000} ms: ${err}`)), options.timeoutMs ?? 10_000);
        const fail = (e) => {
            clearTimeout(timer);
            child.kill('SIGKILL');
            reject(e);
        };
        child.stderr?.on('data', (d) => {
            err += d.toString();
        });
        child.once('exit', (code) => fail(new Error(`fake-upstream exited with code ${code}: ${err}`)));
        child.stdout?.on('data', (d) => {
            out += d.toString();
            const line = out.split('\n').find((l) => l.startsWith('FAKE_UPSTREAM_URL='));
            if (!line)
                return;
            clearTimeout(timer);
            child.removeAllListeners('exit');
            const url = line.slice('FAKE_UPSTREAM_URL='.length).trim();
            resolve({
                url,
                client: connectFakeUpstream(url),
                child,
                close: () => new Promise((done) => {
                    if (child.exitCode !== null || child.signalCode !== null)
                        return done();
                    child.once('exit', () => done());
                    child.kill('SIGTERM');
                }),
            });
        });
    });
}
//# sourceMappingURL=spawn-fake-upstream.js.map