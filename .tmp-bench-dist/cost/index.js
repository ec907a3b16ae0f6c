/** Request cost from usage and prices, and running totals per key / model / provider. */
export { addCosts, computeCost, hasPricing, zeroCost } from './compute-cost.js';
export { costForModel } from './cost-for-model.js';
export { CostAccumulator } from './cost-accumulator.js';
//# sourceMappingURL=index.js.map