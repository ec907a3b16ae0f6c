import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, type AdminFixture, baseConfig, MASTER_KEY, startAdminFixture } from './support/admin-fixture.js';
import { ARTIFACTS, buildAdmin, chromiumAvailable, launchChromium } from './support/browser.js';
import { makePng } from './support/make-png.js';

/** Every secret in the config: none may ever show up in the console's DOM. */
const SECRETS = [
  'sk-file-openai-key-aaaaaaaaaaaa0001',
  'sk-file-openai-key-bbbbbbbbbbbb0002',
  'sk-ant-file-key-cccccccccccccc0003',
  'sk-ds-file-key-dddddddddddddddd0004',
  ADMIN_KEY,
  MASTER_KEY,
];

const runBrowser = chromiumAvailable();

describe.skipIf(!runBrowser)('admin console in a real browser (chromium + fake upstream)', () => {
  let f: AdminFixture;
  let context: BrowserContext;
  let profile: string;
  let page: Page;

  /** Full-page screenshots of pages; dialogs are shot as the viewport (their backdrop covers only that). */
  const shot = async (name: string, fullPage = true): Promise<void> => {
    if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage, animations: 'disabled' });
  };
  const go = async (nav: string): Promise<void> => {
    await page.getByRole('navigation').getByRole('link', { name: nav, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: nav }).waitFor();
  };
  const noSecrets = async (): Promise<void> => {
    const html = await page.content();
    for (const s of SECRETS) expect(html, `secret leaked on ${page.url()}`).not.toContain(s);
  };
  const api = (path: string, body: unknown, key = MASTER_KEY): Promise<Response> =>
    fetch(f.url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    await buildAdmin();
    f = await startAdminFixture({
      config: (url) =>
        baseConfig(url, {
          endpoints: [
            {
              id: 'oa',
              api_base: `${url}/v1`,
              api_keys: [
                { id: 'oa-main', key: SECRETS[0] },
                { id: 'oa-spare', key: SECRETS[1] },
              ],
            },
            { id: 'an', api_base: `${url}/v1`, api_key: SECRETS[2] },
            { id: 'ds', api_base: `${url}/v1`, api_key: SECRETS[3] },
          ],
          backends: {
            openai: {
              models: {
                'gpt-4o': { endpoints: ['oa'], native_multimodal: true, pricing: { input: 2.5, output: 10 } },
                'gpt-4o-mini': { endpoints: ['oa'] },
              },
            },
            anthropic: { models: { 'claude-sonnet-4-5': { endpoints: ['an'], max_output_tokens: 1024 } } },
            deepseek: { models: { 'deepseek-reasoner': { endpoints: ['ds'], pricing: { input: 0.5, output: 2 } } } },
          },
        }),
    });
    ({ context, profile } = await launchChromium());
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(10_000);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await f?.close();
  });

  it('logs in with the admin key (and refuses a wrong one)', async () => {
    await page.goto(`${f.url}/admin/`);
    await page.getByLabel('Admin key').waitFor();
    await shot('01-login');
    await page.getByLabel('Admin key').fill('not-the-admin-key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('wrong admin key').waitFor();
    await page.getByLabel('Admin key').fill(ADMIN_KEY);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    const cookie = (await context.cookies()).find((c) => c.name === 'stable_llm_admin');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    await page.locator('[data-target="openai/gpt-4o"]').waitFor();
    await noSecrets();
    await shot('02-dashboard');
  });

  it('tests an endpoint connection and shows the providers with masked keys', async () => {
    await go('Providers');
    const card = page.locator('[data-endpoint="oa"]');
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('sk-fil…0001');
    await card.getByRole('button', { name: 'Test connection' }).click();
    await page.getByRole('button', { name: 'Run test' }).click();
    const results = page.getByTestId('test-results');
    await results.locator('.test-result.ok').nth(1).waitFor();
    expect(await results.locator('.test-result.bad').count()).toBe(0);
    await shot('03-provider-test', false);
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).first().click();
    await noSecrets();
    await shot('04-providers');
  });

  it('adds a model and sets the active chat and vision models, which the gateway honours', async () => {
    await go('Models & routes');
    await page.getByRole('button', { name: 'Add model' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Backend').selectOption('openai');
    await dialog.getByLabel('Model name').fill('gpt-4.1-nano');
    await dialog.getByRole('checkbox', { name: 'oa' }).check();
    await dialog.getByLabel('Context').fill('1047576');
    await dialog.getByLabel('Aliases').fill('nano');
    await shot('05-model-dialog', false);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.locator('[data-model="openai/gpt-4.1-nano"]').waitFor();

    await page.getByTestId('active-chat').selectOption('openai/gpt-4.1-nano');
    await page.getByTestId('active-vision').selectOption('openai/gpt-4o');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Saved and applied').first().waitFor();
    await shot('06-models');

    // The gateway answers a request that names no model with the new active chat model.
    const res = await api('/v1/chat/completions', { messages: [{ role: 'user', content: 'who are you' }] });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { choices: { message: { content: string } }[] }).choices[0].message.content).toContain(
      'Hello from gpt-4.1-nano',
    );
  });

  it('streams a chat in the playground, reasoning shown apart, with who answered after how many tries', async () => {
    await go('Playground');
    await page.getByTestId('system-prompt').fill('You are terse.');
    await page.getByTestId('chat-input').fill('hello console');
    await page.getByTestId('chat-send').click();
    await page.getByTestId('answered-by').waitFor();
    await expect(page.getByTestId('assistant-text').last().textContent()).resolves.toContain('Hello from gpt-4.1-nano');
    await expect(page.getByTestId('answered-by').textContent()).resolves.toContain('openai/gpt-4.1-nano');
    await expect(page.getByTestId('tries').textContent()).resolves.toContain('1 try');

    // A reasoning model; its first key is rate limited, so the answer comes after a failover.
    f.fake.addRule({ match: { model: 'deepseek-reasoner' }, times: 1, error: 'rate_limit' });
    await page.getByTestId('model-picker').selectOption('deepseek/deepseek-reasoner');
    await page.getByTestId('chat-input').fill('think about it');
    await page.getByTestId('chat-send').click();
    await page.getByTestId('reasoning').first().waitFor();
    await page.getByTestId('answered-by').nth(1).waitFor({ timeout: 15_000 });
    await expect(page.getByTestId('answered-by').nth(1).textContent()).resolves.toContain('deepseek/deepseek-reasoner');
    await shot('07-playground-chat');
  });

  it('runs a vision test with an uploaded image on the active vision model', async () => {
    await page.getByTestId('tab-vision').click();
    await page.getByTestId('image-input').setInputFiles({ name: 'square.png', mimeType: 'image/png', buffer: makePng() });
    await page.getByTestId('vision-preview').waitFor();
    await page.getByTestId('vision-prompt').fill('What colours are in this image?');
    await page.getByTestId('vision-run').click();
    const answer = page.getByTestId('vision-answer');
    await answer.getByTestId('answered-by').waitFor();
    await expect(answer.getByTestId('answered-by').textContent()).resolves.toContain('openai/gpt-4o');
    await expect(answer.getByTestId('assistant-text').textContent()).resolves.toContain('I see 1 image');
    const upstream = f.fake.requests.filter((r) => r.model === 'gpt-4o').at(-1);
    expect(JSON.stringify(upstream?.body)).toContain('data:image/png;base64,');
    await shot('08-playground-vision');
  });

  it('shows a breaker opening on the dashboard when the upstream starts failing', async () => {
    await go('Dashboard');
    f.fake.addRule({ match: { model: 'claude-sonnet-4-5' }, error: 'server' });
    for (let i = 0; i < 4; i++)
      await api('/v1/chat/completions', { model: 'anthropic/claude-sonnet-4-5', messages: [{ role: 'user', content: `fail ${i}` }] });
    const card = page.locator('[data-target="anthropic/claude-sonnet-4-5"]');
    await card.locator('[data-state="open"]').first().waitFor({ timeout: 8_000 });
    await card.getByRole('button', { name: 'Close breaker' }).first().waitFor();
    await page.getByText('Recent events').scrollIntoViewIfNeeded();
    await noSecrets();
    await shot('09-dashboard-breaker-open');
    f.fake.clearRules();
  });

  it('creates a gateway key (shown once) that works on the API and shows its spend', async () => {
    await go('Gateway keys');
    await shot('10-keys-empty');
    await page.getByRole('button', { name: 'Create key' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('ci-bot');
    await dialog.getByLabel('Allowed models').fill('openai/*');
    await dialog.getByLabel(/^Budget/).fill('5');
    await dialog.getByRole('button', { name: 'Create key' }).click();
    const secret = (await page.getByTestId('new-key-secret').textContent()) ?? '';
    expect(secret).toMatch(/^sk-sllm-/);
    await shot('11-key-created', false);
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).first().click();

    const ok = await api('/v1/chat/completions', { model: 'openai/gpt-4o', messages: [{ role: 'user', content: 'paid call' }] }, secret);
    expect(ok.status).toBe(200);
    const denied = await api(
      '/v1/chat/completions',
      { model: 'anthropic/claude-sonnet-4-5', messages: [{ role: 'user', content: 'x' }] },
      secret,
    );
    expect(denied.status).toBe(403);

    await page.reload();
    const row = page.locator('tr[data-gateway-key]').filter({ hasText: 'ci-bot' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/\$0\.0\d+/);
    expect(await page.content()).not.toContain(secret);
    await shot('12-keys');
  });

  it('lists the usage log with filters and opens a request with its attempts', async () => {
    await go('Logs');
    await page.getByTestId('usage-table').waitFor();
    await page.getByLabel('Status').selectOption('error');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByTestId('usage-table').getByText('anthropic/claude-sonnet-4-5').first().waitFor();
    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Key', { exact: true }).fill('admin-console');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByTestId('usage-table').getByText('deepseek/deepseek-reasoner').first().waitFor();
    await shot('13-logs');
    await page.getByTestId('usage-table').locator('tr.clickable').filter({ hasText: 'deepseek/deepseek-reasoner' }).first().click();
    const detail = page.getByRole('dialog');
    await detail.getByTestId('attempts').waitFor();
    await expect(detail.getByTestId('attempts').textContent()).resolves.toContain('rate_limit');
    await shot('14-log-detail', false);
    await detail.getByRole('button', { name: 'Close' }).first().click();
  });

  it('shows the effective config with secrets masked, in English and 简体中文, light and dark', async () => {
    await go('Settings');
    await page.getByTestId('effective-yaml').waitFor();
    const yaml = (await page.getByTestId('effective-yaml').textContent()) ?? '';
    expect(yaml).toContain('gpt-4.1-nano');
    expect(yaml).toContain('sk-fil…0001');
    await expect(page.getByTestId('overlay-changes').textContent()).resolves.toContain('openai/gpt-4.1-nano');
    await noSecrets();
    await shot('15-settings');

    await page.getByTestId('language-select').first().selectOption('zh-CN');
    await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();
    await page.getByRole('button', { name: '深色' }).click();
    await page.getByRole('navigation').getByRole('link', { name: '仪表盘' }).click();
    await page.getByRole('heading', { level: 1, name: '仪表盘' }).waitFor();
    await page.locator('[data-target="openai/gpt-4o"]').waitFor();
    await shot('16-dashboard-zh-dark');
    // Remembered across a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '仪表盘' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByRole('navigation').getByRole('link', { name: '服务商' }).click();
    await page.locator('[data-endpoint="oa"]').waitFor();
    await shot('17-providers-zh-dark');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('18-mobile-providers');
    await page.getByRole('button', { name: '菜单' }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(ARTIFACTS, '19-mobile-menu.png'), animations: 'disabled' });
  });
});
