import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../spec/chat-request.js';
import { convertOpenAIMessages } from './convert-openai-messages.js';
import { findBodyError } from './find-body-error.js';
import { mapOpenAIFinishReason } from './map-openai-finish-reason.js';
import { matchesModelPattern } from './model-pattern.js';
import { parseOpenAIUsage } from './parse-openai-usage.js';
import { readMessageText } from './read-message-text.js';

describe('mapOpenAIFinishReason', () => {
  it('maps vendor reasons onto OpenAI finish reasons', () => {
    expect(
      [
        'stop',
        'length',
        'tool_calls',
        'content_filter',
        'sensitive',
        'network_error',
        'insufficient_system_resource',
        'eos',
        'MAX_TOKENS',
        'weird',
      ].map(mapOpenAIFinishReason),
    ).toEqual(['stop', 'length', 'tool_calls', 'content_filter', 'content_filter', 'error', 'error', 'stop', 'length', 'stop']);
    expect(mapOpenAIFinishReason(null)).toBeNull();
    expect(mapOpenAIFinishReason('')).toBeNull();
    expect(mapOpenAIFinishReason(3)).toBeNull();
  });
});

describe('parseOpenAIUsage', () => {
  it('fills totals, takes the largest cache figure, ignores junk', () => {
    expect(parseOpenAIUsage({ prompt_tokens: 10, completion_tokens: 5 })).toEqual({
      prompt_tokens: 10,
      completion_tokens: 5,
      total_tokens: 15,
    });
    expect(
      parseOpenAIUsage({
        prompt_tokens: 10,
        completion_tokens: 5,
        total_tokens: 15,
        prompt_tokens_details: { cached_tokens: 0 },
        prompt_cache_hit_tokens: 8,
      }),
    ).toEqual({ prompt_tokens: 10, completion_tokens: 5, total_tokens: 15, prompt_tokens_details: { cached_tokens: 8 } });
    expect(parseOpenAIUsage({ prompt_tokens: -1, completion_tokens: 'x' })).toBeUndefined();
    expect(parseOpenAIUsage(null)).toBeUndefined();
  });
});

describe('findBodyError', () => {
  it('finds errors in 200 bodies and leaves normal ones alone', () => {
    expect(findBodyError({ error: { message: 'x', code: 'c' } })?.code).toBe('c');
    expect(findBodyError({ error: 'Too many requests' })?.message).toBe('Too many requests');
    expect(findBodyError({ base_resp: { status_code: 1008, status_msg: 'no money' } })?.code).toBe('1008');
    expect(findBodyError({ code: 20012, message: 'Model does not exist', data: null })?.code).toBe('20012');
    expect(findBodyError({ choices: [], base_resp: { status_code: 0, status_msg: '' } })).toBeUndefined();
    expect(findBodyError({ choices: [], error: null })).toBeUndefined();
    expect(findBodyError({ code: 0, message: 'ok', choices: [] })).toBeUndefined();
    expect(findBodyError('text')).toBeUndefined();
  });
});

describe('convertOpenAIMessages', () => {
  it('passes untouched messages through without copying', () => {
    const messages: ChatMessage[] = [
      { role: 'user', content: [{ type: 'text', text: 'hi' }] },
      { role: 'assistant', content: 'yo' },
    ];
    const out = convertOpenAIMessages(messages, {});
    expect(out[0]).toBe(messages[0]);
    expect(out[1]).toBe(messages[1]);
  });

  it('strips null reasoning_content even when echoing', () => {
    const out = convertOpenAIMessages([{ role: 'assistant', content: 'a', reasoning_content: null }], { echoReasoningContent: true });
    expect(out[0]).toEqual({ role: 'assistant', content: 'a' });
  });
});

describe('matchesModelPattern', () => {
  it('tests quirk regexes case-insensitively and survives invalid ones', () => {
    expect(matchesModelPattern('^(o\\d|gpt-5(?!.*chat))', 'gpt-5.5')).toBe(true);
    expect(matchesModelPattern('^(o\\d|gpt-5(?!.*chat))', 'gpt-5.2-chat-latest')).toBe(false);
    expect(matchesModelPattern('^O\\d', 'o3')).toBe(true);
    expect(matchesModelPattern('([', 'anything')).toBe(false);
    expect(matchesModelPattern(undefined, 'x')).toBe(false);
  });
});

describe('readMessageText', () => {
  it('reads the vendor reasoning field first, then reasoning_details; refusal stands in for content', () => {
    expect(readMessageText({ content: 'a', reasoning: 'r1', reasoning_content: 'r2' }, ['reasoning', 'reasoning_content'])).toEqual({
      content: 'a',
      reasoning: 'r1',
    });
    expect(readMessageText({ content: 'a', reasoning_content: '', reasoning_details: [{ text: 'x' }, { text: 'y' }, 3] })).toEqual({
      content: 'a',
      reasoning: 'xy',
    });
    expect(readMessageText({ content: null, refusal: "I can't help with that." })).toEqual({
      content: "I can't help with that.",
      reasoning: '',
    });
    expect(readMessageText({ content: 5 })).toEqual({ content: '', reasoning: '' });
  });
});
