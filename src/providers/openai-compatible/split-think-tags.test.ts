import { describe, expect, it } from 'vitest';
import { splitThinkTags, ThinkTagSplitter } from './split-think-tags.js';

/** Runs the splitter over `text` cut at `cuts` and joins the outputs. */
function streamed(text: string, cuts: number[]) {
  const splitter = new ThinkTagSplitter();
  let content = '';
  let reasoning = '';
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    const out = splitter.push(text.slice(from, cut));
    content += out.content;
    reasoning += out.reasoning;
    from = cut;
  }
  const rest = splitter.flush();
  return { content: content + rest.content, reasoning: reasoning + rest.reasoning };
}

const CASES: [string, { content: string; reasoning: string }][] = [
  ['<think>\nplan it\n</think>\n\nThe answer.', { content: 'The answer.', reasoning: 'plan it' }],
  ['no tags at all < > </ <thin', { content: 'no tags at all < > </ <thin', reasoning: '' }],
  ['Before <think>a\n\nb</think> after', { content: 'Before after', reasoning: 'a\n\nb' }],
  ['<think>one</think>mid<think>two</think>end', { content: 'midend', reasoning: 'onetwo' }],
  ['<think>never closed  ', { content: '', reasoning: 'never closed' }],
  ['<think></think>\n\n  only answer', { content: 'only answer', reasoning: '' }],
  ['x <3 y', { content: 'x <3 y', reasoning: '' }],
];

describe('ThinkTagSplitter', () => {
  it.each(CASES)('splits %j the same way at every cut and two cuts', (text, expected) => {
    expect(splitThinkTags(text)).toEqual(expected);
    for (let i = 0; i <= text.length; i++) {
      expect(streamed(text, [i])).toEqual(expected);
      for (let j = i; j <= text.length; j += 3) expect(streamed(text, [i, j])).toEqual(expected);
    }
    expect(
      streamed(
        text,
        Array.from({ length: text.length }, (_, i) => i),
      ),
    ).toEqual(expected);
  });

  it('holds back a possible partial tag and nothing more', () => {
    const s = new ThinkTagSplitter();
    expect(s.push('Hello <thi')).toEqual({ content: 'Hello ', reasoning: '' });
    expect(s.push('nk>why')).toEqual({ content: '', reasoning: 'why' });
    expect(s.push(' </')).toEqual({ content: '', reasoning: '' });
    expect(s.push('think>ok')).toEqual({ content: 'ok', reasoning: '' });
    expect(s.flush()).toEqual({ content: '', reasoning: '' });
  });
});
