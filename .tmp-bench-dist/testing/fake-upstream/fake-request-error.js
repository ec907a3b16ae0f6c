/**
 * Thrown (or returned) by a protocol's `validate` when a request is something the real provider
 * would reject; the core renders it through the handler's `errorFor` so the body is native.
 */
export class FakeRequestError extends Error {
    kind;
    /** Overrides the status `errorFor` would pick for `kind`. */
    status;
    constructor(kind, message, status) {
        super(message);
        this.name = 'FakeRequestError';
        this.kind = kind;
        this.status = status;
    }
}
//# sourceMappingURL=fake-request-error.js.map