import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RANKING,
  fieldWeights,
  idf,
  impact,
  lengthBonus,
  wordScore,
} from '../../../../../src/lib/search/archive-index/bm25.ts';

// Expected values computed by hand from Pagefind 1.6's formulas (pagefind_core_search's search module).
describe('lengthBonus', () => {
  it('is exp(exp(-d²/8)·s) / exp(s) for d = the length difference + 1', () => {
    expect(lengthBonus(5, 5, 1)).toBeCloseTo(0.8891377577131955, 12);
    expect(lengthBonus(7, 5, 1)).toBeCloseTo(0.5089795028758062, 12);
    expect(lengthBonus(3, 5, 1)).toBe(lengthBonus(7, 5, 1));
  });

  it('is 1 whatever the lengths when term similarity is 0', () => {
    expect(lengthBonus(3, 12, 0)).toBe(1);
  });
});

describe('wordScore', () => {
  const stats = { docs: 1000, averageLength: 250 };
  const bonus = lengthBonus(4, 4, 1);

  it('is idf times BM25’s term frequency at the default ranking', () => {
    expect(
      wordScore({ weight: 48, length: 200, df: 10 }, stats, DEFAULT_RANKING, bonus),
    ).toBeCloseTo(6.552714969992047, 10);
  });

  it('is idf times the capped raw frequency when term frequency is 0', () => {
    const ranking = { ...DEFAULT_RANKING, termFrequency: 0 };
    expect(wordScore({ weight: 48, length: 200, df: 10 }, stats, ranking, bonus)).toBeCloseTo(
      0.1620855283749614,
      10,
    );
  });

  it('multiplies by 1 + diacriticSimilarity for a word the typed word starts or that starts it', () => {
    const plain = wordScore({ weight: 48, length: 200, df: 10 }, stats, DEFAULT_RANKING, bonus);
    expect(
      wordScore({ weight: 48, length: 200, df: 10 }, stats, DEFAULT_RANKING, bonus, true),
    ).toBeCloseTo(plain * 1.8, 12);
  });

  it('scores a rarer word, a heavier weight and a shorter page higher', () => {
    const base = { weight: 24, length: 250, df: 100 };
    const score = (change: Partial<typeof base>) =>
      wordScore({ ...base, ...change }, stats, DEFAULT_RANKING, bonus);
    expect(score({ df: 10 })).toBeGreaterThan(score({}));
    expect(score({ weight: 48 })).toBeGreaterThan(score({}));
    expect(score({ length: 100 })).toBeGreaterThan(score({}));
  });
});

describe('idf', () => {
  it('is ln((N - df + 0.5) / (df + 0.5) + 1), positive even for a word on every page', () => {
    expect(idf(10, 1000)).toBeCloseTo(4.557379522151743, 12);
    expect(idf(1000, 1000)).toBeGreaterThan(0);
  });
});

describe('fieldWeights', () => {
  it('weighs the title 5 and other fields 1', () => {
    expect(fieldWeights(['date', 'published', 'title', 'url'])).toEqual([1, 1, 5, 1]);
  });
});

describe('impact', () => {
  it('is BM25’s term frequency at the default ranking for a word the length of the term', () => {
    expect(impact(48, 200, 250)).toBeCloseTo(1.4378251664452593, 12);
    expect(impact(48, 200, 250) * idf(10, 1000)).toBeCloseTo(
      wordScore(
        { weight: 48, length: 200, df: 10 },
        { docs: 1000, averageLength: 250 },
        DEFAULT_RANKING,
        lengthBonus(1, 1, 1),
      ),
      12,
    );
  });

  it('adds the weights of the metadata fields whose bits are set', () => {
    expect(impact(48, 200, 250, 0b101, [1, 1, 5])).toBeCloseTo(1.4378251664452593 + 6, 12);
    expect(impact(0, 200, 250, 0b100, [1, 1, 5])).toBe(5);
  });
});
