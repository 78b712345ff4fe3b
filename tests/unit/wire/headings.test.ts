import { describe, expect, it } from 'vitest';
import { deriveFixture, share } from './derive-fixture.ts';

const { articles } = await deriveFixture();

describe('section headings of the wire fixture', () => {
  it('are exactly the labelled headings: no slug line, table row or short sentence', () => {
    const failures = articles.flatMap(({ file, headings, labels }) =>
      JSON.stringify(headings) === JSON.stringify(labels.headings)
        ? []
        : [
            `${file}: found ${JSON.stringify(headings)}, labelled ${JSON.stringify(labels.headings)}`,
          ],
    );
    expect(
      failures,
      `${share(failures.length, articles.length)} of articles have other headings than labelled:\n${failures.join('\n')}`,
    ).toEqual([]);
  });
});
