import { useI18n } from '../i18n/i18n-context.js';
import { fmtClock } from '../lib/format.js';
import type { HealthEvent } from '../lib/types.js';

const TONE: Record<string, string> = { open: 'bad', disabled: 'bad', half_open: 'warn', cooling_down: 'warn', closed: 'ok', active: 'ok' };

/** The feed of breaker and key transitions, newest first. */
export function EventsList({ events }: { events: HealthEvent[] }) {
  const { t, lang } = useI18n();
  if (events.length === 0) return <p className="hint" style={{ padding: '14px 18px' }}>{t('dash.noEvents')}</p>;
  const label = (type: string, state: string): string => (type === 'breaker' ? t(`health.${state as 'closed' | 'open' | 'half_open'}`) : t(`health.key.${state as 'active' | 'cooling_down' | 'disabled'}`));
  return (
    <ul className="events">
      {events.map((e) => (
        <li key={`${e.ts}-${e.subject}-${e.to}`}>
          <time dateTime={new Date(e.ts).toISOString()}>{fmtClock(e.ts, lang)}</time>
          <span className={`badge ${TONE[e.to] ?? ''}`}>{label(e.type, e.to)}</span>
          <span style={{ minWidth: 0 }}>
            <span className="mono">{e.type === 'breaker' ? e.target : e.subject}</span>
            <span className="faint">
              {' '}
              ← {label(e.type, e.from)}
              {e.detail ? ` · ${e.detail}` : ''}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
