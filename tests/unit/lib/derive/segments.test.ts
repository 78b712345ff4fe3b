import { describe, expect, it } from 'vitest';
import { sentenceEnds, sentenceSpans } from '../../../../src/lib/derive/segments.ts';

function sentences(text: string): string[] {
  return sentenceSpans(text).map(({ start, end }) => text.slice(start, end));
}

describe('sentenceSpans', () => {
  it.each([
    'Delmar Savings filed with the U.S. Securities and Exchange Commission to sell 3 mln shares.',
    'The U.K. and the U.S. signed the accord on Jan. 5 in Washington, D.C. after two days of talks.',
    'Sen. Alan Pruett of St. Louis met Gov. Ruth Calder and Lt. Gen. Omar Baines on Tuesday.',
    'The board elected Nathan C. Smith president of Kelso Corp. and of its J.P. Morgan unit.',
    'Halvorsen Cos. of Worcester, Mass., said the No. 2 maker of valves cut 300 jobs.',
  ])('keeps abbreviations, initials and titles inside one sentence: %s', (text) => {
    expect(sentences(`${text} Trading resumed on Monday.`)).toEqual([
      text,
      'Trading resumed on Monday.',
    ]);
  });

  it('ends a sentence at an initialism followed by a word that opens sentences', () => {
    expect(sentences('Japan sold more cars to the U.S. The rise was small.')).toEqual([
      'Japan sold more cars to the U.S.',
      'The rise was small.',
    ]);
  });

  it('ends a sentence after a closing quote', () => {
    expect(sentences('The minister called the plan "a good start." Talks go on today.')).toEqual([
      'The minister called the plan "a good start."',
      'Talks go on today.',
    ]);
  });

  it.each([
    [
      'Chinese',
      '外交部发言人今天表示。各方应当保持克制。',
      ['外交部发言人今天表示。', '各方应当保持克制。'],
    ],
    ['Hindi', 'यह पहला वाक्य है। यह दूसरा वाक्य है।', ['यह पहला वाक्य है।', 'यह दूसरा वाक्य है।']],
    ['Arabic', 'هذه جملة أولى. هل هذه جملة ثانية؟', ['هذه جملة أولى.', 'هل هذه جملة ثانية؟']],
  ])('finds the sentences of %s text', (_, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('gives offsets in the text, without the spaces around sentences', () => {
    const text = '  Prices fell.   Dealers sold. ';
    expect(sentenceSpans(text)).toEqual([
      { start: 2, end: 14 },
      { start: 17, end: 30 },
    ]);
    expect(sentenceEnds(text)).toEqual([14, 30]);
  });
});
