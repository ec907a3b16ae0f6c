import type { Style } from './style.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escape sequences is the point
const ANSI = /\x1b\[[0-9;]*m/g;

/** Display width: ANSI codes take no room, CJK and other wide characters take two cells. */
export function visibleWidth(text: string): number {
  let w = 0;
  for (const ch of text.replace(ANSI, '')) {
    const c = ch.codePointAt(0) ?? 0;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xff00 && c <= 0xff60)
        ? 2
        : 1;
  }
  return w;
}

/**
 * A plain aligned table (two spaces between columns, bold header). Cells may already carry
 * colour; widths ignore the escape codes. `align` right-aligns numeric columns.
 */
export function renderTable(headers: string[], rows: string[][], style: Style, align: ('left' | 'right')[] = []): string {
  const widths = headers.map((h, i) => Math.max(visibleWidth(h), ...rows.map((r) => visibleWidth(r[i] ?? ''))));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => {
        const pad = ' '.repeat(Math.max(0, widths[i] - visibleWidth(c)));
        return align[i] === 'right' ? pad + c : i === cells.length - 1 ? c : c + pad;
      })
      .join('  ')
      .trimEnd();
  return [style.bold(line(headers)), ...rows.map(line)].join('\n');
}
