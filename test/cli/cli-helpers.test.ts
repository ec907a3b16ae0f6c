import { describe, expect, it } from 'vitest';
import { defaultAnalyzePrompt } from '../../src/cli/default-analyze-prompt.js';
import { formatCount, formatPrice } from '../../src/cli/format-count.js';
import { formatUsd } from '../../src/cli/format-reply-meta.js';
import { parseReplInput } from '../../src/cli/repl/parse-repl-input.js';
import { describeError } from '../../src/cli/report-error.js';
import { colorEnabled } from '../../src/cli/style.js';
import { ConfigError } from '../../src/errors/config-error.js';
import { createLLMError } from '../../src/errors/llm-error.js';

describe('cli helpers', () => {
  it('parseReplInput: exit words, commands, messages', () => {
    for (const w of ['exit', 'quit', 'bye', '/exit', ' EXIT ', '/quit']) expect(parseReplInput(w)).toEqual({ type: 'exit' });
    expect(parseReplInput('/model openai/gpt-4o')).toEqual({ type: 'command', name: 'model', arg: 'openai/gpt-4o' });
    expect(parseReplInput('/system  be brief ')).toEqual({ type: 'command', name: 'system', arg: 'be brief' });
    expect(parseReplInput('/usr/bin/env is a path')).toEqual({ type: 'message', text: '/usr/bin/env is a path' });
    expect(parseReplInput('   ')).toEqual({ type: 'empty' });
    expect(parseReplInput('exit the building')).toEqual({ type: 'message', text: 'exit the building' });
  });

  it('colorEnabled: TTY only, NO_COLOR and --no-color win, FORCE_COLOR for pipes', () => {
    const tty = { write: () => true, isTTY: true };
    const pipe = { write: () => true, isTTY: false };
    expect(colorEnabled(tty, {}, undefined)).toBe(true);
    expect(colorEnabled(pipe, {}, undefined)).toBe(false);
    expect(colorEnabled(tty, { NO_COLOR: '1' }, undefined)).toBe(false);
    expect(colorEnabled(tty, { NO_COLOR: '' }, undefined)).toBe(true);
    expect(colorEnabled(tty, {}, false)).toBe(false);
    expect(colorEnabled(pipe, { FORCE_COLOR: '1' }, undefined)).toBe(true);
    expect(colorEnabled(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }, undefined)).toBe(false);
    expect(colorEnabled(tty, { TERM: 'dumb' }, undefined)).toBe(false);
  });

  it('defaultAnalyzePrompt follows LC_ALL > LC_MESSAGES > LANG', () => {
    expect(defaultAnalyzePrompt({ LANG: 'zh_CN.UTF-8' })).toMatch(/图片/);
    expect(defaultAnalyzePrompt({ LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' })).toMatch(/Describe/);
    expect(defaultAnalyzePrompt({ LC_ALL: 'zh_TW.UTF-8' })).toMatch(/图片/);
    expect(defaultAnalyzePrompt({})).toMatch(/Describe/);
  });

  it('number formats', () => {
    expect(formatCount(1_050_000)).toBe('1.05M');
    expect(formatCount(200_000)).toBe('200K');
    expect(formatCount(8192)).toBe('8.2K');
    expect(formatCount(undefined)).toBe('-');
    expect(formatPrice(0.125)).toBe('$0.125');
    expect(formatPrice(2.5)).toBe('$2.5');
    expect(formatUsd(0.0000057)).toBe('$0.0000057');
    expect(formatUsd(0.0345)).toBe('$0.035');
    expect(formatUsd(0.099999)).toBe('$0.10');
    expect(formatUsd(12.345)).toBe('$12.35');
  });

  it('describeError: exit 2 for config and model-name mistakes, 1 for outages, one line', () => {
    expect(describeError(new ConfigError([{ path: 'server.port', message: 'too big' }]))).toMatchObject({
      exitCode: 2,
      message: 'config: server.port: too big',
    });
    expect(
      describeError(createLLMError({ kind: 'not_found', code: 'model_not_found', status: 404, message: 'unknown model "x"' })).exitCode,
    ).toBe(2);
    const outage = describeError(createLLMError({ kind: 'overloaded', status: 529, provider: 'anthropic', message: 'busy\nvery busy' }));
    expect(outage).toMatchObject({ exitCode: 1, message: 'anthropic overloaded 529: busy; very busy' });
  });
});
