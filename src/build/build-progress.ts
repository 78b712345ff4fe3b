const numbers = new Intl.NumberFormat('en-GB');

/**
 * Progress of a long build, per phase, with counts and elapsed time: a line
 * at each tenth of a phase, never one per page. Printed directly rather than
 * through Astro's logger, because `npm run build` quiets Astro's per-page lines.
 */
export class BuildProgress {
  readonly #write: (line: string) => void;
  readonly #started = performance.now();
  #articles = 0;
  #rendered = 0;
  #renderedArticles = 0;

  constructor(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)) {
    this.#write = write;
  }

  /** Called for each seed file read; `total` is the number of seed files. */
  loaded(done: number, total: number): void {
    if (isStep(done, total))
      this.#line('load', `${count(done)}/${count(total)} articles (${percent(done, total)})`);
  }

  /** Called once the archive is read, with its number of valid articles: the article pages to render, whatever files were skipped. */
  willRender(articles: number): void {
    this.#articles = articles;
  }

  /** Called for each page rendered. */
  rendered(isArticle: boolean): void {
    this.#rendered++;
    if (!isArticle) return;
    this.#renderedArticles++;
    if (isStep(this.#renderedArticles, this.#articles)) {
      this.#line(
        'render',
        `${count(this.#renderedArticles)}/${count(this.#articles)} article pages (${percent(this.#renderedArticles, this.#articles)}), ${count(this.#rendered - this.#renderedArticles)} other pages`,
      );
    }
  }

  note(phase: string, message: string): void {
    this.#line(phase, message);
  }

  finish(): void {
    this.#line('done', `${count(this.#rendered)} pages`);
  }

  #line(phase: string, message: string): void {
    this.#write(
      `[archive] ${phase.padEnd(6)} ${message}  ${((performance.now() - this.#started) / 1000).toFixed(1)} s`,
    );
  }
}

/** True at each tenth of `total`, and at its end. */
function isStep(done: number, total: number): boolean {
  return done === total || Math.floor((done * 10) / total) > Math.floor(((done - 1) * 10) / total);
}

const count = (n: number) => numbers.format(n);
const percent = (done: number, total: number) => `${Math.floor((done * 100) / total)}%`;
