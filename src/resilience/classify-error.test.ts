import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { createLLMError } from '../errors/llm-error.js';
import { classifyError, headersToRecord } from './classify-error.js';

const NOW = Date.parse('2025-01-01T00:00:00Z');

describe('classifyError', () => {
  it('passes our LLMError through', () => {
    const c = classifyError(createLLMError({ kind: 'overloaded', message: 'busy', status: 529, retryAfterMs: 1500 }));
    expect(c).toMatchObject({ kind: 'overloaded', status: 529, retryAfterMs: 1500 });
  });

  it('reads a real openai SDK 429 with Retry-After from its Headers', () => {
    const err = OpenAI.APIError.generate(
      429,
      { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } },
      undefined,
      new Headers({ 'retry-after': '7' }),
    );
    expect(classifyError(err, NOW)).toMatchObject({ kind: 'rate_limit', status: 429, code: 'rate_limit_exceeded', retryAfterMs: 7000 });
  });

  it('tells insufficient_quota (dead key) from a rate limit', () => {
    const err = OpenAI.APIError.generate(
      429,
      { error: { message: 'You exceeded your current quota', type: 'insufficient_quota', code: 'insufficient_quota' } },
      undefined,
      new Headers(),
    );
    expect(classifyError(err).kind).toBe('quota_exhausted');
  });

  it('maps real Anthropic SDK errors: 529 overloaded, 401 auth', () => {
    const overloaded = Anthropic.APIError.generate(
      529,
      { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
      undefined,
      new Headers(),
    );
    expect(classifyError(overloaded).kind).toBe('overloaded');
    const auth = Anthropic.APIError.generate(
      401,
      { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } },
      undefined,
      new Headers(),
    );
    expect(classifyError(auth).kind).toBe('auth');
  });

  it('maps SDK connection / abort errors without a status', () => {
    expect(classifyError(new OpenAI.APIConnectionTimeoutError()).kind).toBe('timeout');
    expect(classifyError(new OpenAI.APIUserAbortError()).kind).toBe('aborted');
    expect(classifyError(new OpenAI.APIConnectionError({ message: 'Connection error.' })).kind).toBe('network');
  });

  it('handles plain objects with status and a plain-record headers', () => {
    const err = Object.assign(new Error('slow down'), { status: 429, headers: { 'Retry-After-Ms': '250' } });
    expect(classifyError(err)).toMatchObject({ kind: 'rate_limit', retryAfterMs: 250 });
    const dated = Object.assign(new Error('x'), { status: 429, headers: { 'retry-after': new Date(NOW + 3000).toUTCString() } });
    expect(classifyError(dated, NOW).retryAfterMs).toBe(3000);
  });

  it('maps statuses and markers', () => {
    const s = (status: number, message = 'x') => classifyError(Object.assign(new Error(message), { status })).kind;
    expect(s(400)).toBe('invalid_request');
    expect(s(400, "This model's maximum context length is 8192 tokens")).toBe('context_length');
    expect(s(403)).toBe('permission');
    expect(s(403, '余额不足')).toBe('quota_exhausted');
    expect(s(404)).toBe('not_found');
    expect(s(408)).toBe('timeout');
    expect(s(500)).toBe('server');
    expect(s(503)).toBe('overloaded');
    expect(s(504)).toBe('timeout');
  });

  it('maps DOMException aborts/timeouts and node network codes', () => {
    expect(classifyError(new DOMException('aborted', 'AbortError')).kind).toBe('aborted');
    expect(classifyError(new DOMException('timed out', 'TimeoutError')).kind).toBe('timeout');
    expect(classifyError(Object.assign(new Error('reset'), { code: 'ECONNRESET' })).kind).toBe('network');
    expect(classifyError(Object.assign(new Error('t'), { code: 'UND_ERR_HEADERS_TIMEOUT' })).kind).toBe('timeout');
    expect(classifyError(new TypeError('fetch failed', { cause: Object.assign(new Error('c'), { code: 'ECONNREFUSED' }) })).kind).toBe(
      'network',
    );
    expect(classifyError('weird').kind).toBe('server');
  });

  it('normalises any header container', () => {
    expect(headersToRecord(new Headers({ 'Retry-After': '1' }))).toEqual({ 'retry-after': '1' });
    expect(headersToRecord(new Map([['Retry-After', '2']]))).toEqual({ 'retry-after': '2' });
    expect(headersToRecord({ 'X-A': ['3', '4'], n: 5 })).toEqual({ 'x-a': '3', n: '5' });
    expect(headersToRecord(undefined)).toBeUndefined();
  });
});
