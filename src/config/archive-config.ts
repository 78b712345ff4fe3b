import { isAbsolute, join, resolve } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { DEFAULT_SHARD_SIZE } from '../search-index/shard-plan.ts';
import { quoteForLog } from '../lib/text.ts';

/** What the build reads from the environment, checked and resolved. */
export interface ArchiveConfig {
  /** The folder of articles, absolute. */
  seeds: string;
  /** Build the valid articles and list the invalid ones, instead of failing. */
  skipInvalid: boolean;
  /** Where the site is published, absolute. */
  out: string;
  /** The public origin, without a path: `https://news.example.org`. */
  site: string;
  /** The path the site is served under, with a slash at each end: `/` or `/archive/`. ARCHIVE_SITE's own path comes first. */
  base: string;
  title: string;
  /** Articles per search shard. */
  shardSize: number;
  /** A folder to keep the search documents in, absolute, if asked. */
  searchDocuments?: string;
  /** The folder of what one build keeps for the next (src/build/build-cache.ts), absolute. */
  cache: string;
}

/** Why one variable's value cannot be used: one line of the build's error. */
export interface ConfigProblem {
  variable: string;
  /** The value as set, or undefined when the problem is that the variable is set at all. */
  value: string | undefined;
  expected: string;
  found?: string;
}

/** Where relative paths are taken from: defaults from the project, values from where the command was typed. */
export interface ConfigPlaces {
  root: string;
  cwd: string;
}

const DEFAULT_SITE = 'http://localhost:4321';
const DEFAULT_TITLE = 'News Archive';
/** In the checkout, beside `dist/`: where CI that keeps a folder between runs would look. */
const DEFAULT_CACHE_FOLDER = '.archive-cache';
const TITLE_MAX = 100;
const SHARD_SIZE_MAX = 1_000_000;
/** A path segment of ARCHIVE_BASE: characters that need no escaping in a URL, an HTML attribute or a shell. */
const BASE_SEGMENT = /^[A-Za-z0-9._~-]+$/u;
const CONTROL = /\p{Cc}/u;

