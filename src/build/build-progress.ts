import { pageGroup, type PageGroup } from '../lib/urls.ts';

const numbers = new Intl.NumberFormat('en-GB');

/** Without a line for this long, the report says what the build is doing: no phase of a large build is silent. */
const QUIET_MS = 15_000;

/** The kinds of page counted besides articles, in the order the lines list them. */
const OTHER_GROUPS = ['entity', 'story', 'date', 'other'] as const satisfies readonly PageGroup[];
const GROUPS = ['article', ...OTHER_GROUPS] as const satisfies readonly PageGroup[];

/**
 * Progress of a long build, per phase, with counts and elapsed time: a line
 * at each tenth of a phase, never one per page, and a line whenever the
 * build has said nothing for a while. Printed directly rather than through
 * Astro's logger, because `npm run build` quiets Astro's per-page lines.
 */
export class BuildProgress {
  readonly #write: (line: string) => void;
  readonly #started = performance.now();
  readonly #quiet: NodeJS.Timeout;
  #lastLine = performance.now();
  /** The phase under way, since when, and what it has done so far, for the line of a quiet spell. */
  #phaseStarted = performance.now();
  #phase = 'start';
  #state: () => string = () => 'Astro loads its configuration';
  #articles = 0;
  #pages = 0;
  readonly #renderedPaths = new Set<string>();
  #keeping = false;
  readonly #rendered: Record<PageGroup, number> = {
    article: 0,
    entity: 0,
    story: 0,
    date: 0,
    other: 0,
  };

  constructor(
    write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
    quietMs = QUIET_MS,
  ) {
    this.#write = write;
    // The timer must not keep a failed build's process alive.
    this.#quiet = setInterval(() => this.#sayIfQuiet(quietMs), quietMs).unref();
  }

  /** Called for each seed file read; `total` is the number of seed files. */
  loaded(done: number, total: number): void {
    this.#step('load', done, total, 'articles');
  }

  /** Called when the archive's related articles, entities and stories start to be decided, which prints nothing until they are. */
  deriving(): void {
    this.#during('derive', () => 'related articles, entities and stories being decided');
  }

  /** Called once the archive is read, with its number of valid articles: the article pages to render, whatever files were skipped. */
  willRender(articles: number): void {
    this.#articles = articles;
  }

  /** Called when the build may copy unchanged pages from the last build: Astro says nothing of those until the end, so the render lines count only the pages rendered. */
  keepsPages(): void {
    this.#keeping = true;
  }

  /** Called for each search document handed to the search index. */
  handedOver(done: number, total: number): void {
    this.#step('search', done, total, 'documents handed to the search index');
  }

  /** Called for each article's entry given to Astro's content store; after the last, Astro saves the store. */
  stored(done: number, total: number): void {
    this.#step('store', done, total, 'entries in the content store');
    if (done === total) this.#during('prepare', () => 'Astro saves the content store');
  }

  /** Called when Astro starts its own build, between the content store and the first page. */
  preparing(): void {
    this.#during('prepare', () => 'Astro bundles the pages and lists their paths', true);
    this.#line(this.#phase, this.#state());
  }

  /** Called for each page rendered, with its path within the site (below the base). */
  rendered(group: PageGroup, path: string): void {
    this.#renderedPaths.add(pathKey(path));
    this.#rendered[group]++;
    this.#pages++;
    this.#during('render', () => this.#renderState());
    // Astro renders route after route, so a group's first page says which pages are being written now.
    if (
      this.#rendered[group] === 1 ||
      (group === 'article' && isStep(this.#rendered.article, this.#articles))
    )
      this.#line(this.#phase, this.#state());
  }

  note(phase: string, message: string): void {
    this.#line(phase, message);
  }

  /**
   * Called once the site is written, with the paths of every page in it: the
   * line counts them all, those copied from the last build (src/site/page-key.ts)
   * as well as those rendered.
   */
  finish(pages: readonly string[]): void {
    clearInterval(this.#quiet);
    const kept = { ...this.#rendered };
    for (const group of GROUPS) kept[group] = 0;
    for (const path of pages) if (!this.#renderedPaths.has(pathKey(path))) kept[pageGroup(path)]++;
    const all = (group: PageGroup) => this.#rendered[group] + kept[group];
    const keptPages = GROUPS.reduce((sum, group) => sum + kept[group], 0);
    this.#line(
      'done',
      `${count(this.#pages + keptPages)} pages: ${GROUPS.map((group) => `${count(all(group))} ${group}`).join(', ')}; ${
        keptPages === 0
          ? 'all rendered'
          : `${count(this.#pages)} rendered (${GROUPS.map((group) => `${count(this.#rendered[group])} ${group}`).join(', ')}), ${count(keptPages)} kept from the last build`
      }`,
    );
  }

  /** Stops the lines of quiet spells, for a build that ends without finishing. */
  stop(): void {
    clearInterval(this.#quiet);
  }

  #renderState(): string {
    const articles = this.#rendered.article;
    const others = OTHER_GROUPS.map((group) => `${count(this.#rendered[group])} ${group} pages`);
    return this.#keeping
      ? `${count(articles)} of ${count(this.#articles)} article pages rendered, the unchanged ones copied from the last build, ${others.join(', ')}`
      : `${count(articles)}/${count(this.#articles)} article pages (${percent(articles, this.#articles)}), ${others.join(', ')}`;
  }

  #step(phase: string, done: number, total: number, noun: string): void {
    this.#during(phase, () => `${count(done)}/${count(total)} ${noun} (${percent(done, total)})`);
    if (isStep(done, total)) this.#line(phase, this.#state());
  }

  /** `restart`: a new step of the build begins, whose quiet spells count their seconds from now. */
  #during(phase: string, state: () => string, restart = phase !== this.#phase): void {
    if (restart) this.#phaseStarted = performance.now();
    this.#phase = phase;
    this.#state = state;
  }

  #sayIfQuiet(quietMs: number): void {
    const now = performance.now();
    if (now - this.#lastLine < quietMs) return;
    this.#line(
      this.#phase,
      `${this.#state()}, for ${((now - this.#phaseStarted) / 1000).toFixed(0)} s so far`,
    );
  }

  #line(phase: string, message: string): void {
    this.#lastLine = performance.now();
    this.#write(
      `[archive] ${phase.padEnd(6)} ${message}  ${((this.#lastLine - this.#started) / 1000).toFixed(1)} s`,
    );
  }
}

/** True at each tenth of `total`, and at its end. */
function isStep(done: number, total: number): boolean {
  return done === total || Math.floor((done * 10) / total) > Math.floor(((done - 1) * 10) / total);
}

/** A page's path as both Astro's list and the page's own address may give it: decoded, without its outer slashes. */
const pathKey = (path: string) => decodeURI(path).replace(/^\/+|\/+$/gu, '');

const count = (n: number) => numbers.format(n);
const percent = (done: number, total: number) =>
  total === 0 ? '100%' : `${Math.floor((done * 100) / total)}%`;
