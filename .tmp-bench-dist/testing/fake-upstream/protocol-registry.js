const registered = [];
/**
 * Registers a protocol for every fake server started afterwards (ahead of the built-ins, newest
 * first). For one server only use `FakeUpstream.registerProtocol`; to ship a protocol with the
 * project add it to `protocols/cloud-protocols.ts`.
 */
export function registerProtocol(handler) {
    unregisterProtocol(handler.name);
    registered.unshift(handler);
}
export function unregisterProtocol(name) {
    const i = registered.findIndex((h) => h.name === name);
    if (i === -1)
        return false;
    registered.splice(i, 1);
    return true;
}
export function registeredProtocols() {
    return registered;
}
//# sourceMappingURL=protocol-registry.js.map