import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BuildProgress } from '../../../src/build/build-progress.ts';
import type { PageGroup } from '../../../src/lib/urls.ts';

const QUIET_MS = 15_000;

function report(): { lines: string[]; progress: BuildProgress } {
  const lines: string[] = [];
  return { lines, progress: new BuildProgress((line) => lines.push(line), QUIET_MS) };
}

/** A path of each group of page, as the site has them: `/2024/03/05/slug-7/`. */
const PATHS: Record<PageGroup, (n: number) => string> = {
  article: (n) => `/2024/03/05/slug-${n}/`,
  entity: (n) => `/people/person-${n}/`,
  story: (n) => `/stories/story-${n}/`,
  date: (n) => `/1987/${String((n % 12) + 1).padStart(2, '0')}/page/${n}/`,
  other: (n) => `/other-${n}/`,
};

/** Renders `count` pages of `group`, numbered from `from`; returns their paths. */
function render(progress: BuildProgress, group: PageGroup, count: number, from = 1): string[] {
  const paths = Array.from({ length: count }, (_, i) => PATHS[group](from + i));
  for (const path of paths) progress.rendered(group, path);
  return paths;
}

/** A build's progress through loading `files` seed files of which `articles` are valid, and rendering their pages: the lines it printed, and the paths of the pages. */
function loadAndRender(
  files: number,
  articles: number,
  pages: Partial<Record<Exclude<PageGroup, 'article'>, number>> = {},
): { lines: string[]; progress: BuildProgress; paths: string[] } {
  const { lines, progress } = report();
  for (let i = 1; i <= files; i++) progress.loaded(i, files);
  progress.willRender(articles);
  const paths = render(progress, 'article', articles);
  for (const [group, count] of Object.entries(pages) as [PageGroup, number][])
    paths.push(...render(progress, group, count));
  return { lines, progress, paths };
}

