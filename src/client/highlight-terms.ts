/**
 * Marks the search terms in an article opened from a search result: the
 * result's link carries them (src/lib/search/highlight.ts). Pagefind's
 * highlight script is imported only then, so an article opened any other way
 * loads nothing more than this. The page gives that script's URL under the
 * base path (`data-highlight-script` on the marked element): importing the
 * site's URL helpers here would bring their date formatting along, a chunk
 * every article page would fetch for nothing.
 */
import { HIGHLIGHT_PARAM } from '../lib/search/highlight.ts';

interface PagefindHighlightOptions {
  highlightParam: string;
  markContext: string;
  addStyles: boolean;
}

export async function highlightSearchTerms(context: string): Promise<void> {
  const script = document.querySelector<HTMLElement>(context)?.dataset['highlightScript'];
  if (!script || !new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  const module = (await import(/* @vite-ignore */ script)) as {
    default: new (options: PagefindHighlightOptions) => unknown;
  };
  // Its own styles would be an inline <style>, which the Content-Security-Policy
  // forbids: global.css styles the marks instead.
  new module.default({ highlightParam: HIGHLIGHT_PARAM, markContext: context, addStyles: false });
}
