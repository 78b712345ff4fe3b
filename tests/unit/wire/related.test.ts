import { describe, expect, it } from 'vitest';
import { deriveFixture, share } from './derive-fixture.ts';

const { articles } = await deriveFixture();

describe('related coverage of the wire fixture', () => {
  it('points to an article of the same story at least 80% of the time', () => {
    const links = articles.flatMap((article) =>
      article.related.map((other) => ({ from: article, to: articles[other]! })),
    );
    const off = links.filter(({ from, to }) => from.labels.story !== to.labels.story);
    const onTopic = links.length - off.length;
    const message = `${share(onTopic, links.length)} of related links are on the same story; off it:\n${off
      .map(({ from, to }) => `${from.file} -> ${to.file}`)
      .join('\n')}`;
    expect(links.length, message).toBeGreaterThan(0);
    expect(onTopic / links.length, message).toBeGreaterThanOrEqual(0.8);
  });

  it("never relates a table to another company's table", () => {
    const tables = articles.filter(({ labels }) => labels.lead === 'table');
    const failures = tables.flatMap((table) =>
      table.related
        .map((other) => articles[other]!)
        .filter(({ labels }) => labels.lead === 'table' && labels.story !== table.labels.story)
        .map((other) => `${table.file} -> ${other.file}`),
    );
    expect(
      failures,
      `${failures.length} related link(s) between different tables:\n${failures.join('\n')}`,
    ).toEqual([]);
  });
});
