import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCorpus, updateCorpus, writeCorpus } from '../../../scripts/make-corpus.ts';
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

describe('updateCorpus', () => {
  /** Every file below a folder, by its path there, with its text. */
  const tree = (dir: string) =>
    new Map(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const path = join(entry.parentPath, entry.name);
          return [path.slice(dir.length), readFileSync(path, 'utf8')];
        }),
    );
  const dateOf = (text: string) => / date (\d{4}-\d{2}-\d{2}) /u.exec(text)![1]!;
  const DAY_MS = 86_400_000;

  const withCorpus = (test: (dir: string) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-update-'));
    try {
      writeCorpus(join(dir, 'a'), { articles: 60 });
      test(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('adds articles dated on the two days after the newest, and edits exactly the asked number of others', () =>
    withCorpus((dir) => {
      const corpus = join(dir, 'a');
      const before = tree(corpus);
      const newest = [...before.values()].map(dateOf).sort().at(-1)!;
      const { added, edited } = updateCorpus(corpus, { add: 20, edit: 5 });
      const after = tree(corpus);

      const fresh = [...after.keys()].filter((path) => !before.has(path));
      expect(fresh).toHaveLength(20);
      expect(added.map((path) => path.slice(corpus.length)).sort()).toEqual(fresh.sort());
      for (const path of fresh) {
        const days = (Date.parse(dateOf(after.get(path)!)) - Date.parse(newest)) / DAY_MS;
        expect([1, 2]).toContain(days);
        expect(readSeed(Buffer.from(after.get(path)!), path).ok).toBe(true);
      }

      const changed = [...before.keys()].filter((path) => after.get(path) !== before.get(path));
      expect(changed.sort()).toEqual(edited.map((path) => path.slice(corpus.length)).sort());
      expect(changed).toHaveLength(5);
      for (const path of changed) {
        expect(dateOf(after.get(path)!)).toBe(dateOf(before.get(path)!));
        expect(readSeed(Buffer.from(after.get(path)!), path).ok).toBe(true);
      }
      expect(after.size).toBe(before.size + 20);
    }));

  it('edits one article from each fifth of the archive in date order', () =>
    withCorpus((dir) => {
      const corpus = join(dir, 'a');
      const byDate = [...tree(corpus)]
        .sort(
          ([pathA, a], [pathB, b]) =>
            dateOf(a).localeCompare(dateOf(b)) || pathA.localeCompare(pathB),
        )
        .map(([path]) => path);
      const { edited } = updateCorpus(corpus, { add: 0, edit: 5 });
      const fifths = edited.map((path) =>
        Math.floor(byDate.indexOf(path.slice(corpus.length)) / 12),
      );
      expect(fifths).toEqual([0, 1, 2, 3, 4]);
    }));

  it('gives the same update for the same corpus and seed, another for another seed or a second day', () =>
    withCorpus((dir) => {
      for (const copy of ['b', 'c']) cpSync(join(dir, 'a'), join(dir, copy), { recursive: true });
      updateCorpus(join(dir, 'a'), { seed: 1 });
      updateCorpus(join(dir, 'b'), { seed: 1 });
      updateCorpus(join(dir, 'c'), { seed: 2 });
      expect(tree(join(dir, 'b'))).toEqual(tree(join(dir, 'a')));
      expect(tree(join(dir, 'c'))).not.toEqual(tree(join(dir, 'a')));

      const once = tree(join(dir, 'a'));
      updateCorpus(join(dir, 'a'), { seed: 1 });
      const fresh = [...tree(join(dir, 'a'))].filter(([path]) => !once.has(path));
      expect(fresh).toHaveLength(20);
      const bodies = (texts: Iterable<string>) =>
        new Set([...texts].map((text) => text.slice(' date YYYY-MM-DD '.length)));
      expect(bodies(fresh.map(([, text]) => text)).isDisjointFrom(bodies(once.values()))).toBe(
        true,
      );
    }));
});
