export const ANONYMOUS = Object.freeze({ kind: 'anonymous', keyId: undefined });
export const MASTER = Object.freeze({ kind: 'master', keyId: 'master' });
//# sourceMappingURL=caller.js.map