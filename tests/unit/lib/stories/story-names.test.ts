import { describe, expect, it } from 'vitest';
import { storyName, storySlugs, type StoryTerm } from '../../../../src/lib/stories/story-names.ts';

const TERMS: StoryTerm[] = [
  { text: 'Hartwell Industries Inc', kind: 'organisation' },
  { text: 'Brandt Group Inc', kind: 'organisation' },
  { text: 'Cleveland', kind: 'place' },
  { text: 'Victor Brandt', kind: 'person' },
  { text: 'merger' },
  { text: 'hartwell' },
  { text: 'ruling' },
  { text: 'inc' },
  { text: 'rejected' },
];
const termOf = (term: number): StoryTerm => TERMS[term]!;
const id = (text: string) => TERMS.findIndex((term) => term.text === text);

/** A report naming these terms, each with weight 1 unless given. */
function report(...terms: (string | [string, number])[]): [number, number][] {
  return terms.map((term) => (typeof term === 'string' ? [id(term), 1] : [id(term[0]), term[1]]));
}

describe('storyName', () => {
  it('gives the most named name, the heaviest shared word, then the next names, a person before an organisation as named, without legal forms', () => {
    const reports = [
      report('Hartwell Industries Inc', 'Brandt Group Inc', 'Victor Brandt', ['merger', 2]),
      report('Hartwell Industries Inc', 'Brandt Group Inc', 'Victor Brandt', 'merger'),
      report('Hartwell Industries Inc', 'ruling'),
    ];
    expect(storyName(reports, termOf)).toBe(
      'Hartwell Industries merger: Victor Brandt, Brandt Group',
    );
  });

  it('puts a place after a person or organisation named as often', () => {
    const reports = [report('Cleveland', 'Victor Brandt'), report('Cleveland', 'Victor Brandt')];
    expect(storyName(reports, termOf)).toBe('Victor Brandt: Cleveland');
  });

  it('takes no word of one report only, nor a word of a name or a legal form', () => {
    const reports = [
      report('Brandt Group Inc', 'hartwell', 'inc', ['ruling', 5]),
      report('Brandt Group Inc', 'hartwell', 'inc', 'Hartwell Industries Inc'),
    ];
    expect(storyName(reports, termOf)).toBe('Brandt Group');
  });

  it('takes the heaviest shared word that reads as a noun, not a verb the reports share', () => {
    const reports = [
      report('Hartwell Industries Inc', ['rejected', 5], 'merger'),
      report('Hartwell Industries Inc', ['rejected', 5], 'merger'),
    ];
    expect(storyName(reports, termOf)).toBe('Hartwell Industries merger');
  });
});

describe('storySlugs', () => {
  it('makes a slug of each name, numbering a repeated one in order, and never the index’s page/', () => {
    expect(
      storySlugs(['Hartwell Industries merger: Brandt Group', 'Crash', 'Crash', 'CRASH']),
    ).toEqual(['hartwell-industries-merger-brandt-group', 'crash', 'crash-2', 'crash-3']);
  });
});
