import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/lib/seed/types.ts';
import { deriveFixture, share, type DerivedArticle } from './derive-fixture.ts';
import { leadBlock } from './labels.ts';

// Words whose full stop ends the abbreviation, not the sentence: a headline
// that stops on one was cut at a false sentence end ("The U.S. Senate" to "The U").
const ABBREVIATIONS = new Set(
  'Sen Rep Gov Gen Lt Col Capt Sgt Adm Mr Mrs Ms Dr Prof Sir St Mt Ft Corp Inc Co Cos Ltd Bros Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mo Conn Del Ill Kan Mass Calif Fla Wash Va No vs a.m p.m'.split(
    ' ',
  ),
);
// Initials and dotted abbreviations once their last full stop is gone: "J", "C", "U.S", "D.C", "J.P".
const INITIAL = /^(?:\p{Lu}\.)*\p{Lu}$/u;
const ELLIPSIS = /\s*(?:…|\.\.\.)$/u;

const fixture = await deriveFixture();
const { articles } = fixture;

/** The headline without the ellipsis of a cut: the part taken from the article. */
function taken(headline: string): string {
  return headline.replace(ELLIPSIS, '');
}

/** The text the labels say a headline should come from: the lead, or for a table lead the first prose paragraph. */
function source({ article, labels }: DerivedArticle): Block | undefined {
  const { headline } = labels;
  if ('from' in headline)
    return article.blocks.find((block) => block.text.startsWith(headline.from));
  return 'contains' in headline ? leadBlock(article) : undefined;
}

/**
 * Where the headline was taken from: the text of the block it starts, that
 * block's labelled source first, and what follows it there. Undefined for a
 * headline that is not the start of a block, such as a label.
 */
function origin(wire: DerivedArticle): { kept: string; rest: string } | undefined {
  const kept = taken(wire.article.headline);
  const block = [source(wire), ...wire.article.blocks].find((candidate) =>
    candidate?.text.startsWith(kept),
  );
  return block && { kept, rest: block.text.slice(kept.length) };
}

/**
 * Whether the headline stops at an abbreviation's or initial's full stop,
 * before or after it, mistaking it for the end of a sentence; the same word
 * ending its whole paragraph does end one.
 */
function stopsAtAbbreviation(wire: DerivedArticle): boolean {
  const found = origin(wire);
  if (!found) return false;
  const { kept, rest } = found;
  const atStop = /^\.\S*\s+\S/u.test(rest) || (kept.endsWith('.') && /^\s+\S/u.test(rest));
  const last = (kept.split(/\s+/u).at(-1) ?? '').replace(/[.,;:]+$/u, '');
  return atStop && (ABBREVIATIONS.has(last) || INITIAL.test(last));
}

function report(what: string, failures: readonly string[], total: number): string {
  return `${share(failures.length, total)} ${what}:\n${failures.join('\n')}`;
}

describe('headlines of the wire fixture', () => {
  it('never end on an abbreviation or an initial', () => {
    const failures = articles
      .filter(stopsAtAbbreviation)
      .map(({ file, article }) => `${file}: "${article.headline}"`);
    expect(
      failures,
      report('of headlines end on an abbreviation or an initial', failures, articles.length),
    ).toEqual([]);
  });

  it('are at least 30 characters long unless the whole text they come from is shorter', () => {
    const measured = articles.filter((wire) => source(wire));
    const failures = measured.flatMap((wire) => {
      const { headline } = wire.article;
      const from = source(wire)!.text;
      return headline.length >= 30 || from.length < 30
        ? []
        : [`${wire.file}: "${headline}" (${headline.length} characters)`];
    });
    expect(
      failures,
      report('of headlines are shorter than 30 characters', failures, measured.length),
    ).toEqual([]);
  });

  it('end with "…" when they stop inside a sentence', () => {
    const measured = articles.flatMap((wire) => {
      const found = origin(wire);
      return found ? [{ wire, ...found }] : [];
    });
    const failures = measured.flatMap(({ wire, kept, rest }) => {
      const { headline } = wire.article;
      const sentenceEnd =
        rest === '' ||
        /^[.!?]["'”’)\]]*(?:\s|$)/u.test(rest) ||
        (/[.!?]["'”’)\]]*$/u.test(kept) && /^\s/u.test(rest));
      return sentenceEnd || headline !== kept
        ? []
        : [`${wire.file}: "${headline}" stops before "${rest.slice(0, 30)}"`];
    });
    expect(
      failures,
      report(
        'of headlines taken from the text stop inside a sentence without "…"',
        failures,
        measured.length,
      ),
    ).toEqual([]);
  });

  it('keep the subject and main verb of a prose lead', () => {
    const measured = articles.filter(({ labels }) => 'contains' in labels.headline);
    const failures = measured.flatMap(({ file, article, labels }) => {
      const missing = ('contains' in labels.headline ? labels.headline.contains : []).filter(
        (word) => !article.headline.includes(word),
      );
      return missing.length > 0
        ? [`${file}: "${article.headline}" lacks ${missing.map((word) => `"${word}"`).join(', ')}`]
        : [];
    });
    expect(
      failures,
      report('of prose-lead headlines lose words of the news', failures, measured.length),
    ).toEqual([]);
  });

  it('of a table say what it is, or start with the prose after it', () => {
    const measured = articles.filter(({ labels }) => !('contains' in labels.headline));
    const failures = measured.flatMap(({ file, article, labels }) => {
      const { headline } = labels;
      const good =
        'label' in headline
          ? isLabel(article.headline, headline.label, article.date)
          : 'from' in headline && article.headline.startsWith(headline.from);
      return good ? [] : [`${file}: "${article.headline}", expected ${JSON.stringify(headline)}`];
    });
    expect(
      failures,
      report(
        'of table-lead headlines are a row of figures or a slug line',
        failures,
        measured.length,
      ),
    ).toEqual([]);
  });

  it('are not repeated at the start of the summary', () => {
    const failures = articles.flatMap(({ file, article }) => {
      const kept = taken(article.headline).replace(/\.$/u, '');
      return article.summary.startsWith(kept) ? [`${file}: "${article.summary}"`] : [];
    });
    expect(
      failures,
      report('of summaries begin with their headline', failures, articles.length),
    ).toEqual([]);
  });
});

const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/**
 * The label alone, or after the company the table names ("Acme Corp: earnings
 * figures"), with or without the article's date after it: "Earnings figures,
 * March 10, 1987".
 */
function isLabel(headline: string, label: string, date: string): boolean {
  const at = headline.toLowerCase().indexOf(label.toLowerCase());
  const company = headline.slice(0, at);
  if (at < 0 || (company !== '' && !/^\p{Lu}[^:]*: $/u.test(company))) return false;
  const rest = headline.slice(at + label.length).replace(/^[\s,:;(–—-]+|[\s)]+$/gu, '');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const name = MONTHS[month - 1]!;
  return ['', date, `${name} ${day}, ${year}`, `${day} ${name} ${year}`].includes(rest);
}
