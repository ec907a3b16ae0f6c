import { describe, expect, it } from 'vitest';
import { parseErrorBody } from './parse-error-body.js';

describe('parseErrorBody', () => {
  it('reads the OpenAI envelope; numeric HTTP-like codes become status', () => {
    expect(parseErrorBody({ error: { message: 'm', type: 't', code: 'c', param: null }, request_id: 'r' })).toEqual({
      envelope: 'error_object',
      code: 'c',
      type: 't',
      message: 'm',
      requestId: 'r',
      status: undefined,
    });
    const openrouter = parseErrorBody({ error: { code: 502, message: 'down', metadata: { provider_name: 'X' } } });
    expect(openrouter).toMatchObject({ status: 502, metadata: { provider_name: 'X' } });
    expect(openrouter.code).toBeUndefined();
  });

  it('unwraps Gemini arrays and reads the Google status string as type', () => {
    expect(parseErrorBody([{ error: { code: 429, status: 'RESOURCE_EXHAUSTED', message: 'x', details: [] } }])).toMatchObject({
      status: 429,
      type: 'RESOURCE_EXHAUSTED',
      details: [],
    });
  });

  it('reads MiniMax base_resp, SiliconFlow code/message, Baidu error_code, xAI flat, Mistral flat', () => {
    expect(parseErrorBody({ base_resp: { status_code: 1002, status_msg: 'rl' } })).toEqual({
      envelope: 'base_resp',
      code: '1002',
      message: 'rl',
      requestId: undefined,
    });
    expect(parseErrorBody({ code: 30001, message: 'no money', data: null })).toMatchObject({ envelope: 'code_message', code: '30001' });
    expect(parseErrorBody({ error_code: 18, error_msg: 'qps' })).toMatchObject({ envelope: 'error_code', code: '18', message: 'qps' });
    expect(parseErrorBody({ error: 'Too many requests' })).toMatchObject({ envelope: 'error_string', message: 'Too many requests' });
    expect(parseErrorBody({ code: 5, error: 'url.not_found', message: '没找到对象' })).toMatchObject({
      envelope: 'error_string',
      code: '5',
      type: 'url.not_found',
      message: '没找到对象',
    });
    expect(parseErrorBody({ object: 'error', message: 'm', type: 'rate_limit_error', code: null })).toMatchObject({
      envelope: 'flat',
      type: 'rate_limit_error',
    });
  });

  it('treats a success base_resp and empty bodies as no information', () => {
    expect(parseErrorBody({ base_resp: { status_code: 0, status_msg: '' } }).envelope).toBe('empty');
    expect(parseErrorBody(undefined, '  ')).toEqual({ envelope: 'empty' });
  });

  it('keeps (capped) raw text for non-JSON bodies and never trusts field types', () => {
    expect(parseErrorBody(undefined, 'x'.repeat(900)).message).toHaveLength(500);
    const odd = parseErrorBody({ error: { message: 42, type: {}, code: true } });
    expect(odd.envelope).toBe('error_object');
    expect([odd.message, odd.type, odd.code]).toEqual([undefined, undefined, undefined]);
  });
});
