import { useState } from 'react';
import { useConfirm } from '../components/confirm-provider.js';
import { EmptyState } from '../components/empty-state.js';
import { ErrorBanner } from '../components/error-banner.js';
import { GatewayKeyDialog } from '../components/gateway-key-dialog.js';
import { Icon } from '../components/icon.js';
import { KeyCreatedDialog } from '../components/key-created-dialog.js';
import { LoadingBlock } from '../components/loading-block.js';
import { useToast } from '../components/toast-provider.js';
import { useApiData } from '../hooks/use-api-data.js';
import { useI18n } from '../i18n/i18n-context.js';
import { api, seg } from '../lib/api.js';
import { fmtDate, fmtUsd } from '../lib/format.js';
import type { GatewayKey, KeysPayload, ModelsPayload } from '../lib/types.js';

/** Gateway keys: create (shown once), revoke / restore, delete; limits, budget with spend, expiry. */
export function KeysPage() {
  const { t, lang } = useI18n();
  const notify = useToast();
  const confirm = useConfirm();
  const data = useApiData<KeysPayload>('/keys');
  const models = useApiData<ModelsPayload>('/models');
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ key: string; id: string } | null>(null);
  const now = Date.now();

  const setEnabled = async (k: GatewayKey, enabled: boolean): Promise<void> => {
    try {
      await api.patch(`/keys/${seg(k.id)}`, { enabled });
      notify(t('common.saved'));
      await data.reload();
    } catch (err) {
      notify((err as Error).message, 'bad');
    }
  };
  const remove = async (k: GatewayKey): Promise<void> => {
    if (!(await confirm(`${t('common.confirmDelete', { name: k.name ?? k.id })} ${t('keys.deleteHint')}`))) return;
    try {
      await api.del(`/keys/${seg(k.id)}`);
      notify(t('common.deleted'));
      await data.reload();
    } catch (err) {
      notify((err as Error).message, 'bad');
    }
  };

  const d = data.data;
  return (
    <>
      <div className="section-head">
        <div>
          <p>{t('keys.intro')}</p>
        </div>
        <button type="button" className="btn primary" onClick={() => setCreating(true)} disabled={d ? !d.persistent : false}>
          <Icon name="plus" />
          {t('keys.create')}
        </button>
      </div>
      {d && !d.persistent && (
        <div className="banner info">
          <Icon name="info" />
          <span>{t('keys.noStore')}</span>
        </div>
      )}
      {data.error && <ErrorBanner error={data.error} onRetry={() => void data.reload()} />}
      <section className="card">
        {!d && !data.error && <LoadingBlock lines={4} />}
        {d && d.keys.length === 0 && <EmptyState icon="key">{t('keys.empty')}</EmptyState>}
        {d && d.keys.length > 0 && (
          <div className="table-wrap">
            <table className="table" data-testid="keys-table">
              <thead>
                <tr>
                  <th scope="col">{t('common.name')}</th>
                  <th scope="col">{t('keys.prefix')}</th>
                  <th scope="col">{t('keys.models')}</th>
                  <th scope="col">{t('keys.limits')}</th>
                  <th scope="col">{t('keys.budget')}</th>
                  <th scope="col">{t('keys.expires')}</th>
                  <th scope="col">{t('common.status')}</th>
                  <th scope="col">
                    <span className="sr-only">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.keys.map((k) => {
                  const expired = k.expires_at !== null && k.expires_at <= now;
                  const pct = k.budget_usd ? Math.min(100, (k.spent_usd / k.budget_usd) * 100) : 0;
                  return (
                    <tr key={k.id} data-gateway-key={k.id}>
                      <td>
                        <div>{k.name ?? <span className="faint">—</span>}</div>
                        <div className="mono faint">{k.id}</div>
                      </td>
                      <td>
                        {k.prefix ? <span className="mono">{k.prefix}</span> : <span className="badge outline">{t('source.config')}</span>}
                      </td>
                      <td>
                        {k.models?.length ? (
                          <div className="row" style={{ gap: 4 }}>
                            {k.models.map((m) => (
                              <span key={m} className="chip">
                                {m}
                              </span>
                            ))}
                          </div>
                        ) : (
                          <span className="faint">{t('keys.allModels')}</span>
                        )}
                      </td>
                      <td className="faint">
                        {k.rpm ? `${k.rpm} RPM` : ''} {k.tpm ? `${k.tpm} TPM` : ''}
                        {!k.rpm && !k.tpm && (d.defaults.rpm || d.defaults.tpm ? `${d.defaults.rpm ?? '∞'} RPM · ${d.defaults.tpm ?? '∞'} TPM` : t('common.unlimited'))}
                      </td>
                      <td style={{ minWidth: 150 }}>
                        <div className="hint">
                          {fmtUsd(k.spent_usd)} / {k.budget_usd !== null ? fmtUsd(k.budget_usd) : t('common.unlimited')}
                        </div>
                        {k.budget_usd !== null && (
                          <div className={`progress ${pct >= 100 ? 'bad' : pct > 80 ? 'warn' : ''}`} role="meter" aria-valuemin={0} aria-valuemax={k.budget_usd} aria-valuenow={k.spent_usd} aria-label={t('keys.budget')}>
                            <span style={{ width: `${pct}%` }} />
                          </div>
                        )}
                      </td>
                      <td>{k.expires_at ? fmtDate(k.expires_at, lang) : <span className="faint">{t('common.never')}</span>}</td>
                      <td>
                        <span className={`badge ${!k.enabled ? 'bad' : expired ? 'warn' : 'ok'}`}>{!k.enabled ? t('keys.revoked') : expired ? t('keys.expired') : t('keys.active')}</span>
                      </td>
                      <td className="actions">
                        {k.source === 'store' ? (
                          <>
                            <button type="button" className="btn sm" onClick={() => void setEnabled(k, !k.enabled)}>
                              {k.enabled ? t('keys.revoke') : t('keys.restore')}
                            </button>{' '}
                            <button type="button" className="btn sm ghost" onClick={() => void remove(k)} aria-label={`${t('common.delete')} ${k.id}`}>
                              <Icon name="trash" />
                            </button>
                          </>
                        ) : (
                          <span className="hint">{t('keys.fromConfig')}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {creating && (
        <GatewayKeyDialog
          targets={models.data?.targets ?? []}
          onClose={() => setCreating(false)}
          onCreated={(key, record) => {
            setCreating(false);
            setCreated({ key, id: record.id });
            void data.reload();
          }}
        />
      )}
      {created && <KeyCreatedDialog secret={created.key} id={created.id} onClose={() => setCreated(null)} />}
    </>
  );
}
