import { describe, expect, it } from 'vitest';
import { formatProblem, readConfig } from '../../../src/config/archive-config.ts';

const places = { root: '/project', cwd: '/home/ana/work' };

function config(env: Record<string, string>) {
  const read = readConfig(env, places);
  if (!read.ok) throw new Error(read.problems.map(formatProblem).join('\n'));
  return read.config;
}

function problems(env: Record<string, string>): string[] {
  const read = readConfig(env, places);
  return read.ok ? [] : read.problems.map(formatProblem);
}

describe('readConfig', () => {
  it('gives the defaults, paths in the project, when nothing is set', () => {
    expect(config({})).toEqual({
      seeds: '/project/seeds',
      skipInvalid: false,
      out: '/project/dist',
      site: 'http://localhost:4321',
      base: '/',
      title: 'News Archive',
      shardSize: 500,
      cache: '/project/.archive-cache',
    });
  });

  it('takes a relative ARCHIVE_CACHE from where the command was typed', () => {
    expect(config({ ARCHIVE_CACHE: '../cache' })).toMatchObject({ cache: '/home/ana/cache' });
    expect(config({ ARCHIVE_CACHE: '/var/cache/archive' })).toMatchObject({
      cache: '/var/cache/archive',
    });
  });

  it('takes relative ARCHIVE_SEEDS and ARCHIVE_OUT alike from where the command was typed', () => {
    expect(config({ ARCHIVE_SEEDS: 'articles', ARCHIVE_OUT: '../site' })).toMatchObject({
      seeds: '/home/ana/work/articles',
      out: '/home/ana/site',
    });
    expect(
      config({ ARCHIVE_SEEDS: '/data/articles/', ARCHIVE_OUT: '/srv/www/archive' }),
    ).toMatchObject({ seeds: '/data/articles', out: '/srv/www/archive' });
  });

  it('keeps the search documents in ARCHIVE_SEARCH_DOCUMENTS only when it is set, from where the command was typed', () => {
    expect(config({ ARCHIVE_SEARCH_DOCUMENTS: 'documents' })).toMatchObject({
      searchDocuments: '/home/ana/work/documents',
    });
    expect(config({})).not.toHaveProperty('searchDocuments');
    expect(problems({ ARCHIVE_SEARCH_DOCUMENTS: '' })).toEqual([
      'ARCHIVE_SEARCH_DOCUMENTS="": expected a folder path, found an empty value',
    ]);
  });

  it('keeps the path of ARCHIVE_SITE as the base path, and a base path under it', () => {
    expect(config({ ARCHIVE_SITE: 'https://news.example.org/sub/' })).toMatchObject({
      site: 'https://news.example.org',
      base: '/sub/',
    });
    expect(config({ ARCHIVE_SITE: 'https://news.example.org/sub' })).toMatchObject({
      site: 'https://news.example.org',
      base: '/sub/',
    });
    expect(
      config({ ARCHIVE_SITE: 'https://news.example.org/sub/', ARCHIVE_BASE: '/sub/archive' }),
    ).toMatchObject({ base: '/sub/archive/' });
    expect(
      config({ ARCHIVE_SITE: 'https://news.example.org', ARCHIVE_BASE: '/archive' }),
    ).toMatchObject({ base: '/archive/' });
  });

  it('reads the switches and numbers', () => {
    expect(
      config({
        ARCHIVE_SKIP_INVALID: '1',
        ARCHIVE_SEARCH_SHARD_SIZE: '200',
        ARCHIVE_TITLE: '  The Harbour Times ',
      }),
    ).toMatchObject({ skipInvalid: true, shardSize: 200, title: 'The Harbour Times' });
    expect(config({ ARCHIVE_SKIP_INVALID: '0' })).toMatchObject({ skipInvalid: false });
  });

  it.each([
    [
      'ARCHIVE_SITE',
      'ftp://x',
      'ARCHIVE_SITE="ftp://x": expected an http:// or https:// address such as https://news.example.org',
    ],
    [
      'ARCHIVE_SITE',
      '',
      'ARCHIVE_SITE="": expected an http:// or https:// address such as https://news.example.org, found an empty value',
    ],
    [
      'ARCHIVE_SITE',
      'news.example.org',
      'ARCHIVE_SITE="news.example.org": expected an http:// or https:// address such as https://news.example.org, found no scheme',
    ],
    [
      'ARCHIVE_SITE',
      'https://ana:secret@news.example.org',
      'ARCHIVE_SITE="https://ana:secret@news.example.org": expected an http:// or https:// address such as https://news.example.org, without a user name or password',
    ],
    [
      'ARCHIVE_SITE',
      'https://news.example.org/?page=1',
      'ARCHIVE_SITE="https://news.example.org/?page=1": expected an http:// or https:// address such as https://news.example.org, without a query or fragment',
    ],
    [
      'ARCHIVE_BASE',
      '//evil.example/',
      'ARCHIVE_BASE="//evil.example/": expected a path such as /archive/ on the same host, found another host',
    ],
    [
      'ARCHIVE_BASE',
      'https://evil.example/',
      'ARCHIVE_BASE="https://evil.example/": expected a path such as /archive/ on the same host, found a path that does not start with /',
    ],
    [
      'ARCHIVE_BASE',
      '/../',
      'ARCHIVE_BASE="/../": expected a path such as /archive/ on the same host, of letters, digits and - . _ ~ between its slashes, found ".."',
    ],
    [
      'ARCHIVE_BASE',
      '/a b/',
      'ARCHIVE_BASE="/a b/": expected a path such as /archive/ on the same host, of letters, digits and - . _ ~ between its slashes, found "a b"',
    ],
    [
      'ARCHIVE_BASE',
      '',
      'ARCHIVE_BASE="": expected a path such as /archive/ on the same host, found an empty value',
    ],
    ['ARCHIVE_SEEDS', '', 'ARCHIVE_SEEDS="": expected a folder path, found an empty value'],
    ['ARCHIVE_OUT', ' ', 'ARCHIVE_OUT=" ": expected a folder path, found an empty value'],
    ['ARCHIVE_SKIP_INVALID', 'yes', 'ARCHIVE_SKIP_INVALID="yes": expected 1 (or 0)'],
    [
      'ARCHIVE_SEARCH_SHARD_SIZE',
      '0',
      'ARCHIVE_SEARCH_SHARD_SIZE="0": expected a whole number of articles from 1 to 1,000,000',
    ],
    [
      'ARCHIVE_SEARCH_SHARD_SIZE',
      '2.5e3',
      'ARCHIVE_SEARCH_SHARD_SIZE="2.5e3": expected a whole number of articles from 1 to 1,000,000',
    ],
    [
      'ARCHIVE_TITLE',
      '',
      'ARCHIVE_TITLE="": expected a name of visible text, found an empty value',
    ],
    [
      'ARCHIVE_TITLE',
      'News\u0007Archive',
      'ARCHIVE_TITLE="News\\u{7}Archive": expected a name of visible text, found a control character',
    ],
  ])(
    'rejects %s=%j in one line naming the variable, the value and what is expected',
    (variable, value, line) => {
      expect(problems({ [variable]: value })).toEqual([line]);
    },
  );

  it('rejects a base path outside the path of ARCHIVE_SITE', () => {
    expect(
      problems({ ARCHIVE_SITE: 'https://news.example.org/sub/', ARCHIVE_BASE: '/archive/' }),
    ).toEqual([
      'ARCHIVE_BASE="/archive/": expected a path under ARCHIVE_SITE\'s path /sub/, such as /sub/archive/, or no ARCHIVE_BASE',
    ]);
  });

  it('rejects an ARCHIVE_* variable it does not read, suggesting the one it may have meant', () => {
    expect(problems({ ARCHIVE_SEED: '/data/articles' })).toEqual([
      'ARCHIVE_SEED: expected a variable this tool reads, such as ARCHIVE_SEEDS, found one it does not read',
    ]);
    expect(problems({ ARCHIVE_COLOUR: 'blue' })).toEqual([
      'ARCHIVE_COLOUR: expected a variable this tool reads (ARCHIVE_SEEDS, ARCHIVE_SKIP_INVALID, ARCHIVE_OUT, ARCHIVE_SITE, ARCHIVE_BASE, ARCHIVE_TITLE, ARCHIVE_SEARCH_SHARD_SIZE, ARCHIVE_SEARCH_DOCUMENTS, ARCHIVE_CACHE), found one it does not read',
    ]);
  });

  it('lists every problem at once', () => {
    expect(problems({ ARCHIVE_SITE: 'ftp://x', ARCHIVE_SKIP_INVALID: 'true' })).toHaveLength(2);
  });

  it('shows control and bidi characters of a value as escapes, so a value cannot disguise itself', () => {
    expect(problems({ ARCHIVE_BASE: '/news\u202Evid/' })).toEqual([
      'ARCHIVE_BASE="/news\\u{202E}vid/": expected a path such as /archive/ on the same host, of letters, digits and - . _ ~ between its slashes, found "news\\u{202E}vid"',
    ]);
  });
});
