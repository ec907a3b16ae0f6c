import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PRESETS } from '../../providers/presets.js';
import { type BackendType, isBackendType } from '../../settings/backend-type.js';
import type { CliContext } from '../cli-context.js';
import { CliError, usageError } from '../cli-error.js';
import { EXIT } from '../exit-codes.js';
import { starterConfig } from '../starter-config.js';

export interface ConfigInitOptions {
  output?: string;
  force?: boolean;
  providers?: string[];
  stdout?: boolean;
}

/**
 * `stable-llm config init`: writes a commented starter `stable-llm.yaml`. Providers whose key is
 * already in the environment are enabled (OpenAI when none is), the common others are left
 * commented out. Never overwrites without --force.
 */
export async function runConfigInit(ctx: CliContext, opts: ConfigInitOptions): Promise<number> {
  const env = ctx.io.env;
  const keyEnv: Partial<Record<BackendType, string>> = {};
  let backends: BackendType[];
  if (opts.providers) {
    const bad = opts.providers.filter((p) => !isBackendType(p) || PRESETS[p as BackendType].defaultModels.length === 0);
    if (bad.length)
      throw usageError(
        `--providers: unknown or unsupported provider ${bad.join(', ')}`,
        `choose from: ${Object.values(PRESETS)
          .filter((p) => p.defaultModels.length > 0)
          .map((p) => p.backend)
          .join(', ')}`,
      );
    backends = opts.providers as BackendType[];
  } else {
    backends = Object.values(PRESETS)
      .filter((p) => !p.keyOptional && p.defaultModels.length > 0 && p.keyEnv.some((v) => env[v]))
      .map((p) => p.backend);
    if (backends.length === 0) backends = ['openai'];
  }
  for (const b of backends) keyEnv[b] = PRESETS[b].keyEnv.find((v) => env[v]) ?? PRESETS[b].keyEnv[0];
  const text = starterConfig({ backends, keyEnv });
  if (opts.stdout) {
    ctx.io.stdout.write(text);
    return EXIT.ok;
  }
  const file = resolve(ctx.io.cwd, opts.output ?? 'stable-llm.yaml');
  if (existsSync(file) && !opts.force)
    throw usageError(`${file} already exists`, 'keep it, or overwrite it with: stable-llm config init --force');
  try {
    writeFileSync(file, text, { mode: 0o644 });
  } catch (err) {
    throw new CliError(`cannot write ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const s = ctx.out;
  const missing = backends.map((b) => keyEnv[b] as string).filter((v) => !env[v]);
  ctx.io.stdout.write(`${s.green('✓')} wrote ${file} (${backends.join(', ')})\n`);
  if (missing.length) ctx.io.stdout.write(`  next: export ${missing.map((v) => `${v}=…`).join(' ')}\n`);
  ctx.io.stdout.write(`  then: stable-llm doctor   ·   stable-llm chat   ·   stable-llm serve\n`);
  return EXIT.ok;
}
