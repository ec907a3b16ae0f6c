import type { Style } from '../style.js';
/** `/help` text; also shown (shortened) in the banner. */
export declare function replHelp(style: Style): string;
