import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliContext } from '../cli-context.js';
import { usageError } from '../cli-error.js';
import { EXIT } from '../exit-codes.js';
import { findModelInfo } from '../find-model-info.js';
import { formatCount } from '../format-count.js';
import { formatUsd } from '../format-reply-meta.js';
import { loadCliConfig } from '../load-cli-config.js';
import { readStreamText } from '../read-stream-text.js';
import { renderTable } from '../render-table.js';

export interface TokensCommandOptions {
  model?: string[];
  outputTokens?: number;
  json?: boolean;
  config?: string;
}

const FALLBACK_MODEL = 'gpt-5.5';

/**
 * `stable-llm tokens FILE|-`: counts with each model's own tokenizer (loaded lazily; the CJK-aware
 * estimate where none ships, flagged as such) and prices the text as a prompt, plus
 * `--output-tokens` of answer if given.
 */
export async function runTokens(ctx: CliContext, file: string | undefined, opts: TokensCommandOptions): Promise<number> {
  const { io } = ctx;
  let text: string;
  let label: string;
  if (file === undefined || file === '-') {
    if (file === undefined && io.stdin.isTTY === true)
      throw usageError('nothing to count: pass a file, or pipe text and use -', `e.g. ${ctx.bin} tokens prompt.txt`);
    text = await readStreamText(io.stdin);
    label = 'stdin';
  } else {
    try {
      text = await readFile(resolve(io.cwd, file), 'utf8');
    } catch (err) {
      throw usageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    label = file;
  }
  const [config, { mergeWithSettings }, { computeCost, hasPricing }, { countTokensDetailed }, { TOKENIZER_FAMILY_INFO }] =
    await Promise.all([
      loadCliConfig({ configFlag: opts.config, cwd: io.cwd, env: io.env }),
      import('../../catalog/index.js'),
      import('../../cost/compute-cost.js'),
      import('../../tokens/get-token-counts.js'),
      import('../../tokens/tokenizer-family.js'),
    ]);
  const catalog = mergeWithSettings(config.settings);
  const firstConfigured = Object.entries(config.settings.backends)
    .flatMap(([b, cfg]) =>
      Object.values(cfg?.models ?? {})
        .filter((m) => m.enabled)
        .map((m) => `${b}/${m.name}`),
    )
    .at(0);
  const models = opts.model ?? [firstConfigured ?? FALLBACK_MODEL];

  const rows = await Promise.all(
    models.map(async (name) => {
      const info = findModelInfo(catalog, name);
      const countAs = info?.upstreamId ?? info?.id ?? name.slice(name.indexOf('/') + 1);
      const counted = await countTokensDetailed(text, countAs);
      // computeCost applies long-context tiers and the rest of the billing rules; undefined = price unknown.
      const cost = hasPricing(info?.pricing)
        ? computeCost(
            {
              prompt_tokens: counted.tokens,
              completion_tokens: opts.outputTokens ?? 0,
              total_tokens: counted.tokens + (opts.outputTokens ?? 0),
            },
            info.pricing,
          )
        : undefined;
      const input = info?.pricing?.input === undefined ? undefined : cost?.input;
      const output = opts.outputTokens && info?.pricing?.output !== undefined ? cost?.output : undefined;
      return {
        model: info ? `${info.backend}/${info.id}` : name,
        known: info !== undefined,
        tokenizer: counted.family,
        exact: !counted.estimated && TOKENIZER_FAMILY_INFO[counted.family].exact,
        estimated: counted.estimated,
        tokens: counted.tokens,
        context_window: info?.contextWindow,
        input_cost: input,
        output_tokens: opts.outputTokens,
        output_cost: output,
        total_cost: input === undefined ? undefined : input + (output ?? 0),
      };
    }),
  );

  if (opts.json) {
    io.stdout.write(`${JSON.stringify({ source: label, characters: text.length, models: rows }, null, 2)}\n`);
    return EXIT.ok;
  }
  const s = ctx.out;
  const headers = ['MODEL', 'TOKENIZER', 'TOKENS', 'CONTEXT', 'INPUT COST'];
  if (opts.outputTokens) headers.push(`+${opts.outputTokens} OUT`, 'TOTAL');
  const table = renderTable(
    headers,
    rows.map((r) => {
      const cells = [
        r.known ? r.model : `${r.model} ${s.dim('(not in catalog)')}`,
        `${r.tokenizer}${r.estimated ? s.yellow(' ~estimate') : r.exact ? '' : s.dim(' ~approx')}`,
        r.tokens.toLocaleString('en-US'),
        r.context_window
          ? `${((r.tokens / r.context_window) * 100).toFixed(r.tokens / r.context_window < 0.01 ? 2 : 1)}% of ${formatCount(r.context_window)}`
          : '-',
        r.input_cost === undefined ? s.dim('price unknown') : formatUsd(r.input_cost),
      ];
      if (opts.outputTokens)
        cells.push(
          r.output_cost === undefined ? '-' : formatUsd(r.output_cost),
          r.total_cost === undefined ? '-' : formatUsd(r.total_cost),
        );
      return cells;
    }),
    s,
    ['left', 'left', 'right', 'right', 'right', 'right', 'right'],
  );
  io.stdout.write(`${table}\n`);
  io.stderr.write(`${ctx.err.dim(`${label}: ${text.length.toLocaleString('en-US')} characters`)}\n`);
  return EXIT.ok;
}
