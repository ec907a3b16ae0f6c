import type { ProtocolHandler } from './protocol-handler.js';
/**
 * Registers a protocol for every fake server started afterwards (ahead of the built-ins, newest
 * first). For one server only use `FakeUpstream.registerProtocol`; to ship a protocol with the
 * project add it to `protocols/cloud-protocols.ts`.
 */
export declare function registerProtocol(handler: ProtocolHandler): void;
export declare function unregisterProtocol(name: string): boolean;
export declare function registeredProtocols(): readonly ProtocolHandler[];
