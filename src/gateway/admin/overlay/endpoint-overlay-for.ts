import { ConfigError } from '../../../errors/config-error.js';
import { interpolateEnv } from '../../../settings/interpolate-env.js';
import type { EndpointOverlay, KeyAttributes, KeyEntry } from './admin-overlay.js';
import { deepEqual } from './deep-equal.js';
import { endpointKeys, isEnvReference, isMaskedSecret, keyAttributes } from './endpoint-keys.js';

/** Endpoint fields the console edits (credentials and cloud-specific extras stay file-only). */
export const EDITABLE_ENDPOINT_FIELDS = [
  'api_base',
  'endpoint_type',
  'rpm',
  'tpm',
  'concurrent_requests',
  'enabled',
  'proxy',
  'headers',
  'key_selection',
  'timeout',
  'region',
  'api_version',
] as const;

/** A key as the console sends it: a new secret, or an existing key by id (secret omitted or masked). */
export interface DesiredKey {
  id?: string;
  key?: string;
  /** null = back to the default. */
  weight?: number | null;
  rpm?: number | null;
  tpm?: number | null;
  rpd?: number | null;
  enabled?: boolean;
}

export interface DesiredEndpoint {
  id: string;
  fields: Partial<Record<(typeof EDITABLE_ENDPOINT_FIELDS)[number], unknown>>;
  /** Undefined = keys unchanged. */
  keys?: DesiredKey[];
}

/**
 * The minimal overlay entry that turns the file's endpoint (`base`) into `desired`. File secrets
 * are never copied: kept file keys become attribute patches; only console-entered secrets are
 * stored. Returns undefined when desired equals the file (the overlay entry can go).
 */
export function endpointOverlayFor(
  base: Record<string, unknown> | undefined,
  current: Record<string, unknown> | undefined,
  previous: EndpointOverlay | undefined,
  desired: DesiredEndpoint,
  env: NodeJS.ProcessEnv = process.env,
): EndpointOverlay | undefined {
  const id = desired.id;
  const fields: Record<string, unknown> = {};
  for (const f of EDITABLE_ENDPOINT_FIELDS) {
    const v = normalizeField(f, desired.fields[f]);
    if (deepEqual(v, normalizeField(f, base?.[f]))) continue;
    fields[f] = v ?? null;
  }
  let keys = previous?.keys;
  if (desired.keys) keys = keyDiff(id, endpointKeys(base, id), endpointKeys(current, id), desired.keys, env);
  const out: EndpointOverlay = {};
  if (Object.keys(fields).length > 0) out.fields = fields;
  if (keys) out.keys = keys;
  if (!base) {
    // A console-made endpoint always has an entry, even with no fields besides its id.
    out.fields ??= {};
    return out;
  }
  return out.fields || out.keys ? out : undefined;
}

function keyDiff(
  endpointId: string,
  baseKeys: KeyEntry[],
  currentKeys: KeyEntry[],
  desired: DesiredKey[],
  env: NodeJS.ProcessEnv,
): EndpointOverlay['keys'] | undefined {
  const same = (a: string, b: string): boolean => a === b || (isEnvReference(a) && resolves(a, env) === b);
  const used = new Set<string>([...baseKeys, ...currentKeys].map((k) => k.id));
  const final: KeyEntry[] = [];
  const ids = new Set<string>();
  desired.forEach((dk, i) => {
    let entry: KeyEntry;
    if (dk.key !== undefined && !isMaskedSecret(dk.key)) {
      const key = dk.key.trim();
      if (key.length < 4) throw new ConfigError([{ path: `keys[${i}].key`, message: 'too short to be an API key' }]);
      entry = { ...keyAttributes(dk), id: dk.id?.trim() || nextId(endpointId, used), key };
    } else {
      const cur = currentKeys.find((k) => k.id === dk.id);
      if (!cur)
        throw new ConfigError([
          {
            path: `keys[${i}]`,
            message: dk.id ? `unknown key id "${dk.id}"; send the key itself to add a new one` : 'a new key needs its secret in "key"',
          },
        ]);
      entry = { ...keyAttributes(dk), id: cur.id, key: cur.key };
    }
    if (ids.has(entry.id)) throw new ConfigError([{ path: `keys[${i}].id`, message: `duplicate key id "${entry.id}"` }]);
    ids.add(entry.id);
    used.add(entry.id);
    final.push(entry);
  });
  const removed: string[] = [];
  const added: KeyEntry[] = [];
  const patch: Record<string, KeyAttributes> = {};
  for (const b of baseKeys) {
    const f = final.find((k) => k.id === b.id);
    if (!f || !same(f.key, b.key)) removed.push(b.id);
  }
  for (const f of final) {
    const b = baseKeys.find((k) => k.id === f.id);
    if (!b || !same(f.key, b.key)) {
      added.push(f);
      continue;
    }
    const diff: KeyAttributes = {};
    const fa = keyAttributes(f) as Record<string, unknown>;
    const ba = keyAttributes(b) as Record<string, unknown>;
    for (const a of new Set([...Object.keys(fa), ...Object.keys(ba)])) {
      const next = fa[a] ?? KEY_DEFAULTS[a];
      if (next !== undefined && next !== (ba[a] ?? KEY_DEFAULTS[a])) (diff as Record<string, unknown>)[a] = next;
    }
    if (Object.keys(diff).length) patch[f.id] = diff;
  }
  if (!removed.length && !added.length && !Object.keys(patch).length) return undefined;
  const out: NonNullable<EndpointOverlay['keys']> = {};
  if (removed.length) out.removed = removed;
  if (added.length) out.added = added;
  if (Object.keys(patch).length) out.patch = patch;
  return out;
}

function resolves(ref: string, env: NodeJS.ProcessEnv): string | undefined {
  try {
    return interpolateEnv(ref, env) as string;
  } catch {
    return undefined;
  }
}

const KEY_DEFAULTS: Record<string, unknown> = { weight: 1, enabled: true };
const FIELD_DEFAULTS: Record<string, unknown> = { enabled: true, key_selection: 'round_robin' };

/** Defaults and empty values count as "not set", so saving an untouched form changes nothing. */
function normalizeField(field: string, value: unknown): unknown {
  if (value === null || value === undefined || value === '') return undefined;
  if (FIELD_DEFAULTS[field] === value) return undefined;
  if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) return undefined;
  return value;
}

function nextId(endpointId: string, used: Set<string>): string {
  for (let n = 1; ; n++) {
    const id = `${endpointId}#c${n}`;
    if (!used.has(id)) return id;
  }
}
