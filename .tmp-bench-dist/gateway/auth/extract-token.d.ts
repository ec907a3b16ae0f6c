import type { IncomingHttpHeaders } from 'node:http';
/**
 * The credential a client sent: `Authorization: Bearer …` (OpenAI SDKs), else `x-api-key`
 * (Anthropic SDKs, Claude Code), else `api-key` (Azure-style clients).
 */
export declare function extractToken(headers: IncomingHttpHeaders): string | undefined;
