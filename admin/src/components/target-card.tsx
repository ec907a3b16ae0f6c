import { useI18n } from '../i18n/i18n-context.js';
import { fmtMs, fmtPct } from '../lib/format.js';
import type { HealthTarget } from '../lib/types.js';
import { BreakerBadge } from './breaker-badge.js';
import { KeyPoolTable } from './key-pool-table.js';

interface TargetCardProps {
  target: HealthTarget;
  now: number;
  onResetBreaker(deployment: string): void;
  onReenableKey(endpoint: string, keyId: string): void;
}

/** One model's health: its breaker state and cool-down, and per deployment the key pool and limits. */
export function TargetCard({ target, now, onResetBreaker, onReenableKey }: TargetCardProps) {
  const { t } = useI18n();
  return (
    <article className={`target state-${target.state}`} data-target={target.id} aria-label={target.id}>
      <div className="target-head">
        <span className="name" title={target.id}>
          {target.id}
        </span>
        {!target.enabled && <span className="badge">{t('health.disabledModel')}</span>}
        <BreakerBadge state={target.state} />
      </div>
      <div className="target-meta">
        <span>{t(target.available ? 'health.available' : 'health.unavailable')}</span>
        <span>p50 {fmtMs(target.latency_p50_ms)}</span>
        <span>p95 {fmtMs(target.latency_p95_ms)}</span>
        {target.success_rate !== null && <span>{t('health.success', { p: fmtPct(target.success_rate) })}</span>}
        <span>{t('health.requests', { n: target.total_requests })}</span>
        {target.cool_down_remaining !== null && <span className="badge bad">{t('health.cooldown', { s: Math.ceil(target.cool_down_remaining) })}</span>}
      </div>
      {target.deployments.map((d) => (
        <div className="deployment" key={d.key}>
          <div className="deployment-head">
            <span className="chip">{d.endpoint}</span>
            <span className="faint mono">{d.model_id}</span>
            <span className="spacer" />
            {d.breaker && (
              <>
                <span className="hint">{t('health.failures', { n: d.breaker.failure_count })}</span>
                {d.breaker.state === 'open' && <span className="badge bad">{t('health.cooldown', { s: Math.ceil(d.breaker.cool_down_remaining) })}</span>}
                {d.breaker.state !== 'closed' && (
                  <button type="button" className="btn sm" onClick={() => onResetBreaker(d.key)}>
                    {t('health.reset')}
                  </button>
                )}
              </>
            )}
          </div>
          {d.breaker?.last_error && d.breaker.state !== 'closed' && (
            <div className="last-error">
              <strong>{d.breaker.last_error.kind}</strong>: {d.breaker.last_error.message}
            </div>
          )}
          {d.limit_usage && d.limit_usage.length > 0 ? (
            <div className="hint" style={{ marginBottom: 6 }}>
              {t('health.limitUsage')}:{' '}
              {d.limit_usage
                .map((u) =>
                  [
                    u.rpm && `RPM ${u.rpm.used}/${u.rpm.limit}`,
                    u.tpm && `TPM ${u.tpm.used}/${u.tpm.limit}`,
                    u.concurrent && `${t('health.inFlight')} ${u.concurrent.used}/${u.concurrent.limit}`,
                  ]
                    .filter(Boolean)
                    .join(' · '),
                )
                .join(' | ')}
            </div>
          ) : (
            (d.limits.rpm || d.limits.tpm || d.limits.concurrent) && (
              <div className="hint" style={{ marginBottom: 6 }}>
                {t('health.limits')}: {d.limits.rpm ? `RPM ${d.limits.rpm}` : ''} {d.limits.tpm ? `TPM ${d.limits.tpm}` : ''} {d.limits.concurrent ? `× ${d.limits.concurrent}` : ''}
              </div>
            )
          )}
          {d.keys && d.keys.keys.length > 0 ? (
            <KeyPoolTable keys={d.keys.keys} now={now} onReenable={(id) => onReenableKey(d.endpoint, id)} />
          ) : (
            <p className="hint">{t('health.noKeys')}</p>
          )}
        </div>
      ))}
    </article>
  );
}
