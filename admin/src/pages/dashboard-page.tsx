import { useCallback, useEffect, useMemo, useState } from 'react';
import { EmptyState } from '../components/empty-state.js';
import { ErrorBanner } from '../components/error-banner.js';
import { EventsList } from '../components/events-list.js';
import { LineChart } from '../components/line-chart.js';
import { LoadingBlock } from '../components/loading-block.js';
import { StackedBarChart } from '../components/stacked-bar-chart.js';
import { StatTile } from '../components/stat-tile.js';
import { TargetCard } from '../components/target-card.js';
import { useToast } from '../components/toast-provider.js';
import { useApiData } from '../hooks/use-api-data.js';
import { useEventStream } from '../hooks/use-event-stream.js';
import { useNow } from '../hooks/use-now.js';
import { useI18n } from '../i18n/i18n-context.js';
import { api, seg } from '../lib/api.js';
import { fmtClock, fmtCompact, fmtInt, fmtMs, fmtPct, fmtRate, fmtUsd } from '../lib/format.js';
import { kindColor } from '../lib/kind-colors.js';
import type { HealthEvent, HistoryRow, Overview, SeriesPoint, Tick } from '../lib/types.js';

const WINDOWS = [5, 15, 30, 60] as const;
const SEVERITY = { open: 0, half_open: 1, closed: 2 } as const;

