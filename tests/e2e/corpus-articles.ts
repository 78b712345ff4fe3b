import { htmlFiles, sitePath } from './fixtures.ts';
import { CORPUS_ARTICLES } from '../../playwright.config.ts';
import { isArticlePath } from '../../src/lib/urls.ts';

/** The generated archive's article paths (playwright.config.ts), by day `YYYY-MM-DD`, from its built pages, percent-encoded as in links. */
export function corpusArticlesByDay(): Map<string, string[]> {
  const byDay = new Map<string, string[]>();
  for (const path of htmlFiles(new URL('../../dist-fixtures/corpus/', import.meta.url))
    .map(sitePath)
    .filter(isArticlePath)) {
    const day = path.slice(1, 11).replaceAll('/', '-');
    byDay.set(day, [...(byDay.get(day) ?? []), encodeURI(path)]);
  }
  return byDay;
}

/** The start of the search page's coverage line once it has searched `searched` of the generated archive's articles. */
export function corpusCoverage(searched: number): string {
  return `Searched ${searched.toLocaleString('en-GB')} of ${CORPUS_ARTICLES.toLocaleString('en-GB')} articles`;
}
