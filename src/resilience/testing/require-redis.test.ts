import { afterEach, describe, expect, it, vi } from 'vitest';
import { redisAvailable, uniqueTestPrefix } from './require-redis.js';

const saved = process.env.CI;
afterEach(() => {
  if (saved === undefined) delete process.env.CI;
  else process.env.CI = saved;
  vi.restoreAllMocks();
});

describe('redisAvailable', () => {
  it('fails loudly on CI when Redis is unreachable', async () => {
    process.env.CI = 'true';
    await expect(redisAvailable('redis://127.0.0.1:1')).rejects.toThrow(/required on CI/);
  });

  it('skips with a visible notice locally', async () => {
    delete process.env.CI;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(redisAvailable('redis://127.0.0.1:1')).resolves.toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('SKIPPING Redis tests'));
  });

  it('gives unique prefixes', () => {
    expect(uniqueTestPrefix()).not.toBe(uniqueTestPrefix());
  });
});
