import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { api, seg } from '../lib/api.js';
import type { BackendType, Endpoint, TestResult } from '../lib/types.js';
import { Field } from './field.js';
import { Icon } from './icon.js';
import { ModalDialog } from './modal-dialog.js';

const CUSTOM = '__custom__';
const ALL = '__all__';

/** "Test connection": a tiny request per key; shows latency or the classified error (auth, rate_limit, …). */
export function EndpointTestDialog({ endpoint, presets, onClose }: { endpoint: Endpoint; presets: BackendType[]; onClose(): void }) {
  const { t } = useI18n();
  const [target, setTarget] = useState(endpoint.used_by[0] ?? CUSTOM);
  const [backend, setBackend] = useState('openai');
  const [model, setModel] = useState('');
  const [key, setKey] = useState(endpoint.keys.length > 1 ? ALL : (endpoint.keys[0]?.id ?? ''));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [results, setResults] = useState<TestResult[]>([]);

  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    setResults([]);
    try {
      const base: Record<string, unknown> = target === CUSTOM ? { backend, model: model.trim() } : { target };
      if (target === CUSTOM && !model.trim()) throw new Error(t('prov.testModel'));
      const keys = key === ALL ? endpoint.keys.map((k) => k.id) : key ? [key] : [undefined];
      for (const k of keys) {
        const r = await api.post<TestResult>(`/endpoints/${seg(endpoint.id)}/test`, k ? { ...base, key_id: k } : base);
        setResults((list) => [...list, r]);
      }
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog title={t('prov.testTitle', { id: endpoint.id })} onClose={onClose} onSubmit={run} submitLabel={busy ? t('prov.testRunning') : t('prov.testRun')} busy={busy} error={error}>
      <p className="hint">{t('prov.testIntro')}</p>
      <div className="form-grid">
        <Field label={t('prov.testTarget')}>
          <select value={target} onChange={(e) => setTarget(e.target.value)} name="test-target">
            {endpoint.used_by.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
            <option value={CUSTOM}>{t('prov.testCustom')}</option>
          </select>
        </Field>
        <Field label={t('prov.testKey')}>
          <select value={key} onChange={(e) => setKey(e.target.value)} name="test-key">
            {endpoint.keys.length > 1 && <option value={ALL}>{t('prov.testAllKeys')}</option>}
            {endpoint.keys.map((k) => (
              <option key={k.id} value={k.id}>
                {k.id} ({k.masked})
              </option>
            ))}
            {endpoint.keys.length === 0 && <option value="">{t('common.none')}</option>}
          </select>
        </Field>
        {target === CUSTOM && (
          <>
            <Field label={t('prov.testBackend')}>
              <select value={backend} onChange={(e) => setBackend(e.target.value)} name="test-backend">
                {presets.map((p) => (
                  <option key={p.name} value={p.name}>
                    {p.label}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('prov.testModel')}>
              <input type="text" value={model} onChange={(e) => setModel(e.target.value)} placeholder="gpt-4o-mini" name="test-model" />
            </Field>
          </>
        )}
      </div>
      {results.length > 0 && (
        <div className="stack tight" aria-live="polite" data-testid="test-results">
          {results.map((r) => (
            <div key={`${r.key_id}-${r.latency_ms}`} className={`test-result ${r.ok ? 'ok' : 'bad'}`}>
              <Icon name={r.ok ? 'check' : 'alert'} />
              <div className="stack tight" style={{ flex: 1, minWidth: 0 }}>
                <div className="row">
                  <strong>{r.key_id ?? '—'}</strong>
                  {r.ok ? (
                    <span className="badge ok">{t('prov.testOk', { ms: Math.round(r.latency_ms) })}</span>
                  ) : (
                    <span className="badge bad">{t('prov.testFail', { kind: r.error?.kind ?? 'error', ms: Math.round(r.latency_ms) })}</span>
                  )}
                  {r.error?.status ? <span className="chip">HTTP {r.error.status}</span> : null}
                  <span className="faint mono">
                    {r.backend}/{r.model}
                  </span>
                </div>
                <span className="test-msg">{r.ok ? `“${r.reply?.content ?? ''}”` : r.error?.message}</span>
              </div>
            </div>
          ))}
        </div>
      )}
    </ModalDialog>
  );
}
