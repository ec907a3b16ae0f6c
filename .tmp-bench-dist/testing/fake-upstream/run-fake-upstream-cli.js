import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseRule } from './parse-rule.js';
import { startFakeUpstream } from './start-fake-upstream.js';
export const FAKE_UPSTREAM_USAGE = `Usage: fake-upstream [--port N] [--host H] [--default-text T] [--models a,b] [--rules FILE.json] [--lenient] [--require-api-key]

Prints FAKE_UPSTREAM_URL=http://HOST:PORT when ready; control API under /__fake/.`;
/**
 * The logic of `main.ts`, testable in-process: parses flags, starts the server and announces its
 * URL through `print` (stdout in the real entry point).
 */
export async function runFakeUpstreamCli(argv, print) {
    const { values } = parseArgs({
        args: argv,
        options: {
            port: { type: 'string', default: '0' },
            host: { type: 'string', default: '127.0.0.1' },
            'default-text': { type: 'string' },
            models: { type: 'string' },
            rules: { type: 'string' },
            lenient: { type: 'boolean', default: false },
            'require-api-key': { type: 'boolean', default: false },
        },
        strict: true,
    });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`--port: expected 0-65535, got ${values.port}`);
    let rules = [];
    if (values.rules) {
        const json = JSON.parse(await readFile(values.rules, 'utf8'));
        rules = (Array.isArray(json) ? json : [json]).map((r, i) => parseRule(r, `${values.rules}[${i}]`));
    }
    const fake = await startFakeUpstream({
        port,
        host: values.host,
        defaultText: values['default-text'],
        models: values.models ? values.models.split(',').filter(Boolean) : undefined,
        strict: !values.lenient,
        requireApiKey: values['require-api-key'],
        rules,
    });
    print(`FAKE_UPSTREAM_URL=${fake.url}`);
    return fake;
}
//# sourceMappingURL=run-fake-upstream-cli.js.map