import { normaliseModelId } from './tokenizer-family.js';

/**
 * OpenAI image input cost, from the "Images and vision → Calculating costs" section of
 * platform.openai.com/docs/guides/images-vision (2025–2026 versions):
 *
 * - Tile models: low detail costs the base tokens; otherwise the image is fitted inside
 *   2048×2048, scaled down so its shortest side is at most 768 px, and each 512 px tile costs the
 *   tile tokens, plus the base. 85 + 170/tile for GPT-4o / 4.1 / 4.5 (a 1024×1024 image = 765);
 *   70 + 140 for GPT-5; 75 + 150 for o1/o3; 2833 + 5667 for gpt-4o-mini.
 * - Patch models (gpt-4.1-mini/nano, o4-mini, gpt-5-mini/nano): 32 px patches, at most 1536
 *   (larger images are scaled down onto the patch grid), times a per-model multiplier.
 */

export type ImageDetail = 'auto' | 'low' | 'high';

interface TileScheme {
  kind: 'tile';
  base: number;
  tile: number;
}
interface PatchScheme {
  kind: 'patch';
  multiplier: number;
}

// First match wins. The docs list gpt-5-mini/-nano; later `gpt-5.x-mini/-nano` snapshots are
// assumed to keep the same scheme (not separately documented).
const SCHEMES: Array<[RegExp, TileScheme | PatchScheme]> = [
  [/^gpt-4\.1-mini/, { kind: 'patch', multiplier: 1.62 }],
  [/^gpt-4\.1-nano/, { kind: 'patch', multiplier: 2.46 }],
  [/^gpt-5(?:\.\d+)?-mini/, { kind: 'patch', multiplier: 1.62 }],
  [/^gpt-5(?:\.\d+)?-nano/, { kind: 'patch', multiplier: 2.46 }],
  [/^o4-mini/, { kind: 'patch', multiplier: 1.72 }],
  [/^gpt-4o-mini/, { kind: 'tile', base: 2833, tile: 5667 }],
  [/^(?:o1|o3)(?:-|$)/, { kind: 'tile', base: 75, tile: 150 }],
  [/^computer-use/, { kind: 'tile', base: 65, tile: 129 }],
  [/^gpt-(?:[5-9]|\d{2,})/, { kind: 'tile', base: 70, tile: 140 }],
];

/** The classic GPT-4o numbers, also used for models whose vendor publishes no formula. */
const CLASSIC: TileScheme = { kind: 'tile', base: 85, tile: 170 };

export function openAIImageTokens(width: number, height: number, detail: ImageDetail | undefined, model: string): number {
  const id = normaliseModelId(model);
  const scheme = SCHEMES.find(([re]) => re.test(id))?.[1] ?? CLASSIC;
  if (scheme.kind === 'patch') return Math.ceil(patchCount(width, height) * scheme.multiplier);
  return tileTokens(width, height, detail, scheme.base, scheme.tile);
}

/** Base + tiles formula (exported for families that borrow the classic 85/170 numbers). */
export function tileTokens(
  width: number,
  height: number,
  detail: ImageDetail | undefined,
  base = CLASSIC.base,
  tile = CLASSIC.tile,
): number {
  if (detail === 'low') return base;
  let w = width;
  let h = height;
  if (w > 2048 || h > 2048) {
    const scale = 2048 / Math.max(w, h);
    w *= scale;
    h *= scale;
  }
  const shortest = Math.min(w, h);
  if (shortest > 768) {
    const scale = 768 / shortest;
    w *= scale;
    h *= scale;
  }
  return base + tile * ceilExact(w / 512) * ceilExact(h / 512);
}

const MAX_PATCHES = 1536;

function patchCount(width: number, height: number): number {
  const raw = Math.ceil(width / 32) * Math.ceil(height / 32);
  if (raw <= MAX_PATCHES) return raw;
  // Shrink to the patch budget, then shrink a little more so whole patches fit the grid.
  let r = Math.sqrt((32 * 32 * MAX_PATCHES) / (width * height));
  const wp = (width * r) / 32;
  const hp = (height * r) / 32;
  r *= Math.min(Math.floor(wp) / wp, Math.floor(hp) / hp);
  return Math.min(MAX_PATCHES, ceilExact((width * r) / 32) * ceilExact((height * r) / 32));
}

/** ceil() that ignores floating-point dust (33.0000000001 → 33). */
function ceilExact(x: number): number {
  return Math.ceil(x - 1e-9);
}
