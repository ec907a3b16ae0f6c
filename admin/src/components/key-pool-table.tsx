import { useI18n } from '../i18n/i18n-context.js';
import { fmtClock } from '../lib/format.js';
import type { KeySnapshot } from '../lib/types.js';

interface KeyPoolTableProps {
  keys: KeySnapshot[];
  now: number;
  onReenable?(keyId: string): void;
}

/** Per key: state (active / cooling down until … / disabled with reason), usage against limits, totals. */
export function KeyPoolTable({ keys, now, onReenable }: KeyPoolTableProps) {
  const { t, lang } = useI18n();
  return (
    <table className="table keys-table">
      <thead>
        <tr>
          <th scope="col">{t('health.keys')}</th>
          <th scope="col">{t('common.status')}</th>
          <th scope="col">RPM</th>
          <th scope="col" className="num">
            {t('health.totalRequests')}
          </th>
          <th scope="col">
            <span className="sr-only">{t('common.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => {
          const remaining = k.cooling_until ? Math.max(0, Math.ceil((k.cooling_until - now) / 1000)) : 0;
          const cls = k.state === 'active' ? (k.over_budget ? 'warn' : 'ok') : k.state === 'cooling_down' ? 'warn' : 'bad';
          const rpmLimit = k.limits.rpm;
          const used = k.usage.requests_last_minute;
          const pct = rpmLimit ? Math.min(100, (used / rpmLimit) * 100) : 0;
          return (
            <tr key={k.id} data-key-state={k.state}>
              <td>
                <div className="mono">{k.id}</div>
                {k.id !== k.masked && <div className="faint mono">{k.masked}</div>}
              </td>
              <td>
                <span className={`badge ${cls}`}>{t(`health.key.${k.state}`)}</span>
                {k.state === 'cooling_down' && k.cooling_until && (
                  <div className="hint">{t('health.key.until', { time: fmtClock(k.cooling_until, lang), s: remaining })}</div>
                )}
                {k.state === 'disabled' && k.disabled_reason && <div className="hint" style={{ maxWidth: 260 }}>{k.disabled_reason}</div>}
              </td>
              <td style={{ minWidth: 110 }}>
                <div className="hint">
                  {used}
                  {rpmLimit ? ` ${t('health.key.limit', { n: rpmLimit })}` : ''}
                </div>
                {rpmLimit ? (
                  <div className={`meter ${pct > 90 ? 'bad' : pct > 70 ? 'warn' : ''}`} role="meter" aria-valuemin={0} aria-valuemax={rpmLimit} aria-valuenow={used} aria-label="RPM">
                    <span style={{ width: `${pct}%` }} />
                  </div>
                ) : null}
              </td>
              <td className="num">
                {k.total_requests}
                {k.total_failures > 0 && <span className="faint"> / {k.total_failures}✕</span>}
              </td>
              <td className="actions">
                {onReenable && k.state !== 'active' && (
                  <button type="button" className="btn sm" onClick={() => onReenable(k.id)}>
                    {t('health.key.reenable')}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
