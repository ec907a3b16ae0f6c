import { useI18n } from '../i18n/i18n-context.js';
import { fmtDateTime, fmtInt, fmtMs, fmtUsd } from '../lib/format.js';
import type { UsageRow } from '../lib/types.js';

/** The usage log as a table; a row opens the request's detail. */
export function UsageTable({ rows, onOpen }: { rows: UsageRow[]; onOpen(row: UsageRow): void }) {
  const { t, lang } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="usage-table">
        <thead>
          <tr>
            <th scope="col">{t('logs.time')}</th>
            <th scope="col">{t('logs.request')}</th>
            <th scope="col">{t('logs.key')}</th>
            <th scope="col">{t('logs.model')}</th>
            <th scope="col">{t('common.status')}</th>
            <th scope="col" className="num">
              {t('logs.latency')}
            </th>
            <th scope="col" className="num">
              {t('logs.ttft')}
            </th>
            <th scope="col" className="num">
              {t('logs.tokens')}
            </th>
            <th scope="col" className="num">
              {t('logs.cost')}
            </th>
            <th scope="col" className="num">
              {t('logs.attempts')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.request_id}
              className="clickable"
              tabIndex={0}
              onClick={() => onOpen(r)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onOpen(r);
                }
              }}
              aria-label={`${t('logs.request')} ${r.request_id}`}
            >
              <td style={{ whiteSpace: 'nowrap' }}>{fmtDateTime(r.ts, lang)}</td>
              <td className="mono faint">{r.request_id.slice(0, 8)}</td>
              <td className="mono">{r.key_id ?? '—'}</td>
              <td>
                <div className="mono">{r.target ?? r.route ?? '—'}</div>
                {r.route && r.target && r.route !== r.target && <div className="faint" style={{ fontSize: 12 }}>← {r.route}</div>}
              </td>
              <td>
                <span className={`badge ${r.status < 400 ? 'ok' : r.status === 429 ? 'warn' : 'bad'}`}>{r.status}</span>
                {r.error_kind && <span className="faint"> {r.error_kind}</span>}
              </td>
              <td className="num">{fmtMs(r.latency_ms)}</td>
              <td className="num">{fmtMs(r.ttft_ms)}</td>
              <td className="num">{fmtInt(r.total_tokens, lang)}</td>
              <td className="num">{fmtUsd(r.cost_usd)}</td>
              <td className="num">{r.attempts > 1 ? <span className="badge warn">{r.attempts}</span> : r.attempts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
