import type { ErrorKind } from '../../spec/error-kind.js';
/**
 * English error-message patterns seen across providers, one precompiled regex per kind. The order
 * of evaluation lives in `MESSAGE_KIND_ORDER` (classify-error-message.ts).
 */
export declare const ENGLISH_ERROR_PATTERNS: Readonly<Partial<Record<ErrorKind, RegExp>>>;
/** Classifies an English message alone (classifyErrorMessage combines English and Chinese). */
export declare function classifyEnglishMessage(message: string, order?: readonly ErrorKind[]): ErrorKind | undefined;
