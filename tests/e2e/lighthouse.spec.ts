// Playwright's own test, not fixtures.ts's: Lighthouse drives a Chromium of
// its own, and a Playwright page beside it would only add load to its timings.
import { expect, test } from '@playwright/test';
import { htmlFiles, sitePath } from '../../scripts/bench/pages.ts';
import {
  ATTEMPTS,
  auditPage,
  lighthousePages,
  TARGETS,
  withChrome,
} from '../../scripts/lighthouse/audit.ts';

const dist = new URL('../../dist/', import.meta.url);

test.describe('Lighthouse', () => {
  for (const name of ['article', 'timeline', 'search'] as const) {
    test(`the ${name} page scores at least ${Object.entries(TARGETS)
      .map(([category, target]) => `${category} ${target}`)
      .join(', ')}`, async ({ baseURL }) => {
      // About 10 s a run here, more on a busy machine; one run unless Performance falls short.
      test.setTimeout(ATTEMPTS * 60_000);
      const url = `${baseURL}${lighthousePages(htmlFiles(dist).map(sitePath))[name]}`;
      const runs = await withChrome((port) => auditPage(url, port));
      const scores = runs.map((run) => JSON.stringify(run.scores)).join('\n');
      expect(runs.at(-1)!.shortfalls, `${url}, ${runs.length} run(s):\n${scores}`).toEqual({});
    });
  }
});
