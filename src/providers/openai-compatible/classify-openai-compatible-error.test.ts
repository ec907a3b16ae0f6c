import { describe, expect, it, vi } from 'vitest';
import type { BackendType } from '../../settings/backend-type.js';
import type { ErrorKind } from '../../spec/error-kind.js';
import { PRESETS } from '../presets.js';
import { classifyOpenAICompatibleError } from './classify-openai-compatible-error.js';

interface Case {
  name: string;
  provider: BackendType;
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  kind: ErrorKind;
  code?: string;
  retryAfterMs?: number;
}

const e = (error: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ error, ...extra });

/**
 * Bodies as documented or observed (shared/providers.md vendor sections); third-party-observed
 * shapes are marked so in their names.
 */
const CASES: Case[] = [
  // OpenAI
  {
    name: 'openai 429 rate_limit_exceeded (reset header)',
    provider: 'openai',
    status: 429,
    headers: { 'x-ratelimit-reset-requests': '120ms' },
    body: e({
      message: 'Rate limit reached for gpt-5.5 in organization org-abc on requests per min (RPM): Limit 500, Used 500, Requested 1.',
      type: 'requests',
      param: null,
      code: 'rate_limit_exceeded',
    }),
    kind: 'rate_limit',
    code: 'rate_limit_exceeded',
    retryAfterMs: 120,
  },
  {
    name: 'openai 429 insufficient_quota is a dead key',
    provider: 'openai',
    status: 429,
    body: e({
      message: 'You exceeded your current quota, please check your plan and billing details.',
      type: 'insufficient_quota',
      param: null,
      code: 'insufficient_quota',
    }),
    kind: 'quota_exhausted',
    code: 'insufficient_quota',
  },
  {
    name: 'openai 429 credit_balance_exhausted',
    provider: 'openai',
    status: 429,
    body: e({ message: 'Credit balance exhausted', type: 'insufficient_quota', code: 'credit_balance_exhausted' }),
    kind: 'quota_exhausted',
    code: 'credit_balance_exhausted',
  },
  {
    name: 'openai 503 overloaded',
    provider: 'openai',
    status: 503,
    body: e({ message: 'The server is overloaded or not ready yet.', type: 'server_error', code: 'server_is_overloaded' }),
    kind: 'overloaded',
    code: 'server_is_overloaded',
  },
  {
    name: 'openai 503 slow_down',
    provider: 'openai',
    status: 503,
    body: e({ message: 'Please reduce your rate of requests.', type: 'server_error', code: 'slow_down' }),
    kind: 'overloaded',
    code: 'slow_down',
  },
  {
    name: 'openai 401 invalid_api_key',
    provider: 'openai',
    status: 401,
    body: e({
      message: 'Incorrect API key provided: sk-proj-abcdefghijklmnopqrst.',
      type: 'invalid_request_error',
      param: null,
      code: 'invalid_api_key',
    }),
    kind: 'auth',
    code: 'invalid_api_key',
  },
  {
    name: 'openai 400 context_length_exceeded',
    provider: 'openai',
    status: 400,
    body: e({
      message: "This model's maximum context length is 128000 tokens. However, your messages resulted in 130000 tokens.",
      type: 'invalid_request_error',
      param: 'messages',
      code: 'context_length_exceeded',
    }),
    kind: 'context_length',
    code: 'context_length_exceeded',
  },
  {
    name: 'openai 404 model_not_found',
    provider: 'openai',
    status: 404,
    body: e({
      message: 'The model `gpt-9` does not exist or you do not have access to it.',
      type: 'invalid_request_error',
      code: 'model_not_found',
    }),
    kind: 'not_found',
    code: 'model_not_found',
  },
  {
    name: 'openai 403 unsupported region',
    provider: 'openai',
    status: 403,
    body: e({
      message: 'Country, region, or territory not supported',
      type: 'request_forbidden',
      code: 'unsupported_country_region_territory',
    }),
    kind: 'permission',
    code: 'unsupported_country_region_territory',
  },
  // Azure OpenAI
  {
    name: 'azure 400 content_filter prompt block',
    provider: 'azure_openai',
    status: 400,
    body: e({
      message: "The response was filtered due to the prompt triggering Azure OpenAI's content management policy.",
      param: 'prompt',
      code: 'content_filter',
      status: 400,
      innererror: { code: 'ResponsibleAIPolicyViolation', content_filter_result: {} },
    }),
    kind: 'content_policy',
    code: 'content_filter',
  },
  {
    name: 'azure 429 retry-after-ms',
    provider: 'azure_openai',
    status: 429,
    headers: { 'retry-after-ms': '1500', 'retry-after': '2' },
    body: e({
      code: '429',
      message: 'Requests to the ChatCompletions_Create Operation have exceeded token rate limit of your current pricing tier.',
    }),
    kind: 'rate_limit',
    retryAfterMs: 1500,
  },
  // DeepSeek
  {
    name: 'deepseek 402 Insufficient Balance (third-party body)',
    provider: 'deepseek',
    status: 402,
    body: e({ message: 'Insufficient Balance', type: 'unknown_error', param: null, code: 'invalid_request_error' }),
    kind: 'quota_exhausted',
    code: 'invalid_request_error',
  },
  {
    name: 'deepseek 503 busy',
    provider: 'deepseek',
    status: 503,
    body: e({ message: 'Server is busy', type: 'server_error' }),
    kind: 'overloaded',
  },
  {
    name: 'deepseek 422 invalid parameters',
    provider: 'deepseek',
    status: 422,
    body: e({ message: 'Failed to deserialize the JSON body into the target type: temperature', type: 'invalid_request_error' }),
    kind: 'invalid_request',
  },
  {
    name: 'deepseek 429',
    provider: 'deepseek',
    status: 429,
    body: e({ message: 'Rate Limit Reached', type: 'rate_limit_reached' }),
    kind: 'rate_limit',
  },
  // DashScope (Qwen)
  {
    name: 'dashscope 429 limit_requests',
    provider: 'qwen',
    status: 429,
    body: e(
      { message: 'You have exceeded your current request limit.', type: 'limit_requests', param: null, code: 'limit_requests' },
      { id: 'chatcmpl-1', request_id: 'r-1' },
    ),
    kind: 'rate_limit',
    code: 'limit_requests',
  },
  {
    name: 'dashscope 429 Throttling.RateQuota (native)',
    provider: 'qwen',
    status: 429,
    body: { code: 'Throttling.RateQuota', message: 'Requests rate limit exceeded, please try again later.', request_id: 'r-2' },
    kind: 'rate_limit',
    code: 'Throttling.RateQuota',
  },
  {
    name: 'dashscope 429 Throttling.AllocationQuota free quota',
    provider: 'qwen',
    status: 429,
    body: { code: 'Throttling.AllocationQuota', message: 'Free allocated quota exceeded.', request_id: 'r-3' },
    kind: 'quota_exhausted',
    code: 'Throttling.AllocationQuota',
  },
  {
    name: 'dashscope 400 Arrearage',
    provider: 'qwen',
    status: 400,
    body: e(
      { code: 'Arrearage', message: 'Access denied, please make sure your account is in good standing.', type: 'Arrearage', param: null },
      { request_id: 'r-4' },
    ),
    kind: 'quota_exhausted',
    code: 'Arrearage',
  },
  {
    name: 'dashscope 400 data_inspection_failed',
    provider: 'qwen',
    status: 400,
    body: e({
      code: 'data_inspection_failed',
      message: 'Input data may contain inappropriate content.',
      type: 'data_inspection_failed',
      param: null,
    }),
    kind: 'content_policy',
    code: 'data_inspection_failed',
  },
  {
    name: 'dashscope 400 InvalidParameter input length',
    provider: 'qwen',
    status: 400,
    body: e({ code: 'InvalidParameter', message: 'Range of input length should be [1, 129024]', type: 'InvalidParameter', param: null }),
    kind: 'context_length',
    code: 'InvalidParameter',
  },
  {
    name: 'dashscope 400 InvalidParameter other',
    provider: 'qwen',
    status: 400,
    body: e({
      code: 'InvalidParameter',
      message: 'parameter.enable_thinking must be set to false for non-streaming calls',
      type: 'InvalidParameter',
    }),
    kind: 'invalid_request',
    code: 'InvalidParameter',
  },
  {
    name: 'dashscope 401 InvalidApiKey (native, unverified)',
    provider: 'qwen',
    status: 401,
    body: { code: 'InvalidApiKey', message: 'Invalid API-key provided.', request_id: 'r-5' },
    kind: 'auth',
    code: 'InvalidApiKey',
  },
  // Moonshot
  {
    name: 'moonshot 429 rate_limit_reached_error',
    provider: 'moonshot',
    status: 429,
    body: e({
      message: 'Your account org-1<ak-1> request reached organization max concurrency: 50, please try again after 1 seconds',
      type: 'rate_limit_reached_error',
    }),
    kind: 'rate_limit',
    code: 'rate_limit_reached_error',
  },
  {
    name: 'moonshot 429 exceeded_current_quota_error',
    provider: 'moonshot',
    status: 429,
    body: e({
      message:
        'Your account org-1<ak-1> is suspended due to insufficient balance, please recharge your account or check your plan and billing details',
      type: 'exceeded_current_quota_error',
    }),
    kind: 'quota_exhausted',
    code: 'exceeded_current_quota_error',
  },
  {
    name: 'moonshot 429 engine_overloaded_error',
    provider: 'moonshot',
    status: 429,
    body: e({ message: 'The engine is currently overloaded, please try again later', type: 'engine_overloaded_error' }),
    kind: 'overloaded',
    code: 'engine_overloaded_error',
  },
  {
    name: 'moonshot 400 content_filter',
    provider: 'moonshot',
    status: 400,
    body: e({ message: 'The request was rejected because it was considered high risk', type: 'content_filter' }),
    kind: 'content_policy',
    code: 'content_filter',
  },
  {
    name: 'moonshot 400 token limit',
    provider: 'moonshot',
    status: 400,
    body: e({
      message: 'Invalid request: Your request exceeded model token limit: 262144 (requested: 269030)',
      type: 'invalid_request_error',
    }),
    kind: 'context_length',
    code: 'invalid_request_error',
  },
  {
    name: 'moonshot 401 invalid_authentication_error',
    provider: 'moonshot',
    status: 401,
    body: e({ message: 'Invalid Authentication', type: 'invalid_authentication_error' }),
    kind: 'auth',
  },
  {
    name: 'moonshot 404 resource_not_found_error',
    provider: 'moonshot',
    status: 404,
    body: e({ message: 'Not found the model kimi-k1 or Permission denied', type: 'resource_not_found_error' }),
    kind: 'not_found',
  },
  // Zhipu
  {
    name: 'zhipu 429 1302 (Chinese)',
    provider: 'zhipuai',
    status: 429,
    body: e({ code: '1302', message: '您当前使用该API的并发数过高，请降低并发，或联系客服增加限额。' }),
    kind: 'rate_limit',
    code: '1302',
  },
  {
    name: 'zhipu 429 1302 (English)',
    provider: 'zhipuai',
    status: 429,
    body: e({ code: '1302', message: 'Rate limit reached for requests' }, { request_id: '2026041314372115099c8b3a024339' }),
    kind: 'rate_limit',
    code: '1302',
  },
  {
    name: 'zhipu 429 1113 arrears',
    provider: 'zhipuai',
    status: 429,
    body: e({ code: '1113', message: '您的账户已欠费，请充值后重试。' }),
    kind: 'quota_exhausted',
    code: '1113',
  },
  {
    name: 'zhipu 429 1305 overloaded',
    provider: 'zhipuai',
    status: 429,
    body: e({ code: '1305', message: '当前API请求过多，请稍后重试。' }),
    kind: 'overloaded',
    code: '1305',
  },
  {
    name: 'zhipu 400 1261 prompt too long',
    provider: 'zhipuai',
    status: 400,
    body: e({ code: '1261', message: 'Prompt 超长' }),
    kind: 'context_length',
    code: '1261',
  },
  {
    name: 'zhipu 400 1301 unsafe',
    provider: 'zhipuai',
    status: 400,
    body: e({ code: '1301', message: '系统检测到输入或生成内容可能包含不安全或敏感内容。' }),
    kind: 'content_policy',
    code: '1301',
  },
  {
    name: 'zhipu 401 1001 auth',
    provider: 'zhipuai',
    status: 401,
    body: e({ code: '1001', message: 'Header中未收到Authorization参数，无法进行身份验证。' }),
    kind: 'auth',
    code: '1001',
  },
  {
    name: 'zhipu 400 1211 unknown model',
    provider: 'zhipuai',
    status: 400,
    body: e({ code: '1211', message: '模型不存在，请检查模型代码。' }),
    kind: 'not_found',
    code: '1211',
  },
  {
    name: 'zhipu 400 1214 parameter',
    provider: 'zhipuai',
    status: 400,
    body: e({ code: '1214', message: 'messages 参数非法。' }),
    kind: 'invalid_request',
    code: '1214',
  },
  // MiniMax base_resp (inside HTTP 200, and with a real status)
  {
    name: 'minimax 1002 rate limit in 200',
    provider: 'minimax',
    status: 200,
    body: { base_resp: { status_code: 1002, status_msg: 'rate limit exceeded(RPM)' } },
    kind: 'rate_limit',
    code: '1002',
  },
  {
    name: 'minimax 1039 TPM (third-party)',
    provider: 'minimax',
    status: 200,
    body: { base_resp: { status_code: 1039, status_msg: 'token limit' } },
    kind: 'rate_limit',
    code: '1039',
  },
  {
    name: 'minimax 1004 auth',
    provider: 'minimax',
    status: 401,
    body: { base_resp: { status_code: 1004, status_msg: "login fail: Please carry the API secret key in the 'Authorization' field" } },
    kind: 'auth',
    code: '1004',
  },
  {
    name: 'minimax 2049 invalid key (third-party)',
    provider: 'minimax',
    status: 200,
    body: { base_resp: { status_code: 2049, status_msg: 'invalid api key' } },
    kind: 'auth',
    code: '2049',
  },
  {
    name: 'minimax 1008 balance',
    provider: 'minimax',
    status: 200,
    body: { base_resp: { status_code: 1008, status_msg: '余额不足' } },
    kind: 'quota_exhausted',
    code: '1008',
  },
  {
    name: 'minimax 1026 input sensitive',
    provider: 'minimax',
    status: 200,
    body: { base_resp: { status_code: 1026, status_msg: 'input new_sensitive' } },
    kind: 'content_policy',
    code: '1026',
  },
  {
    name: 'minimax 1027 output sensitive',
    provider: 'minimax',
    status: 200,
    body: { base_resp: { status_code: 1027, status_msg: 'output new_sensitive' } },
    kind: 'content_policy',
    code: '1027',
  },
  {
    name: 'minimax 1001 timeout',
    provider: 'minimax',
    status: 200,
    body: { base_resp: { status_code: 1001, status_msg: 'request timeout' } },
    kind: 'timeout',
    code: '1001',
  },
  {
    name: 'minimax 1033 system error on 500',
    provider: 'minimax',
    status: 500,
    body: { base_resp: { status_code: 1033, status_msg: 'system error' } },
    kind: 'server',
    code: '1033',
  },
  {
    name: 'minimax 1024 internal',
    provider: 'minimax',
    status: 200,
    body: { base_resp: { status_code: 1024, status_msg: 'internal error' } },
    kind: 'server',
    code: '1024',
  },
  // Baidu Qianfan v2 (Ernie)
  {
    name: 'ernie 429 rpm',
    provider: 'ernie',
    status: 429,
    body: e({ code: 'rpm_rate_limit_exceeded', message: 'Rate limit reached for RPM', type: 'rate_limit_exceeded' }, { id: 'as-1' }),
    kind: 'rate_limit',
    code: 'rpm_rate_limit_exceeded',
  },
  {
    name: 'ernie 429 tpm',
    provider: 'ernie',
    status: 429,
    body: e({ code: 'tpm_rate_limit_exceeded', message: 'Rate limit reached for TPM', type: 'rate_limit_exceeded' }),
    kind: 'rate_limit',
    code: 'tpm_rate_limit_exceeded',
  },
  {
    name: 'ernie 429 cluster code under rate type',
    provider: 'ernie',
    status: 429,
    body: e({ code: 'cluster_rpm_rate_limit', message: 'cluster busy', type: 'rate_limit_exceeded' }),
    kind: 'rate_limit',
  },
  {
    name: 'ernie 400 tokens_too_long',
    provider: 'ernie',
    status: 400,
    body: e({ code: 'tokens_too_long', message: 'Prompt tokens too long', type: 'invalid_request_error' }),
    kind: 'context_length',
    code: 'tokens_too_long',
  },
  {
    name: 'ernie 400 characters_too_long',
    provider: 'ernie',
    status: 400,
    body: e({ code: 'characters_too_long', message: 'the max input characters is 20000', type: 'invalid_request_error' }),
    kind: 'context_length',
  },
  {
    name: 'ernie 403 system_unsafe',
    provider: 'ernie',
    status: 403,
    body: e({ code: 'system_unsafe', message: 'system unsafe', type: 'invalid_request_error' }),
    kind: 'content_policy',
  },
  {
    name: 'ernie 400 unsafe_request image',
    provider: 'ernie',
    status: 400,
    body: e({ code: 'image_url_unsafe', message: 'image unsafe', type: 'unsafe_request' }),
    kind: 'content_policy',
  },
  {
    name: 'ernie 401 invalid_iam_token',
    provider: 'ernie',
    status: 401,
    body: e({ code: 'invalid_iam_token', message: 'IAM Certification failed', type: 'invalid_request_error' }),
    kind: 'auth',
  },
  {
    name: 'ernie v1 error_code 18 qps in 200',
    provider: 'ernie',
    status: 200,
    body: { error_code: 18, error_msg: 'Open api qps request limit reached' },
    kind: 'rate_limit',
    code: '18',
  },
  {
    name: 'ernie v1 error_code 17 daily',
    provider: 'ernie',
    status: 200,
    body: { error_code: 17, error_msg: 'Open api daily request limit reached' },
    kind: 'quota_exhausted',
    code: '17',
  },
  // Hunyuan (third-party logs)
  {
    name: 'hunyuan 400 code 2003 rate limit',
    provider: 'hunyuan',
    status: 400,
    body: e({ message: '请求限频，请稍后重试', type: 'runtime_error', code: '2003' }),
    kind: 'rate_limit',
    code: '2003',
  },
  {
    name: 'hunyuan 500 code 20057',
    provider: 'hunyuan',
    status: 500,
    body: e({ message: 'model engine error', type: 'runtime_error', code: '20057' }),
    kind: 'server',
    code: '20057',
  },
  // Volcengine Ark (Doubao)
  {
    name: 'ark 429 endpoint RPM',
    provider: 'doubao',
    status: 429,
    body: e({
      code: 'RateLimitExceeded.EndpointRPMExceeded',
      message: 'The request failed because you have exceeded the RPM limit of the endpoint. Request ID: 0217',
      param: '',
      type: 'TooManyRequests',
    }),
    kind: 'rate_limit',
    code: 'RateLimitExceeded.EndpointRPMExceeded',
  },
  {
    name: 'ark 429 account TPM',
    provider: 'doubao',
    status: 429,
    body: e({ code: 'ModelAccountTpmRateLimitExceeded', message: 'TPM limit exceeded', type: 'TooManyRequests' }),
    kind: 'rate_limit',
  },
  {
    name: 'ark 429 burst',
    provider: 'doubao',
    status: 429,
    body: e({ code: 'RequestBurstTooFast', message: 'burst too fast', type: 'TooManyRequests' }),
    kind: 'rate_limit',
  },
  {
    name: 'ark 429 ServerOverloaded',
    provider: 'doubao',
    status: 429,
    body: e({
      code: 'ServerOverloaded',
      message: 'The service is currently unable to handle additional requests due to server overload.',
      type: 'TooManyRequests',
    }),
    kind: 'overloaded',
    code: 'ServerOverloaded',
  },
  {
    name: 'ark 429 QuotaExceeded',
    provider: 'doubao',
    status: 429,
    body: e({ code: 'QuotaExceeded', message: 'The free trial quota of your account has been used up.', type: 'TooManyRequests' }),
    kind: 'quota_exhausted',
  },
  {
    name: 'ark 403 AccountOverdueError',
    provider: 'doubao',
    status: 403,
    body: e({ code: 'AccountOverdueError', message: 'The request failed because your account has an overdue balance.', type: 'Forbidden' }),
    kind: 'quota_exhausted',
    code: 'AccountOverdueError',
  },
  {
    name: 'ark 400 InputTextRiskDetection',
    provider: 'doubao',
    status: 400,
    body: e({
      code: 'InputTextRiskDetection',
      message: 'The request failed because the input text may contain sensitive information.',
      type: 'BadRequest',
    }),
    kind: 'content_policy',
  },
  {
    name: 'ark 400 SensitiveContentDetected',
    provider: 'doubao',
    status: 400,
    body: e({ code: 'SensitiveContentDetected.SevereViolation', message: 'sensitive', type: 'BadRequest' }),
    kind: 'content_policy',
  },
  {
    name: 'ark 404 InvalidEndpointOrModel.NotFound',
    provider: 'doubao',
    status: 404,
    body: e({
      code: 'InvalidEndpointOrModel.NotFound',
      message: 'The model or endpoint doubao-x does not exist or you do not have access to it.',
      type: 'NotFound',
    }),
    kind: 'not_found',
  },
  {
    name: 'ark 404 ModelNotOpen',
    provider: 'doubao',
    status: 404,
    body: e({ code: 'ModelNotOpen', message: 'Your account has not activated the model service.', type: 'NotFound' }),
    kind: 'not_found',
  },
  {
    name: 'ark 401 AuthenticationError',
    provider: 'doubao',
    status: 401,
    body: e({ code: 'AuthenticationError', message: 'The API key in the request is missing or invalid.', type: 'Unauthorized' }),
    kind: 'auth',
  },
  // SiliconFlow
  {
    name: 'siliconflow 402 30001 (third-party)',
    provider: 'siliconflow',
    status: 402,
    body: { code: 30001, message: 'Sorry, your account balance is insufficient', data: null },
    kind: 'quota_exhausted',
    code: '30001',
  },
  {
    name: 'siliconflow 403 30001 (third-party)',
    provider: 'siliconflow',
    status: 403,
    body: { code: 30001, message: 'Sorry, your account balance is insufficient', data: null },
    kind: 'quota_exhausted',
    code: '30001',
  },
  {
    name: 'siliconflow 400 20012 model',
    provider: 'siliconflow',
    status: 400,
    body: { code: 20012, message: 'Model does not exist. Please check it carefully.', data: null },
    kind: 'not_found',
    code: '20012',
  },
  {
    name: 'siliconflow 429 message names the limit',
    provider: 'siliconflow',
    status: 429,
    body: { message: 'Request was rejected due to rate limiting. Details: TPM limit reached.', data: null },
    kind: 'rate_limit',
  },
  { name: 'siliconflow 401 text', provider: 'siliconflow', status: 401, body: '"Api key is invalid"', kind: 'auth' },
  { name: 'siliconflow 504 high load', provider: 'siliconflow', status: 504, body: '', kind: 'overloaded' },
  // OpenRouter
  {
    name: 'openrouter 402 credits',
    provider: 'openrouter',
    status: 402,
    body: e({ code: 402, message: 'This request requires more credits, or fewer max_tokens.' }),
    kind: 'quota_exhausted',
  },
  {
    name: 'openrouter 402 in-flight budget with Retry-After',
    provider: 'openrouter',
    status: 402,
    headers: { 'retry-after': '2' },
    body: e({ code: 402, message: 'In-flight budget exceeded', metadata: { limit_source: 'openrouter_in_flight_budget' } }),
    kind: 'rate_limit',
    retryAfterMs: 2000,
  },
  {
    name: 'openrouter 429 free-models-per-day',
    provider: 'openrouter',
    status: 429,
    body: e({
      code: 429,
      message: 'Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day',
      metadata: { headers: { 'X-RateLimit-Limit': '50' } },
    }),
    kind: 'rate_limit',
  },
  {
    name: 'openrouter 403 moderation',
    provider: 'openrouter',
    status: 403,
    body: e({
      code: 403,
      message: 'deepseek/deepseek-v4-flash requires moderation on OpenAI. Your input was flagged for "violence".',
      metadata: { reasons: ['violence'], flagged_input: '...' },
    }),
    kind: 'content_policy',
  },
  {
    name: 'openrouter 502 provider down',
    provider: 'openrouter',
    status: 502,
    body: e({ code: 502, message: 'Provider returned error', metadata: { provider_name: 'DeepInfra' } }),
    kind: 'overloaded',
  },
  {
    name: 'openrouter 503 no provider',
    provider: 'openrouter',
    status: 503,
    body: e({ code: 503, message: 'No endpoints found matching your data policy' }),
    kind: 'overloaded',
  },
  // Groq
  {
    name: 'groq 498 capacity_exceeded',
    provider: 'groq',
    status: 498,
    body: e({ message: 'Flex tier capacity exceeded. Please try again later.', type: 'invalid_request_error', code: 'capacity_exceeded' }),
    kind: 'overloaded',
    code: 'capacity_exceeded',
  },
  {
    name: 'groq 429 TPM with retry-after',
    provider: 'groq',
    status: 429,
    headers: { 'retry-after': '5' },
    body: e({
      message:
        'Rate limit reached for model `llama-3.3-70b-versatile` on tokens per minute (TPM): Limit 12000, Used 11000, Requested 2000.',
      type: 'tokens',
      code: 'rate_limit_exceeded',
    }),
    kind: 'rate_limit',
    retryAfterMs: 5000,
  },
  {
    name: 'groq 413 request larger than the TPM window',
    provider: 'groq',
    status: 413,
    body: e({
      message:
        'Request too large for model `llama-3.1-8b-instant` on tokens per minute (TPM): Limit 6000, Requested 9000, please reduce your message size and try again.',
      type: 'tokens',
      code: 'rate_limit_exceeded',
    }),
    kind: 'context_length',
  },
  {
    name: 'groq 413 body too large',
    provider: 'groq',
    status: 413,
    body: e({ message: 'Request Entity Too Large', type: 'invalid_request_error' }),
    kind: 'invalid_request',
  },
  // Mistral
  {
    name: 'mistral 429 rate_limit_error',
    provider: 'mistral',
    status: 429,
    body: { object: 'error', message: 'Requests rate limit exceeded', type: 'rate_limit_error', param: null, code: null },
    kind: 'rate_limit',
    code: 'rate_limit_error',
  },
  { name: 'mistral 401', provider: 'mistral', status: 401, body: { message: 'Unauthorized', request_id: 'm-1' }, kind: 'auth' },
  {
    name: 'mistral 400 context',
    provider: 'mistral',
    status: 400,
    body: {
      object: 'error',
      message: 'Prompt contains 40000 tokens, too large for model with 32768 maximum context length',
      type: 'invalid_request_error',
      param: null,
      code: null,
    },
    kind: 'context_length',
  },
  {
    name: 'mistral 402',
    provider: 'mistral',
    status: 402,
    body: { object: 'error', message: 'Payment required', type: 'invalid_request_error' },
    kind: 'quota_exhausted',
  },
  // xAI flat bodies (third-party fixtures)
  { name: 'xai 429 flat', provider: 'xai', status: 429, body: { error: 'Too many requests' }, kind: 'rate_limit' },
  {
    name: 'xai 400 prompt length',
    provider: 'xai',
    status: 400,
    body: {
      code: 'Client specified an invalid argument',
      error: "This model's maximum prompt length is 131072 but the request contains 200000 tokens.",
    },
    kind: 'context_length',
    code: 'Client specified an invalid argument',
  },
  {
    name: 'xai 403 credits',
    provider: 'xai',
    status: 403,
    body: {
      code: 'The caller does not have permission to execute the specified operation',
      error: 'Your team has either used all available credits or reached its monthly spending limit.',
    },
    kind: 'quota_exhausted',
  },
  // StepFun
  {
    name: 'stepfun 451 moderation',
    provider: 'stepfun',
    status: 451,
    body: e({ message: 'content moderation failed', type: 'content_moderation' }),
    kind: 'content_policy',
  },
  {
    name: 'stepfun 402 balance',
    provider: 'stepfun',
    status: 402,
    body: e({ message: 'insufficient balance', type: 'insufficient_balance' }),
    kind: 'quota_exhausted',
  },
  {
    name: 'stepfun 401 invalid_api_key',
    provider: 'stepfun',
    status: 401,
    body: e({ message: 'Incorrect API key provided', type: 'invalid_api_key' }),
    kind: 'auth',
    code: 'invalid_api_key',
  },
  // Local servers
  {
    name: 'llama.cpp exceed_context_size_error',
    provider: 'local',
    status: 400,
    body: e({
      code: 400,
      message: 'request (9000 tokens) exceeds the available context size (8192 tokens), try increasing it',
      type: 'exceed_context_size_error',
      n_prompt_tokens: 9000,
      n_ctx: 8192,
    }),
    kind: 'context_length',
    code: 'exceed_context_size_error',
  },
  {
    name: 'llama.cpp 503 loading',
    provider: 'local',
    status: 503,
    body: e({ code: 503, message: 'Loading model', type: 'unavailable_error' }),
    kind: 'overloaded',
  },
  // Gemini OpenAI-compatible layer
  {
    name: 'gemini compat 429 with RetryInfo',
    provider: 'openai',
    status: 429,
    body: [
      e({
        code: 429,
        message: 'Resource has been exhausted (e.g. check quota).',
        status: 'RESOURCE_EXHAUSTED',
        details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '31s' }],
      }),
    ],
    kind: 'rate_limit',
    code: 'RESOURCE_EXHAUSTED',
    retryAfterMs: 31_000,
  },
  // Chinese fallbacks and bare statuses
  {
    name: 'chinese 余额不足 on 400',
    provider: 'baichuan',
    status: 400,
    body: e({ message: '您的账户余额不足，请充值后再试' }),
    kind: 'quota_exhausted',
  },
  {
    name: 'chinese 请求过于频繁 on 400 via unknown proxy',
    provider: 'yi',
    status: 400,
    body: e({ message: '请求过于频繁，请稍后再试' }),
    kind: 'rate_limit',
  },
  {
    name: 'chinese 限频 for a non-hunyuan backend',
    provider: 'local',
    status: 400,
    body: e({ message: '请求限频，请稍后重试', code: '2003' }),
    kind: 'rate_limit',
  },
  { name: 'chinese 上下文过长', provider: 'yi', status: 400, body: e({ message: '上下文过长，请缩短输入' }), kind: 'context_length' },
  { name: 'chinese 敏感', provider: 'baichuan', status: 400, body: e({ message: '输入内容包含敏感词' }), kind: 'content_policy' },
  { name: 'chinese 系统繁忙 on 500', provider: 'yi', status: 500, body: e({ message: '系统繁忙，请稍后再试' }), kind: 'overloaded' },
  { name: 'html 502', provider: 'openai', status: 502, body: '<html><body>502 Bad Gateway</body></html>', kind: 'server' },
  { name: 'empty 504', provider: 'openai', status: 504, body: '', kind: 'timeout' },
  { name: 'empty 408', provider: 'openai', status: 408, body: '', kind: 'timeout' },
  { name: 'empty 401', provider: 'openai', status: 401, body: '', kind: 'auth' },
  { name: 'empty 403', provider: 'openai', status: 403, body: '', kind: 'permission' },
  { name: 'empty 404', provider: 'openai', status: 404, body: '', kind: 'not_found' },
  { name: 'empty 413', provider: 'openai', status: 413, body: '', kind: 'invalid_request' },
  {
    name: 'empty 429 retry-after',
    provider: 'openai',
    status: 429,
    headers: { 'retry-after': '7' },
    body: '',
    kind: 'rate_limit',
    retryAfterMs: 7000,
  },
  { name: 'empty 500', provider: 'openai', status: 500, body: '', kind: 'server' },
  { name: 'empty 503', provider: 'openai', status: 503, body: '', kind: 'overloaded' },
  { name: 'empty 529', provider: 'openai', status: 529, body: '', kind: 'overloaded' },
  { name: '404 text is not trusted over 429', provider: 'openai', status: 429, body: 'page not found', kind: 'rate_limit' },
];

