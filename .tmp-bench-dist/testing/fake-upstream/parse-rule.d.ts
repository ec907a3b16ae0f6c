import type { FakeRule } from './fake-rule.js';
/**
 * Checks a rule (from a test or from JSON over the control API) and returns a normalised copy:
 * header names lower-cased so they override the protocol's own. Errors name the offending field.
 */
export declare function parseRule(input: unknown, path?: string): FakeRule;
