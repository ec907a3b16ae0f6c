import { renderTable } from './render-table.js';
import type { Style } from './style.js';

/** The fields of a target's status the table shows (engine `TargetStatus`, or a gateway's `/status` entry). */
export interface StatusRow {
  available?: boolean;
  state?: string;
  failure_count?: number;
  cool_down_remaining?: number;
  latency_p50_ms?: number | null;
  latency_p95_ms?: number | null;
  total_requests?: number;
  success_rate?: number | null;
  last_error?: string | null;
  deployments?: unknown[];
}

/** Breakers, keys and latency per `backend/model`, coloured by state. */
export function renderStatusTable(status: Record<string, StatusRow>, style: Style): string {
  const entries = Object.entries(status);
  if (entries.length === 0) return style.dim('(no targets configured)');
  const rows = entries.map(([target, s]) => {
    const state = s.state ?? '?';
    const paint = state === 'closed' ? style.green : state === 'half_open' ? style.yellow : style.red;
    return [
      target,
      paint(state),
      s.available === false ? style.red('no') : 'yes',
      String(s.failure_count ?? 0),
      s.cool_down_remaining ? `${Math.ceil(s.cool_down_remaining)} s` : '-',
      ms(s.latency_p50_ms),
      ms(s.latency_p95_ms),
      String(s.total_requests ?? 0),
      s.success_rate === undefined || s.success_rate === null ? '-' : `${Math.round(s.success_rate * 100)}%`,
      keysCell(s.deployments),
      limitsCell(s.deployments),
      s.last_error ? style.dim(truncate(s.last_error, 60)) : '',
    ];
  });
  return renderTable(
    ['TARGET', 'STATE', 'AVAILABLE', 'FAILURES', 'COOLDOWN', 'P50', 'P95', 'REQUESTS', 'SUCCESS', 'KEYS', 'LIMITS (1 min)', 'LAST ERROR'],
    rows,
    style,
    ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
}

function ms(v: number | null | undefined): string {
  return v === undefined || v === null ? '-' : `${Math.round(v)} ms`;
}

/** RPM / TPM / in-flight used against each configured limit, e.g. `rpm 12/60 tpm 900/10000`. */
function limitsCell(deployments: unknown[] | undefined): string {
  const parts: string[] = [];
  for (const d of deployments ?? []) {
    const limits = (
      d as {
        limits?: {
          rpm?: { used: number; limit: number };
          tpm?: { used: number; limit: number };
          concurrent?: { used: number; limit: number };
        }[];
      }
    ).limits;
    for (const u of Array.isArray(limits) ? limits : []) {
      if (u.rpm) parts.push(`rpm ${u.rpm.used}/${u.rpm.limit}`);
      if (u.tpm) parts.push(`tpm ${u.tpm.used}/${u.tpm.limit}`);
      if (u.concurrent) parts.push(`conc ${u.concurrent.used}/${u.concurrent.limit}`);
    }
  }
  return parts.length ? parts.join(' ') : '-';
}

/** `usable/total` keys across the target's deployments, e.g. `2/3`. */
function keysCell(deployments: unknown[] | undefined): string {
  let size = 0;
  let available = 0;
  for (const d of deployments ?? []) {
    const keys = (d as { keys?: { size?: number; available?: number } | null }).keys;
    if (keys && typeof keys.size === 'number') {
      size += keys.size;
      available += keys.available ?? 0;
    }
  }
  return size === 0 ? '-' : `${available}/${size}`;
}

function truncate(text: string, max: number): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
