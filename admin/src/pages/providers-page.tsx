import { useState } from 'react';
import { AddKeyDialog } from '../components/add-key-dialog.js';
import { useConfirm } from '../components/confirm-provider.js';
import { EmptyState } from '../components/empty-state.js';
import { EndpointCard } from '../components/endpoint-card.js';
import { EndpointDialog } from '../components/endpoint-dialog.js';
import { EndpointTestDialog } from '../components/endpoint-test-dialog.js';
import { ErrorBanner } from '../components/error-banner.js';
import { Icon } from '../components/icon.js';
import { LoadingBlock } from '../components/loading-block.js';
import { useToast } from '../components/toast-provider.js';
import { useApiData } from '../hooks/use-api-data.js';
import { useI18n } from '../i18n/i18n-context.js';
import { api, seg } from '../lib/api.js';
import type { Endpoint, EndpointKey, ProvidersPayload } from '../lib/types.js';

type Open = { kind: 'add' } | { kind: 'edit'; endpoint: Endpoint } | { kind: 'test'; endpoint: Endpoint } | { kind: 'key'; endpoint: Endpoint } | null;

/** Providers & endpoints: list, add, edit, disable, keys (masked), test connection. */
export function ProvidersPage() {
  const { t } = useI18n();
  const notify = useToast();
  const confirm = useConfirm();
  const data = useApiData<ProvidersPayload>('/providers');
  const [open, setOpen] = useState<Open>(null);

  const act = async (fn: () => Promise<ProvidersPayload>, message = t('common.saved')): Promise<void> => {
    try {
      data.setData(await fn());
      notify(message);
    } catch (err) {
      notify((err as Error).message, 'bad');
    }
  };
  const saved = (): void => {
    setOpen(null);
    notify(t('common.saved'));
    void data.reload();
  };

  const remove = async (e: Endpoint): Promise<void> => {
    if (!(await confirm(`${t('common.confirmDelete', { name: e.id })} ${e.used_by.length ? t('prov.deleteHint') : ''}`))) return;
    await act(() => api.del(`/endpoints/${seg(e.id)}`), t('common.deleted'));
  };
  const removeKey = async (e: Endpoint, k: EndpointKey): Promise<void> => {
    if (!(await confirm(t('common.confirmDelete', { name: `${e.id} · ${k.id} (${k.masked})` })))) return;
    await act(() => api.del(`/endpoints/${seg(e.id)}/keys/${seg(k.id)}`), t('common.deleted'));
  };
  const toggleEndpoint = (e: Endpoint): Promise<void> =>
    act(() =>
      api.put(`/endpoints/${seg(e.id)}`, {
        api_base: e.api_base,
        endpoint_type: e.endpoint_type,
        key_selection: e.key_selection === 'round_robin' ? null : e.key_selection,
        rpm: e.rpm,
        tpm: e.tpm,
        concurrent_requests: e.concurrent_requests,
        timeout: e.timeout,
        proxy: e.proxy,
        headers: Object.keys(e.headers).length ? e.headers : null,
        region: e.region,
        api_version: e.api_version,
        enabled: !e.enabled,
      }),
    );
  const toggleKey = (e: Endpoint, k: EndpointKey, enabled: boolean): Promise<void> => act(() => api.patch(`/endpoints/${seg(e.id)}/keys/${seg(k.id)}`, { enabled }));

  return (
    <>
      <div className="section-head">
        <div>
          <p>{t('prov.intro')}</p>
        </div>
        <button type="button" className="btn primary" onClick={() => setOpen({ kind: 'add' })}>
          <Icon name="plus" />
          {t('prov.add')}
        </button>
      </div>
      {data.error && <ErrorBanner error={data.error} onRetry={() => void data.reload()} />}
      {!data.data && !data.error && <LoadingBlock lines={5} />}
      {data.data && data.data.endpoints.length === 0 && (
        <div className="card">
          <EmptyState
            icon="plug"
            action={
              <button type="button" className="btn primary" onClick={() => setOpen({ kind: 'add' })}>
                {t('prov.add')}
              </button>
            }
          >
            {t('prov.empty')}
          </EmptyState>
        </div>
      )}
      {data.data?.endpoints.map((e) => (
        <EndpointCard
          key={e.id}
          endpoint={e}
          onEdit={() => setOpen({ kind: 'edit', endpoint: e })}
          onDelete={() => void remove(e)}
          onToggle={() => void toggleEndpoint(e)}
          onTest={() => setOpen({ kind: 'test', endpoint: e })}
          onAddKey={() => setOpen({ kind: 'key', endpoint: e })}
          onRemoveKey={(k) => void removeKey(e, k)}
          onToggleKey={(k, en) => void toggleKey(e, k, en)}
        />
      ))}
      {open?.kind === 'add' && <EndpointDialog presets={data.data?.backend_types ?? []} onClose={() => setOpen(null)} onSaved={saved} />}
      {open?.kind === 'edit' && <EndpointDialog endpoint={open.endpoint} presets={data.data?.backend_types ?? []} onClose={() => setOpen(null)} onSaved={saved} />}
      {open?.kind === 'test' && <EndpointTestDialog endpoint={open.endpoint} presets={data.data?.backend_types ?? []} onClose={() => setOpen(null)} />}
      {open?.kind === 'key' && <AddKeyDialog endpointId={open.endpoint.id} onClose={() => setOpen(null)} onSaved={saved} />}
    </>
  );
}
