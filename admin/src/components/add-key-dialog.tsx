import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { api, seg } from '../lib/api.js';
import { FormError, optionalNumber } from '../lib/form-values.js';
import { Field } from './field.js';
import { ModalDialog } from './modal-dialog.js';

/** Adds one upstream API key (or a ${ENV} reference) to an endpoint's pool. */
export function AddKeyDialog({ endpointId, onClose, onSaved }: { endpointId: string; onClose(): void; onSaved(): void }) {
  const { t } = useI18n();
  const [key, setKey] = useState('');
  const [id, setId] = useState('');
  const [weight, setWeight] = useState('');
  const [rpm, setRpm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<Record<string, string>>({});
  const submit = async (): Promise<void> => {
    setError(null);
    setFieldError({});
    try {
      if (!key.trim()) throw new FormError('key', t('prov.newKeyHint'));
      const body: Record<string, unknown> = { key: key.trim() };
      if (id.trim()) body.id = id.trim();
      const w = optionalNumber(weight, 'weight', { min: 0.001 });
      const r = optionalNumber(rpm, 'rpm', { integer: true, min: 1 });
      if (w !== null) body.weight = w;
      if (r !== null) body.rpm = r;
      setBusy(true);
      await api.post(`/endpoints/${seg(endpointId)}/keys`, body);
      onSaved();
    } catch (err) {
      if (err instanceof FormError) setFieldError({ [err.field]: err.message });
      else setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <ModalDialog title={`${t('prov.addKey')} · ${endpointId}`} onClose={onClose} onSubmit={submit} busy={busy} error={error} submitLabel={t('prov.addKey')}>
      <Field label={t('prov.newKey')} hint={t('prov.newKeyHint')} error={fieldError.key}>
        <input type="password" value={key} onChange={(e) => setKey(e.target.value)} autoComplete="off" autoFocus className="mono" name="new-key" />
      </Field>
      <div className="form-grid three">
        <Field label={t('common.id')} optional={t('common.optional')}>
          <input type="text" value={id} onChange={(e) => setId(e.target.value)} name="key-id" />
        </Field>
        <Field label={t('prov.keyWeight')} optional={t('common.optional')} error={fieldError.weight}>
          <input type="number" min={0} step="any" value={weight} onChange={(e) => setWeight(e.target.value)} name="key-weight" />
        </Field>
        <Field label="RPM" optional={t('common.optional')} error={fieldError.rpm}>
          <input type="number" min={1} value={rpm} onChange={(e) => setRpm(e.target.value)} name="key-rpm" />
        </Field>
      </div>
    </ModalDialog>
  );
}
