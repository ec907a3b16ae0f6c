import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './helpers/ensure-built.js';
import { runCli } from './helpers/run-cli.js';

beforeAll(() => ensureBuilt(), 120_000);

describe('stable-llm config init', () => {
  it('writes a commented starter enabling the providers whose keys are exported, and it validates', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'stable-llm-init-'));
    const env = { ANTHROPIC_API_KEY: 'sk-ant-not-real', DEEPSEEK_API_KEY: 'sk-not-real' };
    const r = await runCli('stable-llm', ['config', 'init'], { cwd, env });
    expect(r.code).toBe(0);
    const text = readFileSync(join(cwd, 'stable-llm.yaml'), 'utf8');
    expect(text).toMatch(/^# /);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: ${VAR} is the config file's interpolation syntax
    expect(text).toContain('api_key: ${ANTHROPIC_API_KEY}');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: ${VAR} is the config file's interpolation syntax
    expect(text).toContain('api_key: ${DEEPSEEK_API_KEY}');
    expect(text).toContain('# - id: openai');
    expect(text).not.toContain('sk-ant-not-real'); // secrets stay in the environment
    expect(text).toMatch(/smart: \[anthropic\/.+, deepseek\/.+\]/);
    const doctor = await runCli('stable-llm', ['doctor', '--offline'], { cwd, env });
    expect(doctor.code).toBe(0);
    // Without the keys the same file is a config error naming the variable.
    const noKeys = await runCli('stable-llm', ['doctor', '--offline'], { cwd });
    expect(noKeys.code).toBe(2);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: ${VAR} is the config file's interpolation syntax
    expect(noKeys.stdout).toContain('${ANTHROPIC_API_KEY} is not set');
  });

  it('refuses to overwrite without --force', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'stable-llm-init-'));
    writeFileSync(join(cwd, 'stable-llm.yaml'), 'mine: true\n');
    const r = await runCli('stable-llm', ['config', 'init'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already exists');
    expect(r.stderr).toContain('--force');
    expect(readFileSync(join(cwd, 'stable-llm.yaml'), 'utf8')).toBe('mine: true\n');
    const forced = await runCli('stable-llm', ['config', 'init', '--force', '--providers', 'gemini'], { cwd });
    expect(forced.code).toBe(0);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: ${VAR} is the config file's interpolation syntax
    expect(readFileSync(join(cwd, 'stable-llm.yaml'), 'utf8')).toContain('api_key: ${GEMINI_API_KEY}');
  });

  it('--stdout prints instead of writing; unknown providers are a usage error', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'stable-llm-init-'));
    const r = await runCli('stable-llm', ['config', 'init', '--stdout'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('VERSION: "2"');
    const bad = await runCli('stable-llm', ['config', 'init', '--providers', 'openai,nope'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('nope');
  });
});
