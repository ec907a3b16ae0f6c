/** A hand-written SVG chart of a bench result: three panels of horizontal bars. */

const COLORS = { direct: '#9aa5b1', bare: '#52606d', stable: '#2f80ed', portkey: '#e67e22' };
const LABELS = { direct: 'direct (floor)', bare: 'bare proxy', stable: 'stable-llm', portkey: 'Portkey' };
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function panel({ x, y, width, title, unit, rows, digits = 0, better }) {
  const barH = 20;
  const gap = 8;
  const labelW = 110;
  const valueW = 90;
  const max = Math.max(...rows.map((r) => (Number.isFinite(r.value) ? r.value : 0)), 1e-9);
  const out = [
    `<text x="${x}" y="${y}" class="title">${esc(title)}</text>`,
    `<text x="${x + width}" y="${y}" class="note" text-anchor="end">${esc(better)}</text>`,
  ];
  rows.forEach((r, i) => {
    const top = y + 12 + i * (barH + gap);
    const w = Number.isFinite(r.value) ? Math.max(1, ((width - labelW - valueW) * r.value) / max) : 0;
    out.push(`<text x="${x}" y="${top + 15}" class="label">${esc(LABELS[r.key] ?? r.key)}</text>`);
    out.push(`<rect x="${x + labelW}" y="${top}" width="${w.toFixed(1)}" height="${barH}" rx="3" fill="${COLORS[r.key] ?? '#888'}"/>`);
    const text = Number.isFinite(r.value) ? `${r.value.toFixed(digits)} ${unit}` : 'n/a';
    out.push(`<text x="${(x + labelW + w + 6).toFixed(1)}" y="${top + 15}" class="value">${esc(text)}</text>`);
  });
  return { svg: out.join('\n'), height: 12 + rows.length * (barH + gap) + 24 };
}

export function renderSvg(r) {
  const s = r.scenarios;
  const keys = Object.keys(r.contenders);
  const width = 760;
  const pad = 20;
  const parts = [];
  const GAP = 20;
  let y = 30;
  const m = r.machine;
  const header = `stable-llm benchmark — ${m.cpu}, ${m.cores} cores, Node ${m.node}, ${m.date.slice(0, 10)}`;
  if (s.nonStreaming?.c50) {
    const p = panel({
      x: pad,
      y: y + 28,
      width: width - 2 * pad,
      title: 'Throughput, 50 connections (non-streaming)',
      unit: 'req/s',
      better: 'higher is better',
      rows: keys.map((k) => ({ key: k, value: s.nonStreaming.c50[k]?.median.rps })),
    });
    parts.push(p.svg);
    y += p.height + GAP;
  }
  if (s.nonStreaming?.c1) {
    const d = s.nonStreaming.c1.direct?.median.p50;
    const p = panel({
      x: pad,
      y: y + 20,
      width: width - 2 * pad,
      title: 'Added latency over direct, 1 connection (p50)',
      unit: 'ms',
      digits: 3,
      better: 'lower is better',
      rows: keys.filter((k) => k !== 'direct').map((k) => ({ key: k, value: s.nonStreaming.c1[k]?.median.p50 - d })),
    });
    parts.push(p.svg);
    y += p.height + GAP;
  }
  if (s.hold) {
    const n = Object.values(s.hold)[0]?.streams;
    const p = panel({
      x: pad,
      y: y + 20,
      width: width - 2 * pad,
      title: `Peak RSS holding ${n} concurrent streams`,
      unit: 'MB',
      better: 'lower is better',
      rows: Object.keys(s.hold).map((k) => ({ key: k, value: s.hold[k].rssPeakMb })),
    });
    parts.push(p.svg);
    y += p.height + GAP;
  }
  const height = y + 10;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="-apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif">
<style>
  .h { font-size: 15px; font-weight: 600; fill: #1f2933; }
  .title { font-size: 13px; font-weight: 600; fill: #1f2933; }
  .note { font-size: 11px; fill: #7b8794; }
  .label { font-size: 12px; fill: #323f4b; }
  .value { font-size: 12px; fill: #1f2933; }
</style>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="${pad}" y="26" class="h">${esc(header)}</text>
${parts.join('\n')}
</svg>
`;
}
