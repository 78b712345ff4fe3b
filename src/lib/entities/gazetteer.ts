import type { Country } from 'world-countries';
import countries from 'world-countries/countries.json' with { type: 'json' };
import { nameKey } from './name-key.ts';

/**
 * Names that world-countries, an ISO 3166 list, leaves out but wire copy
 * uses: the short forms "Britain" and "America", and states that no longer
 * exist, which no ISO list carries. Each maps to the name it is filed under.
 */
const USAGE_ALIASES: Record<string, readonly string[]> = {
  // "US" is the ISO code, left out with the others (below), yet the usual short form.
  'United States': ['America', 'US', 'U.S.', 'U.S.A.'],
  'United Kingdom': ['Britain', 'U.K.'],
  'Soviet Union': ['USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics'],
  'West Germany': ['Federal Republic of Germany'],
  'East Germany': ['German Democratic Republic', 'GDR'],
  Yugoslavia: [],
  Czechoslovakia: [],
};

const LATIN = /^[\p{Script=Latin}\p{M}\s.'’,()-]+$/u;

/**
 * Every name of a country, folded by nameKey, to the one it is filed under:
 * world-countries' common name ("United States") for its official name and
 * alternative spellings ("United States of America", "USA", "UK"). The
 * two-letter ISO codes among them are left out: "CO", "AG" or "SA" in wire
 * copy are company suffixes.
 */
const COUNTRY_BY_KEY: ReadonlyMap<string, string> = (() => {
  const byKey = new Map<string, string>();
  const add = (canonical: string, names: readonly string[]) => {
    for (const name of [canonical, ...names]) {
      const key = nameKey(name);
      if (LATIN.test(name) && key !== '' && !byKey.has(key)) byKey.set(key, canonical);
    }
  };
  for (const [canonical, names] of Object.entries(USAGE_ALIASES)) add(canonical, names);
  for (const country of countries as unknown as readonly Country[])
    add(
      country.name.common,
      [country.name.official, ...country.altSpellings].filter((name) => name !== country.cca2),
    );
  return byKey;
})();

/** What a country's people are called ("Turkish", "West German"): adjectives, never names. */
const DEMONYMS: ReadonlySet<string> = new Set(
  (countries as unknown as readonly Country[]).flatMap((country) =>
    Object.values(country.demonyms ?? {}).flatMap(({ f, m }) => [f, m]),
  ),
);

export function isDemonym(word: string): boolean {
  return DEMONYMS.has(word);
}

const SHORT = 3;
const CAPITALS = /^[\p{Lu}.]+$/u;

/**
 * The name a country is filed under, if `name` is one of its names: "U.S."
 * is "United States". A short name counts only in capitals: "Us" opening a
 * sentence is the pronoun.
 */
export function countryName(name: string): string | undefined {
  const key = nameKey(name);
  if (key.length <= SHORT && !CAPITALS.test(name)) return undefined;
  return COUNTRY_BY_KEY.get(key);
}
