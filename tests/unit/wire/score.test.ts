import { describe, expect, it } from 'vitest';
import {
  foldName,
  isSlugLine,
  leadBlock,
  LABELLED_KINDS,
  loadWireFixture,
  matches,
  scoreKind,
  wireLabels,
} from './labels.ts';

const aliases = {
  'United States': ['U.S.', 'USA', 'America'],
  'Goldman Sachs': ['Goldman, Sachs and Co'],
};

describe('foldName', () => {
  it('folds case, punctuation, symbols and spacing', () => {
    expect(foldName('U.S.')).toBe('us');
    expect(foldName('  Goldman,  Sachs and Co. ')).toBe('goldman sachs and co');
    expect(foldName("Moody's")).toBe(foldName('MOODYS'));
  });
});

describe('matches', () => {
  it('matches names equal once folded', () => {
    expect(matches('J.P. Morgan', 'JP MORGAN', {})).toBe(true);
    expect(matches('Nathan C. Smith', 'Nathan C Smith', {})).toBe(true);
  });

  it('matches an alias with its canonical name either way, and two aliases of one name', () => {
    expect(matches('U.S.', 'United States', aliases)).toBe(true);
    expect(matches('United States', 'u.s.', aliases)).toBe(true);
    expect(matches('America', 'USA', aliases)).toBe(true);
    expect(matches('Goldman Sachs and Co', 'Goldman Sachs', aliases)).toBe(true);
  });

  it('does not match different names, nor a name that merely contains another', () => {
    expect(matches('Britain', 'Alfred Brittain', aliases)).toBe(false);
    expect(matches('Brittain', 'Britain', aliases)).toBe(false);
    expect(matches('U.S. Navy', 'United States', aliases)).toBe(false);
    expect(matches('Goldman', 'Goldman Sachs', aliases)).toBe(false);
    expect(matches('Morgan', 'Morgan Stanley', {})).toBe(false);
  });
});

describe('scoreKind', () => {
  it('counts matched found names over found, and matched labels over labels', () => {
    const score = scoreKind(
      [
        {
          file: 'a.txt',
          found: ['U.S.', 'Reuters', 'Baker'],
          expected: ['United States', 'Japan'],
        },
        { file: 'b.txt', found: ['Japan'], expected: ['Japan', 'Iraq'] },
      ],
      aliases,
    );
    expect(score).toMatchObject({ found: 4, expected: 4, precision: 2 / 4, recall: 2 / 4 });
    expect(score.wrong).toEqual([
      { file: 'a.txt', name: 'Reuters' },
      { file: 'a.txt', name: 'Baker' },
    ]);
    expect(score.missed).toEqual([
      { file: 'a.txt', name: 'Japan' },
      { file: 'b.txt', name: 'Iraq' },
    ]);
  });

  it('counts a name once per article however it is repeated, but once in each article', () => {
    const score = scoreKind(
      [
        { file: 'a.txt', found: ['Iraq', 'IRAQ', 'Iraq.'], expected: ['Iraq', 'Iraq'] },
        { file: 'b.txt', found: ['Iraq'], expected: ['Iraq'] },
      ],
      {},
    );
    expect(score).toMatchObject({ found: 2, expected: 2, precision: 1, recall: 1 });
  });

  it('counts two aliases of one entity found in one article as two found names, both right', () => {
    const score = scoreKind(
      [{ file: 'a.txt', found: ['U.S.', 'United States'], expected: ['United States'] }],
      aliases,
    );
    expect(score).toMatchObject({ found: 2, expected: 1, precision: 1, recall: 1 });
  });

  it('does not match a name with one labelled in another article', () => {
    const score = scoreKind(
      [
        { file: 'a.txt', found: ['Iraq'], expected: ['Iran'] },
        { file: 'b.txt', found: ['Iran'], expected: ['Iraq'] },
      ],
      {},
    );
    expect(score).toMatchObject({ precision: 0, recall: 0 });
  });

  it('scores 1 where nothing was found or nothing is labelled', () => {
    expect(scoreKind([{ file: 'a.txt', found: [], expected: ['Iraq'] }], {})).toMatchObject({
      precision: 1,
      recall: 0,
    });
    expect(scoreKind([{ file: 'a.txt', found: ['Iraq'], expected: [] }], {})).toMatchObject({
      precision: 0,
      recall: 1,
    });
  });
});

describe('the labels schema', () => {
  const article = {
    story: 's',
    lead: 'prose',
    headline: { contains: ['Senate'] },
    headings: [],
    people: [],
    places: [],
    organisations: [],
  };

  it('accepts well-formed labels', () => {
    expect(
      wireLabels.safeParse({ aliases, articles: { 'a.txt': article }, never: [] }).success,
    ).toBe(true);
  });

  it('rejects a prose lead labelled like a table, and a table lead with words to keep', () => {
    for (const wrong of [
      { ...article, headline: { label: 'Earnings figures' } },
      { ...article, lead: 'table' },
    ])
      expect(
        wireLabels.safeParse({ aliases, articles: { 'a.txt': wrong }, never: [] }).success,
      ).toBe(false);
  });

  it('rejects a name given as an alias of two entities', () => {
    const clash = { ...aliases, USSR: ['U.S.'] };
    expect(wireLabels.safeParse({ aliases: clash, articles: {}, never: [] }).success).toBe(false);
  });
});

describe('the wire fixture', () => {
  const fixture = loadWireFixture();

  it('has at least 60 valid articles, each labelled', () => {
    expect(fixture.articles.length).toBeGreaterThanOrEqual(60);
  });

  it('names every labelled entity in its article: in full, by an alias, or by surname', () => {
    const absent: string[] = [];
    for (const { file, article, labels } of fixture.articles) {
      const text = article.blocks.map((block) => block.text).join('\n');
      // "Britain's" names Britain; "Moody's" is the name itself.
      const folded = [text, text.replace(/['’]s\b/gu, '')].map((form) => ` ${foldName(form)} `);
      for (const kind of LABELLED_KINDS) {
        for (const name of labels[kind]) {
          const forms = [name, ...(fixture.aliases[name] ?? [])];
          if (kind === 'people') forms.push(name.split(' ').at(-1)!);
          if (!forms.some((form) => folded.some((t) => t.includes(` ${foldName(form)} `))))
            absent.push(`${file}: ${name}`);
        }
      }
    }
    expect(absent).toEqual([]);
  });

  it('labels as headings only blocks of the article, and keeps headline words from its lead', () => {
    for (const { file, article, labels } of fixture.articles) {
      const texts = article.blocks.map((block) => block.text);
      for (const heading of labels.headings) expect(texts, file).toContain(heading);
      const { headline } = labels;
      if ('contains' in headline)
        for (const word of headline.contains) expect(leadBlock(article).text, file).toContain(word);
      if ('from' in headline)
        expect(
          texts.some((text) => text.startsWith(headline.from)),
          file,
        ).toBe(true);
    }
  });

  it('tells slug lines from leads', () => {
    expect(isSlugLine('MIDEAST GULF')).toBe(true);
    expect(isSlugLine('OAKMONT SAVINGS BANK <OAKS> 1ST QTR NET')).toBe(true);
    expect(isSlugLine('U.S. officials said on Tuesday')).toBe(false);
    expect(isSlugLine('Shr loss 12 cts vs profit 37 cts')).toBe(false);
  });
});
