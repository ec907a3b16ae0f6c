import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnFakeUpstream } from './spawn-fake-upstream.js';

const here = dirname(fileURLToPath(import.meta.url));
const srcRoot = join(here, '..', '..');

/**
 * Transpiles main.ts and everything it imports (plug-ins may import from elsewhere in src), without
 * type checking — tsc covers that — so the real entry point can run under plain node.
 */
async function transpileEntry(out: string): Promise<void> {
  const seen = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = await readFile(file, 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
    });
    const target = join(out, relative(srcRoot, file)).replace(/\.ts$/, '.js');
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, outputText);
    for (const { fileName } of ts.preProcessFile(source, true, true).importedFiles) {
      if (fileName.startsWith('.')) await visit(join(dirname(file), fileName).replace(/\.js$/, '.ts'));
    }
  };
  await visit(join(here, 'main.ts'));
  await writeFile(join(out, 'package.json'), '{"type":"module"}');
  // Bare imports (npm packages) resolve through the project's node_modules.
  await symlink(join(srcRoot, '..', 'node_modules'), join(out, 'node_modules'), 'dir');
}

describe('main.js as a child process', () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'fake-upstream-main-'));
    await transpileEntry(out);
  });
  afterAll(() => rm(out, { recursive: true, force: true }));

  it('prints its URL, serves requests, obeys the control API and exits on SIGTERM', async () => {
    const spawned = await spawnFakeUpstream({ entry: join(out, 'testing', 'fake-upstream', 'main.js'), args: ['--host', '127.0.0.1'] });
    try {
      expect(spawned.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      await spawned.client.addRule({ times: 1, status: 429 });
      const body = JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] });
      const post = () =>
        fetch(`${spawned.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect((await post()).status).toBe(429);
      expect((await post()).status).toBe(200);
      expect((await spawned.client.requests()).map((r) => r.status)).toEqual([429, 200]);
    } finally {
      await spawned.close();
    }
    expect(spawned.child.exitCode).toBe(0);
  });

  it('fails fast with usage on bad flags', async () => {
    await expect(spawnFakeUpstream({ entry: join(out, 'testing', 'fake-upstream', 'main.js'), args: ['--nope'] })).rejects.toThrow(
      /exited with code 2/,
    );
  });
});
