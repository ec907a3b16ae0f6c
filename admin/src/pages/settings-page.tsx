import { useState } from 'react';
import { useConfirm } from '../components/confirm-provider.js';
import { CopyButton } from '../components/copy-button.js';
import { ErrorBanner } from '../components/error-banner.js';
import { Icon } from '../components/icon.js';
import { LanguageSelect } from '../components/language-select.js';
import { LoadingBlock } from '../components/loading-block.js';
import { ThemeSelect } from '../components/theme-select.js';
import { useToast } from '../components/toast-provider.js';
import { useApiData } from '../hooks/use-api-data.js';
import type { ThemeChoice } from '../hooks/use-theme.js';
import { useI18n } from '../i18n/i18n-context.js';
import { api } from '../lib/api.js';
import { fmtDateTime } from '../lib/format.js';
import type { ConfigPayload, ImportResult, Session } from '../lib/types.js';

/** Effective config (masked YAML), export / import, reload, console changes, preferences. */
export function SettingsPage({ session, theme, onTheme }: { session: Session; theme: ThemeChoice; onTheme(t: ThemeChoice): void }) {
  const { t, lang } = useI18n();
  const notify = useToast();
  const confirm = useConfirm();
  const cfg = useApiData<ConfigPayload>('/config');
  const [yaml, setYaml] = useState('');
  const [importing, setImporting] = useState(false);
  const [importError, setImportError] = useState<unknown>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const reload = async (): Promise<void> => {
    try {
      await api.post('/config/reload');
      notify(t('settings.reloaded'));
      await cfg.reload();
    } catch (err) {
      notify((err as Error).message, 'bad');
    }
  };
  const discard = async (): Promise<void> => {
    if (!(await confirm(t('settings.discardConfirm'), { title: t('settings.discard'), action: t('settings.discard') }))) return;
    try {
      await api.del('/config/overlay');
      notify(t('settings.discarded'));
      await cfg.reload();
    } catch (err) {
      notify((err as Error).message, 'bad');
    }
  };
  const runImport = async (): Promise<void> => {
    setImporting(true);
    setImportError(null);
    setResult(null);
    try {
      const r = await api.post<ImportResult>('/config/import', { yaml });
      setResult(r);
      notify(t('common.saved'));
      await cfg.reload();
    } catch (err) {
      setImportError(err);
    } finally {
      setImporting(false);
    }
  };
  const loadFile = (file: File | undefined): void => {
    if (!file) return;
    void file.text().then(setYaml);
  };

  const c = cfg.data;
  const changes = c ? [...c.overlay.endpoints.map((x) => ({ ...x, type: t('nav.providers') })), ...c.overlay.models.map((x) => ({ ...x, type: t('models.models') })), ...c.overlay.routes.map((x) => ({ ...x, type: t('models.routes') }))] : [];

  return (
    <>
      {cfg.error && <ErrorBanner error={cfg.error} onRetry={() => void cfg.reload()} />}
      {c?.overlay_error && (
        <div className="banner bad" role="alert">
          <Icon name="alert" />
          <span>
            {t('shell.overlayError')}: {c.overlay_error}
          </span>
        </div>
      )}
      <div className="grid cols-2">
        <section className="card" aria-labelledby="cfg-title">
          <div className="card-head">
            <h2 id="cfg-title">{t('settings.config')}</h2>
            {c?.source === 'file' && (
              <button type="button" className="btn sm" onClick={() => void reload()}>
                <Icon name="refresh" />
                {t('settings.reload')}
              </button>
            )}
          </div>
          <div className="card-body stack">
            {!c ? (
              <LoadingBlock />
            ) : (
              <>
                <p>
                  {c.source === 'file' ? (
                    <>
                      {t('settings.sourceFile', { path: '' })}
                      <code>{c.path}</code>
                    </>
                  ) : c.source === 'env' ? (
                    t('settings.sourceEnv')
                  ) : (
                    t('settings.sourceObject')
                  )}
                </p>
                <p className="hint">{t('settings.generation', { n: c.generation })}</p>
                <div className="banner info">
                  <Icon name="info" />
                  <div className="stack tight">
                    <strong>{t('settings.how')}</strong>
                    <span>{t('settings.howText')}</span>
                  </div>
                </div>
                {c.warnings.length > 0 && (
                  <details>
                    <summary>
                      {t('settings.warnings')} ({c.warnings.length})
                    </summary>
                    <ul className="hint">
                      {c.warnings.map((w) => (
                        <li key={w}>{w}</li>
                      ))}
                    </ul>
                  </details>
                )}
              </>
            )}
          </div>
        </section>
        <section className="card" aria-labelledby="changes-title">
          <div className="card-head">
            <h2 id="changes-title">{t('settings.changes')}</h2>
            <button type="button" className="btn sm danger" onClick={() => void discard()} disabled={changes.length === 0}>
              {t('settings.discard')}
            </button>
          </div>
          <div className="card-body">
            {changes.length === 0 ? (
              <p className="muted">{t('settings.noChanges')}</p>
            ) : (
              <ul className="stack tight" style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="overlay-changes">
                {changes.map((x) => (
                  <li key={`${x.type}-${x.id}`} className="row">
                    <span className={`badge ${x.change === 'deleted' ? 'bad' : x.change === 'added' ? 'accent' : 'info'}`}>{t(`settings.change.${x.change as 'added' | 'edited' | 'deleted'}`)}</span>
                    <span className="faint">{x.type}</span>
                    <span className="mono">{x.id}</span>
                  </li>
                ))}
              </ul>
            )}
            {c?.overlay.updated_at && (
              <p className="hint" style={{ marginTop: 10 }}>
                rev {c.overlay.revision} · {fmtDateTime(c.overlay.updated_at, lang)}
              </p>
            )}
          </div>
        </section>
      </div>

      <section className="card" aria-labelledby="eff-title">
        <div className="card-head">
          <h2 id="eff-title">{t('settings.effective')}</h2>
          <span className="hint">{t('settings.effectiveHint')}</span>
          {c && <CopyButton text={c.yaml} />}
          <a className="btn sm" href="/admin/api/config/export" download="stable-llm.yaml">
            <Icon name="download" />
            {t('settings.export')}
          </a>
        </div>
        <div className="card-body">{c ? <pre className="yaml" data-testid="effective-yaml">{c.yaml}</pre> : <LoadingBlock lines={8} />}</div>
      </section>

      <section className="card" aria-labelledby="imp-title">
        <div className="card-head">
          <h2 id="imp-title">{t('settings.import')}</h2>
          <label className="btn sm">
            <Icon name="upload" />
            {t('settings.importFile')}
            <input type="file" accept=".yaml,.yml,.json,text/yaml" hidden onChange={(e) => loadFile(e.target.files?.[0])} />
          </label>
        </div>
        <form
          className="card-body stack"
          onSubmit={(e) => {
            e.preventDefault();
            void runImport();
          }}
        >
          <p className="hint">{t('settings.importHint')}</p>
          <label className="sr-only" htmlFor="import-yaml">
            {t('settings.import')}
          </label>
          <textarea id="import-yaml" rows={8} className="mono" value={yaml} onChange={(e) => setYaml(e.target.value)} spellCheck={false} placeholder={'endpoints:\n  - id: …'} />
          {importError ? <ErrorBanner error={importError} /> : null}
          {result && (
            <div className="banner ok" role="status">
              <Icon name="check" />
              <div className="stack tight">
                <span>{t('settings.imported', { sections: result.applied.join(', ') || '—' })}</span>
                {result.ignored.length > 0 && <span>{t('settings.ignored', { sections: result.ignored.join(', ') })}</span>}
                {result.warnings.map((w) => (
                  <span key={w}>{w}</span>
                ))}
              </div>
            </div>
          )}
          <div>
            <button type="submit" className="btn primary" disabled={importing || !yaml.trim()}>
              {importing && <span className="spinner" aria-hidden="true" />}
              {t('settings.importRun')}
            </button>
          </div>
        </form>
      </section>

      <div className="grid cols-2">
        <section className="card" aria-labelledby="prefs-title">
          <div className="card-head">
            <h2 id="prefs-title">{t('settings.prefs')}</h2>
          </div>
          <div className="card-body stack">
            <div className="row between">
              <span>{t('shell.language')}</span>
              <LanguageSelect />
            </div>
            <div className="row between">
              <span>{t('shell.theme')}</span>
              <ThemeSelect value={theme} onChange={onTheme} />
            </div>
          </div>
        </section>
        <section className="card" aria-labelledby="about-title">
          <div className="card-head">
            <h2 id="about-title">{t('settings.about')}</h2>
          </div>
          <div className="card-body stack tight">
            <span>{t('settings.version', { v: session.version })}</span>
            <span>{t('settings.store', { kind: session.persistence.kind ?? t('common.none') })}</span>
            <span>{t('settings.redis', { mode: session.multi_instance.redis ? t('settings.redisOn') : t('settings.redisOff') })}</span>
            <span className="hint">
              {t('shell.instance')} <span className="mono">{session.instance}</span> · <a href="/docs">/docs</a> · <a href="/openapi.json">/openapi.json</a>
            </span>
          </div>
        </section>
      </div>
    </>
  );
}
