/**
 * `stable-llm/testing`: test helpers shipped with the package. The fake upstream server stands in
 * for every LLM provider so no test ever reaches a real provider host.
 */
export * from './fake-upstream/index.js';
//# sourceMappingURL=index.js.map