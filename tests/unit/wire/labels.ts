import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readArchive } from '../../../src/lib/archive/read-archive.ts';
import { formatSeedError, type Article, type Block } from '../../../src/lib/seed/types.ts';

/** The wire fixture: short wire-style articles and, in labels.json, what the site should find in each. */
const WIRE_FOLDER = fileURLToPath(new URL('../../fixtures/wire/', import.meta.url));

const names = z.array(z.string().min(1));

const articleLabels = z
  .strictObject({
    /** Articles of one story are on one subject; each company's earnings table is a story of its own. */
    story: z.string().min(1),
    /** Whether the first paragraph that is not an all-capital slug line is prose or a table of figures. */
    lead: z.enum(['prose', 'table']),
    headline: z.union([
      /** A prose lead: words the headline must keep, its subject and main verb. */
      z.strictObject({ contains: names.min(1) }),
      /** A table with no prose before it: what the headline should say instead of a row of figures. */
      z.strictObject({ label: z.string().min(1) }),
      /** A table followed by prose: the start of the first prose sentence, where the headline should start. */
      z.strictObject({ from: z.string().min(1) }),
    ]),
    /** Exactly the lines that are section headings. */
    headings: names,
    /** Every person, place and organisation the article names, by canonical full name. */
    people: names,
    places: names,
    organisations: names,
  })
  .refine(({ lead, headline }) => (lead === 'prose') === 'contains' in headline, {
    message: 'a prose lead is labelled with "contains", a table lead with "label" or "from"',
  });

export const wireLabels = z
  .strictObject({
    /** Other names of one entity, by its canonical name. */
    aliases: z.record(z.string().min(1), names),
    /** By file name. */
    articles: z.record(z.string().min(1), articleLabels),
    /** Strings that must never be the name of an entity of any kind. */
    never: names,
  })
  .superRefine(({ aliases }, context) => {
    const owner = new Map<string, string>();
    for (const [canonical, others] of Object.entries(aliases)) {
      for (const name of [canonical, ...others]) {
        const key = foldName(name);
        const previous = owner.get(key);
        if (previous !== undefined && previous !== canonical)
          context.addIssue({
            code: 'custom',
            path: ['aliases', canonical],
            message: `"${name}" is also a name of "${previous}"`,
          });
        owner.set(key, canonical);
      }
    }
  });

type ArticleLabels = z.infer<typeof articleLabels>;
type WireLabels = z.infer<typeof wireLabels>;
export type Aliases = WireLabels['aliases'];
export type LabelledKind = 'people' | 'places' | 'organisations';
export const LABELLED_KINDS: readonly LabelledKind[] = ['people', 'places', 'organisations'];

export interface WireArticle {
  file: string;
  /** As the project's reader parses it: date, blocks, headline, summary. */
  article: Article;
  labels: ArticleLabels;
}

export interface WireFixture {
  aliases: Aliases;
  never: string[];
  /** In the order readArchive reads them, the order the loader numbers them in. */
  articles: WireArticle[];
}

/**
 * Reads the fixture with the project's own reader, readArchive (as the loader
 * and check-seeds do), and pairs each article with its labels. A file that is
 * not a valid article, or not labelled, or a label without its file, is an
 * error: the scores would otherwise silently cover less than the fixture.
 */
export function loadWireFixture(folder: string = WIRE_FOLDER): WireFixture {
  const labels = wireLabels.parse(JSON.parse(readFileSync(join(folder, 'labels.json'), 'utf8')));
  const bodies: Block[][] = [];
  const archive = readArchive(folder, { onArticle: ({ blocks }) => bodies.push(blocks) });
  if (archive.errors.length > 0)
    throw new Error(`invalid fixture files:\n${archive.errors.map(formatSeedError).join('\n')}`);
  const articles = archive.articles.map(({ article }, index): WireArticle => {
    const file = article.sourceFile;
    const labelled = labels.articles[file];
    if (!labelled) throw new Error(`${file} has no labels in labels.json`);
    return { file, article: { ...article, blocks: bodies[index]! }, labels: labelled };
  });
  const files = new Set(articles.map(({ file }) => file));
  const orphans = Object.keys(labels.articles).filter((file) => !files.has(file));
  if (orphans.length > 0) throw new Error(`labels for missing files: ${orphans.join(', ')}`);
  return { aliases: labels.aliases, never: labels.never, articles };
}

/** A name for comparison: case, punctuation and symbols ("U.S.", "Goldman, Sachs", "&") and spacing folded away. */
export function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

const canonicalIndexes = new WeakMap<Aliases, Map<string, string>>();

/** The folded canonical name of a name: its own fold unless it is a canonical name's alias. */
function canonical(name: string, aliases: Aliases): string {
  let index = canonicalIndexes.get(aliases);
  if (!index) {
    index = new Map();
    for (const [main, others] of Object.entries(aliases))
      for (const other of [main, ...others]) index.set(foldName(other), foldName(main));
    canonicalIndexes.set(aliases, index);
  }
  const folded = foldName(name);
  return index.get(folded) ?? folded;
}

/** Whether a found name names the expected entity: equal once folded, or one an alias of the other. */
export function matches(found: string, expected: string, aliases: Aliases): boolean {
  return canonical(found, aliases) === canonical(expected, aliases);
}

/** One article's names of one kind: those the site found and those labelled. */
export interface NamesOfArticle {
  file: string;
  found: readonly string[];
  expected: readonly string[];
}

export interface KindScore {
  /** Found names that match a labelled one, over all found names; 1 when nothing was found. */
  precision: number;
  /** Labelled names that a found one matches, over all labelled names; 1 when nothing is labelled. */
  recall: number;
  found: number;
  expected: number;
  /** Found names that match no labelled one, for the report. */
  wrong: { file: string; name: string }[];
  /** Labelled names that nothing found matches. */
  missed: { file: string; name: string }[];
}

/**
 * Precision and recall of one kind of entity over the fixture. Within an
 * article each name counts once, however often the article repeats it.
 */
export function scoreKind(articles: readonly NamesOfArticle[], aliases: Aliases): KindScore {
  const score: KindScore = {
    precision: 1,
    recall: 1,
    found: 0,
    expected: 0,
    wrong: [],
    missed: [],
  };
  let rightFound = 0;
  let foundExpected = 0;
  for (const { file, found, expected } of articles) {
    const foundNames = distinct(found);
    const expectedNames = distinct(expected);
    score.found += foundNames.length;
    score.expected += expectedNames.length;
    for (const name of foundNames) {
      if (expectedNames.some((other) => matches(name, other, aliases))) rightFound++;
      else score.wrong.push({ file, name });
    }
    for (const name of expectedNames) {
      if (foundNames.some((other) => matches(other, name, aliases))) foundExpected++;
      else score.missed.push({ file, name });
    }
  }
  if (score.found > 0) score.precision = rightFound / score.found;
  if (score.expected > 0) score.recall = foundExpected / score.expected;
  return score;
}

function distinct(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) if (!seen.has(foldName(name))) seen.set(foldName(name), name);
  return [...seen.values()];
}

/** A block written all in capitals, such as "MIDEAST GULF": a wire slug line, not the lead. */
export function isSlugLine(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** The article's lead as the labels mean it: its first block that is not a slug line. */
export function leadBlock(article: Article): Block {
  return article.blocks.find((block) => !isSlugLine(block.text)) ?? article.blocks[0]!;
}
