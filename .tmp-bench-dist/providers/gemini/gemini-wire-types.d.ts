/**
 * The subset of the Gemini `generateContent` request we emit. Kept local (not imported from
 * `@google/genai`, a dev dependency) and checked against the SDK types in tests.
 */
export interface GeminiPart {
    text?: string;
    thought?: boolean;
    /** Opaque base64 signature that must come back on the same part in later turns. */
    thoughtSignature?: string;
    inlineData?: {
        mimeType: string;
        data: string;
    };
    functionCall?: {
        name: string;
        args: Record<string, unknown>;
    };
    functionResponse?: {
        name: string;
        response: Record<string, unknown>;
    };
}
export interface GeminiContent {
    role: 'user' | 'model';
    parts: GeminiPart[];
}
/** Gemini's OpenAPI-3.0 schema subset (see convert-json-schema-to-gemini.ts). */
export type GeminiSchema = Record<string, unknown>;
export interface GeminiFunctionDeclaration {
    name: string;
    description?: string;
    parameters?: GeminiSchema;
}
export type GeminiFunctionCallingMode = 'AUTO' | 'ANY' | 'NONE';
export interface GeminiToolConfig {
    functionCallingConfig: {
        mode: GeminiFunctionCallingMode;
        allowedFunctionNames?: string[];
    };
}
export type GeminiThinkingLevel = 'MINIMAL' | 'LOW' | 'MEDIUM' | 'HIGH';
export interface GeminiThinkingConfig {
    thinkingBudget?: number;
    thinkingLevel?: GeminiThinkingLevel;
    includeThoughts?: boolean;
}
export interface GeminiGenerationConfig {
    maxOutputTokens?: number;
    temperature?: number;
    topP?: number;
    stopSequences?: string[];
    seed?: number;
    presencePenalty?: number;
    frequencyPenalty?: number;
    candidateCount?: number;
    responseMimeType?: string;
    responseSchema?: GeminiSchema;
    thinkingConfig?: GeminiThinkingConfig;
}
export interface GeminiRequestBody {
    systemInstruction?: {
        parts: {
            text: string;
        }[];
    };
    contents: GeminiContent[];
    tools?: {
        functionDeclarations: GeminiFunctionDeclaration[];
    }[];
    toolConfig?: GeminiToolConfig;
    generationConfig?: GeminiGenerationConfig;
}
