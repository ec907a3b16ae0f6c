import { z } from 'zod';
export function emptyOverlay() {
    return { version: 1, revision: 0, updated_at: 0, endpoints: {}, models: {}, routes: {} };
}
export function isOverlayEmpty(o) {
    return (Object.keys(o.endpoints).length === 0 &&
        Object.keys(o.routes).length === 0 &&
        Object.values(o.models).every((m) => Object.keys(m).length === 0));
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
    endpoints: z.record(z.string(), z.object({
        deleted: z.boolean().optional(),
        fields: z.record(z.string(), z.unknown()).optional(),
        keys: z
            .object({
            removed: z.array(z.string()).optional(),
            added: z.array(z.object({ id: z.string().min(1), key: z.string().min(1), ...keyAttributes })).optional(),
            patch: z.record(z.string(), z.object(keyAttributes)).optional(),
        })
            .optional(),
    })),
    models: z.record(z.string(), z.record(z.string(), z.record(z.string(), z.unknown()).nullable())),
    routes: z.record(z.string(), z.unknown()),
});
/** Parses a stored overlay; anything unreadable is reported, never half-applied. */
export function parseOverlay(text) {
    const parsed = overlaySchema.safeParse(JSON.parse(text));
    if (!parsed.success)
        throw new Error(`stored admin overlay is invalid: ${parsed.error.issues[0]?.message ?? 'unknown error'}`);
    return parsed.data;
}
//# sourceMappingURL=admin-overlay.js.map