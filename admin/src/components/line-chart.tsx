import { type KeyboardEvent, type MouseEvent, useState } from 'react';
import { useWidth } from '../hooks/use-width.js';
import { niceScale } from '../lib/nice-scale.js';

export interface ChartSeries {
  name: string;
  color: string;
  values: (number | null)[];
}

interface LineChartProps {
  /** Accessible name of the chart. */
  label: string;
  times: number[];
  series: ChartSeries[];
  height?: number;
  format?: (v: number) => string;
  timeFormat: (t: number) => string;
  /** Shade the area under the first series. */
  area?: boolean;
  emptyText?: string;
}

const PAD = { left: 48, right: 10, top: 10, bottom: 22 };

/**
 * A small time-series line chart in SVG: nice y ticks, gaps for missing values, a hover / keyboard
 * cursor with a tooltip, a legend. No chart library.
 */
export function LineChart({ label, times, series, height = 180, format = String, timeFormat, area, emptyText }: LineChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const [hover, setHover] = useState<number | null>(null);
  const n = times.length;
  const max = Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const hasData = series.some((s) => s.values.some((v) => v !== null && v > 0));
  const scale = niceScale(max);
  const plotW = Math.max(10, width - PAD.left - PAD.right);
  const plotH = height - PAD.top - PAD.bottom;
  const x = (i: number): number => PAD.left + (n <= 1 ? plotW / 2 : (i / (n - 1)) * plotW);
  const y = (v: number): number => PAD.top + plotH - (v / scale.max) * plotH;

  const path = (values: (number | null)[]): string => {
    let d = '';
    let pen = false;
    values.forEach((v, i) => {
      if (v === null) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
      pen = true;
    });
    return d;
  };

  const pick = (e: MouseEvent<SVGSVGElement>): void => {
    const rect = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - rect.left;
    const i = Math.round(((px - PAD.left) / plotW) * (n - 1));
    setHover(Math.max(0, Math.min(n - 1, i)));
  };
  const key = (e: KeyboardEvent<SVGSVGElement>): void => {
    if (e.key === 'ArrowLeft') setHover((h) => Math.max(0, (h ?? n) - 1));
    else if (e.key === 'ArrowRight') setHover((h) => Math.min(n - 1, (h ?? -1) + 1));
    else if (e.key === 'Escape') setHover(null);
    else return;
    e.preventDefault();
  };

  const xTicks = n > 1 ? [0, Math.floor((n - 1) / 2), n - 1] : [0];
  const first = series[0];
  const tipLeft = hover !== null ? Math.min(Math.max(x(hover) + 12, 0), width - 150) : 0;

  return (
    <div className="chart" ref={ref}>
      {!hasData && emptyText ? (
        <div className="chart-empty" style={{ height }}>
          {emptyText}
        </div>
      ) : (
        <svg
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={label}
          tabIndex={0}
          onMouseMove={pick}
          onMouseLeave={() => setHover(null)}
          onKeyDown={key}
          onBlur={() => setHover(null)}
        >
          {scale.ticks.map((v) => (
            <g key={v}>
              <line className="gridline" x1={PAD.left} x2={width - PAD.right} y1={y(v)} y2={y(v)} />
              <text className="axis-label" x={PAD.left - 8} y={y(v) + 3.5} textAnchor="end">
                {format(v)}
              </text>
            </g>
          ))}
          {xTicks.map((i) => (
            <text key={i} className="axis-label" x={x(i)} y={height - 5} textAnchor={i === 0 ? 'start' : i === n - 1 ? 'end' : 'middle'}>
              {times[i] !== undefined ? timeFormat(times[i]) : ''}
            </text>
          ))}
          {area && first && n > 1 && first.values.every((v) => v !== null) && <path d={`${path(first.values)}L${x(n - 1)},${y(0)}L${x(0)},${y(0)}Z`} fill={first.color} opacity={0.1} />}
          {series.map((s) => (
            <g key={s.name}>
              <path d={path(s.values)} fill="none" stroke={s.color} strokeWidth={1.8} strokeLinejoin="round" strokeLinecap="round" />
              {s.values.map((v, i) =>
                v !== null && (s.values[i - 1] ?? null) === null && (s.values[i + 1] ?? null) === null ? <circle key={i} cx={x(i)} cy={y(v)} r={2.5} fill={s.color} /> : null,
              )}
            </g>
          ))}
          {hover !== null && (
            <g>
              <line className="cursor" x1={x(hover)} x2={x(hover)} y1={PAD.top} y2={PAD.top + plotH} />
              {series.map((s) =>
                s.values[hover] !== null && s.values[hover] !== undefined ? (
                  <circle key={s.name} cx={x(hover)} cy={y(s.values[hover] as number)} r={3.5} fill="var(--panel)" stroke={s.color} strokeWidth={2} />
                ) : null,
              )}
            </g>
          )}
        </svg>
      )}
      {hover !== null && hasData && (
        <div className="chart-tooltip" style={{ left: tipLeft, top: 4 }} aria-live="polite">
          <div className="t">{timeFormat(times[hover])}</div>
          {series.map((s) => (
            <div className="r" key={s.name}>
              <span>
                <span className="swatch" style={{ background: s.color }} />
                {s.name}
              </span>
              <strong>{s.values[hover] === null || s.values[hover] === undefined ? '—' : format(s.values[hover] as number)}</strong>
            </div>
          ))}
        </div>
      )}
      <div className="legend">
        {series.map((s) => (
          <span key={s.name}>
            <span className="swatch" style={{ background: s.color }} />
            {s.name}
          </span>
        ))}
      </div>
    </div>
  );
}
