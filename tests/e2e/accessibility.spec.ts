import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { hostileArticleUrls, openPageType, PAGE_TYPES } from './page-types.ts';

/** axe-core's rule tags for WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** One line per violation and node, so a failure reads as a list of fixes. */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id}: ${node.target.join(' ')}: ${node.failureSummary ?? violation.help}`,
    ),
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, WCAG 2.2 AA, ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });
    for (const type of PAGE_TYPES) {
      test(type.name, async ({ page }) => {
        await openPageType(page, type);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test('the axe check reports a planted fault: an image without a text alternative', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(() =>
    document
      .querySelector('main')!
      .append(Object.assign(document.createElement('img'), { src: '/favicon.svg' })),
  );
  expect(await axeViolations(page)).toEqual([expect.stringMatching(/^image-alt: img: /u)]);
});

test("axe finds no violation on the hostile archive's articles (right-to-left, CJK, markup as text)", async ({
  page,
}) => {
  const urls = hostileArticleUrls();
  // An axe run per article: several seconds each on a busy machine.
  test.setTimeout(urls.length * 10_000);
  for (const url of urls) {
    await page.goto(url);
    expect(await axeViolations(page), url).toEqual([]);
  }
});

test.describe('keyboard', () => {
  test('the first Tab shows the skip link, which moves focus to the main content', async ({
    page,
  }) => {
    await page.goto('/2025/11/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    // The next Tab goes to the first link of the content, not the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  test('every Tab stop of every page type shows a visible focus indicator', async ({ page }) => {
    test.slow();
    for (const type of PAGE_TYPES) {
      await openPageType(page, type);
      // Tab until focus leaves the page or comes back round to the first stop: every stop, whatever its element.
      let checked = 0;
      for (; checked < 1000; checked += 1) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const element = document.activeElement;
          const seen = window as unknown as { firstStop?: Element };
          if (!element || element === document.body || element === seen.firstStop) return null;
          seen.firstStop ??= element;
          const style = getComputedStyle(element);
          // An outline, or the ring Pagefind draws around its search box.
          const ring = style.boxShadow !== 'none' && /\b[2-9]px\b/u.test(style.boxShadow);
          return {
            element: element.outerHTML.slice(0, 80),
            outline: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || ring,
          };
        });
        if (!focus) break;
        expect(focus.outline, `${type.name}: ${focus.element}`).toBe(true);
      }
      expect(checked, type.name).toBeGreaterThan(1);
    }
  });

  test('search results are reached with Tab from the search box, and open with Enter', async ({
    page,
  }) => {
    await page.goto('/search/');
    // Typing starts once the page has started its search (the note for readers without JavaScript gone), as on a reader’s opened page.
    await page.locator('[data-search-fallback]').waitFor({ state: 'detached' });
    await page.keyboard.press('/');
    await page.keyboard.type('Wicker');
    const result = page.locator('pagefind-results .result a').first();
    await expect(result).toBeVisible();
    for (
      let tab = 0;
      tab < 20 && !(await result.evaluate((link) => link === document.activeElement));
      tab += 1
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(result).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('article h1')).toBeVisible();
  });
});
