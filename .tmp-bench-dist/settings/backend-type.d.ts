/**
 * Backend names users put in settings and `serviceOrder`. String enum so both
 * `BackendType.OpenAI` and the plain string `"openai"` work.
 */
export declare const BackendType: {
    readonly OpenAI: "openai";
    readonly Anthropic: "anthropic";
    readonly Gemini: "gemini";
    readonly DeepSeek: "deepseek";
    readonly Qwen: "qwen";
    readonly Groq: "groq";
    readonly Mistral: "mistral";
    readonly Moonshot: "moonshot";
    readonly MiniMax: "minimax";
    readonly Yi: "yi";
    readonly ZhiPuAI: "zhipuai";
    readonly Baichuan: "baichuan";
    readonly StepFun: "stepfun";
    readonly XAI: "xai";
    readonly Ernie: "ernie";
    readonly Local: "local";
    readonly Hunyuan: "hunyuan";
    readonly Doubao: "doubao";
    readonly SiliconFlow: "siliconflow";
    readonly OpenRouter: "openrouter";
    readonly AzureOpenAI: "azure_openai";
    readonly Vertex: "vertex";
    readonly Bedrock: "bedrock";
};
export type BackendType = (typeof BackendType)[keyof typeof BackendType];
export declare const BACKEND_TYPES: readonly BackendType[];
export declare function isBackendType(value: string): value is BackendType;