type Parsed<T> = { ok: true; value: T } | { ok: false; expected: string; found?: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (expected: string, found?: string): Parsed<never> =>
  found === undefined ? { ok: false, expected } : { ok: false, expected, found };

function folder(value: string, places: ConfigPlaces): Parsed<string> {
  if (value.trim() === '') return bad('a folder path', 'an empty value');
  return ok(isAbsolute(value) ? resolve(value) : resolve(places.cwd, value));
}

const httpUrl = z.url({ protocol: /^https?$/u, hostname: z.regexes.hostname });

function site(value: string): Parsed<URL> {
  const expected = 'an http:// or https:// address such as https://news.example.org';
  if (value.trim() === '') return bad(expected, 'an empty value');
  if (!/^[a-z][a-z\d+.-]*:/iu.test(value)) return bad(expected, 'no scheme');
  if (!httpUrl.safeParse(value).success) return bad(expected);
  const url = new URL(value);
  if (url.username || url.password) return bad(`${expected}, without a user name or password`);
  if (url.search || url.hash || value.includes('?') || value.includes('#'))
    return bad(`${expected}, without a query or fragment`);
  if (!url.pathname.split('/').every((segment) => segment === '' || BASE_SEGMENT.test(segment))) {
    return bad(`${expected}, whose path has only letters, digits and - . _ ~ between its slashes`);
  }
  return ok(url);
}

function basePath(value: string, sitePath: string): Parsed<string> {
  const expected = 'a path such as /archive/ on the same host';
  if (value.trim() === '') return bad(expected, 'an empty value');
  if (!value.startsWith('/')) return bad(expected, 'a path that does not start with /');
  if (value.startsWith('//') || value.includes('\\')) return bad(expected, 'another host');
  const segments = value.split('/').filter(Boolean);
  const wrong = segments.find(
    (segment) => segment === '.' || segment === '..' || !BASE_SEGMENT.test(segment),
  );
  if (wrong !== undefined)
    return bad(
      `${expected}, of letters, digits and - . _ ~ between its slashes`,
      quoteForLog(wrong),
    );
  const base = segments.length === 0 ? '/' : `/${segments.join('/')}/`;
  if (!base.startsWith(sitePath))
    return bad(
      `a path under ARCHIVE_SITE's path ${sitePath}, such as ${sitePath}archive/, or no ARCHIVE_BASE`,
    );
  return ok(base);
}

function title(value: string): Parsed<string> {
  const text = value.trim();
  if (text === '') return bad('a name of visible text', 'an empty value');
  if (CONTROL.test(text)) return bad('a name of visible text', 'a control character');
  if ([...text].length > TITLE_MAX)
    return bad(`a name of at most ${TITLE_MAX} characters`, `${[...text].length}`);
  return ok(text);
}

const shardSizes = z.coerce.number().int().min(1).max(SHARD_SIZE_MAX);

function shardSize(value: string): Parsed<number> {
  const parsed = /^\d+$/u.test(value.trim()) ? shardSizes.safeParse(value.trim()) : undefined;
  return parsed?.success
    ? ok(parsed.data)
    : bad(`a whole number of articles from 1 to ${SHARD_SIZE_MAX.toLocaleString('en-GB')}`);
}

function flag(value: string): Parsed<boolean> {
  return value === '1' ? ok(true) : value === '0' ? ok(false) : bad('1 (or 0)');
}

/** Every variable the build reads. */
const VARIABLES = [
  'ARCHIVE_SEEDS',
  'ARCHIVE_SKIP_INVALID',
  'ARCHIVE_OUT',
  'ARCHIVE_SITE',
  'ARCHIVE_BASE',
  'ARCHIVE_TITLE',
  'ARCHIVE_SEARCH_SHARD_SIZE',
  'ARCHIVE_SEARCH_DOCUMENTS',
  'ARCHIVE_CACHE',
] as const;

/**
 * Reads and checks every ARCHIVE_* variable, collecting every problem rather
 * than the first. A variable with this prefix that the build does not know is
 * a problem too: a misspelt ARCHIVE_SEED would otherwise build and publish the
 * sample articles, with exit code 0.
 */
export function readConfig(
  env: NodeJS.ProcessEnv,
  places: ConfigPlaces,
): { ok: true; config: ArchiveConfig } | { ok: false; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  function read<T>(variable: string, parse: (value: string) => Parsed<T>, fallback: T): T {
    const value = env[variable];
    if (value === undefined) return fallback;
    const parsed = parse(value);
    if (parsed.ok) return parsed.value;
    problems.push({
      variable,
      value,
      expected: parsed.expected,
      ...(parsed.found !== undefined && { found: parsed.found }),
    });
    return fallback;
  }

  for (const variable of Object.keys(env).filter(
    (name) => name.startsWith('ARCHIVE_') && !(VARIABLES as readonly string[]).includes(name),
  )) {
    const near = VARIABLES.find((known) => distance(known, variable) <= 3);
    problems.push({
      variable,
      value: undefined,
      expected: `a variable this tool reads${near ? `, such as ${near}` : ` (${VARIABLES.join(', ')})`}`,
      found: 'one it does not read',
    });
  }
  const siteUrl = read('ARCHIVE_SITE', site, new URL(DEFAULT_SITE));
  const sitePath = siteUrl.pathname.endsWith('/') ? siteUrl.pathname : `${siteUrl.pathname}/`;
  const config: ArchiveConfig = {
    seeds: read('ARCHIVE_SEEDS', (value) => folder(value, places), join(places.root, 'seeds')),
    skipInvalid: read('ARCHIVE_SKIP_INVALID', flag, false),
    out: read('ARCHIVE_OUT', (value) => folder(value, places), join(places.root, 'dist')),
    site: siteUrl.origin,
    base: read('ARCHIVE_BASE', (value) => basePath(value, sitePath), sitePath),
    title: read('ARCHIVE_TITLE', title, DEFAULT_TITLE),
    shardSize: read('ARCHIVE_SEARCH_SHARD_SIZE', shardSize, DEFAULT_SHARD_SIZE),
    cache: read(
      'ARCHIVE_CACHE',
      (value) => folder(value, places),
      join(places.root, DEFAULT_CACHE_FOLDER),
    ),
  };
  const searchDocuments = read<string | undefined>(
    'ARCHIVE_SEARCH_DOCUMENTS',
    (value) => folder(value, places),
    undefined,
  );
  if (searchDocuments) config.searchDocuments = searchDocuments;
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config };
}

/** `ARCHIVE_SITE="ftp://x": expected an http:// or https:// address …, found …`: variable, value, what is expected. */
export function formatProblem({ variable, value, expected, found }: ConfigProblem): string {
  const subject = value === undefined ? variable : `${variable}=${quoteForLog(value)}`;
  return `${subject}: expected ${expected}${found === undefined ? '' : `, found ${found}`}`;
}

/** The places of an npm script: the project, and where its command was typed (npm's INIT_CWD). */
export function commandPlaces(root: string): ConfigPlaces {
  return { root, cwd: process.env['INIT_CWD'] ?? process.cwd() };
}

/**
 * The configuration of this process, or an error whose message holds one line
 * per problem, for the places that cannot print and exit themselves (Astro's
 * config and the pages).
 */
export function configOrThrow(root: string): ArchiveConfig {
  const result = readConfig(process.env, commandPlaces(root));
  if (!result.ok)
    throw new Error(
      `Invalid configuration:\n${result.problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`,
    );
  return result.config;
}
