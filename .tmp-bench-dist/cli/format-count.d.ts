/** `1050000` → `1.05M`, `200000` → `200K`, `8192` → `8.2K`: table cells for context sizes. */
export declare function formatCount(n: number | undefined): string;
/** Dollars per million tokens, as vendors print them. */
export declare function formatPrice(p: number | undefined): string;
