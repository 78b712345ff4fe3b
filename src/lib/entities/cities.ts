import cityMap from 'city-timezones/data/cityMap.json' with { type: 'json' };
import { COMMON_WORDS, GIVEN_NAME_TAGS, lexiconTags } from './lexicon.ts';
import { nameKey } from './name-key.ts';

/**
 * The smallest city that names a place on its own: below it, city names
 * are too often also surnames or words ("Lowell", "Clayton").
 */
const MIN_POPULATION = 100_000;

interface City {
  city: string;
  city_ascii: string;
  pop: number;
}

/**
 * The world's cities of some size, by key (nameKey), from city-timezones'
 * list (about 7,300 cities with their populations), in both their own
 * spelling and in ASCII ("Århus", "Aarhus"). Left out are names that are
 * common English words ("Reading", "Mobile", "Split") or given names
 * ("Sofia", "Florence", "Charlotte"), which a capital alone does not make a
 * place.
 */
const CITY_KEYS: ReadonlySet<string> = new Set(
  (cityMap as readonly City[])
    .filter(({ pop }) => pop >= MIN_POPULATION)
    .flatMap(({ city, city_ascii }) => [city, city_ascii])
    .filter(
      (name) =>
        !COMMON_WORDS.has(name.toLowerCase()) &&
        !lexiconTags(name).some((tag) => GIVEN_NAME_TAGS.includes(tag)),
    )
    .map(nameKey),
);

/** Whether a name is a known city's: "Houston", "Kraków", "São Paulo", "St. Louis". */
export function isKnownCity(name: string): boolean {
  return CITY_KEYS.has(nameKey(name));
}
