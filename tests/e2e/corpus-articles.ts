import { htmlFiles, sitePath } from './fixtures.ts';
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
