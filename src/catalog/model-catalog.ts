import type { BackendType } from '../settings/backend-type.js';
import type { ModelInfo } from './model-info.js';

/**
 * Deployments that bill the origin vendor's list price, so a fallback lookup keeps prices.
 * Everywhere else (Groq, SiliconFlow, Qianfan hosting DeepSeek, local servers…) a cross-vendor hit
 * keeps limits and capabilities but drops prices rather than report a wrong bill.
 */
const LIST_PRICE_BACKENDS = new Set<string>(['azure_openai', 'vertex', 'bedrock', 'openrouter']);

/** Trailing decorations that name a snapshot of the same model: dates, `-latest`, `-preview`. */
const SNAPSHOT_SUFFIX = /-(?:\d{4}-\d{2}-\d{2}|\d{8}|\d{6}|\d{4}|latest|preview)$/;

function key(backend: string, id: string): string {
  return `${backend}\u0000${id.toLowerCase()}`;
}

/**
 * Candidate spellings of a model id, most specific first: as given; without routing decorations
 * (Vertex `@date`, OpenRouter `:free`, Bedrock `-v1:0` and region/vendor prefixes, Gemini
 * `models/`); without a vendor path prefix; then with snapshot suffixes peeled off one at a time
 * (`claude-haiku-4-5-20251001` → `claude-haiku-4-5`, `gpt-4o-2024-11-20` → `gpt-4o`).
 */
export function idCandidates(modelId: string): string[] {
  const out: string[] = [];
  const push = (s: string) => {
    if (s && !out.includes(s)) out.push(s);
  };
  const given = modelId.trim();
  push(given);
  let id = given
    .replace(/^models\//, '')
    .replace(/@.*$/, '')
    .replace(/-v\d+:\d+$/, '')
    .replace(/:[A-Za-z0-9-]+$/, '');
  id = id.replace(/^(?:(?:us|eu|apac|global|jp|au|ca)\.)?(?:anthropic|meta|amazon|mistral|deepseek|qwen|openai)\./, '');
  push(id);
  const slash = id.lastIndexOf('/');
  if (slash >= 0) push(id.slice(slash + 1));
  for (const base of [...out]) {
    let s = base;
    while (SNAPSHOT_SUFFIX.test(s)) {
      s = s.replace(SNAPSHOT_SUFFIX, '');
      push(s);
    }
  }
  return out;
}

/** An indexed, immutable set of model entries with forgiving lookup. */
export class ModelCatalog {
  readonly date: string;
  private readonly entries: readonly ModelInfo[];
  private readonly index = new Map<string, ModelInfo>();

  constructor(entries: readonly ModelInfo[], date: string) {
    this.entries = entries;
    this.date = date;
    // First entry wins, so callers list overrides (settings) before defaults (built-ins).
    for (const entry of entries) {
      for (const id of [entry.id, ...(entry.upstreamId ? [entry.upstreamId] : []), ...entry.aliases]) {
        const k = key(entry.backend, id);
        if (!this.index.has(k)) this.index.set(k, entry);
      }
    }
  }

  /**
   * Metadata for `modelId` on `backend`: exact id or alias first, then normalised spellings, then
   * the same model under another vendor (Azure → OpenAI, Vertex/Bedrock → Gemini/Anthropic,
   * aggregators → origin), returned re-homed on `backend`.
   */
  get(backend: BackendType | string, modelId: string): ModelInfo | undefined {
    const candidates = idCandidates(modelId);
    for (const id of candidates) {
      const hit = this.index.get(key(backend, id));
      if (hit) return hit;
    }
    for (const id of candidates) {
      const hit = this.entries.find((e) => e.backend !== backend && this.index.get(key(e.backend, id)) === e);
      if (hit) {
        return {
          ...hit,
          backend: backend as BackendType,
          pricing: LIST_PRICE_BACKENDS.has(backend) ? hit.pricing : undefined,
          source: `${hit.source} (${hit.backend} entry)`,
        };
      }
    }
    return undefined;
  }

  /** All entries, optionally for one backend, in catalog order. */
  list(backend?: BackendType | string): ModelInfo[] {
    return backend === undefined ? [...this.entries] : this.entries.filter((e) => e.backend === backend);
  }
}
