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
};
export const BACKEND_TYPES = Object.values(BackendType);
export function isBackendType(value) {
    return BACKEND_TYPES.includes(value);
}
//# sourceMappingURL=backend-type.js.map