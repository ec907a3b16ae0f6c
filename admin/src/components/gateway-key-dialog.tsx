import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { api } from '../lib/api.js';
import { FormError, optionalNumber, optionalText } from '../lib/form-values.js';
import type { GatewayKey } from '../lib/types.js';
import { Field } from './field.js';
import { ModalDialog } from './modal-dialog.js';

/** Creates a gateway key with allowed models, limits, budget and expiry. */
export function GatewayKeyDialog({ targets, onClose, onCreated }: { targets: string[]; onClose(): void; onCreated(key: string, record: GatewayKey): void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [id, setId] = useState('');
  const [models, setModels] = useState('');
  const [rpm, setRpm] = useState('');
  const [tpm, setTpm] = useState('');
  const [budget, setBudget] = useState('');
  const [expires, setExpires] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const submit = async (): Promise<void> => {
    setError(null);
    setFieldErrors({});
    try {
      const list = models
        .split(/[\s,]+/)
        .map((m) => m.trim())
        .filter(Boolean);
      const body: Record<string, unknown> = {
        name: optionalText(name),
        models: list.length ? list : null,
        rpm: optionalNumber(rpm, 'rpm', { integer: true, min: 1 }),
        tpm: optionalNumber(tpm, 'tpm', { integer: true, min: 1 }),
        budget_usd: optionalNumber(budget, 'budget', { min: 0 }),
        expires_at: expires ? new Date(`${expires}T23:59:59`).getTime() : null,
      };
      if (id.trim()) body.id = id.trim();
      setBusy(true);
      const res = await api.post<{ key: string; record: GatewayKey }>('/keys', body);
      onCreated(res.key, res.record);
    } catch (err) {
      if (err instanceof FormError) setFieldErrors({ [err.field]: err.message });
      else setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog title={t('keys.createTitle')} onClose={onClose} onSubmit={submit} submitLabel={t('keys.create')} busy={busy} error={error}>
      <div className="form-grid">
        <Field label={t('common.name')} hint={t('keys.nameHint')} optional={t('common.optional')}>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} autoFocus name="key-name" />
        </Field>
        <Field label={t('common.id')} hint={t('keys.idHint')} optional={t('common.optional')}>
          <input type="text" value={id} onChange={(e) => setId(e.target.value)} name="key-id" />
        </Field>
        <Field label={t('keys.models')} hint={t('keys.modelsHint')} optional={t('common.optional')} className="full">
          <input type="text" value={models} onChange={(e) => setModels(e.target.value)} list="key-model-options" name="key-models" placeholder="openai/*, smart" />
        </Field>
        <datalist id="key-model-options">
          {targets.map((x) => (
            <option key={x} value={x} />
          ))}
        </datalist>
        <Field label="RPM" hint={t('keys.rpmHint')} optional={t('common.optional')} error={fieldErrors.rpm}>
          <input type="number" min={1} value={rpm} onChange={(e) => setRpm(e.target.value)} name="key-rpm" />
        </Field>
        <Field label="TPM" hint={t('keys.tpmHint')} optional={t('common.optional')} error={fieldErrors.tpm}>
          <input type="number" min={1} value={tpm} onChange={(e) => setTpm(e.target.value)} name="key-tpm" />
        </Field>
        <Field label={`${t('keys.budget').split('/')[0].trim()} (USD)`} hint={t('keys.budgetHint')} optional={t('common.optional')} error={fieldErrors.budget}>
          <input type="number" min={0} step="any" value={budget} onChange={(e) => setBudget(e.target.value)} name="key-budget" />
        </Field>
        <Field label={t('keys.expires')} hint={t('keys.expiresHint')} optional={t('common.optional')}>
          <input type="date" value={expires} onChange={(e) => setExpires(e.target.value)} name="key-expires" />
        </Field>
      </div>
    </ModalDialog>
  );
}
