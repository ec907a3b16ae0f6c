/** Markdown renderings of a bench result (bench/results/latest.md and the README section). */
import { readFileSync, writeFileSync } from 'node:fs';

const NAMES = { direct: 'direct (floor)', bare: 'bare proxy', stable: '**stable-llm**', portkey: 'Portkey 1.15' };
const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–');

function machineLine(r) {
  const m = r.machine;
  return `${m.cpu}, ${m.cores} cores, ${m.memGb} GB, Node ${m.node}, ${m.os}; ${m.date.slice(0, 16).replace('T', ' ')} UTC; load average at start ${m.loadavg.join(' / ')}${r.quick ? ' — QUICK run, rough numbers' : ''}`;
}

/** The headline table: one row per contender. */
export function mainTable(r) {
  const s = r.scenarios;
  const c50 = s.nonStreaming?.c50 ?? {};
  const c1 = s.nonStreaming?.c1 ?? {};
  const st = s.streaming ?? {};
  const rows = [
    '| | req/s @50 conn | vs bare | vs Portkey | p50 / p99 @50 (ms) | p50 / p99 @1 (ms) | added @1 vs direct (ms) | TTFT p50 (ms) | added TTFT (ms) | RSS idle / @50 / 1k streams (MB) |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const c of Object.keys(r.contenders)) {
    const a = c50[c]?.median;
    const b = c1[c]?.median;
    const t = st[c]?.ttftMs;
    const mem = s.rss?.[c];
    const hold = s.hold?.[c];
    rows.push(
      `| ${NAMES[c] ?? c} | ${f(a?.rps, 0)} | ${ratio(a?.rps, c50.bare?.median.rps)} | ${c50.portkey ? ratio(a?.rps, c50.portkey.median.rps) : '–'} | ${f(a?.p50)} / ${f(a?.p99)} | ${f(b?.p50, 3)} / ${f(b?.p99, 3)} | ${c === 'direct' ? '–' : `+${f(b?.p50 - c1.direct?.median.p50, 3)}`} | ${f(t?.p50, 3)} | ${c === 'direct' ? '–' : `+${f(t?.p50 - st.direct?.ttftMs.p50, 3)}`} | ${mem ? `${f(mem.idleMb, 0)} / ${f(mem.peakC50Mb, 0)} / ${hold ? f(hold.rssPeakMb, 0) : '–'}` : '–'} |`,
    );
  }
  return rows.join('\n');
}

export function targetsTable(r) {
  const rows = ['| target (GUIDE §6) | measured | |', '|---|---|:-:|'];
  for (const t of r.targets ?? [])
    rows.push(`| ${t.target} | ${t.measured}${t.note ? ` — ${t.note}` : ''} | ${t.met ? '✅ met' : '❌ missed'} |`);
  return rows.join('\n');
}

