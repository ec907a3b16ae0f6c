import { useApiData } from '../hooks/use-api-data.js';
import { useI18n } from '../i18n/i18n-context.js';
import { seg } from '../lib/api.js';
import { fmtDateTime, fmtInt, fmtMs, fmtUsd } from '../lib/format.js';
import type { UsageDetail } from '../lib/types.js';
import { AttemptsTable } from './attempts-table.js';
import { ErrorBanner } from './error-banner.js';
import { LoadingBlock } from './loading-block.js';
import { ModalDialog } from './modal-dialog.js';

/** One request in full: status, who served it, tokens, cost, latency, TTFT and every upstream attempt. */
export function RequestDetailDialog({ requestId, onClose }: { requestId: string; onClose(): void }) {
  const { t, lang } = useI18n();
  const d = useApiData<UsageDetail>(`/usage/${seg(requestId)}`);
  const r = d.data;
  return (
    <ModalDialog title={t('logs.detail', { id: requestId.slice(0, 8) })} onClose={onClose} wide>
      {d.error && <ErrorBanner error={d.error} />}
      {!r && !d.error && <LoadingBlock />}
      {r && (
        <>
          <dl className="kv" data-testid="request-detail">
            <dt>{t('logs.request')}</dt>
            <dd className="mono">{r.request_id}</dd>
            <dt>{t('logs.time')}</dt>
            <dd>{fmtDateTime(r.ts, lang)}</dd>
            <dt>{t('logs.endpoint')}</dt>
            <dd className="mono">{r.endpoint}</dd>
            <dt>{t('logs.key')}</dt>
            <dd className="mono">{r.key_id ?? '—'}</dd>
            <dt>{t('logs.requested')}</dt>
            <dd className="mono">{r.route ?? '—'}</dd>
            <dt>{t('logs.served')}</dt>
            <dd className="mono">{r.target ?? '—'}</dd>
            <dt>{t('common.status')}</dt>
            <dd>
              <span className={`badge ${r.status < 400 ? 'ok' : 'bad'}`}>{r.status}</span> {r.error_kind ?? ''}
            </dd>
            <dt>{t('logs.latency')}</dt>
            <dd>
              {fmtMs(r.latency_ms)}
              {r.ttft_ms !== null && ` · ${t('logs.ttft')} ${fmtMs(r.ttft_ms)}`}
              {r.stream && ` · ${t('logs.stream')}`}
            </dd>
            <dt>{t('logs.tokens')}</dt>
            <dd>
              {t('logs.prompt')} {fmtInt(r.prompt_tokens, lang)} · {t('logs.completion')} {fmtInt(r.completion_tokens, lang)}
            </dd>
            <dt>{t('logs.cost')}</dt>
            <dd>{fmtUsd(r.cost_usd)}</dd>
          </dl>
          <h3>{t('pg.attempts')}</h3>
          <AttemptsTable attempts={r.attempt_list} />
          <p className="hint">{t('logs.bodies')}</p>
        </>
      )}
    </ModalDialog>
  );
}
