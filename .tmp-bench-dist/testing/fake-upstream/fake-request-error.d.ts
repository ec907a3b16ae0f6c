import type { FakeErrorKind } from './fake-error-kind.js';
/**
 * Thrown (or returned) by a protocol's `validate` when a request is something the real provider
 * would reject; the core renders it through the handler's `errorFor` so the body is native.
 */
export declare class FakeRequestError extends Error {
    readonly kind: FakeErrorKind;
    /** Overrides the status `errorFor` would pick for `kind`. */
    readonly status: number | undefined;
    constructor(kind: FakeErrorKind, message: string, status?: number);
}
