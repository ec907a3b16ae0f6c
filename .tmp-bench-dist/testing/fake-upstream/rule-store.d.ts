import type { FakeRule } from './fake-rule.js';
/** The request facts rules match on. */
export interface RuleContext {
    protocol: string;
    operation: string;
    path: string;
    model: string | undefined;
    apiKey: string | undefined;
    stream: boolean;
}
export interface StoredRule {
    id: string;
    rule: FakeRule;
    /** Requests left; Infinity when the rule has no `times`. */
    remaining: number;
}
/** Ordered rules; the first that matches and has uses left wins, and is removed when used up. */
export declare class RuleStore {
    private rules;
    private nextId;
    add(rule: FakeRule): string;
    remove(id: string): boolean;
    clear(): void;
    list(): readonly StoredRule[];
    get size(): number;
    take(ctx: RuleContext): StoredRule | undefined;
}
