/**
 * The protocol-neutral view of a chat request that the reply planner works on. Protocol handlers
 * produce it from their wire format; it keeps only what the fake's behaviour depends on, plus the
 * parsed body for anything protocol-specific.
 */
export {};
//# sourceMappingURL=normalized-request.js.map