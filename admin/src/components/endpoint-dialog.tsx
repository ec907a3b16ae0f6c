import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { api, seg } from '../lib/api.js';
import { FormError, headersText, numText, optionalNumber, optionalText, parseHeaders } from '../lib/form-values.js';
import type { BackendType, Endpoint } from '../lib/types.js';
import { Field } from './field.js';
import { ModalDialog } from './modal-dialog.js';

const TYPES = ['', 'openai', 'anthropic', 'gemini', 'azure_openai', 'vertex', 'anthropic_vertex', 'bedrock'];
const SELECTIONS = ['round_robin', 'random', 'weighted', 'least_recently_limited'];

interface EndpointDialogProps {
  endpoint?: Endpoint;
  presets: BackendType[];
  onClose(): void;
  onSaved(): void;
}

/** Add or edit an endpoint: base URL, protocol, limits, key selection, headers, proxy (and keys when adding). */
export function EndpointDialog({ endpoint, presets, onClose, onSaved }: EndpointDialogProps) {
  const { t } = useI18n();
  const editing = endpoint !== undefined;
  const [id, setId] = useState('');
  const [preset, setPreset] = useState('');
  const [apiBase, setApiBase] = useState(endpoint?.api_base ?? '');
  const [type, setType] = useState(endpoint?.endpoint_type ?? '');
  const [selection, setSelection] = useState(endpoint?.key_selection ?? 'round_robin');
  const [rpm, setRpm] = useState(numText(endpoint?.rpm));
  const [tpm, setTpm] = useState(numText(endpoint?.tpm));
  const [concurrent, setConcurrent] = useState(numText(endpoint?.concurrent_requests));
  const [timeout, setTimeoutText] = useState(numText(endpoint?.timeout));
  const [proxy, setProxy] = useState(endpoint?.proxy ?? '');
  const [headers, setHeaders] = useState(endpoint ? headersText(endpoint.headers) : '');
  const [enabled, setEnabled] = useState(endpoint?.enabled ?? true);
  const [keys, setKeys] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const pickPreset = (name: string): void => {
    setPreset(name);
    const p = presets.find((x) => x.name === name);
    if (p?.base_url) setApiBase(p.base_url);
  };

  const submit = async (): Promise<void> => {
    setError(null);
    setFieldErrors({});
    try {
      if (!editing && !/^[A-Za-z0-9_.:-]{1,64}$/.test(id.trim())) throw new FormError('id', t('prov.idHint'));
      const body: Record<string, unknown> = {
        api_base: optionalText(apiBase),
        endpoint_type: optionalText(type),
        key_selection: selection === 'round_robin' ? null : selection,
        rpm: optionalNumber(rpm, 'rpm', { integer: true, min: 1 }),
        tpm: optionalNumber(tpm, 'tpm', { integer: true, min: 1 }),
        concurrent_requests: optionalNumber(concurrent, 'concurrent', { integer: true, min: 1 }),
        timeout: optionalNumber(timeout, 'timeout', { min: 0.001 }),
        proxy: optionalText(proxy),
        headers: parseHeaders(headers),
        enabled,
      };
      setBusy(true);
      if (editing) {
        await api.put(`/endpoints/${seg(endpoint.id)}`, body);
      } else {
        const list = keys
          .split('\n')
          .map((k) => k.trim())
          .filter(Boolean)
          .map((key) => ({ key }));
        await api.post('/endpoints', { id: id.trim(), ...body, keys: list });
      }
      onSaved();
    } catch (err) {
      if (err instanceof FormError) setFieldErrors({ [err.field]: err.message });
      else setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog title={editing ? t('prov.editTitle', { id: endpoint.id }) : t('prov.addTitle')} onClose={onClose} onSubmit={submit} busy={busy} error={error} wide>
      <div className="form-grid">
        {!editing && (
          <>
            <Field label={t('common.id')} hint={t('prov.idHint')} error={fieldErrors.id}>
              <input type="text" value={id} onChange={(e) => setId(e.target.value)} autoFocus placeholder="openai-main" name="endpoint-id" />
            </Field>
            <Field label={t('prov.preset')} hint={t('prov.presetHint')} optional={t('common.optional')}>
              <select value={preset} onChange={(e) => pickPreset(e.target.value)} name="preset">
                <option value="">—</option>
                {presets.map((p) => (
                  <option key={p.name} value={p.name}>
                    {p.label} ({p.name})
                  </option>
                ))}
              </select>
            </Field>
          </>
        )}
        <Field label={t('prov.baseUrl')} hint={t('prov.baseDefault')} className="full" error={fieldErrors.api_base}>
          <input type="url" value={apiBase} onChange={(e) => setApiBase(e.target.value)} placeholder="https://api.example.com/v1" name="api-base" />
        </Field>
        <Field label={t('prov.type')} hint={t('prov.type.default')}>
          <select value={type} onChange={(e) => setType(e.target.value)} name="endpoint-type">
            {TYPES.map((x) => (
              <option key={x} value={x}>
                {x || t('common.default')}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('prov.selection')}>
          <select value={selection} onChange={(e) => setSelection(e.target.value)} name="key-selection">
            {SELECTIONS.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="form-grid three" style={{ gridTemplateColumns: 'repeat(4, minmax(0, 1fr))' }}>
        <Field label={t('prov.rpm')} optional={t('common.optional')} error={fieldErrors.rpm}>
          <input type="number" min={1} value={rpm} onChange={(e) => setRpm(e.target.value)} name="rpm" />
        </Field>
        <Field label={t('prov.tpm')} optional={t('common.optional')} error={fieldErrors.tpm}>
          <input type="number" min={1} value={tpm} onChange={(e) => setTpm(e.target.value)} name="tpm" />
        </Field>
        <Field label={t('prov.concurrent')} optional={t('common.optional')} error={fieldErrors.concurrent}>
          <input type="number" min={1} value={concurrent} onChange={(e) => setConcurrent(e.target.value)} name="concurrent" />
        </Field>
        <Field label={t('prov.timeout')} optional={t('common.optional')} error={fieldErrors.timeout}>
          <input type="number" min={0} step="any" value={timeout} onChange={(e) => setTimeoutText(e.target.value)} name="timeout" />
        </Field>
      </div>
      <div className="form-grid">
        <Field label={t('prov.proxy')} optional={t('common.optional')}>
          <input type="url" value={proxy} onChange={(e) => setProxy(e.target.value)} placeholder="http://proxy:3128" name="proxy" />
        </Field>
        <Field label={t('prov.headers')} hint={t('prov.headersHint')} error={fieldErrors.headers}>
          <textarea rows={2} value={headers} onChange={(e) => setHeaders(e.target.value)} name="headers" style={{ minHeight: 34 }} />
        </Field>
        {!editing && (
          <Field label={t('prov.keysInitial')} hint={t('prov.keysInitialHint')} className="full">
            <textarea rows={3} value={keys} onChange={(e) => setKeys(e.target.value)} className="mono" autoComplete="off" spellCheck={false} name="keys" placeholder="sk-…" />
          </Field>
        )}
        <label className="check full">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} name="enabled" />
          <span>
            {t('common.enabled')}
            <small>{t('prov.enabledHint')}</small>
          </span>
        </label>
        {endpoint?.has_credentials && <p className="hint full">{t('prov.credentials')}</p>}
      </div>
    </ModalDialog>
  );
}
