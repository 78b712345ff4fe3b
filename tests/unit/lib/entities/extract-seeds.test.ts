import { describe, expect, it } from 'vitest';
import { articleMentions } from '../../../../src/lib/entities/article-mentions.ts';
import { NameClassifier } from '../../../../src/lib/entities/classify-name.ts';
import { resolveEntities } from '../../../../src/lib/entities/resolve-entities.ts';
import { parseSeed } from '../../../../src/lib/seed/parse-seed.ts';
import { SEED_FILES, seedText } from '../../seeds.ts';

/** The two seeds, oldest first, through extraction and resolution as a build does. */
function seedEntities() {
  const classifier = new NameClassifier();
  const mentions = [SEED_FILES.nov19, SEED_FILES.nov22].map((file) => {
    const parsed = parseSeed(seedText(file), file);
    if (!parsed.ok) throw new Error(file);
    return articleMentions(parsed.article.blocks, classifier);
  });
  return resolveEntities(mentions);
}

const names = (kind: string) =>
  seedEntities()
    .entities.filter((entity) => entity.kind === kind)
    .map((entity) => entity.name);

describe('entities of the seed articles', () => {
  it('finds exactly the people the two reports name, one entity each', () => {
    expect(names('person')).toEqual([
      'Caroline Levitt',
      'Donald Trump',
      'Jared Kushner',
      'Keith Kellogg',
      'Kirill Dmitriev',
      'Roger Wicker',
      'Rubio',
      'Rustem Umerov',
      'Steve Witkoff',
      'Tommy Vietor',
      'Vladimir Putin',
      'Volodymyr Zelensky',
    ]);
  });

  it('puts the people of the story in both reports, however each names them', () => {
    const { entities } = seedEntities();
    // The 19 November report names "Zelenskyy", "Zelensky" and "Volodymyr Zelensky"; the
    // 22 November one only "Zelensky". Trump is "President Trump" and "Donald Trump".
    for (const name of [
      'Steve Witkoff',
      'Kirill Dmitriev',
      'Rustem Umerov',
      'Volodymyr Zelensky',
      'Donald Trump',
    ]) {
      expect(entities.find((entity) => entity.name === name)?.articles, name).toEqual([0, 1]);
    }
  });

  it('names places and organisations by their proper names only', () => {
    expect(names('place')).toEqual(
      expect.arrayContaining(['Ukraine', 'Russia', 'Kyiv', 'Miami', 'White House', 'Crimea']),
    );
    expect(names('organisation')).toEqual(
      expect.arrayContaining([
        'NATO',
        // "the Axios website": nobody is "the" someone.
        'Axios',
        'National Security Council',
        'Senate Armed Services Committee',
      ]),
    );
  });

  it('makes no entity of a common word, a heading or a sentence fragment', () => {
    const { entities } = seedEntities();
    for (const { name } of entities) {
      // Every word of a name is capitalised but the links of an organisation's
      // name ("and", "of"), and a name is a few words, not a clause.
      expect(
        name.split(' ').every((word) => /^\p{Lu}/u.test(word) || ['and', 'of'].includes(word)),
        name,
      ).toBe(true);
      expect(name.split(' ').length, name).toBeLessThanOrEqual(6);
    }
    const all = entities.map((entity) => entity.name);
    // A nation's adjective is no person's or place's name; an organisation keeps
    // it in its own ("Ukrainian National Security and Defense Council").
    const peopleAndPlaces = entities.filter((entity) => entity.kind !== 'organisation');
    for (const word of ['American', 'Ukrainian'])
      expect(
        peopleAndPlaces.some(({ name }) => name.split(' ').includes(word)),
        word,
      ).toBe(false);
    // Sentence openers, title-case heading words and words that follow a capital in the seeds.
    for (const word of [
      'The',
      'However',
      'Meanwhile',
      'Informed',
      'Plan',
      'Sources',
      'Meeting',
      'Guarantees',
      'Disputes',
      'Over',
      'President',
      'Secretary',
      'Wednesday',
      'January',
    ]) {
      expect(
        all.some((name) => name.split(' ').includes(word)),
        word,
      ).toBe(false);
    }
  });
});

describe('NameClassifier on hostile prose', () => {
  it('finds nobody in capitalised common words, shouting, markup or other scripts', () => {
    const classifier = new NameClassifier();
    const text = [
      'However The Plan Was Approved On Monday By The Committee Of Experts.',
      'BREAKING NEWS: THE MARKETS FELL SHARPLY TODAY.',
      '<Script> Alert(1) </Script> and [A Link](Javascript:void) and # Heading * Stars *.',
      'Москва Москва сказала, что Київ Київ ответил.',
      'It Is What It Is, said nobody in particular.',
    ];
    const mentions = text.flatMap((paragraph) =>
      articleMentions([{ kind: 'paragraph', text: paragraph, line: 1 }], classifier),
    );
    const { entities } = resolveEntities([mentions]);
    expect(entities.filter((entity) => entity.kind === 'person')).toEqual([]);
    expect(entities.map((entity) => entity.name)).not.toContain('Script');
  });

  it('names a person whose surname compromise reads as a contraction ("D’Arcy" as "de arcy") without a trailing space', () => {
    const classifier = new NameClassifier();
    const article = (text: string) =>
      articleMentions([{ kind: 'paragraph', text, line: 1 }], classifier);
    const { entities } = resolveEntities([
      article("The council heard from Tom D'Arcy on Monday."),
      article("Later, D'Arcy said the plan would wait."),
    ]);
    expect(entities).toEqual([
      { kind: 'person', name: "Tom D'Arcy", slug: 'tom-d-arcy', articles: [0, 1] },
    ]);
  });

  it('names people without the bidirectional controls written in or around their names', () => {
    const mentions = articleMentions(
      [
        {
          kind: 'paragraph',
          text: 'The adviser \u202ERustem Umerov\u202C met \u2067Steve\u200F Witkoff\u2069 on Monday.',
          line: 1,
        },
      ],
      new NameClassifier(),
    );
    expect(mentions).toEqual([
      { kind: 'person', name: 'Rustem Umerov' },
      { kind: 'person', name: 'Steve Witkoff' },
    ]);
  });

  it('leaves headings out: their title case makes every word look like a name', () => {
    const mentions = articleMentions(
      [{ kind: 'heading', text: 'Disputes Over Rubio Role', line: 1 }],
      new NameClassifier(),
    );
    expect(mentions).toEqual([]);
  });

  it('reads a line of capitalised words, such as a one-line article, as title case, which names nobody', () => {
    const entitiesOf = (text: string) => {
      const parsed = parseSeed(` date 2024-01-01 ${text}`, 'f.txt');
      if (!parsed.ok) throw new Error(text);
      return resolveEntities([
        articleMentions(parsed.article.blocks, new NameClassifier()),
      ]).entities.map(({ kind, name }) => `${kind}: ${name}`);
    };
    expect(entitiesOf('Short Heading Line')).toEqual([]);
    expect(
      entitiesOf(
        'Councillors met on Monday.\n\nBudget Review Panel\n\nHarbour Works Update\n\nThe meeting ended at noon.',
      ),
    ).toEqual([]);
    // A word the lexicon knows is still what it knows it as, and a line in sentence case keeps its names.
    expect(entitiesOf('Kyiv')).toEqual(['place: Kyiv']);
    expect(entitiesOf('The minister, Rustem Umerov, spoke')).toEqual(['person: Rustem Umerov']);
  });
});
