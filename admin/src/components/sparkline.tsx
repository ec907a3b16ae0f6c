/** A tiny trend line for stat tiles (decorative: the tile states the number). */
export function Sparkline({ values, color = 'var(--accent)', height = 28 }: { values: number[]; color?: string; height?: number }) {
  const w = 120;
  const max = Math.max(1e-9, ...values);
  const n = values.length;
  if (n < 2) return <svg className="sparkline" width="100%" height={height} aria-hidden="true" />;
  const pts = values.map((v, i) => `${((i / (n - 1)) * w).toFixed(1)},${(height - 2 - (v / max) * (height - 4)).toFixed(1)}`);
  return (
    <svg className="sparkline" width="100%" height={height} viewBox={`0 0 ${w} ${height}`} preserveAspectRatio="none" aria-hidden="true">
      <polygon points={`0,${height} ${pts.join(' ')} ${w},${height}`} fill={color} opacity={0.1} />
      <polyline points={pts.join(' ')} fill="none" stroke={color} strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
