import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../../src/lib/entities/types.ts';
import { deriveFixture, LABELS_OF_KIND, share } from './derive-fixture.ts';
import { foldName, matches, scoreKind } from './labels.ts';

const fixture = await deriveFixture();
const { articles, aliases } = fixture;

/** A few of a long list, for an assertion message. */
function sample(items: readonly { file: string; name: string }[]): string {
  const shown = items.slice(0, 20).map(({ file, name }) => `${file}: ${name}`);
  return [
    ...shown,
    ...(items.length > shown.length ? [`and ${items.length - shown.length} more`] : []),
  ].join('\n');
}

describe('entities of the wire fixture', () => {
  describe.each(ENTITY_KINDS)('of kind %s', (kind) => {
    const score = scoreKind(
      articles.map(({ file, entities, labels }) => ({
        file,
        found: entities.filter((entity) => entity.kind === kind).map((entity) => entity.name),
        expected: labels[LABELS_OF_KIND[kind]],
      })),
      aliases,
    );
    const measured = `${kind}: precision ${score.precision.toFixed(3)} (${score.found} found), recall ${score.recall.toFixed(3)} (${score.expected} labelled)`;

    it('are at least 90% right', () => {
      expect(
        score.precision,
        `${measured}\nfound but not labelled:\n${sample(score.wrong)}`,
      ).toBeGreaterThanOrEqual(0.9);
    });

    it('cover at least 80% of the labelled names', () => {
      expect(
        score.recall,
        `${measured}\nlabelled but not found:\n${sample(score.missed)}`,
      ).toBeGreaterThanOrEqual(0.8);
    });
  });

  it('are never a slug line, a table word, a title, a company suffix or another listed string', () => {
    const never = new Set(fixture.never.map(foldName));
    const failures = fixture.entities
      .filter((entity) => never.has(foldName(entity.name)))
      .map((entity) => `${entity.kind}: ${entity.name}`);
    expect(
      failures,
      `${share(failures.length, fixture.entities.length)} of entities are never-strings:\n${failures.join('\n')}`,
    ).toEqual([]);
  });

  it('never file a firm or other organisation as a person', () => {
    const firms = [...new Set(articles.flatMap(({ labels }) => labels.organisations))];
    const failures = fixture.entities
      .filter((entity) => entity.kind === 'person')
      .filter((person) => firms.some((firm) => matches(person.name, firm, aliases)))
      .map((person) => person.name);
    expect(
      failures,
      `${failures.length} organisation(s) filed as people:\n${failures.join('\n')}`,
    ).toEqual([]);
  });

  it('make one entity of all the names of a country or place', () => {
    const places = [...new Set(articles.flatMap(({ labels }) => labels.places))].filter(
      (place) => (aliases[place] ?? []).length > 0,
    );
    const failures = places.flatMap((place) => {
      const named = fixture.entities.filter((entity) => matches(entity.name, place, aliases));
      return named.length > 1
        ? [`${place}: ${named.map((entity) => `${entity.name} (${entity.kind})`).join(', ')}`]
        : [];
    });
    expect(
      failures,
      `${share(failures.length, places.length)} of places with aliases are split:\n${failures.join('\n')}`,
    ).toEqual([]);
  });
});
