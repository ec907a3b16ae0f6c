import { useI18n } from '../i18n/i18n-context.js';
import { fmtInt, fmtUsd } from '../lib/format.js';
import type { StreamDone, StreamFailure } from '../lib/console-stream.js';
import { AttemptsTable } from './attempts-table.js';

/** Who answered, after how many tries, how fast, how many tokens, what it cost — and every attempt. */
export function AnswerMeta({ done, failure }: { done?: StreamDone; failure?: StreamFailure }) {
  const { t, lang } = useI18n();
  const attempts = done?.attempts ?? failure?.attempts ?? [];
  return (
    <div className="meta-line" data-testid={done ? 'answer-meta' : 'answer-error'}>
      {done && (
        <>
          <span className="badge ok" data-testid="answered-by">
            {t('pg.answeredBy', { target: done.target ?? done.provider ?? '?' })}
          </span>
          <span className={`badge ${done.tries > 1 ? 'warn' : 'outline'}`} data-testid="tries">
            {done.tries === 1 ? t('pg.try') : t('pg.tries', { n: done.tries })}
          </span>
          <span>{t('pg.latency', { ms: fmtInt(done.latency_ms, lang) })}</span>
          {done.ttft_ms !== null && <span>{t('pg.ttft', { ms: fmtInt(done.ttft_ms, lang) })}</span>}
          {done.usage?.total_tokens !== undefined && <span>{t('pg.tokens', { n: fmtInt(done.usage.total_tokens, lang) })}</span>}
          {done.cost_usd !== null && <span>{fmtUsd(done.cost_usd)}</span>}
        </>
      )}
      {failure && (
        <span className="badge bad">
          {failure.kind} · HTTP {failure.status}
        </span>
      )}
      {attempts.length > 0 && (
        <details>
          <summary>
            {t('pg.attempts')} ({attempts.length})
          </summary>
          <div style={{ marginTop: 8 }}>
            <AttemptsTable attempts={attempts} />
          </div>
        </details>
      )}
    </div>
  );
}
