import { useEffect, useMemo, useState } from 'react';
import { EmptyState } from '../components/empty-state.js';
import { ErrorBanner } from '../components/error-banner.js';
import { Field } from '../components/field.js';
import { Icon } from '../components/icon.js';
import { LoadingBlock } from '../components/loading-block.js';
import { RequestDetailDialog } from '../components/request-detail-dialog.js';
import { UsageTable } from '../components/usage-table.js';
import { useApiData } from '../hooks/use-api-data.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { UsageRow } from '../lib/types.js';

const RANGES = { '15m': 15 * 60_000, '1h': 3_600_000, '24h': 86_400_000, '7d': 7 * 86_400_000, all: 0 } as const;
type Range = keyof typeof RANGES;
const PAGE = 50;

interface Filters {
  range: Range;
  key: string;
  model: string;
  status: '' | 'success' | 'error';
}

/** The usage log with filters (time, key, model, status), paging, auto-refresh and request detail. */
export function LogsPage() {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<Filters>({ range: '24h', key: '', model: '', status: '' });
  const [filters, setFilters] = useState<Filters>(draft);
  const [offset, setOffset] = useState(0);
  const [auto, setAuto] = useState(true);
  const [open, setOpen] = useState<string | null>(null);
  const [stamp, setStamp] = useState(() => Date.now());

  const path = useMemo(() => {
    const q = new URLSearchParams({ limit: String(PAGE), offset: String(offset) });
    if (RANGES[filters.range]) q.set('since', String(stamp - RANGES[filters.range]));
    if (filters.key.trim()) q.set('key', filters.key.trim());
    if (filters.model.trim()) q.set('model', filters.model.trim());
    if (filters.status) q.set('status', filters.status);
    return `/usage?${q}`;
  }, [filters, offset, stamp]);
  const data = useApiData<{ rows: UsageRow[]; total: number; source: string }>(path);

  useEffect(() => {
    if (!auto || open) return;
    const timer = setInterval(() => setStamp(Date.now()), 5000);
    return () => clearInterval(timer);
  }, [auto, open]);

  const apply = (): void => {
    setOffset(0);
    setFilters(draft);
    setStamp(Date.now());
  };
  const total = data.data?.total ?? 0;

  return (
    <>
      <form
        className="card card-body filters"
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
        aria-label={t('logs.title')}
      >
        <Field label={t('logs.range')}>
          <select value={draft.range} onChange={(e) => setDraft({ ...draft, range: e.target.value as Range })} name="range">
            {(Object.keys(RANGES) as Range[]).map((r) => (
              <option key={r} value={r}>
                {t(`logs.range.${r}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('logs.key')}>
          <input type="search" value={draft.key} onChange={(e) => setDraft({ ...draft, key: e.target.value })} placeholder="key_… / admin-console" name="key" />
        </Field>
        <Field label={t('logs.model')}>
          <input type="search" value={draft.model} onChange={(e) => setDraft({ ...draft, model: e.target.value })} placeholder="openai/gpt-4o" name="model" />
        </Field>
        <Field label={t('logs.status')}>
          <select value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value as Filters['status'] })} name="status">
            <option value="">{t('common.all')}</option>
            <option value="success">{t('logs.status.success')}</option>
            <option value="error">{t('logs.status.error')}</option>
          </select>
        </Field>
        <button type="submit" className="btn primary">
          {t('logs.apply')}
        </button>
        <span className="spacer" />
        <label className="check" style={{ alignSelf: 'center' }}>
          <input type="checkbox" checked={auto} onChange={(e) => setAuto(e.target.checked)} />
          <span>{t('logs.auto')}</span>
        </label>
        <button type="button" className="btn ghost icon" onClick={() => setStamp(Date.now())} aria-label={t('common.refresh')}>
          <Icon name="refresh" />
        </button>
      </form>
      {data.data?.source === 'memory' && (
        <div className="banner info">
          <Icon name="info" />
          <span>{t('logs.memory')}</span>
        </div>
      )}
      {data.error && <ErrorBanner error={data.error} onRetry={() => void data.reload()} />}
      <section className="card">
        {!data.data && !data.error ? (
          <LoadingBlock lines={6} />
        ) : data.data && data.data.rows.length === 0 ? (
          <EmptyState icon="list">{t('logs.empty')}</EmptyState>
        ) : data.data ? (
          <>
            <UsageTable rows={data.data.rows} onOpen={(r) => setOpen(r.request_id)} />
            <div className="pager">
              <span>{t('logs.total', { n: new Intl.NumberFormat(lang).format(total) })}</span>
              <div className="row">
                <button type="button" className="btn sm" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                  {t('logs.prev')}
                </button>
                <span>
                  {offset + 1}–{Math.min(total, offset + PAGE)}
                </span>
                <button type="button" className="btn sm" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
                  {t('logs.next')}
                </button>
              </div>
            </div>
          </>
        ) : null}
      </section>
      {open && <RequestDetailDialog requestId={open} onClose={() => setOpen(null)} />}
    </>
  );
}
