import { useI18n } from '../i18n/i18n-context.js';
import { fmtClock } from '../lib/format.js';
import type { Endpoint, EndpointKey } from '../lib/types.js';
import { Icon } from './icon.js';
import { SourceBadge } from './source-badge.js';

interface EndpointCardProps {
  endpoint: Endpoint;
  onEdit(): void;
  onDelete(): void;
  onToggle(): void;
  onTest(): void;
  onAddKey(): void;
  onRemoveKey(key: EndpointKey): void;
  onToggleKey(key: EndpointKey, enabled: boolean): void;
}

/** One endpoint: where it points, its limits, who uses it, and its keys (masked) with live state. */
export function EndpointCard({ endpoint: e, onEdit, onDelete, onToggle, onTest, onAddKey, onRemoveKey, onToggleKey }: EndpointCardProps) {
  const { t, lang } = useI18n();
  const limits = [e.rpm && `RPM ${e.rpm}`, e.tpm && `TPM ${e.tpm}`, e.concurrent_requests && `× ${e.concurrent_requests}`, e.timeout && `${e.timeout}s`].filter(Boolean).join(' · ');
  return (
    <article className="card endpoint-card" data-endpoint={e.id} aria-labelledby={`ep-${e.id}`}>
      <div className="card-head">
        <h2 id={`ep-${e.id}`} style={{ flex: 'none' }}>
          {e.id}
        </h2>
        <SourceBadge source={e.source} />
        {!e.enabled && <span className="badge bad">{t('common.disabled')}</span>}
        {e.pool && (
          <span className={`badge ${e.pool.available === 0 && e.pool.size > 0 ? 'bad' : 'ok'}`}>
            {e.pool.available}/{e.pool.size} {t('health.key.active')}
          </span>
        )}
        <span className="spacer" />
        <button type="button" className="btn sm" onClick={onTest}>
          <Icon name="bolt" />
          {t('prov.test')}
        </button>
        <button type="button" className="btn sm" onClick={onToggle}>
          {e.enabled ? t('prov.disableKey') : t('prov.enableKey')}
        </button>
        <button type="button" className="btn sm" onClick={onEdit}>
          <Icon name="edit" />
          {t('common.edit')}
        </button>
        <button type="button" className="btn sm danger" onClick={onDelete} aria-label={`${t('common.delete')} ${e.id}`}>
          <Icon name="trash" />
        </button>
      </div>
      <div className="card-body stack">
        <dl className="kv">
          <dt>{t('prov.baseUrl')}</dt>
          <dd className="mono">{e.api_base ?? <span className="faint">{t('prov.baseDefault')}</span>}</dd>
          <dt>{t('prov.type')}</dt>
          <dd>{e.endpoint_type ?? <span className="faint">{t('prov.type.default')}</span>}</dd>
          {limits && (
            <>
              <dt>{t('keys.limits')}</dt>
              <dd>{limits}</dd>
            </>
          )}
          {e.proxy && (
            <>
              <dt>{t('prov.proxy')}</dt>
              <dd className="mono">{e.proxy}</dd>
            </>
          )}
          {Object.keys(e.headers).length > 0 && (
            <>
              <dt>{t('prov.headers')}</dt>
              <dd className="mono">{Object.entries(e.headers).map(([k, v]) => `${k}: ${v}`).join(' · ')}</dd>
            </>
          )}
          <dt>{t('prov.usedBy')}</dt>
          <dd className="row" style={{ gap: 4 }}>
            {e.used_by.length ? e.used_by.map((u) => <span key={u} className="chip">{u}</span>) : <span className="faint">{t('prov.unused')}</span>}
          </dd>
        </dl>
        <div>
          <div className="row between" style={{ marginBottom: 6 }}>
            <h3>
              {t('prov.keys')} <span className="faint">· {e.key_selection}</span>
            </h3>
            <button type="button" className="btn sm" onClick={onAddKey}>
              <Icon name="plus" />
              {t('prov.addKey')}
            </button>
          </div>
          {e.keys.length === 0 ? (
            <p className="hint">{t('prov.noKeys')}</p>
          ) : (
            <div className="table-wrap" style={{ border: '1px solid var(--border)', borderRadius: 8 }}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('common.id')}</th>
                    <th scope="col">{t('keys.prefix')}</th>
                    <th scope="col">{t('common.source')}</th>
                    <th scope="col">{t('prov.keyState')}</th>
                    <th scope="col" className="num">
                      {t('prov.keyWeight')}
                    </th>
                    <th scope="col">
                      <span className="sr-only">{t('common.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {e.keys.map((k) => {
                    const live = k.live;
                    const state = !k.enabled ? 'disabled' : (live?.state ?? 'active');
                    const cls = state === 'active' ? 'ok' : state === 'cooling_down' ? 'warn' : 'bad';
                    return (
                      <tr key={k.id} data-key={k.id}>
                        <td className="mono">{k.id}</td>
                        <td className="mono">{k.masked}</td>
                        <td>
                          <span className="badge outline">{t(k.source === 'file' ? 'source.file' : 'source.console')}</span>
                        </td>
                        <td>
                          <span className={`badge ${cls}`}>{k.enabled ? t(`health.key.${state}`) : t('common.disabled')}</span>
                          {live?.state === 'cooling_down' && live.cooling_until && <span className="hint"> {fmtClock(live.cooling_until, lang)}</span>}
                          {live?.state === 'disabled' && live.disabled_reason && k.enabled && <div className="hint">{live.disabled_reason}</div>}
                        </td>
                        <td className="num">{k.weight}</td>
                        <td className="actions">
                          <button type="button" className="btn sm" onClick={() => onToggleKey(k, !(k.enabled && state === 'active'))}>
                            {k.enabled && state === 'active' ? t('prov.disableKey') : t('prov.enableKey')}
                          </button>{' '}
                          <button type="button" className="btn sm ghost" onClick={() => onRemoveKey(k)} aria-label={`${t('prov.removeKey')} ${k.id}`}>
                            <Icon name="trash" />
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </div>
      </div>
    </article>
  );
}
