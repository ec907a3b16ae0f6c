import { describe, expect, it } from 'vitest';
import type { ErrorKind } from '../../spec/error-kind.js';
import { classifyChineseMessage } from './chinese-error-patterns.js';
import { classifyErrorMessage } from './classify-error-message.js';
import { classifyEnglishMessage } from './english-error-patterns.js';

const CHINESE: [string, ErrorKind][] = [
  ['请求过于频繁，请稍后再试', 'rate_limit'],
  ['触发限流，请降低调用频率', 'rate_limit'],
  ['请求限频，请稍后重试', 'rate_limit'],
  ['您当前使用该API的并发数过高，请降低并发，或联系客服增加限额。', 'rate_limit'],
  ['账户余额不足', 'quota_exhausted'],
  ['您的账户已欠费，请充值后重试。', 'quota_exhausted'],
  ['免费额度已用完', 'quota_exhausted'],
  ['输入内容包含敏感信息', 'content_policy'],
  ['内容审核未通过', 'content_policy'],
  ['上下文过长，请减少输入', 'context_length'],
  ['输入长度超过模型上限', 'context_length'],
  ['请先完成实名认证', 'permission'],
  ['API Key 无效', 'auth'],
  ['模型不存在', 'not_found'],
  ['系统繁忙，请稍后再试', 'overloaded'],
];

describe('classifyChineseMessage', () => {
  it.each(CHINESE)('%s → %s', (message, kind) => {
    expect(classifyChineseMessage(message)).toBe(kind);
    expect(classifyErrorMessage(message)).toBe(kind);
  });

  it('ignores text without CJK characters and unknown Chinese text', () => {
    expect(classifyChineseMessage('rate limit')).toBeUndefined();
    expect(classifyChineseMessage('发生未知错误')).toBeUndefined();
  });
});

describe('classifyEnglishMessage', () => {
  it.each<[string, ErrorKind]>([
    ['Rate limit reached for requests', 'rate_limit'],
    ['request reached organization max concurrency: 50', 'rate_limit'],
    ['Details: TPM limit reached.', 'rate_limit'],
    ['Rate limit exceeded: free-models-per-day. Add 10 credits to unlock', 'rate_limit'],
    ['Your account is suspended due to insufficient balance', 'quota_exhausted'],
    ['You exceeded your current quota, please check your plan and billing details.', 'quota_exhausted'],
    ["This model's maximum context length is 8192 tokens", 'context_length'],
    ['Range of input length should be [1, 30720]', 'context_length'],
    ['Input data may contain inappropriate content.', 'content_policy'],
    ['The engine is currently overloaded', 'overloaded'],
    ['Incorrect API key provided', 'auth'],
    ['The model does not exist', 'not_found'],
  ])('%s → %s', (message, kind) => {
    expect(classifyEnglishMessage(message)).toBe(kind);
  });

  it('does not read "rpm" inside words', () => {
    expect(classifyEnglishMessage('bad argument: rpmx')).toBeUndefined();
  });
});

describe('classifyErrorMessage', () => {
  it('lets a strong Chinese signal beat a weak English one', () => {
    expect(classifyErrorMessage('API key 对应账户余额不足')).toBe('quota_exhausted');
  });

  it('returns undefined for nothing useful', () => {
    expect(classifyErrorMessage(undefined)).toBeUndefined();
    expect(classifyErrorMessage('something odd happened')).toBeUndefined();
  });
});
