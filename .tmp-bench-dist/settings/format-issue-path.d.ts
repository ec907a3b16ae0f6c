/** Renders a zod issue path as `backends.openai.models.gpt-4o.endpoints[0]`. */
export declare function formatIssuePath(path: readonly PropertyKey[]): string;
