import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'admin');

/**
 * Whether the browser suite can run. Debian's chromium is required on CI (CI=true: missing is a
 * failure); elsewhere the suite is skipped with a visible notice. Never downloads a browser.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const msg = `chromium not found at ${CHROMIUM} (apt-get install chromium)`;
  if (process.env.CI === 'true') throw new Error(`${msg} — required on CI (CI=true)`);
  console.warn(`\n⚠️  ${msg}: SKIPPING the admin console browser tests\n`);
  return false;
}

/** Chromium with a fresh profile directory (a persistent context is how Playwright takes a user-data dir). */
export async function launchChromium(): Promise<{ context: BrowserContext; profile: string }> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'stable-llm-chromium-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    colorScheme: 'light',
  });
  return { context, profile };
}

/** Builds admin/ into admin/dist (the gateway serves what the tests look at). */
export async function buildAdmin(): Promise<void> {
  const vite = await import('vite');
  await vite.build({ configFile: join(process.cwd(), 'admin', 'vite.config.ts'), root: join(process.cwd(), 'admin'), logLevel: 'error' });
}
