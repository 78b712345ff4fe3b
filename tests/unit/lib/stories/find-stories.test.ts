import { describe, expect, it } from 'vitest';
import { StoryFinder, type StoryReport } from '../../../../src/lib/stories/find-stories.ts';

// Term ids below FIRST_NAME are words, from it on names.
const FIRST_NAME = 1000;

/** An article on `day` with these words and names, each of weight 1. */
function report(day: number, words: number[], names: number[] = [], routine = false): StoryReport {
  const terms = [...words, ...names.map((name) => FIRST_NAME + name)];
  return { day, routine, terms, weights: terms.map(() => 1) };
}

function storiesOf(reports: readonly StoryReport[]): number[] {
  const finder = new StoryFinder({ firstName: FIRST_NAME });
  for (const item of reports) finder.add(item);
  return finder.stories();
}

describe('StoryFinder', () => {
  it('puts reports of one affair on nearby days in one story, and another affair in another', () => {
    expect(
      storiesOf([
        report(0, [1, 2, 3, 4], [1]),
        report(0, [20, 21, 22, 23], [5]),
        report(2, [1, 2, 3, 5], [1]),
        report(3, [20, 21, 22, 24], [5]),
      ]),
    ).toEqual([0, 1, 0, 1]);
  });

  it('keeps apart two affairs that share a name but not their words', () => {
    // A firm (name 1) in a takeover (words 1-4) and in a strike (words 30-33).
    expect(
      storiesOf([
        report(0, [1, 2, 3, 4], [1, 2]),
        report(1, [30, 31, 32, 33], [1, 3]),
        report(2, [1, 2, 3, 5], [1, 2]),
        report(3, [30, 31, 32, 34], [1, 3]),
      ]),
    ).toEqual([0, 1, 0, 1]);
  });

  it('follows a story whose words change, by its latest reports', () => {
    // Each report shares half its words with the one before, none with those before it.
    const reports = Array.from({ length: 10 }, (_, day) =>
      report(day, [2 * day, 2 * day + 1, 2 * day + 2, 2 * day + 3]),
    );
    expect(storiesOf(reports)).toEqual(reports.map(() => 0));
  });

  it('needs stronger evidence after a gap of months', () => {
    const first = report(0, [1, 2, 3, 4, 5, 6], [1]);
    // A name and one word of six in common.
    expect(storiesOf([first, report(1, [1, 7, 8, 9, 10, 11], [1])])).toEqual([0, 0]);
    expect(storiesOf([first, report(120, [1, 7, 8, 9, 10, 11], [1])])).toEqual([-1, -1]);
    // A name and five words of six.
    const strong = [first, report(120, [1, 2, 3, 4, 5, 7], [1])];
    expect(storiesOf(strong)).toEqual([0, 0]);
  });

  it('closes a story silent for over a year', () => {
    expect(storiesOf([report(0, [1, 2, 3], [1]), report(400, [1, 2, 3], [1])])).toEqual([-1, -1]);
  });

  it('discounts reports that name people or places, none of them the same', () => {
    // Half the words shared would join them; different names keep them apart.
    expect(storiesOf([report(0, [1, 2, 3, 4], [1]), report(1, [1, 2, 5, 6], [2])])).toEqual([
      -1, -1,
    ]);
    expect(storiesOf([report(0, [1, 2, 3, 4], [1]), report(1, [1, 2, 5, 6], [1])])).toEqual([0, 0]);
  });

  it('never puts a routine item in a story, nor lets it start one', () => {
    const finder = new StoryFinder({ firstName: FIRST_NAME });
    expect(finder.add(report(0, [1, 2, 3], [1], true))).toBe(-1);
    finder.add(report(0, [1, 2, 3], [1]));
    expect(finder.add(report(1, [1, 2, 3], [1], true))).toBe(-1);
    finder.add(report(1, [1, 2, 3], [1]));
    expect(finder.stories()).toEqual([-1, 0, -1, 0]);
  });

  it('leaves the only report of a story outside any story, and numbers the others in the order they began', () => {
    expect(
      storiesOf([
        report(0, [50, 51, 52]),
        report(0, [1, 2, 3]),
        report(1, [20, 21, 22]),
        report(1, [1, 2, 3]),
        report(2, [20, 21, 22]),
      ]),
    ).toEqual([-1, 0, 1, 0, 1]);
  });

  it('finds an article’s story among many open ones', () => {
    const reports: StoryReport[] = [];
    for (let story = 0; story < 2000; story++) {
      const words = [10 * story, 10 * story + 1, 10 * story + 2];
      reports.push(report(story / 100, words), report(story / 100, words));
    }
    reports.push(report(21, [20, 21, 22]));
    expect(storiesOf(reports).at(-1)).toBe(2);
  });
});
