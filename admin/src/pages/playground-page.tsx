import { useState } from 'react';
import { ChatPanel, type GenerationSettings } from '../components/chat-panel.js';
import { ErrorBanner } from '../components/error-banner.js';
import { Field } from '../components/field.js';
import { ModelPicker } from '../components/model-picker.js';
import { VisionPanel } from '../components/vision-panel.js';
import { useApiData } from '../hooks/use-api-data.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { ModelsPayload } from '../lib/types.js';

/** Chat and vision tests through the gateway's own path (routing, failover, usage log). */
export function PlaygroundPage() {
  const { t } = useI18n();
  const models = useApiData<ModelsPayload>('/models');
  const [tab, setTab] = useState<'chat' | 'vision'>('chat');
  const [settings, setSettings] = useState<GenerationSettings>({ model: '', system: '', temperature: 0.7, maxTokens: 1024, topP: 1 });
  const set = <K extends keyof GenerationSettings>(k: K, v: GenerationSettings[K]): void => setSettings((s) => ({ ...s, [k]: v }));
  const routes = models.data?.routes.map((r) => r.name) ?? [];
  const targets = models.data?.targets ?? [];
  const active = models.data?.active ?? {};

  return (
    <>
      {models.error && <ErrorBanner error={models.error} onRetry={() => void models.reload()} />}
      <div className="segmented" role="tablist" aria-label={t('pg.title')} style={{ alignSelf: 'flex-start' }}>
        {(['chat', 'vision'] as const).map((x) => (
          <button key={x} type="button" role="tab" aria-selected={tab === x} aria-controls={`pg-${x}`} id={`tab-${x}`} onClick={() => setTab(x)} data-testid={`tab-${x}`}>
            {t(`pg.${x}`)}
          </button>
        ))}
      </div>
      <div className="playground">
        <aside className="card pg-settings">
          <div className="card-body stack">
            {tab === 'chat' && (
              <Field label={t('pg.model')}>
                <ModelPicker value={settings.model} onChange={(v) => set('model', v)} routes={routes} targets={targets} defaultLabel={active.chat ? t('pg.modelActive', { name: active.chat }) : t('pg.modelDefault')} />
              </Field>
            )}
            {tab === 'chat' && (
              <Field label={t('pg.system')} optional={t('common.optional')}>
                <textarea rows={4} value={settings.system} onChange={(e) => set('system', e.target.value)} placeholder={t('pg.systemPlaceholder')} data-testid="system-prompt" />
              </Field>
            )}
            <div className="field">
              <label htmlFor="pg-temp">{t('pg.temperature')}</label>
              <div className="range-row">
                <input id="pg-temp" type="range" min={0} max={2} step={0.1} value={settings.temperature} onChange={(e) => set('temperature', Number(e.target.value))} />
                <output htmlFor="pg-temp" className="mono">
                  {settings.temperature.toFixed(1)}
                </output>
              </div>
            </div>
            {tab === 'chat' && (
              <div className="field">
                <label htmlFor="pg-topp">{t('pg.topP')}</label>
                <div className="range-row">
                  <input id="pg-topp" type="range" min={0} max={1} step={0.05} value={settings.topP} onChange={(e) => set('topP', Number(e.target.value))} />
                  <output htmlFor="pg-topp" className="mono">
                    {settings.topP.toFixed(2)}
                  </output>
                </div>
              </div>
            )}
            <Field label={t('pg.maxTokens')}>
              <input type="number" min={1} max={200000} value={settings.maxTokens} onChange={(e) => set('maxTokens', Math.max(1, Number(e.target.value) || 1))} />
            </Field>
          </div>
        </aside>
        <section id={`pg-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
          {tab === 'chat' ? (
            <ChatPanel settings={settings} />
          ) : (
            <VisionPanel routes={routes} targets={targets} activeVision={active.vision ?? active.chat} temperature={settings.temperature} maxTokens={settings.maxTokens} />
          )}
        </section>
      </div>
    </>
  );
}
