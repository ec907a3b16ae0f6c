/**
 * What the fake is going to answer, before any protocol renders it. Produced by `planReply` from
 * the request, the matching rule's `reply` and the defaults.
 */
export {};
//# sourceMappingURL=planned-reply.js.map