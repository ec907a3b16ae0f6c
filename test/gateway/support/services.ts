import { connect } from 'node:net';
import { redisAvailable } from '../../../src/resilience/testing/require-redis.js';

export { redisAvailable };

export const TEST_PG_URLS = [
  process.env.DATABASE_URL,
  'postgres://postgres@127.0.0.1:5432/test',
  'postgres://root@127.0.0.1:5432/test',
].filter((u): u is string => typeof u === 'string' && u.length > 0);

/**
 * A Postgres URL that accepts connections, or undefined. Same policy as Redis: on CI
 * (CI=true) an unreachable database fails the run; locally the tests skip with a notice.
 */
export async function postgresUrl(): Promise<string | undefined> {
  const portOpen = await new Promise<boolean>((resolve) => {
    const s = connect({ host: '127.0.0.1', port: 5432 });
    const t = setTimeout(() => {
      s.destroy();
      resolve(false);
    }, 500);
    s.on('connect', () => {
      clearTimeout(t);
      s.destroy();
      resolve(true);
    });
    s.on('error', () => {
      clearTimeout(t);
      resolve(false);
    });
  });
  if (portOpen) {
    const pg = await import('pg');
    for (const url of TEST_PG_URLS) {
      const client = new pg.default.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
      try {
        await client.connect();
        await client.end();
        return url;
      } catch {
        await client.end().catch(() => undefined);
      }
    }
  }
  const msg = 'Postgres not reachable at 127.0.0.1:5432 (db "test", user postgres or root)';
  if (process.env.CI === 'true') throw new Error(`${msg} — required on CI (CI=true)`);
  console.warn(`\n⚠️  ${msg}: SKIPPING Postgres tests (set CI=true to make this a failure)\n`);
  return undefined;
}
