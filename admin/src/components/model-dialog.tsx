import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { api, seg } from '../lib/api.js';
import { FormError, numText, optionalNumber, optionalText } from '../lib/form-values.js';
import type { BackendType, ModelView } from '../lib/types.js';
import { Field } from './field.js';
import { ModalDialog } from './modal-dialog.js';

interface ModelDialogProps {
  backend?: string;
  model?: ModelView;
  backends: BackendType[];
  endpoints: string[];
  onClose(): void;
  onSaved(): void;
}

/** Every settings field of a model: upstream id, endpoints, capabilities, limits, aliases, prices. */
export function ModelDialog({ backend: initialBackend, model, backends, endpoints, onClose, onSaved }: ModelDialogProps) {
  const { t } = useI18n();
  const editing = model !== undefined;
  const r = model?.resolved;
  const cfg = (model?.config ?? {}) as Record<string, unknown>;
  const [backend, setBackend] = useState(initialBackend ?? 'openai');
  const [name, setName] = useState(model?.name ?? '');
  const [id, setId] = useState(typeof cfg.id === 'string' ? cfg.id : '');
  const [eps, setEps] = useState<string[]>(r ? r.endpoints.map((e) => e.endpoint_id).filter((e) => endpoints.includes(e)) : []);
  const [fc, setFc] = useState(r?.function_call_available ?? true);
  const [rf, setRf] = useState(r?.response_format_available ?? true);
  const [mm, setMm] = useState(r?.native_multimodal ?? false);
  const [enabled, setEnabled] = useState(r?.enabled ?? true);
  const [backup, setBackup] = useState(r?.backup ?? false);
  const [ctx, setCtx] = useState(numText(cfg.context_length as number | undefined));
  const [maxOut, setMaxOut] = useState(numText(cfg.max_output_tokens as number | undefined));
  const [aliases, setAliases] = useState((r?.aliases ?? []).join(', '));
  const pricing = (cfg.pricing ?? {}) as { input?: number; output?: number };
  const [priceIn, setPriceIn] = useState(numText(pricing.input));
  const [priceOut, setPriceOut] = useState(numText(pricing.output));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const submit = async (): Promise<void> => {
    setError(null);
    setFieldErrors({});
    try {
      if (!name.trim()) throw new FormError('name', t('models.nameHint'));
      // Keep fields this form does not show (per-endpoint model ids, limits, extra keys) as they are.
      const body: Record<string, unknown> = { ...cfg };
      const set = (k: string, v: unknown, dflt?: unknown): void => {
        if (v === null || v === undefined || v === dflt) delete body[k];
        else body[k] = v;
      };
      set('id', optionalText(id));
      const oldRefs = Array.isArray(cfg.endpoints) ? (cfg.endpoints as unknown[]) : [];
      const refs = eps.map((e) => oldRefs.find((x) => (typeof x === 'string' ? x : (x as { endpoint_id?: string }).endpoint_id) === e) ?? e);
      set('endpoints', refs.length ? refs : null);
      set('function_call_available', fc, true);
      set('response_format_available', rf, true);
      set('native_multimodal', mm, false);
      set('enabled', enabled, true);
      set('backup', backup, false);
      set('context_length', optionalNumber(ctx, 'context', { integer: true, min: 1 }));
      set('max_output_tokens', optionalNumber(maxOut, 'maxOut', { integer: true, min: 1 }));
      const list = aliases
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean);
      set('aliases', list.length ? list : null);
      const pin = optionalNumber(priceIn, 'priceIn', { min: 0 });
      const pout = optionalNumber(priceOut, 'priceOut', { min: 0 });
      const price: Record<string, number> = { ...(cfg.pricing as Record<string, number> | undefined) };
      if (pin === null) delete price.input;
      else price.input = pin;
      if (pout === null) delete price.output;
      else price.output = pout;
      set('pricing', Object.keys(price).length ? price : null);
      setBusy(true);
      await api.put(`/models/${seg(backend)}/${seg(name.trim())}`, body);
      onSaved();
    } catch (err) {
      if (err instanceof FormError) setFieldErrors({ [err.field]: err.message });
      else setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const toggleEp = (e: string): void => setEps((list) => (list.includes(e) ? list.filter((x) => x !== e) : [...list, e]));

  return (
    <ModalDialog title={editing ? t('models.editTitle', { name: `${backend}/${model.name}` }) : t('models.addTitle')} onClose={onClose} onSubmit={submit} busy={busy} error={error} wide>
      <div className="form-grid three">
        <Field label={t('models.backend')}>
          <select value={backend} onChange={(e) => setBackend(e.target.value)} disabled={editing} name="model-backend">
            {backends.map((b) => (
              <option key={b.name} value={b.name}>
                {b.label} ({b.name})
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('models.name')} hint={t('models.nameHint')} error={fieldErrors.name}>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} readOnly={editing} autoFocus={!editing} name="model-name" placeholder="gpt-4o-mini" />
        </Field>
        <Field label={t('models.upstreamId')} hint={t('models.idHint')} optional={t('common.optional')}>
          <input type="text" value={id} onChange={(e) => setId(e.target.value)} name="model-id" />
        </Field>
      </div>
      <fieldset>
        <legend>{t('models.endpoints')}</legend>
        <p className="hint" style={{ marginBottom: 8 }}>
          {t('models.endpointsHint')}
        </p>
        <div className="row" style={{ gap: 14 }}>
          {endpoints.length === 0 && <span className="faint">{t('common.none')}</span>}
          {endpoints.map((e) => (
            <label key={e} className="check">
              <input type="checkbox" checked={eps.includes(e)} onChange={() => toggleEp(e)} name={`ep-${e}`} />
              <span className="mono">{e}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-grid">
        <label className="check">
          <input type="checkbox" checked={fc} onChange={(e) => setFc(e.target.checked)} />
          <span>
            {t('models.fc')}
            <small>{t('models.fcHint')}</small>
          </span>
        </label>
        <label className="check">
          <input type="checkbox" checked={rf} onChange={(e) => setRf(e.target.checked)} />
          <span>{t('models.rf')}</span>
        </label>
        <label className="check">
          <input type="checkbox" checked={mm} onChange={(e) => setMm(e.target.checked)} name="native-multimodal" />
          <span>{t('models.mm')}</span>
        </label>
        <label className="check">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
          <span>{t('models.enabled')}</span>
        </label>
        <label className="check">
          <input type="checkbox" checked={backup} onChange={(e) => setBackup(e.target.checked)} />
          <span>
            {t('models.backupLabel')}
            <small>{t('models.backupHint')}</small>
          </span>
        </label>
      </div>
      <div className="form-grid" style={{ gridTemplateColumns: 'repeat(4, minmax(0, 1fr))' }}>
        <Field label={t('models.context')} optional={t('common.optional')} error={fieldErrors.context}>
          <input type="number" min={1} value={ctx} onChange={(e) => setCtx(e.target.value)} name="context-length" />
        </Field>
        <Field label={t('models.maxOut')} optional={t('common.optional')} error={fieldErrors.maxOut}>
          <input type="number" min={1} value={maxOut} onChange={(e) => setMaxOut(e.target.value)} name="max-output" />
        </Field>
        <Field label={t('models.priceIn')} hint={t('models.priceHint')} optional={t('common.optional')} error={fieldErrors.priceIn}>
          <input type="number" min={0} step="any" value={priceIn} onChange={(e) => setPriceIn(e.target.value)} name="price-in" />
        </Field>
        <Field label={t('models.priceOut')} hint={t('models.priceHint')} optional={t('common.optional')} error={fieldErrors.priceOut}>
          <input type="number" min={0} step="any" value={priceOut} onChange={(e) => setPriceOut(e.target.value)} name="price-out" />
        </Field>
      </div>
      <Field label={t('models.aliases')} hint={t('models.aliasesHint')} optional={t('common.optional')}>
        <input type="text" value={aliases} onChange={(e) => setAliases(e.target.value)} name="aliases" />
      </Field>
    </ModalDialog>
  );
}
