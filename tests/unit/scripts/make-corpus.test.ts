import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCorpus, writeCorpus } from '../../../scripts/make-corpus.ts';
import { readSeed } from '../../../src/lib/seed/read-seed.ts';

const corpus = (articles: number, seed = 1) => [...makeCorpus({ articles, seed })];

describe('makeCorpus', () => {
  it('is deterministic for a seed, and differs between seeds', () => {
    expect(corpus(50)).toEqual(corpus(50));
    expect(corpus(50, 2)).not.toEqual(corpus(50));
  });

  it('can put many articles on one day', () => {
    const files = [
      ...makeCorpus({ articles: 120, crowdedDay: { date: '2020-03-11', articles: 100 } }),
    ];
    expect(files.filter((f) => f.text.startsWith(' date 2020-03-11 '))).toHaveLength(100);
  });

  it('continues stories within a day: their leads share a story’s rare words', () => {
    const files = [
      ...makeCorpus({ articles: 200, crowdedDay: { date: '2020-03-11', articles: 100 } }),
    ];
    const storyWords = (text: string) =>
      new Set(
        / that the ([^.]+)\./u
          .exec(text)![1]!
          .split(' ')
          .filter((w) => w.length >= 10),
      );
    const crowded = files
      .filter((f) => f.text.startsWith(' date 2020-03-11 '))
      .map((f) => storyWords(f.text));
    const continued = crowded.filter((words, i) =>
      crowded.some((other, j) => j !== i && [...words].filter((w) => other.has(w)).length >= 2),
    );
    expect(continued.length).toBeGreaterThan(30);
    expect(continued.length).toBeLessThan(crowded.length);
  });

  // 500 articles show every kind of variety the generator makes, its busiest day included.
  it('writes valid seed articles with realistic variety', () => {
    const files = corpus(500);
    expect(files).toHaveLength(500);
    expect(new Set(files.map((f) => f.name)).size).toBe(500);
    const articles = files.map((file) => {
      const parsed = readSeed(Buffer.from(file.text), file.name);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
      return parsed.article;
    });
    const words = articles.map((a) => a.wordCount);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(150);
    expect(Math.max(...words)).toBeLessThanOrEqual(2200);
    const mean = words.reduce((a, b) => a + b, 0) / words.length;
    expect(mean).toBeGreaterThan(500);
    expect(mean).toBeLessThan(700);

    const years = new Set(articles.map((a) => a.date.slice(0, 4)));
    expect(years.size).toBeGreaterThan(20);
    const perDay = new Map<string, number>();
    for (const a of articles) perDay.set(a.date, (perDay.get(a.date) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(40);
    expect(Math.max(...perDay.values())).toBeGreaterThan(10);

    expect(
      articles.filter((a) => a.blocks.some((b) => b.kind === 'heading')).length,
    ).toBeGreaterThan(50);
    const leads = new Set<string>();
    let sameDayLeads = 0;
    for (const a of articles) {
      const key = `${a.date} ${a.blocks[0]!.text}`;
      if (leads.has(key)) sameDayLeads++;
      leads.add(key);
    }
    expect(sameDayLeads).toBeGreaterThan(0);
    expect(files.some((f) => /[^\x00-\x7f]/u.test(f.text))).toBe(true);
  });
});

describe('writeCorpus', () => {
  it('refuses a folder that holds files, unless told to replace them', () => {
    const out = mkdtempSync(join(tmpdir(), 'corpus-'));
    try {
      writeFileSync(join(out, 'stale.txt'), ' date 2020-01-01 A stale article.');
      expect(() => writeCorpus(out, { articles: 3 })).toThrow(/not empty; pass --replace/u);
      expect(writeCorpus(out, { articles: 3 }, { replace: true })).toBe(3);
      expect(
        readdirSync(out, { recursive: true }).filter((file) => String(file).endsWith('.txt')),
      ).toHaveLength(3);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
