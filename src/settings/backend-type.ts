/**
 * Backend names users put in settings and `serviceOrder`. String enum so both
 * `BackendType.OpenAI` and the plain string `"openai"` work.
 */
export const BackendType = {
  OpenAI: 'openai',
  Anthropic: 'anthropic',
  Gemini: 'gemini',
  DeepSeek: 'deepseek',
  Qwen: 'qwen',
  Groq: 'groq',
  Mistral: 'mistral',
  Moonshot: 'moonshot',
  MiniMax: 'minimax',
  Yi: 'yi',
  ZhiPuAI: 'zhipuai',
  Baichuan: 'baichuan',
  StepFun: 'stepfun',
  XAI: 'xai',
  Ernie: 'ernie',
  Local: 'local',
  Hunyuan: 'hunyuan',
  Doubao: 'doubao',
  SiliconFlow: 'siliconflow',
  OpenRouter: 'openrouter',
  AzureOpenAI: 'azure_openai',
  Vertex: 'vertex',
  Bedrock: 'bedrock',
} as const;

export type BackendType = (typeof BackendType)[keyof typeof BackendType];

export const BACKEND_TYPES: readonly BackendType[] = Object.values(BackendType);

export function isBackendType(value: string): value is BackendType {
  return (BACKEND_TYPES as readonly string[]).includes(value);
}
