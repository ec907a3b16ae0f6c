import type { ErrorKind } from '../../spec/error-kind.js';
import type { ErrorEnvelope } from '../classify/parse-error-body.js';
import type { ProviderQuirks } from '../provider-preset.js';
/** One vendor's numeric business codes and the statuses it uses differently from the norm. */
export interface VendorErrorTable {
    codes: ReadonlyMap<string, ErrorKind>;
    statuses?: ReadonlyMap<number, ErrorKind>;
    /** Codes whose message prints when the limit resets (used as retryAfterMs). */
    resetInMessage?: ReadonlySet<string>;
}
/**
 * Picks the numeric-code table. The body's envelope wins (a `base_resp` is MiniMax's whatever the
 * backend is called), then the backend name, then the preset's declared body style.
 */
export declare function vendorErrorTable(provider: string, quirks: ProviderQuirks, envelope: ErrorEnvelope): VendorErrorTable | undefined;
