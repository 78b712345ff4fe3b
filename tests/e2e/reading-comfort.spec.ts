import type { Page } from '@playwright/test';
import { expect, SEEDS, test } from './fixtures.ts';
import { hostileArticleUrls, openPageType, PAGE_TYPES } from './page-types.ts';

/**
 * Whether the page scrolls sideways, the elements that reach past either
 * side of the viewport, and those whose content sticks out of them
 * unclipped (a long word in a box that fits). Visually hidden text (1 px,
 * clipped) is inside the viewport like anything else.
 */
function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width)
      found.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && (box.left < -0.5 || box.right > width + 0.5)) {
        found.push(
          `${element.outerHTML.slice(0, 100)} spans ${Math.round(box.left)} to ${Math.round(box.right)} px`,
        );
      } else if (
        element.scrollWidth > element.clientWidth + 1 &&
        getComputedStyle(element).overflowX === 'visible' &&
        element.clientWidth > 0
      ) {
        found.push(
          `${element.outerHTML.slice(0, 100)} holds ${element.scrollWidth} px in ${element.clientWidth} px`,
        );
      }
    }
    return found;
  });
}

for (const width of [320, 768, 1280]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('no element of any page type overflows the viewport', async ({ page }) => {
      for (const type of PAGE_TYPES) {
        await openPageType(page, type);
        expect(await overflow(page), type.name).toEqual([]);
      }
    });

    test('no hostile article (long words, URLs, any script) overflows the viewport', async ({
      page,
    }) => {
      for (const url of hostileArticleUrls()) {
        await page.goto(url);
        expect(await overflow(page), url).toEqual([]);
      }
    });
  });
}

test('the overflow check finds an element wider than the viewport, and text that sticks out of its box', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/');
  await page.evaluate(() => {
    const wide = Object.assign(document.createElement('div'), { id: 'wide' });
    wide.style.width = '400px';
    const unbroken = Object.assign(document.createElement('p'), {
      id: 'unbroken',
      textContent: 'x'.repeat(100),
    });
    unbroken.style.overflowWrap = 'normal';
    document.querySelector('main')!.append(wide, unbroken);
  });
  const found = await overflow(page);
  expect(found).toContainEqual(expect.stringMatching(/^<div id="wide".* spans 16 to 416 px$/u));
  expect(found).toContainEqual(
    expect.stringMatching(/^<p id="unbroken".* holds \d+ px in 288 px$/u),
  );
});

/** The computed colours of the page's background and its text. */
const colours = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return {
      background: getComputedStyle(document.documentElement).backgroundColor,
      text: style.color,
    };
  });

/** The perceived lightness of an `rgb(…)` colour, 0 to 255. */
const lightness = (rgb: string) => {
  const [r = 0, g = 0, b = 0] = rgb.match(/\d+/gu)!.map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

test.describe('colour scheme', () => {
  for (const [colorScheme, dark] of [
    ['light', false],
    ['dark', true],
  ] as const) {
    test(`follows a ${colorScheme} preference`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      const { background, text } = await colours(page);
      expect(lightness(background) < 128, background).toBe(dark);
      expect(lightness(text) < 128, text).toBe(!dark);
    });
  }
});

test('with reduced motion, nothing animates or transitions, even in the search UI', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/search/?q=Dmitriev');
  await expect(page.locator('pagefind-results .result')).toHaveCount(2);
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((element) =>
      [undefined, '::before', '::after'].flatMap((pseudo) => {
        const style = getComputedStyle(element, pseudo);
        const animated =
          style.animationName !== 'none' ||
          style.transitionDuration.split(',').some((duration) => parseFloat(duration) > 0);
        return animated
          ? [`${element.tagName.toLowerCase()}${pseudo ?? ''}.${element.className}`]
          : [];
      }),
    ),
  );
  expect(moving).toEqual([]);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
    'auto',
  );
});

test('every date on every page type is readable text with a machine-readable datetime', async ({
  page,
}) => {
  for (const type of PAGE_TYPES) {
    await openPageType(page, type);
    const times = await page.locator('time').evaluateAll((elements) =>
      elements.map((time) => ({
        datetime: time.getAttribute('datetime') ?? '',
        text: time.textContent ?? '',
      })),
    );
    for (const { datetime, text } of times) {
      expect(datetime, type.name).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/u);
      // Readable: no ISO date; a day of the month alone (in the calendar) is readable in its table.
      expect(text, type.name).not.toMatch(/\d{4}-\d{2}/u);
      expect(text.trim(), type.name).not.toBe('');
    }
  }
});

test.describe('printed', () => {
  test('an article prints with its headline, date, address and text, and without navigation', async ({
    page,
  }) => {
    await page.goto('/2025/11/19/');
    await page.getByRole('link', { name: SEEDS.nov19.headlineStart }).click();
    const address = page.url();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('article h1')).toBeVisible();
    await expect(page.locator(`article time[datetime="${SEEDS.nov19.date}"]`)).toHaveText(
      'Wednesday, 19 November 2025',
    );
    await expect(page.locator('article .print-only')).toHaveText(address);
    await expect(page.locator('.article__body p').first()).toBeVisible();
    for (const chrome of [
      'header',
      'footer',
      'nav',
      'form',
      '.related',
      '.entities',
      '.on-this-day',
      '.story-line',
    ]) {
      for (const element of await page.locator(chrome).all())
        await expect(element, chrome).toBeHidden();
    }
    // Not one link is left to print.
    expect(await page.locator('a:visible').count()).toBe(0);

    // On screen, the address is not repeated: the browser shows it.
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('article .print-only')).toBeHidden();
    await expect(page.locator('header')).toBeVisible();
  });
});
