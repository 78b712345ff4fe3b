import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test fails if a page it opens logs a console error or throws, so
 * "no page logs a console error" holds for everything the tests do.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The seed articles, as the site shows them. */
export const SEEDS = {
  nov19: {
    date: '2025-11-19',
    headlineStart: 'The Trump administration has been “secretly” working',
  },
  nov22: {
    date: '2025-11-22',
    headlineStart: 'The Axios website revealed that President Donald Trump',
  },
} as const;

export { htmlFiles, sitePath } from '../../scripts/bench/pages.ts';

/** Every request the page makes, from now on, for a URL that contains `part`. */
export function requestsTo(page: Page, part: string): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes(part)) urls.push(request.url());
  });
  return urls;
}

/** Collects the page's Content-Security-Policy violations, as "directive blocked-URI", from now on. */
export async function cspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(violation: string): void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return violations;
}
