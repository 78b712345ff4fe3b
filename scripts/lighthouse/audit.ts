import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { samplePages } from '../bench/pages.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../bench/preview.ts';

// Lighthouse on the seed archive, with its default settings: a mid-range
// phone on a slow 4G connection, network and CPU throttling simulated from
// an unthrottled load. The simulation scales the CPU time it observes, so a
// busy machine lowers the Performance score: it is measured by a benchmark,
// `npm run lighthouse`, over several runs. Accessibility, Best Practices and
// SEO do not vary from run to run, and the end-to-end tests hold them to
// their targets (tests/e2e/lighthouse.spec.ts).

/** The score each category must reach, out of 100. */
export const TARGETS = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
} as const;
export type Category = keyof typeof TARGETS;
export const CATEGORIES = Object.keys(TARGETS) as Category[];

/** The pages judged, from the seed archive's site paths: an article, the timeline, and a search with results. */
export function lighthousePages(paths: string[]): {
  article: string;
  timeline: string;
  search: string;
} {
  const { article, timeline, search } = samplePages(paths, 'Dmitriev');
  return { article: article!, timeline: timeline!, search: search! };
}

export interface Run<C extends Category = Category> {
  /** Out of 100. */
  scores: Record<C, number>;
  /** Each category below its target, with its score and the audits that lost points. */
  shortfalls: Partial<Record<C, string>>;
}

/** Lighthouse's Chromium, headless, with the flags the end-to-end tests use. */
export async function withChrome<T>(use: (port: number) => Promise<T>): Promise<T> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    return await use(chrome.port);
  } finally {
    chrome.kill();
  }
}

/** One Lighthouse run on a page, judging only `categories`. */
export async function runLighthouse<C extends Category>(
  url: string,
  port: number,
  categories: readonly C[],
): Promise<Run<C>> {
  const result = await lighthouse(url, {
    port,
    logLevel: 'error',
    onlyCategories: [...categories],
  });
  const lhr = result?.lhr;
  if (!lhr || lhr.runtimeError)
    throw new Error(
      `Lighthouse could not judge ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`,
    );
  const scores = Object.fromEntries(
    categories.map((category) => [
      category,
      Math.round((lhr.categories[category]?.score ?? 0) * 100),
    ]),
  ) as Record<C, number>;
  const shortfalls = Object.fromEntries(
    categories
      .filter((category) => scores[category] < TARGETS[category])
      .map((category) => [
        category,
        `${scores[category]} < ${TARGETS[category]}: ${lostPoints(lhr, category).join('; ')}`,
      ]),
  ) as Partial<Record<C, string>>;
  return { scores, shortfalls };
}

/** A category's weighted audits that scored below full marks, with what they found and, for elements, where. */
function lostPoints(lhr: Result, category: Category): string[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id]!)
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => {
      const value = audit.displayValue ? `, ${audit.displayValue}` : '';
      const items =
        audit.details && 'items' in audit.details
          ? (audit.details.items as Array<{ node?: { selector?: string } }>)
          : [];
      const where = items.flatMap((item) => item.node?.selector ?? []).slice(0, 3);
      return `${audit.id} (${audit.title}${value})${where.length > 0 ? ` at ${where.join(', ')}` : ''}`;
    });
}
