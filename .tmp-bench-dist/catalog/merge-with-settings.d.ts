import type { ResolvedSettings } from '../settings/resolved-settings.js';
import { ModelCatalog } from './model-catalog.js';
/**
 * A catalog where the user's settings override or add models. Each configured model is matched
 * to a built-in entry by its upstream id (then by its name); explicit settings fields
 * (`context_length`, `max_output_tokens`, `pricing`, capability flags) win, the rest comes from
 * the built-in entry. Settings models answer to their configured name, aliases and upstream id.
 */
export declare function mergeWithSettings(settings: ResolvedSettings, base?: ModelCatalog): ModelCatalog;
