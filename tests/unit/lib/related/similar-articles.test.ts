import { describe, expect, it } from 'vitest';
import { SimilarArticles } from '../../../../src/lib/related/similar-articles.ts';
import { termCounts } from '../../../../src/lib/related/terms.ts';
import { parseSeed } from '../../../../src/lib/seed/parse-seed.ts';
import { SEED_FILES, seedText } from '../../seeds.ts';

function related(texts: readonly string[], options = {}) {
  const similar = new SimilarArticles();
  for (const text of texts) similar.add(termCounts(text));
  return similar.related(options);
}

describe('termCounts', () => {
  it('counts content words, lower-cased, without stopwords, numbers or possessives', () => {
    expect(
      Object.fromEntries(
        termCounts('The Harbour strike: the harbour’s dockers, 2025, and a strike.'),
      ),
    ).toEqual({ harbour: 2, strike: 2, dockers: 1 });
  });
});

describe('SimilarArticles', () => {
  it('has the two seed reports of one story list each other', () => {
    const texts = Object.values(SEED_FILES).map((file) => {
      const parsed = parseSeed(seedText(file), file);
      if (!parsed.ok) throw new Error(file);
      return parsed.article.blocks.map((block) => block.text).join('\n');
    });
    expect(related(texts)).toEqual([[1], [0]]);
  });

  it('ranks articles of the same story above others, most similar first', () => {
    const texts = [
      'Harbour strike: dockers walk out as the harbour board refuses a pay rise.',
      'Orchard growers count frost damage after a cold night ruined blossoms.',
      'Dockers extend the harbour strike; the harbour board offers talks on pay.',
      'Frost returns to the orchards, and growers fear for the apple harvest.',
      'Harbour board and dockers agree on pay, ending the strike at the harbour.',
      'A new library opens with a reading room and a children’s corner.',
    ];
    const result = related(texts);
    expect(new Set(result[0])).toEqual(new Set([2, 4]));
    expect(result[1]).toEqual([3]);
    expect(result[5]).toEqual([]);
  });

  it('lists at most `limit` articles, and none below the minimum score', () => {
    const texts = Array.from(
      { length: 12 },
      (_, i) => `Election count in district ${i}: turnout, ballots and the election result.`,
    );
    expect(related(texts, { limit: 3 }).every((list) => list.length === 3)).toBe(true);
    expect(related(texts, { minScore: 1.01 }).every((list) => list.length === 0)).toBe(true);
  });

  it('brings up at most `postingsPerTerm` candidates through any one term', () => {
    // Every article shares only the word "budget": with one posting kept, each finds at most one other.
    const texts = Array.from({ length: 10 }, (_, i) => `budget ${'xyz'.repeat(i + 1)}`);
    const result = related(texts, { postingsPerTerm: 2, minScore: 0 });
    expect(result.every((list) => list.length <= 2)).toBe(true);
    expect(related(texts, { minScore: 0 }).every((list) => list.length === 5)).toBe(true);
  });
});
