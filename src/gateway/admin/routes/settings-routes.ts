import { stringify as toYaml } from 'yaml';
import { sendJson } from '../../http/send-json.js';
import type { AdminConsole } from '../admin-console.js';
import { importConfig } from '../config/import-config.js';
import type { AdminApiRouter } from '../http/admin-api-router.js';
import { readAdminBody } from '../http/read-admin-body.js';
import { importBody } from '../schemas/admin-schemas.js';
import { effectiveDocument } from '../views/effective-document.js';

/** Settings: effective config (masked YAML), export, import, reload from file, discard console changes. */
export function registerSettingsRoutes(api: AdminApiRouter<AdminConsole>): void {
  api.add(
    'GET',
    '/config',
    (ctx, _p, admin) => {
      const state = admin.runtime.state();
      const base = admin.config.baseConfig();
      const overlay = admin.config.currentOverlay();
      sendJson(ctx, 200, {
        yaml: toYaml(effectiveDocument(base, overlay, state), { lineWidth: 0 }),
        source: base.source,
        path: base.configPath ?? null,
        generation: state.generation,
        warnings: state.config.warnings,
        overlay: {
          revision: overlay.revision,
          updated_at: overlay.updated_at || null,
          endpoints: Object.entries(overlay.endpoints).map(([id, e]) => ({
            id,
            change: e.deleted
              ? 'deleted'
              : base.settings.source.endpoints && (base.settings.source.endpoints as { id: string }[]).some((x) => x.id === id)
                ? 'edited'
                : 'added',
          })),
          models: Object.entries(overlay.models).flatMap(([b, ms]) =>
            Object.entries(ms).map(([n, v]) => ({
              id: `${b}/${n}`,
              change:
                v === null ? 'deleted' : base.settings.backends[b as keyof typeof base.settings.backends]?.models[n] ? 'edited' : 'added',
            })),
          ),
          routes: Object.entries(overlay.routes).map(([n, v]) => ({
            id: n,
            change: v === null ? 'deleted' : base.routes.has(n) ? 'edited' : 'added',
          })),
        },
        overlay_error: admin.config.overlayError ?? null,
        persistent: admin.config.persistent,
      });
    },
    { summary: 'Effective config as YAML (file + console changes, secrets masked) and the list of console changes' },
  );

  api.add(
    'GET',
    '/config/export',
    (ctx, _p, admin) => {
      const state = admin.runtime.state();
      const doc = effectiveDocument(admin.config.baseConfig(), admin.config.currentOverlay(), state);
      const header = `# stable-llm config exported ${new Date().toISOString()} (config file + admin console changes).\n# Plaintext secrets are masked; importing this file keeps the keys with the same ids.\n# To run it as a config file, put secrets back or use \${ENV} references.\n`;
      const text = header + toYaml(doc, { lineWidth: 0 });
      ctx.res.statusCode = 200;
      ctx.res.setHeader('content-type', 'application/yaml; charset=utf-8');
      ctx.res.setHeader('content-disposition', 'attachment; filename="stable-llm.yaml"');
      ctx.res.setHeader('content-length', Buffer.byteLength(text));
      ctx.res.end(ctx.method === 'HEAD' ? undefined : text);
    },
    { summary: 'Download the merged config as YAML (secrets masked)' },
  );

  api.add(
    'POST',
    '/config/import',
    async (ctx, _p, admin) => {
      const { yaml } = await readAdminBody(ctx, importBody);
      const result = await importConfig(admin.config, admin.runtime, yaml);
      admin.bus.publish({ kind: 'active' });
      sendJson(ctx, 200, result);
    },
    { summary: 'Import YAML: endpoints / backends / routes / active sections replace the running ones (stored as console changes)' },
  );

  api.add(
    'POST',
    '/config/reload',
    async (ctx, _p, admin) => {
      const result = await admin.runtime.reload();
      await admin.config.sync();
      sendJson(ctx, result.ok ? 200 : 400, { ...result, overlay_error: admin.config.overlayError ?? null });
    },
    { summary: 'Re-read the config file now (console changes stay on top)' },
  );

  api.add(
    'DELETE',
    '/config/overlay',
    async (ctx, _p, admin) => {
      await admin.config.mutate((m) => {
        m.overlay.endpoints = {};
        m.overlay.models = {};
        m.overlay.routes = {};
      });
      const cleared = await admin.config.dropStaleActive();
      sendJson(ctx, 200, { ok: true, revision: admin.config.revision, active_cleared: cleared });
    },
    { summary: 'Discard every console change to endpoints, models and routes (back to the file)' },
  );
}
