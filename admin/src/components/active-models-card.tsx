import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { api } from '../lib/api.js';
import type { ModelsPayload } from '../lib/types.js';
import { Field } from './field.js';
import { useToast } from './toast-provider.js';

const FILE = '';

/** Picks the active chat and vision models (used when a request names none), like seed 002's switcher. */
export function ActiveModelsCard({ data, onChanged }: { data: ModelsPayload; onChanged(): void }) {
  const { t } = useI18n();
  const notify = useToast();
  const [chat, setChat] = useState(data.active.chat ?? FILE);
  const [vision, setVision] = useState(data.active.vision ?? FILE);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setChat(data.active.chat ?? FILE);
    setVision(data.active.vision ?? FILE);
  }, [data.active.chat, data.active.vision]);

  const save = async (): Promise<void> => {
    setBusy(true);
    try {
      const res = await api.put<{ warnings: string[] }>('/active', { chat: chat || null, vision: vision || null });
      notify(t('common.saved'));
      for (const w of res.warnings) notify(w, 'bad');
      onChanged();
    } catch (err) {
      notify((err as Error).message, 'bad');
    } finally {
      setBusy(false);
    }
  };
  const fileLabel = (name: string | undefined): string => (name ? t('models.fromFile', { name }) : t('models.fileNone'));
  const visionOptions = [...new Set([...data.vision_targets, ...data.routes.map((r) => r.name), ...data.targets])];
  const changed = chat !== (data.active.chat ?? FILE) || vision !== (data.active.vision ?? FILE);

  return (
    <section className="card" aria-labelledby="active-title">
      <div className="card-head">
        <h2 id="active-title">{t('models.active')}</h2>
      </div>
      <form
        className="card-body stack"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <p className="hint">{t('models.activeHint')}</p>
        <div className="form-grid">
          <Field label={t('models.activeChat')} hint={fileLabel(data.file_active.chat)}>
            <select value={chat} onChange={(e) => setChat(e.target.value)} name="active-chat" data-testid="active-chat">
              <option value={FILE}>{data.file_active.chat ? t('models.resetActive') : t('models.defaultPlan')}</option>
              {data.targets.map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('models.activeVision')} hint={fileLabel(data.file_active.vision)}>
            <select value={vision} onChange={(e) => setVision(e.target.value)} name="active-vision" data-testid="active-vision">
              <option value={FILE}>{data.file_active.vision ? t('models.resetActive') : t('models.defaultPlan')}</option>
              {visionOptions.map((x) => (
                <option key={x} value={x}>
                  {x}
                  {data.vision_targets.includes(x) ? ` · ${t('models.vision')}` : ''}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div className="row">
          <button type="submit" className="btn primary" disabled={busy || !changed}>
            {t('models.saveActive')}
          </button>
          {data.active.chat && (
            <span className="hint">
              {t('models.activeChat')}: <span className="chip">{data.active.chat}</span>
            </span>
          )}
          {data.active.vision && (
            <span className="hint">
              {t('models.activeVision')}: <span className="chip">{data.active.vision}</span>
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
