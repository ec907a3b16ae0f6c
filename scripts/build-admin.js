// Builds the admin console (React + Vite) into admin/dist when its sources exist.
// Runs as part of `npm run build` (and so of `npm install` via `prepare`).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const config = join(root, 'admin', 'vite.config.ts');
if (!existsSync(config)) {
  console.log('build-admin: no admin/ sources, skipped');
  process.exit(0);
}
let vite;
try {
  vite = await import('vite');
} catch {
  // Production installs (`npm install --omit=dev`) have no Vite; the published package ships admin/dist.
  console.log('build-admin: vite is not installed, skipped (admin/dist is used as shipped)');
  process.exit(0);
}
await vite.build({ configFile: config, root: join(root, 'admin'), logLevel: 'warn' });
console.log('build-admin: admin/dist built');