const text = (body: unknown) => (typeof body === 'string' ? body : JSON.stringify(body));

function classify(c: Case) {
  return classifyOpenAICompatibleError(
    { status: c.status, headers: c.headers ?? {}, bodyText: text(c.body) },
    { provider: c.provider, quirks: PRESETS[c.provider].quirks },
  );
}

describe('classifyOpenAICompatibleError', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const err = classify(c);
    expect(err.kind).toBe(c.kind);
    expect(err.provider).toBe(c.provider);
    if (c.code !== undefined) expect(err.code).toBe(c.code);
    if (c.retryAfterMs !== undefined) expect(err.retryAfterMs).toBe(c.retryAfterMs);
    if (c.status >= 400) expect(err.status).toBe(c.status);
    else expect(err.status).toBeGreaterThanOrEqual(400); // synthesised for errors inside a 200
  });

  it('retryable follows the kind: rate limits yes, dead keys and quota no', () => {
    const byName = (n: string) => classify(CASES.find((c) => c.name === n) as Case);
    expect(byName('openai 429 rate_limit_exceeded (reset header)').retryable).toBe(true);
    expect(byName('openai 429 insufficient_quota is a dead key').retryable).toBe(false);
    expect(byName('ark 429 QuotaExceeded').retryable).toBe(false);
    expect(byName('moonshot 429 engine_overloaded_error').retryable).toBe(true);
    expect(byName('openai 401 invalid_api_key').retryable).toBe(false);
  });

  it('Zhipu 1308 usage cap: quota_exhausted with the reset time (UTC+8) as retryAfterMs', () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(Date.UTC(2026, 4, 1, 3, 0, 0)); // 11:00 in Beijing
      const body = JSON.stringify(e({ code: '1308', message: '已达到 5 小时的使用上限。您的限额将在 2026-05-01 12:00:00 重置。' }));
      const err = classifyOpenAICompatibleError(
        { status: 429, headers: {}, bodyText: body },
        { provider: 'zhipuai', quirks: PRESETS.zhipuai.quirks },
      );
      expect(err.kind).toBe('quota_exhausted');
      expect(err.code).toBe('1308');
      expect(err.retryable).toBe(false);
      expect(err.retryAfterMs).toBe(3_600_000);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ignores rate-window reset headers on quota errors', () => {
    const err = classifyOpenAICompatibleError(
      { status: 429, headers: { 'x-ratelimit-reset-requests': '1s' }, bodyText: text(CASES[1].body) },
      { provider: 'openai', quirks: {} },
    );
    expect(err.kind).toBe('quota_exhausted');
    expect(err.retryAfterMs).toBeUndefined();
  });

  it('picks request ids from the body, then headers', () => {
    const fromBody = classify(CASES.find((c) => c.name === 'zhipu 429 1302 (English)') as Case);
    expect(fromBody.requestId).toBe('2026041314372115099c8b3a024339');
    const fromHeader = classifyOpenAICompatibleError(
      { status: 500, headers: { 'x-request-id': 'req_9' }, bodyText: '' },
      { provider: 'openai', quirks: {} },
    );
    expect(fromHeader.requestId).toBe('req_9');
  });

  it('masks API keys echoed in messages and drops the raw body then', () => {
    const err = classify(CASES.find((c) => c.name === 'openai 401 invalid_api_key') as Case);
    expect(err.message).toContain('sk-proj-abcd***');
    expect(err.message).not.toContain('abcdefghijklmnopqrst');
    expect(err.body).toBeUndefined();
    const plain = classify(CASES.find((c) => c.name === 'openai 404 model_not_found') as Case);
    expect(plain.body).toEqual(CASES.find((c) => c.name === 'openai 404 model_not_found')?.body);
  });

  it('classifies 10,000 bodies correctly (one parse each, table lookups)', () => {
    const inputs = Array.from({ length: 10_000 }, (_, i) => CASES[i % CASES.length]);
    const prepared = inputs.map((c) => ({
      c,
      response: { status: c.status, headers: c.headers ?? {}, bodyText: text(c.body) },
      ctx: { provider: c.provider, quirks: PRESETS[c.provider].quirks },
    }));
    let wrong = 0;
    for (const { c, response, ctx } of prepared) {
      if (classifyOpenAICompatibleError(response, ctx).kind !== c.kind) wrong++;
    }
    expect(wrong).toBe(0);
  });
});