/** Live traffic charts, headline numbers, the deployment health board and its event feed. */
export function DashboardPage() {
  const { t, lang } = useI18n();
  const notify = useToast();
  const now = useNow();
  const [minutes, setMinutes] = useState<(typeof WINDOWS)[number]>(15);
  const overview = useApiData<Overview>(`/overview?minutes=${minutes}`);
  const history = useApiData<{ rows: HistoryRow[]; source: string }>('/history?hours=24');
  const [live, setLive] = useState<Overview | undefined>();

  useEffect(() => {
    if (overview.data) setLive(overview.data);
  }, [overview.data]);
  useEffect(() => {
    const timer = setInterval(() => void history.reload(), 60_000);
    return () => clearInterval(timer);
  }, [history.reload]);

  const onTick = useCallback(
    (tick: Tick) => {
      setLive((prev) => {
        if (!prev) return prev;
        const byT = new Map(prev.series.map((p) => [p.t, p]));
        for (const p of tick.points) byT.set(p.t, p);
        const cutoff = tick.now - minutes * 60_000;
        const series = [...byT.values()].filter((p) => p.t >= cutoff).sort((a, b) => a.t - b.t);
        const events: HealthEvent[] = [...[...tick.events].reverse(), ...prev.events].slice(0, 50);
        return { ...prev, ...tick, series, events };
      });
    },
    [minutes],
  );
  const connected = useEventStream<Tick>('/events', 'tick', onTick);

  const data = live;
  const series = data?.series ?? [];
  const times = series.map((p) => p.t);
  const per = (v: number): number => v / ((data?.bucket_ms ?? 5000) / 1000);
  const kinds = useMemo(() => [...new Set(series.flatMap((p) => Object.keys(p.kinds)))].sort(), [series]);
  const clock = (ts: number): string => fmtClock(ts, lang).slice(0, 5);
  const trend = series.slice(-36).map((p) => p.requests);
  const bars = useMemo(() => coarsen(series, 60), [series]);

  const resetBreaker = async (deployment: string): Promise<void> => {
    try {
      await api.post('/breakers/reset', { deployment });
      notify(t('common.saved'));
      await overview.reload();
    } catch (err) {
      notify((err as Error).message, 'bad');
    }
  };
  const reenable = async (endpoint: string, keyId: string): Promise<void> => {
    try {
      await api.patch(`/endpoints/${seg(endpoint)}/keys/${seg(keyId)}`, { enabled: true });
      notify(t('common.saved'));
      await overview.reload();
    } catch (err) {
      notify((err as Error).message, 'bad');
    }
  };

  if (overview.error && !data) return <ErrorBanner error={overview.error} onRetry={() => void overview.reload()} />;
  if (!data) return <LoadingBlock lines={6} />;

  const m1 = data.totals.last_1m;
  const m15 = data.totals.last_15m;
  const health = [...data.health].sort((a, b) => SEVERITY[a.state] - SEVERITY[b.state] || a.id.localeCompare(b.id));
  const hourly = fillHours(history.data?.rows ?? [], now);

  return (
    <>
      <div className="section-head">
        <div>
          <p>{t('dash.thisInstance')}</p>
        </div>
        <span className={`badge ${connected ? 'ok' : 'warn'}`} aria-live="polite">
          <span className={`dot ${connected ? 'pulse' : ''}`} />
          {connected ? t('dash.live') : t('dash.paused')}
        </span>
        <div className="segmented" role="group" aria-label={t('dash.window')}>
          {WINDOWS.map((w) => (
            <button key={w} type="button" aria-pressed={minutes === w} onClick={() => setMinutes(w)}>
              {t('dash.minutes', { n: w })}
            </button>
          ))}
        </div>
      </div>

      <section className="grid stats" aria-label={t('dash.title')}>
        <StatTile label={t('dash.rps')} value={fmtRate(m1.rps)} sub={t('dash.lastMinute')} trend={trend} />
        <StatTile label={t('dash.latency')} value={`${fmtMs(m1.p50 ?? m15.p50)}`} sub={`p95 ${fmtMs(m1.p95 ?? m15.p95)}`} />
        <StatTile label={t('dash.ttft')} value={fmtMs(m1.ttft_p50 ?? m15.ttft_p50)} sub={`p95 ${fmtMs(m1.ttft_p95 ?? m15.ttft_p95)}`} />
        <StatTile label={t('dash.errorRate')} value={fmtPct(m15.error_rate)} sub={`${fmtInt(m15.errors, lang)} / ${fmtInt(m15.requests, lang)} · ${t('dash.last15')}`} />
        <StatTile label={t('dash.tokens')} value={fmtCompact(m15.prompt_tokens + m15.completion_tokens, lang)} sub={t('dash.last15')} />
        <StatTile label={t('dash.cost')} value={fmtUsd(m15.cost_usd)} sub={t('dash.last15')} />
        <StatTile label={t('dash.inflight')} value={fmtInt(data.inflight, lang)} sub={`gen ${data.generation}`} />
      </section>

      <section className="grid cols-2">
        <div className="card">
          <div className="card-head">
            <h2>{t('dash.chart.traffic')}</h2>
            <span className="hint">req/s</span>
          </div>
          <div className="card-body">
            <LineChart
              label={t('dash.chart.traffic')}
              times={times}
              timeFormat={clock}
              format={fmtRate}
              area
              emptyText={t('dash.noTraffic')}
              series={[
                { name: t('dash.series.requests'), color: 'var(--c1)', values: series.map((p) => per(p.requests)) },
                { name: t('dash.series.errors'), color: 'var(--c4)', values: series.map((p) => per(p.errors)) },
              ]}
            />
          </div>
        </div>
        <div className="card">
          <div className="card-head">
            <h2>{t('dash.chart.latency')}</h2>
          </div>
          <div className="card-body">
            <LineChart
              label={t('dash.chart.latency')}
              times={times}
              timeFormat={clock}
              format={(v) => fmtMs(v).replace(' ', '')}
              emptyText={t('dash.noTraffic')}
              series={[
                { name: t('dash.series.p50'), color: 'var(--c2)', values: series.map((p) => p.p50) },
                { name: t('dash.series.p95'), color: 'var(--c1)', values: series.map((p) => p.p95) },
                { name: t('dash.series.ttft'), color: 'var(--c3)', values: series.map((p) => p.ttft_p50) },
              ]}
            />
          </div>
        </div>
        <div className="card">
          <div className="card-head">
            <h2>{t('dash.chart.errors')}</h2>
          </div>
          <div className="card-body">
            <StackedBarChart
              label={t('dash.chart.errors')}
              times={bars.times}
              timeFormat={clock}
              emptyText={t('dash.noErrors')}
              stacks={kinds.map((k, i) => ({ name: k, color: kindColor(k, i), values: bars.points.map((p) => p.kinds[k] ?? 0) }))}
            />
          </div>
        </div>
        <div className="card">
          <div className="card-head">
            <h2>{t('dash.chart.tokens')}</h2>
            <span className="hint">
              {t('dash.chart.cost')}: {fmtUsd(series.reduce((s, p) => s + p.cost_usd, 0))}
            </span>
          </div>
          <div className="card-body">
            <LineChart
              label={t('dash.chart.tokens')}
              times={times}
              timeFormat={clock}
              format={(v) => fmtCompact(v, lang)}
              emptyText={t('dash.noTraffic')}
              series={[
                { name: t('dash.series.prompt'), color: 'var(--c6)', values: series.map((p) => p.prompt_tokens) },
                { name: t('dash.series.completion'), color: 'var(--c5)', values: series.map((p) => p.completion_tokens) },
              ]}
            />
          </div>
        </div>
      </section>

      <section className="stack" aria-labelledby="health-title">
        <div className="section-head">
          <div>
            <h2 id="health-title">{t('dash.health')}</h2>
            <p>{t('dash.healthHint')}</p>
          </div>
        </div>
        {health.length === 0 ? (
          <div className="card">
            <EmptyState icon="server">{t('dash.noTargets')}</EmptyState>
          </div>
        ) : (
          <div className="health-grid">
            {health.map((target) => (
              <TargetCard key={target.id} target={target} now={now} onResetBreaker={(d) => void resetBreaker(d)} onReenableKey={(e, k) => void reenable(e, k)} />
            ))}
          </div>
        )}
      </section>

      <section className="grid cols-2">
        <div className="card">
          <div className="card-head">
            <h2>{t('dash.events')}</h2>
          </div>
          <div className="card-body flush">
            <EventsList events={data.events} />
          </div>
        </div>
        <div className="card">
          <div className="card-head">
            <h2>{t('dash.chart.history')}</h2>
          </div>
          <div className="card-body">
            <StackedBarChart
              label={t('dash.chart.history')}
              times={hourly.map((h) => h.t)}
              timeFormat={(ts) => fmtClock(ts, lang).slice(0, 5)}
              emptyText={t('dash.noHistory')}
              stacks={[
                { name: t('dash.series.requests'), color: 'var(--c1)', values: hourly.map((h) => h.requests - h.errors) },
                { name: t('dash.series.errors'), color: 'var(--c4)', values: hourly.map((h) => h.errors) },
              ]}
            />
          </div>
        </div>
      </section>
    </>
  );
}

/** Merges neighbouring 5 s points so a bar chart has at most `max` bars (errors by kind). */
function coarsen(points: SeriesPoint[], max: number): { times: number[]; points: { kinds: Record<string, number> }[] } {
  const k = Math.max(1, Math.ceil(points.length / max));
  const times: number[] = [];
  const out: { kinds: Record<string, number> }[] = [];
  for (let i = 0; i < points.length; i += k) {
    const kinds: Record<string, number> = {};
    for (const p of points.slice(i, i + k)) for (const [kind, n] of Object.entries(p.kinds)) kinds[kind] = (kinds[kind] ?? 0) + n;
    times.push(points[i].t);
    out.push({ kinds });
  }
  return { times, points: out };
}

function fillHours(rows: HistoryRow[], now: number): { t: number; requests: number; errors: number }[] {
  const hour = 3_600_000;
  const end = Math.floor(now / hour) * hour;
  const byT = new Map(rows.map((r) => [Date.parse(r.group ?? ''), r]));
  const out: { t: number; requests: number; errors: number }[] = [];
  for (let t = end - 23 * hour; t <= end; t += hour) {
    const r = byT.get(t);
    out.push({ t, requests: r?.requests ?? 0, errors: r?.errors ?? 0 });
  }
  return out;
}
