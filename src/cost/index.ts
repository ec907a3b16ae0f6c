/** Request cost from usage and prices, and running totals per key / model / provider. */
export { addCosts, computeCost, hasPricing, zeroCost } from './compute-cost.js';
export { CostAccumulator, type CostEntry, type CostSnapshot, type CostTotals } from './cost-accumulator.js';
export { costForModel } from './cost-for-model.js';
export type { CatalogPricing, LongContextPricing, ModelPricing } from './model-pricing.js';
