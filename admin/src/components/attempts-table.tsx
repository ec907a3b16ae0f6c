import { useI18n } from '../i18n/i18n-context.js';
import { fmtMs } from '../lib/format.js';
import type { Attempt } from '../lib/types.js';

/** Every upstream try of one request: target, deployment, key id (never the key), outcome, error, time. */
export function AttemptsTable({ attempts }: { attempts: Attempt[] }) {
  const { t } = useI18n();
  if (attempts.length === 0) return <p className="hint">{t('logs.noAttempts')}</p>;
  return (
    <div className="table-wrap" style={{ border: '1px solid var(--border)', borderRadius: 8 }}>
      <table className="table" data-testid="attempts">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('models.target')}</th>
            <th scope="col">{t('health.deployment')}</th>
            <th scope="col">{t('logs.key')}</th>
            <th scope="col">{t('logs.outcome')}</th>
            <th scope="col">{t('logs.message')}</th>
            <th scope="col" className="num">
              {t('logs.latency')}
            </th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((a, i) => (
            <tr key={`${i}-${a.deployment}`}>
              <td className="faint">{i + 1}</td>
              <td className="mono">{a.target}</td>
              <td className="mono faint">{a.deployment.split('|')[1] ?? a.deployment}</td>
              <td className="mono">{a.keyId ?? '—'}</td>
              <td>
                <span className={`badge ${a.outcome === 'success' ? 'ok' : a.outcome === 'skipped' ? '' : 'bad'}`}>{a.outcome === 'error' ? (a.kind ?? 'error') : a.outcome === 'skipped' ? `skipped: ${a.skipReason ?? ''}` : a.outcome}</span>
                {a.status ? <span className="faint"> {a.status}</span> : null}
              </td>
              <td className="faint" style={{ maxWidth: 360, wordBreak: 'break-word' }}>
                {a.message ?? ''}
              </td>
              <td className="num">{a.outcome === 'skipped' ? '—' : fmtMs(a.latencyMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
