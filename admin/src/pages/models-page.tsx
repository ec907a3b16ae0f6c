import { useState } from 'react';
import { ActiveModelsCard } from '../components/active-models-card.js';
import { useConfirm } from '../components/confirm-provider.js';
import { EmptyState } from '../components/empty-state.js';
import { ErrorBanner } from '../components/error-banner.js';
import { Icon } from '../components/icon.js';
import { LoadingBlock } from '../components/loading-block.js';
import { ModelDialog } from '../components/model-dialog.js';
import { RouteDialog } from '../components/route-dialog.js';
import { SourceBadge } from '../components/source-badge.js';
import { useToast } from '../components/toast-provider.js';
import { useApiData } from '../hooks/use-api-data.js';
import { useI18n } from '../i18n/i18n-context.js';
import { api, seg } from '../lib/api.js';
import { fmtCompact } from '../lib/format.js';
import type { ModelsPayload, ModelView, RouteView } from '../lib/types.js';

type Open = { kind: 'model'; backend?: string; model?: ModelView } | { kind: 'route'; route?: RouteView } | null;

/** Models (all settings fields), aliases, routes, and the active chat / vision models. */
export function ModelsPage() {
  const { t, lang } = useI18n();
  const notify = useToast();
  const confirm = useConfirm();
  const data = useApiData<ModelsPayload>('/models');
  const [open, setOpen] = useState<Open>(null);

  const saved = (): void => {
    setOpen(null);
    notify(t('common.saved'));
    void data.reload();
  };
  const del = async (path: string, name: string): Promise<void> => {
    if (!(await confirm(t('common.confirmDelete', { name })))) return;
    try {
      data.setData(await api.del<ModelsPayload>(path));
      notify(t('common.deleted'));
    } catch (err) {
      notify((err as Error).message, 'bad');
    }
  };

  if (data.error && !data.data) return <ErrorBanner error={data.error} onRetry={() => void data.reload()} />;
  if (!data.data) return <LoadingBlock lines={6} />;
  const d = data.data;
  const models = d.backends.flatMap((b) => b.models.map((m) => ({ backend: b.name, m })));

  return (
    <>
      <ActiveModelsCard data={d} onChanged={() => void data.reload()} />

      <section className="card" aria-labelledby="models-title">
        <div className="card-head">
          <h2 id="models-title">{t('models.models')}</h2>
          <button type="button" className="btn primary sm" onClick={() => setOpen({ kind: 'model' })}>
            <Icon name="plus" />
            {t('models.add')}
          </button>
        </div>
        {models.length === 0 ? (
          <EmptyState icon="layers">{t('models.empty')}</EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('models.target')}</th>
                  <th scope="col">{t('models.upstreamId')}</th>
                  <th scope="col">{t('models.endpoints')}</th>
                  <th scope="col">{t('models.capabilities')}</th>
                  <th scope="col" className="num">
                    {t('models.context')}
                  </th>
                  <th scope="col">{t('models.aliases')}</th>
                  <th scope="col">{t('common.status')}</th>
                  <th scope="col">
                    <span className="sr-only">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {models.map(({ backend, m }) => (
                  <tr key={m.target} data-model={m.target}>
                    <td>
                      <div className="row" style={{ gap: 6 }}>
                        <span className="mono">{m.target}</span>
                        <SourceBadge source={m.source} />
                      </div>
                    </td>
                    <td className="mono faint">{m.resolved.id}</td>
                    <td>
                      <div className="row" style={{ gap: 4 }}>
                        {m.resolved.endpoints.map((e) => (
                          <span key={e.endpoint_id} className="chip">
                            {e.endpoint_id}
                          </span>
                        ))}
                      </div>
                    </td>
                    <td>
                      <div className="row" style={{ gap: 4 }}>
                        {m.resolved.function_call_available && <span className="badge outline">{t('models.tools')}</span>}
                        {m.resolved.response_format_available && <span className="badge outline">{t('models.json')}</span>}
                        {m.resolved.native_multimodal && <span className="badge info">{t('models.vision')}</span>}
                        {m.resolved.backup && <span className="badge warn">{t('models.backup')}</span>}
                      </div>
                    </td>
                    <td className="num">{m.resolved.context_length ? fmtCompact(m.resolved.context_length, lang) : '—'}</td>
                    <td className="faint">{m.resolved.aliases.join(', ') || '—'}</td>
                    <td>
                      {!m.resolved.enabled ? (
                        <span className="badge">{t('common.disabled')}</span>
                      ) : m.status ? (
                        <span className={`badge ${m.status.state === 'closed' ? 'ok' : m.status.state === 'open' ? 'bad' : 'warn'}`}>
                          <span className="dot" />
                          {t(`health.${m.status.state as 'closed' | 'open' | 'half_open'}`)}
                        </span>
                      ) : null}
                    </td>
                    <td className="actions">
                      <button type="button" className="btn sm" onClick={() => setOpen({ kind: 'model', backend, model: m })}>
                        {t('common.edit')}
                      </button>{' '}
                      <button type="button" className="btn sm ghost" onClick={() => void del(`/models/${seg(backend)}/${seg(m.name)}`, m.target)} aria-label={`${t('common.delete')} ${m.target}`}>
                        <Icon name="trash" />
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="routes-title">
        <div className="card-head">
          <h2 id="routes-title">{t('models.routes')}</h2>
          <button type="button" className="btn sm" onClick={() => setOpen({ kind: 'route' })}>
            <Icon name="plus" />
            {t('models.addRoute')}
          </button>
        </div>
        <p className="hint" style={{ padding: '10px 18px 0' }}>
          {t('models.routesHint')}
        </p>
        {d.routes.length === 0 ? (
          <EmptyState icon="layers">{t('models.routesEmpty')}</EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('common.name')}</th>
                  <th scope="col">{t('models.strategy')}</th>
                  <th scope="col">{t('models.targets')}</th>
                  <th scope="col">
                    <span className="sr-only">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.routes.map((r) => (
                  <tr key={r.name} data-route={r.name}>
                    <td>
                      <div className="row" style={{ gap: 6 }}>
                        <span className="mono">{r.name}</span>
                        <SourceBadge source={r.source} />
                      </div>
                    </td>
                    <td>
                      {r.strategy}
                      {r.hedge_after_ms !== null && <span className="faint"> · hedge {r.hedge_after_ms}</span>}
                    </td>
                    <td>
                      <div className="row" style={{ gap: 4 }}>
                        {r.targets.map((x, i) => (
                          <span key={`${x.target}-${i}`} className="chip">
                            {r.strategy === 'ordered' ? `${i + 1}. ` : ''}
                            {x.target}
                            {r.strategy === 'weighted' ? ` ×${x.weight}` : ''}
                            {r.strategy === 'priority' ? ` p${x.priority}` : ''}
                          </span>
                        ))}
                      </div>
                    </td>
                    <td className="actions">
                      <button type="button" className="btn sm" onClick={() => setOpen({ kind: 'route', route: r })}>
                        {t('common.edit')}
                      </button>{' '}
                      <button type="button" className="btn sm ghost" onClick={() => void del(`/routes/${seg(r.name)}`, r.name)} aria-label={`${t('common.delete')} ${r.name}`}>
                        <Icon name="trash" />
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {open?.kind === 'model' && <ModelDialog backend={open.backend} model={open.model} backends={d.backend_types} endpoints={d.endpoints} onClose={() => setOpen(null)} onSaved={saved} />}
      {open?.kind === 'route' && <RouteDialog route={open.route} targets={d.targets} onClose={() => setOpen(null)} onSaved={saved} />}
    </>
  );
}
