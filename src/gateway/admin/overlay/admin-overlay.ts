import { z } from 'zod';

/** Attributes of one upstream API key besides the secret itself. */
export interface KeyAttributes {
  weight?: number;
  rpm?: number;
  tpm?: number;
  rpd?: number;
  enabled?: boolean;
}

/** A key as settings spell it, with its id always explicit. */
export interface KeyEntry extends KeyAttributes {
  id: string;
  /** The secret, or a `${ENV}` reference (console-added keys keep the reference). */
  key: string;
}

/**
 * What the console changed on one endpoint, relative to the file. Field values replace the
 * file's (null removes the field); keys are a diff so file secrets are never copied into the
 * store: `removed` ids, `added` entries (console-entered secrets), `patch` of file keys' attributes.
 */
export interface EndpointOverlay {
  deleted?: boolean;
  fields?: Record<string, unknown>;
  keys?: { removed?: string[]; added?: KeyEntry[]; patch?: Record<string, KeyAttributes> };
}

/**
 * The console overlay: everything edited in the admin console, stored in the gateway store and
 * merged on top of the config file. Models and routes are whole values (null = deleted from the
 * file's set). It only ever holds differences from the file.
 */
export interface AdminOverlay {
  version: 1;
  /** Increments on every save; instances compare it to know they are current. */
  revision: number;
  updated_at: number;
  endpoints: Record<string, EndpointOverlay>;
  models: Record<string, Record<string, Record<string, unknown> | null>>;
  routes: Record<string, unknown>;
}

export function emptyOverlay(): AdminOverlay {
  return { version: 1, revision: 0, updated_at: 0, endpoints: {}, models: {}, routes: {} };
}

export function isOverlayEmpty(o: AdminOverlay): boolean {
  return (
    Object.keys(o.endpoints).length === 0 &&
    Object.keys(o.routes).length === 0 &&
    Object.values(o.models).every((m) => Object.keys(m).length === 0)
  );
}

const keyAttributes = {
  weight: z.number().positive().optional(),
  rpm: z.number().int().positive().optional(),
  tpm: z.number().int().positive().optional(),
  rpd: z.number().int().positive().optional(),
  enabled: z.boolean().optional(),
};

const overlaySchema = z.object({
  version: z.literal(1),
  revision: z.number().int().nonnegative(),
  updated_at: z.number(),
  endpoints: z.record(
    z.string(),
    z.object({
      deleted: z.boolean().optional(),
      fields: z.record(z.string(), z.unknown()).optional(),
      keys: z
        .object({
          removed: z.array(z.string()).optional(),
          added: z.array(z.object({ id: z.string().min(1), key: z.string().min(1), ...keyAttributes })).optional(),
          patch: z.record(z.string(), z.object(keyAttributes)).optional(),
        })
        .optional(),
    }),
  ),
  models: z.record(z.string(), z.record(z.string(), z.record(z.string(), z.unknown()).nullable())),
  routes: z.record(z.string(), z.unknown()),
});

/** Parses a stored overlay; anything unreadable is reported, never half-applied. */
export function parseOverlay(text: string): AdminOverlay {
  const parsed = overlaySchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`stored admin overlay is invalid: ${parsed.error.issues[0]?.message ?? 'unknown error'}`);
  return parsed.data as AdminOverlay;
}
