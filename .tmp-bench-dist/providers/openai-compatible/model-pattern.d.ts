/**
 * Tests a model id against a quirk's regex source (`maxCompletionTokensModels`,
 * `noSamplingModels`). An invalid source never matches rather than breaking every request.
 */
export declare function matchesModelPattern(source: string | undefined, model: string): boolean;
