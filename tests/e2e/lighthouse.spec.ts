// Playwright's own test, not fixtures.ts's: Lighthouse drives a Chromium of
// its own, and opens no Playwright page whose console could be checked.
import { expect, test } from '@playwright/test';
import { htmlFiles, sitePath } from '../../scripts/bench/pages.ts';
import {
  lighthousePages,
  runLighthouse,
  TARGETS,
  withChrome,
} from '../../scripts/lighthouse/audit.ts';

/**
 * The categories held to their targets here: they do not vary from run to
 * run, so one run decides. Performance does, with the machine's load, and is
 * a benchmark instead (`npm run lighthouse`).
 */
const GATED = ['accessibility', 'best-practices', 'seo'] as const;
const dist = new URL('../../dist/', import.meta.url);

test.describe('Lighthouse', () => {
  for (const name of ['article', 'timeline', 'search'] as const) {
    test(`the ${name} page scores ${GATED.map((category) => `${category} ${TARGETS[category]}`).join(', ')}`, async ({
      baseURL,
    }) => {
      // One run of Lighthouse, and a Chromium of its own, on a machine that may be busy.
      test.slow();
      const url = `${baseURL}${lighthousePages(htmlFiles(dist).map(sitePath))[name]}`;
      const run = await withChrome((port) => runLighthouse(url, port, GATED));
      expect(run.shortfalls, `${url}: ${JSON.stringify(run.scores)}`).toEqual({});
    });
  }
});