export function renderMarkdown(r) {
  const s = r.scenarios;
  const out = [];
  out.push('# stable-llm benchmark — latest run', '');
  out.push(`Machine: ${machineLine(r)}.`, '');
  out.push(
    `Load: autocannon ${r.versions.autocannon}, ${r.plan.durationS} s per run after ${r.plan.warmupS} s warm-up, median of ${r.plan.reps} interleaved runs; every server in its own process, all on 127.0.0.1. Portkey ${r.versions.portkey ?? 'not installed'} with @hono/node-server ${r.versions.honoNodeServerForPortkey ?? '–'}. Total run time ${f(r.totalS, 0)} s. Method: docs/benchmarks.md.`,
    '',
  );
  if (r.portkeySkipped) out.push(`**Portkey is missing from this run: ${r.portkeySkipped}.**`, '');
  out.push('## Side by side', '', mainTable(r), '');
  out.push('## Targets', '', targetsTable(r), '');

  if (s.failover) {
    out.push('## Failover (1 connection; primary answers 429, the second target answers)', '');
    out.push(
      '| gateway | p50 without failover (ms) | p50 / p99 with a 429 first (ms) | cost of the failover (ms) | 429s seen upstream / requests |',
      '|---|--:|--:|--:|--:|',
    );
    for (const [c, v] of Object.entries(s.failover)) {
      out.push(
        `| ${NAMES[c] ?? c} | ${f(v.normalP50, 3)} | ${f(v.failoverP50, 3)} / ${f(v.failoverP99, 3)} | +${f(v.costMs, 3)} | ${v.upstream429} / ${v.requests} |`,
      );
    }
    out.push(
      '',
      'Cost = p50 with the 429 first − p50 of a normal request through the same gateway: the wasted first call plus the switch, i.e. everything beyond the second call.',
      '',
    );
  }
  if (s.hold) {
    const any = Object.values(s.hold)[0];
    out.push(`## ${any.streams} concurrent open streams (${r.plan.paths.hold.replace(/^\/m\/|\/v1$/g, '')})`, '');
    out.push(
      '| server | RSS idle → peak (MB) | event-loop lag p99 / max (ms) | streams ok / failed | most open upstream at once | TTFT p50 / p99 (ms) | wall (s) |',
      '|---|--:|--:|--:|--:|--:|--:|',
    );
    for (const [c, v] of Object.entries(s.hold)) {
      out.push(
        `| ${NAMES[c] ?? c} | ${f(v.rssIdleMb, 0)} → ${f(v.rssPeakMb, 0)} | ${f(v.lagMs.p99)} / ${f(v.lagMs.max)} | ${v.ok} / ${v.failed} | ${v.upstreamPeakConcurrent} | ${f(v.ttftMs.p50, 1)} / ${f(v.ttftMs.p99, 1)} | ${f(v.wallMs / 1000, 1)} |`,
      );
    }
    out.push(
      '',
      'Lag: a probe preloaded into each server (`bench/lib/probe.js`) measures how late a 10 ms timer fires; p99 is the median of its 250 ms windows during the hold, max the worst single delay. RSS is sampled from /proc every 100 ms.',
      '',
    );
  }
  if (s.streaming) {
    out.push('## Streaming (1 connection, 10 chunks 2 ms apart)', '');
    out.push('| contender | TTFT p50 / p99 (ms) | total p50 / p99 (ms) | errors |', '|---|--:|--:|--:|');
    for (const [c, v] of Object.entries(s.streaming))
      out.push(
        `| ${NAMES[c] ?? c} | ${f(v.ttftMs.p50, 3)} / ${f(v.ttftMs.p99, 3)} | ${f(v.totalMs.p50, 2)} / ${f(v.totalMs.p99, 2)} | ${v.errors} |`,
      );
    out.push('');
  }
  if (s.coldStart) {
    out.push('## Cold start (spawn → first 200 from the health route)', '');
    out.push(
      `stable-llm serve: median ${f(s.coldStart.stable.medianMs, 0)} ms (runs: ${s.coldStart.stable.runsMs.map((x) => x.toFixed(0)).join(', ')})${s.coldStart.portkey ? `; Portkey: median ${f(s.coldStart.portkey.medianMs, 0)} ms` : ''}.`,
      '',
    );
  }
  if (s.resilience) {
    out.push('## Resilience bookkeeping per request (no I/O)', '');
    out.push('| step | µs |', '|---|--:|');
    for (const x of s.resilience.results) out.push(`| ${x.label.trim()} | ${x.us.toFixed(2)} |`);
    out.push('');
  }
  if (Array.isArray(s.tokens)) {
    out.push('## Token counting (bench/tokens-bench.js)', '');
    out.push('| family | package | first-use load (ms) | RSS (MB) | ms per 10k tokens | repeat (ms) |', '|---|---|--:|--:|--:|--:|');
    for (const t of s.tokens)
      out.push(`| ${t.family} | ${t.package} | ${f(t.loadMs, 0)} | ${f(t.rssMb, 0)} | ${f(t.msPer10k, 1)} | ${f(t.cachedMs, 3)} |`);
    out.push('');
  }
  if (r.profile) {
    out.push('## CPU profile of the gateway at 50 connections', '');
    if (r.profile.error) out.push(`Profile failed: ${r.profile.error}`, '');
    else {
      out.push(
        `${f(r.profile.durationMs / 1000, 1)} s profiled, ${f(r.profile.busyPct, 0)} % busy, ${f(r.profile.rpsWhileProfiling, 0)} req/s while profiling. Self time as % of busy time:`,
        '',
      );
      out.push('| self % | function | where |', '|--:|---|---|');
      for (const x of r.profile.top.slice(0, 20)) out.push(`| ${f(x.selfPct, 1)} | \`${x.name}\` | ${x.location} |`);
      out.push('', '| self % | area |', '|--:|---|');
      for (const x of r.profile.byArea.slice(0, 15)) out.push(`| ${f(x.selfPct, 1)} | ${x.area} |`);
      if (r.profile.srcFiles?.length && r.profile.requests) {
        const per = (ms) => (ms * 1000) / r.profile.requests;
        out.push(
          '',
          `Our own files by self time (µs of CPU per request; ${r.profile.requests} requests, ${f(per(r.profile.busyMs), 0)} µs busy per request in all):`,
          '',
        );
        out.push('| µs / request | self % | file |', '|--:|--:|---|');
        for (const x of r.profile.srcFiles.slice(0, 15)) out.push(`| ${f(per(x.selfMs), 1)} | ${f(x.selfPct, 1)} | ${x.file} |`);
      }
      const b = r.profile.bare;
      if (b?.requests && r.profile.requests) {
        const mine = (r.profile.busyMs * 1000) / r.profile.requests;
        const theirs = (b.busyMs * 1000) / b.requests;
        out.push(
          '',
          `CPU per request under the same load: stable-llm ${f(mine, 0)} µs, bare proxy ${f(theirs, 0)} µs (${f(mine / theirs, 1)}×). The bare proxy's own top self time: ${b.top
            .slice(0, 3)
            .map((x) => `\`${x.name}\` ${f(x.selfPct, 0)} %`)
            .join(', ')}.`,
        );
      }
      out.push('');
    }
  }
  return `${out.join('\n')}\n`;
}

export function renderReadmeSection(r) {
  return [
    `Measured by \`npm run bench\` on ${machineLine(r)}. Everything runs on this one machine at once (fake upstream, gateway, load generator), so read the **ratios**; [method and reproduction](docs/benchmarks.md), [full results](bench/results/latest.md).`,
    '',
    '![benchmark chart](bench/results/latest.svg)',
    '',
    mainTable(r),
    '',
    targetsTable(r),
  ].join('\n');
}

/** Replaces the text between the bench markers; adds a "## Performance" section if they are missing. */
export function updateReadme(path, section) {
  const START = '<!-- bench:start -->';
  const END = '<!-- bench:end -->';
  let text = readFileSync(path, 'utf8');
  if (!text.includes(START) || !text.includes(END)) {
    const block = `## Performance\n\n${START}\n${END}\n\n`;
    const at = text.indexOf('\n## Documentation');
    text = at >= 0 ? `${text.slice(0, at + 1)}${block}${text.slice(at + 1)}` : `${text.trimEnd()}\n\n${block}`;
  }
  const a = text.indexOf(START) + START.length;
  const b = text.indexOf(END);
  writeFileSync(path, `${text.slice(0, a)}\n${section}\n${text.slice(b)}`);
}
