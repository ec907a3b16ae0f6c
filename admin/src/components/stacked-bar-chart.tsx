import { useState } from 'react';
import { useWidth } from '../hooks/use-width.js';
import { niceScale } from '../lib/nice-scale.js';
import type { ChartSeries } from './line-chart.js';

interface StackedBarChartProps {
  label: string;
  times: number[];
  stacks: ChartSeries[];
  height?: number;
  format?: (v: number) => string;
  timeFormat: (t: number) => string;
  emptyText?: string;
}

const PAD = { left: 40, right: 8, top: 10, bottom: 22 };

/** Stacked bars over time (errors by kind, hourly history), SVG only, with a hover tooltip. */
export function StackedBarChart({ label, times, stacks, height = 180, format = String, timeFormat, emptyText }: StackedBarChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const [hover, setHover] = useState<number | null>(null);
  const n = times.length;
  const totals = times.map((_, i) => stacks.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const hasData = totals.some((v) => v > 0);
  const scale = niceScale(Math.max(0, ...totals));
  const plotW = Math.max(10, width - PAD.left - PAD.right);
  const plotH = height - PAD.top - PAD.bottom;
  const slot = n ? plotW / n : plotW;
  const barW = Math.max(1, Math.min(28, slot * 0.72));
  const y = (v: number): number => PAD.top + plotH - (v / scale.max) * plotH;
  const xTicks = n > 1 ? [0, Math.floor((n - 1) / 2), n - 1] : [0];
  const tipLeft = hover !== null ? Math.min(Math.max(PAD.left + hover * slot + slot, 0), width - 160) : 0;

  return (
    <div className="chart" ref={ref}>
      {!hasData && emptyText ? (
        <div className="chart-empty" style={{ height }}>
          {emptyText}
        </div>
      ) : (
        <svg height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} onMouseLeave={() => setHover(null)}>
          {scale.ticks.map((v) => (
            <g key={v}>
              <line className="gridline" x1={PAD.left} x2={width - PAD.right} y1={y(v)} y2={y(v)} />
              <text className="axis-label" x={PAD.left - 8} y={y(v) + 3.5} textAnchor="end">
                {format(v)}
              </text>
            </g>
          ))}
          {times.map((t, i) => {
            let base = 0;
            const cx = PAD.left + i * slot + (slot - barW) / 2;
            return (
              <g key={t} onMouseEnter={() => setHover(i)}>
                <rect x={PAD.left + i * slot} y={PAD.top} width={slot} height={plotH} fill="transparent" />
                {stacks.map((s) => {
                  const v = s.values[i] ?? 0;
                  if (v <= 0) return null;
                  const top = y(base + v);
                  const h = y(base) - top;
                  base += v;
                  return <rect key={s.name} x={cx} y={top} width={barW} height={Math.max(0.5, h)} rx={Math.min(2, barW / 4)} fill={s.color} opacity={hover === null || hover === i ? 1 : 0.55} />;
                })}
              </g>
            );
          })}
          {xTicks.map((i) => (
            <text key={i} className="axis-label" x={PAD.left + i * slot + slot / 2} y={height - 5} textAnchor={i === 0 ? 'start' : i === n - 1 ? 'end' : 'middle'}>
              {times[i] !== undefined ? timeFormat(times[i]) : ''}
            </text>
          ))}
        </svg>
      )}
      {hover !== null && hasData && totals[hover] > 0 && (
        <div className="chart-tooltip" style={{ left: tipLeft, top: 4 }}>
          <div className="t">{timeFormat(times[hover])}</div>
          {stacks
            .filter((s) => (s.values[hover] ?? 0) > 0)
            .map((s) => (
              <div className="r" key={s.name}>
                <span>
                  <span className="swatch" style={{ background: s.color }} />
                  {s.name}
                </span>
                <strong>{format(s.values[hover] ?? 0)}</strong>
              </div>
            ))}
        </div>
      )}
      {stacks.length > 0 && (
        <div className="legend">
          {stacks.map((s) => (
            <span key={s.name}>
              <span className="swatch" style={{ background: s.color }} />
              {s.name}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
