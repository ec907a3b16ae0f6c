import { useI18n } from '../i18n/i18n-context.js';

/** Circuit breaker state as a coloured pill: healthy, probing, open. */
export function BreakerBadge({ state }: { state: 'closed' | 'open' | 'half_open' }) {
  const { t } = useI18n();
  const cls = state === 'closed' ? 'ok' : state === 'half_open' ? 'warn' : 'bad';
  return (
    <span className={`badge ${cls}`} data-state={state}>
      <span className={`dot ${state === 'open' ? 'pulse' : ''}`} />
      {t(`health.${state}`)}
    </span>
  );
}
