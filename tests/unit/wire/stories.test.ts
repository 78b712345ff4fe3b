import { describe, expect, it } from 'vitest';
import { bcubed } from './bcubed.ts';
import { deriveFixture } from './derive-fixture.ts';

const { articles } = await deriveFixture();
const score = bcubed(
  articles.map(({ story }) => story),
  articles.map(({ labels }) => labels.story),
);

/** Each found story with its articles' labelled stories, and the articles outside any: what a failing score is read from. */
function report(): string {
  const found = Map.groupBy(articles, ({ story }) => story ?? '(outside any story)');
  return [
    `BCubed precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}, F1 ${score.f1.toFixed(3)}`,
    ...[...found].map(
      ([story, members]) =>
        `${story}: ${members.map(({ file, labels }) => `${file} (${labels.story})`).join(', ')}`,
    ),
  ].join('\n');
}

describe('stories of the wire fixture', () => {
  it('put articles of different affairs together rarely: BCubed precision at least 0.85', () => {
    expect(score.precision, report()).toBeGreaterThanOrEqual(0.85);
  });

  it('keep each affair together: BCubed F1 at least 0.80', () => {
    expect(score.f1, report()).toBeGreaterThanOrEqual(0.8);
  });

  it('leave every table of figures outside any story', () => {
    const tables = articles.filter(({ labels, story }) => labels.lead === 'table' && story);
    expect(tables.map(({ file }) => file)).toEqual([]);
  });
});
