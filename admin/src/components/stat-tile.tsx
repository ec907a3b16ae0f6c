import type { ReactNode } from 'react';
import { Sparkline } from './sparkline.js';

/** One headline number with its unit, a caption and an optional trend. */
export function StatTile({ label, value, unit, sub, trend, color }: { label: string; value: ReactNode; unit?: string; sub?: string; trend?: number[]; color?: string }) {
  return (
    <div className="card stat">
      <span className="stat-label">{label}</span>
      <span className="stat-value">
        {value}
        {unit && <small>{unit}</small>}
      </span>
      {sub && <span className="stat-sub">{sub}</span>}
      {trend && <Sparkline values={trend} color={color} />}
    </div>
  );
}