describe('BuildProgress', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports each tenth of a phase with counts, never one line per item', () => {
    const { lines, progress, paths } = loadAndRender(25_000, 25_000, { other: 300 });
    progress.finish(paths);
    expect(lines).toHaveLength(23);
    expect(lines[0]).toMatch(/^\[archive\] load {3}2,500\/25,000 articles \(10%\) {2}\d+\.\d s$/u);
    expect(lines[9]).toMatch(/^\[archive\] load {3}25,000\/25,000 articles \(100%\)/u);
    expect(lines[10]).toMatch(/^\[archive\] render 1\/25,000 article pages \(0%\)/u);
    expect(lines[20]).toMatch(
      /^\[archive\] render 25,000\/25,000 article pages \(100%\), 0 entity pages, 0 story pages, 0 date pages, 0 other pages/u,
    );
    expect(lines[21]).toMatch(
      /^\[archive\] render 25,000\/25,000 article pages \(100%\), 0 entity pages, 0 story pages, 0 date pages, 1 other pages/u,
    );
    expect(lines[22]).toMatch(
      /^\[archive\] done {3}25,300 pages: 25,000 article, 0 entity, 0 story, 0 date, 300 other; all rendered {2}/u,
    );
  });

  it('counts the article pages to render out of the valid articles, not the files read', () => {
    const { lines } = loadAndRender(28, 19);
    expect(lines.filter((line) => line.startsWith('[archive] render')).at(-1)).toMatch(
      /^\[archive\] render 19\/19 article pages \(100%\)/u,
    );
  });

  it('counts every group of page rendered, and shows those rendered after the last article', () => {
    const { lines, progress, paths } = loadAndRender(1_000, 1_000, { story: 12, date: 40 });
    expect(lines.at(-1)).toMatch(
      /^\[archive\] render 1,000\/1,000 article pages \(100%\), 0 entity pages, 12 story pages, 1 date pages, 0 other pages {2}/u,
    );
    paths.push(...render(progress, 'entity', 1_500));
    vi.advanceTimersByTime(QUIET_MS);
    paths.push(...render(progress, 'entity', 1_500, 1_501));
    progress.finish(paths);
    expect(lines.at(-2)).toMatch(
      /^\[archive\] render 1,000\/1,000 article pages \(100%\), 1,500 entity pages, 12 story pages, 40 date pages, 0 other pages, for \d+ s so far/u,
    );
    expect(lines.at(-1)).toMatch(
      /^\[archive\] done {3}4,052 pages: 1,000 article, 3,000 entity, 12 story, 40 date, 0 other; all rendered {2}/u,
    );
  });

  it('says, while pages may be copied from the last build, that it counts those rendered', () => {
    const { lines, progress } = report();
    progress.keepsPages();
    progress.willRender(400);
    render(progress, 'article', 3);
    expect(lines.at(-1)).toMatch(
      /^\[archive\] render 1 of 400 article pages rendered, the unchanged ones copied from the last build, 0 entity pages/u,
    );
  });

  it('counts the pages copied from the last build as well as those rendered, by group, however Astro spells their paths', () => {
    const { lines, progress, paths } = loadAndRender(30, 2, { date: 1, other: 1 });
    const kept = [
      ...Array.from({ length: 28 }, (_, i) => PATHS.article(i + 3)),
      PATHS.entity(1),
      PATHS.entity(2),
      // Astro's list of pages has them decoded and without the leading slash; the request, encoded.
      '/people/mehmet-yılmaz/',
    ];
    progress.rendered('entity', '/people/ay%C5%9Fe-kaya/');
    const listed = [...paths, '/people/ayşe-kaya/', ...kept].map((path) => path.slice(1));
    progress.finish(listed.map((path) => `/${path}`));
    expect(lines.at(-1)).toMatch(
      /^\[archive\] done {3}36 pages: 30 article, 4 entity, 0 story, 1 date, 1 other; 5 rendered \(2 article, 1 entity, 0 story, 1 date, 1 other\), 31 kept from the last build {2}/u,
    );
  });

  it('reports each tenth of handing over search documents and of storing entries', () => {
    const { lines, progress } = report();
    for (let i = 1; i <= 50; i++) progress.handedOver(i, 50);
    for (let i = 1; i <= 50; i++) progress.stored(i, 50);
    expect(lines.filter((line) => line.startsWith('[archive] search'))).toHaveLength(10);
    expect(lines.filter((line) => line.startsWith('[archive] store'))).toHaveLength(10);
    expect(lines.at(-1)).toMatch(
      /^\[archive\] store {2}50\/50 entries in the content store \(100%\)/u,
    );
  });

  it('says what the build is doing, and for how long, when it has been quiet for a while', () => {
    const { lines, progress } = report();
    progress.stored(1, 1);
    vi.advanceTimersByTime(QUIET_MS - 1);
    expect(lines).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(lines.at(-1)).toMatch(
      /^\[archive\] prepare Astro saves the content store, for 15 s so far {2}15\.0 s$/u,
    );
    vi.advanceTimersByTime(2 * QUIET_MS);
    progress.preparing();
    expect(lines.at(-1)).toMatch(
      /^\[archive\] prepare Astro bundles the pages and lists their paths {2}45\.0 s$/u,
    );
    vi.advanceTimersByTime(2 * QUIET_MS);
    expect(lines.at(-1)).toMatch(
      /^\[archive\] prepare Astro bundles the pages and lists their paths, for 30 s so far {2}75\.0 s$/u,
    );
    expect(lines).toHaveLength(7);
  });

  it('names the derive step, not the load before it, while the links are being decided', () => {
    const { lines, progress } = report();
    progress.loaded(1, 1);
    progress.deriving();
    vi.advanceTimersByTime(QUIET_MS);
    expect(lines.at(-1)).toMatch(
      /^\[archive\] derive related articles, entities and stories being decided, for 15 s so far {2}15\.0 s$/u,
    );
  });

  it('falls silent once finished or stopped', () => {
    for (const end of ['finish', 'stop'] as const) {
      const { lines, progress } = report();
      if (end === 'finish') progress.finish([]);
      else progress.stop();
      const said = lines.length;
      vi.advanceTimersByTime(10 * QUIET_MS);
      expect(lines, end).toHaveLength(said);
    }
  });
});
