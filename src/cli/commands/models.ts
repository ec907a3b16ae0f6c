import type { ModelInfo } from '../../catalog/model-info.js';
import type { CliContext } from '../cli-context.js';
import { EXIT } from '../exit-codes.js';
import { formatCount, formatPrice } from '../format-count.js';
import { findCliConfigFile, loadCliConfig } from '../load-cli-config.js';
import { renderTable } from '../render-table.js';

export interface ModelsCommandOptions {
  all?: boolean;
  json?: boolean;
  config?: string;
}

/**
 * `stable-llm models`: configured models with what the catalog knows about them (settings
 * overrides applied), and with --all every built-in catalog entry. Works without any key, so
 * people can browse before they configure.
 */
export async function runModels(ctx: CliContext, filter: string | undefined, opts: ModelsCommandOptions): Promise<number> {
  const [config, { mergeWithSettings, CATALOG_DATE }] = await Promise.all([
    loadCliConfig({ configFlag: opts.config, cwd: ctx.io.cwd, env: ctx.io.env }),
    import('../../catalog/index.js'),
  ]);
  const catalog = mergeWithSettings(config.settings);
  const configured = new Map<string, ModelInfo & { enabled: boolean; backup: boolean }>();
  for (const [backend, cfg] of Object.entries(config.settings.backends)) {
    for (const m of Object.values(cfg?.models ?? {})) {
      const info = catalog.get(backend, m.name);
      if (info) configured.set(`${backend}/${m.name}`, { ...info, enabled: m.enabled, backup: m.backup });
    }
  }
  const showCatalog = opts.all === true || configured.size === 0;
  const rows: { target: string; configured: boolean; enabled?: boolean; backup?: boolean; info: ModelInfo }[] = [];
  for (const [target, info] of configured) rows.push({ target, configured: true, enabled: info.enabled, backup: info.backup, info });
  if (showCatalog) {
    for (const info of catalog.list()) {
      const target = `${info.backend}/${info.id}`;
      if (info.origin === 'catalog' && !configured.has(target)) rows.push({ target, configured: false, info });
    }
  }
  const needle = filter?.toLowerCase();
  const shown = needle
    ? rows.filter((r) => r.target.toLowerCase().includes(needle) || r.info.aliases.some((a) => a.toLowerCase().includes(needle)))
    : rows;

  if (opts.json) {
    const out = shown.map((r) => ({
      target: r.target,
      backend: r.info.backend,
      id: r.info.id,
      upstream_id: r.info.upstreamId,
      configured: r.configured,
      ...(r.configured ? { enabled: r.enabled, backup: r.backup } : {}),
      context_window: r.info.contextWindow,
      max_output_tokens: r.info.maxOutputTokens,
      pricing: r.info.pricing,
      capabilities: r.info.capabilities,
      tokenizer: r.info.tokenizer,
      aliases: r.info.aliases,
      source: r.info.source,
      notes: r.info.notes,
    }));
    ctx.io.stdout.write(`${JSON.stringify({ catalog_date: CATALOG_DATE, models: out }, null, 2)}\n`);
    return EXIT.ok;
  }

  const s = ctx.out;
  const table = renderTable(
    ['MODEL', 'CONTEXT', 'MAX OUT', 'INPUT', 'OUTPUT', 'CACHED', 'CAPABILITIES'],
    shown.map((r) => {
      const c = r.info.capabilities;
      const caps = [c.tools && 'tools', c.vision && 'vision', c.jsonMode && 'json', c.reasoning && 'reasoning', c.promptCaching && 'cache']
        .filter(Boolean)
        .join(',');
      const name = r.configured
        ? `${s.bold(r.target)}${r.backup ? s.dim(' (backup)') : ''}${r.enabled === false ? s.dim(' (disabled)') : ''}`
        : s.dim(r.target);
      const p = r.info.pricing;
      return [
        name,
        formatCount(r.info.contextWindow),
        formatCount(r.info.maxOutputTokens),
        formatPrice(p?.input),
        formatPrice(p?.output),
        formatPrice(p?.cache_read),
        caps || '-',
      ];
    }),
    s,
    ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
  ctx.io.stdout.write(`${table}\n`);
  const notes: string[] = [`prices: USD per 1M tokens · catalog ${CATALOG_DATE} · ${shown.length} model${shown.length === 1 ? '' : 's'}`];
  if (configured.size === 0) {
    notes.push(
      findCliConfigFile(opts.config, ctx.io.cwd, ctx.io.env)
        ? 'no model is configured: showing the built-in catalog'
        : 'no provider configured (no stable-llm.yaml, no API key env var): showing the built-in catalog',
    );
  } else if (!opts.all) notes.push('bold = configured; --all adds the whole catalog');
  ctx.io.stderr.write(`${ctx.err.dim(notes.join(' · '))}\n`);
  return EXIT.ok;
}
