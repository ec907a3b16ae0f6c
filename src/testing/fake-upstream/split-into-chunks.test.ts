import { describe, expect, it } from 'vitest';
import { splitEvenly, splitIntoChunks } from './split-into-chunks.js';

describe('splitIntoChunks', () => {
  it('splits at spaces into at most maxChunks pieces that join back exactly', () => {
    const text = 'Hello from gpt-4o! You said: what is the weather like in Paris today?';
    const chunks = splitIntoChunks(text);
    expect(chunks.join('')).toBe(text);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.length).toBeLessThanOrEqual(6);
    for (const c of chunks.slice(0, -1)) expect(c.endsWith(' ')).toBe(true);
  });

  it('handles empty, single-word and one-chunk cases', () => {
    expect(splitIntoChunks('')).toEqual([]);
    expect(splitIntoChunks('word')).toEqual(['word']);
    expect(splitIntoChunks('a b c', 1)).toEqual(['a b c']);
  });
});

describe('splitEvenly', () => {
  it('cuts at fixed offsets like streamed tool arguments', () => {
    expect(splitEvenly('{"city":"Paris"}', 3)).toEqual(['{"city', '":"Par', 'is"}']);
    expect(splitEvenly('')).toEqual([]);
  });
});
