/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time per function and per area
 * (our src/ module, an npm package, Node internals, GC), with dist/ locations mapped back to
 * src/*.ts through the build's source maps.
 *
 *   node bench/lib/summarize-cpuprofile.js FILE.cpuprofile [--top 25]
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const maps = new Map();
function sourceMapFor(file) {
  if (!maps.has(file)) {
    let map;
    try {
      if (existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      map = undefined;
    }
    maps.set(file, map);
  }
  return maps.get(file);
}

/** `src/gateway/x.ts:42` for our code, `node_modules/pkg/file.js:10`, `node:internal/…`, or `(native)`. */
function locate(callFrame, root) {
  const { url, lineNumber, columnNumber } = callFrame;
  if (!url) return { location: '(native)', area: '(native / V8)' };
  if (url.startsWith('node:'))
    return {
      location: `${url}:${lineNumber + 1}`,
      area: url
        .replace(/^node:(internal\/)?/, 'node:')
        .split('/')
        .slice(0, 2)
        .join('/'),
    };
  let file = url;
  try {
    if (url.startsWith('file:')) file = fileURLToPath(url);
  } catch {
    // keep the URL
  }
  const rel = root ? relative(root, file) : file;
  if (rel.startsWith('dist/')) {
    const map = sourceMapFor(file);
    const entry = map?.findEntry(lineNumber, columnNumber);
    if (entry?.originalSource) {
      let src = entry.originalSource;
      try {
        if (src.startsWith('file:')) src = fileURLToPath(src);
        else src = new URL(src, url).pathname;
      } catch {
        // keep it
      }
      const srcRel = root ? relative(root, src) : src;
      return { location: `${srcRel}:${entry.originalLine + 1}`, area: srcRel.split('/').slice(0, 2).join('/') };
    }
    return { location: `${rel}:${lineNumber + 1}`, area: rel.split('/').slice(0, 2).join('/') };
  }
  const nm = rel.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = rel.slice(nm + 'node_modules/'.length).split('/');
    const pkg = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    return { location: `node_modules/${rest.join('/')}:${lineNumber + 1}`, area: `npm:${pkg}` };
  }
  return { location: `${rel}:${lineNumber + 1}`, area: rel.split('/').slice(0, 2).join('/') };
}

export function summarizeCpuProfile(file, { root, top = 25 } = {}) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    total += dt;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  const fns = new Map();
  const areas = new Map();
  const files = new Map();
  let idle = 0;
  for (const [id, us] of self) {
    const node = byId.get(id);
    const cf = node.callFrame;
    const name = cf.functionName || '(anonymous)';
    if (name === '(idle)') {
      idle += us;
      continue;
    }
    const special = name.startsWith('(') && !cf.url;
    const { location, area } = special ? { location: '', area: name } : locate(cf, root);
    const key = `${name}|${location}`;
    const f = fns.get(key) ?? { name, location, area, selfUs: 0 };
    f.selfUs += us;
    fns.set(key, f);
    areas.set(area, (areas.get(area) ?? 0) + us);
    if (location.startsWith('src/')) {
      const file = location.slice(0, location.lastIndexOf(':'));
      files.set(file, (files.get(file) ?? 0) + us);
    }
  }
  const busy = total - idle;
  const rows = [...fns.values()].sort((a, b) => b.selfUs - a.selfUs);
  return {
    durationMs: total / 1000,
    busyPct: total ? (busy / total) * 100 : 0,
    top: rows.slice(0, top).map((f) => ({
      name: f.name,
      location: f.location,
      area: f.area,
      selfMs: f.selfUs / 1000,
      selfPct: busy ? (f.selfUs / busy) * 100 : 0,
    })),
    byArea: [...areas.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([area, us]) => ({ area, selfMs: us / 1000, selfPct: busy ? (us / busy) * 100 : 0 })),
    /** Our own source files by self time (where to look first). */
    srcFiles: [...files.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([file, us]) => ({ file, selfMs: us / 1000, selfPct: busy ? (us / busy) * 100 : 0 })),
    busyMs: busy / 1000,
  };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const args = process.argv.slice(2);
  const topN = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 25;
  const s = summarizeCpuProfile(args[0], { root: process.cwd(), top: topN });
  console.log(`${(s.durationMs / 1000).toFixed(1)} s profiled, ${s.busyPct.toFixed(0)} % busy. Self time (% of busy):\n`);
  for (const f of s.top) console.log(`${f.selfPct.toFixed(1).padStart(5)} %  ${f.name.padEnd(40)} ${f.location}`);
  console.log('\nBy area:');
  for (const a of s.byArea) console.log(`${a.selfPct.toFixed(1).padStart(5)} %  ${a.area}`);
}
