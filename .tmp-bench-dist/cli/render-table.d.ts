import type { Style } from './style.js';
/** Display width: ANSI codes take no room, CJK and other wide characters take two cells. */
export declare function visibleWidth(text: string): number;
/**
 * A plain aligned table (two spaces between columns, bold header). Cells may already carry
 * colour; widths ignore the escape codes. `align` right-aligns numeric columns.
 */
export declare function renderTable(headers: string[], rows: string[][], style: Style, align?: ('left' | 'right')[]): string;
