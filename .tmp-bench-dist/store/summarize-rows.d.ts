import type { UsageGroupBy, UsageRow, UsageSummaryRow } from './usage-row.js';
/** In-memory grouping with the same output as the SQL stores' GROUP BY. */
export declare function summarizeRows(rows: readonly UsageRow[], groupBy: UsageGroupBy): UsageSummaryRow[];
export declare function sortSummary(rows: UsageSummaryRow[], groupBy: UsageGroupBy): UsageSummaryRow[];
/** Bucket start as ISO text (UTC), so SQL and memory stores agree byte for byte. */
export declare function timeBucket(ts: number, unit: 'hour' | 'day'): string;
