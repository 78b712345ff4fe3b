import { readFileSync } from 'node:fs';
import { HOSTILE_URL } from '../../playwright.config.ts';
import { cspViolations, expect, htmlFiles, sitePath, test } from './fixtures.ts';
import { openPageType, PAGE_TYPES } from './page-types.ts';

const dist = new URL('../../dist/', import.meta.url);
const hostileDist = new URL('../../dist-fixtures/hostile/', import.meta.url);

/**
 * The opening tags of inline scripts a browser would run. Data blocks are not
 * run: JSON-LD and Pagefind's result template. An event handler attribute
 * makes any tag executable.
 */
function inlineScripts(html: string): string[] {
  return (html.match(/<script\b[^>]*>/gu) ?? []).filter((tag) => {
    if (/\son[a-z]+=/u.test(tag)) return true;
    return (
      !/\ssrc=/u.test(tag) &&
      !/\stype="(?:application\/ld\+json|text\/pagefind-template)"/u.test(tag)
    );
  });
}

test.describe('content security policy', () => {
  test('every page carries the strict policy and no inline script or style', () => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const html = readFileSync(new URL(file, dist), 'utf8');
      expect(html, file).toContain(
        `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';`,
      );
      expect(inlineScripts(html), file).toEqual([]);
      expect(html, file).not.toMatch(/<style|\sstyle="|\son[a-z]+=/u);
    }
  });

  test('the inline script check lets only data blocks through', () => {
    const allowed = [
      '<script type="application/ld+json">{}</script>',
      '<script type="text/pagefind-template"></script>',
      '<script type="module" src="/a.js"></script>',
    ];
    expect(inlineScripts(allowed.join(''))).toEqual([]);
    const executable = [
      '<script>',
      '<script type="module">',
      '<script type="text/javascript">',
      '<script type="application/ld+json" onload="x">',
      '<script data-type="application/ld+json">',
    ];
    expect(executable.map(inlineScripts)).toEqual(executable.map((tag) => [tag]));
  });

  test('every page of the seed and hostile archives, and every page type, loads with no violation reported', async ({
    page,
  }) => {
    test.slow();
    const violations = await cspViolations(page);
    const paths = [
      ...htmlFiles(dist).map(sitePath),
      ...htmlFiles(hostileDist).map((file) => `${HOSTILE_URL}${encodeURI(sitePath(file))}`),
    ];
    expect(paths.length).toBeGreaterThan(40);
    // Module scripts have run by the load event, which goto waits for.
    for (const path of paths) await page.goto(path);
    // Search with results and filters, and an article opened from a result, which loads Pagefind's highlighter.
    for (const type of PAGE_TYPES) await openPageType(page, type);
    await page.goto('/search/?q=Dmitriev');
    await page.locator('pagefind-results .result a').first().click();
    await expect(page.locator('.article__body mark').first()).toBeVisible();
    expect(violations).toEqual([]);
  });

  test('a violation is reported to the check', async ({ page, consoleErrors }) => {
    const violations = await cspViolations(page);
    await page.goto('/');
    await page.evaluate(() =>
      document.body.append(
        Object.assign(document.createElement('img'), { src: 'https://example.org/x.png' }),
      ),
    );
    await expect.poll(() => violations).toEqual(['img-src https://example.org/x.png']);
    consoleErrors.length = 0;
  });

  test('the policy blocks an inline script, so a violation would be caught', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('/');
    const { ran, violated } = await page.evaluate(async () => {
      const violation = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (event) =>
          resolve(event.effectiveDirective),
        ),
      );
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      // An inline script runs as it is inserted, if it runs at all.
      document.body.append(script);
      return {
        ran: (window as unknown as { inlineRan?: boolean }).inlineRan ?? false,
        violated: await violation,
      };
    });
    expect(ran).toBe(false);
    expect(violated).toMatch(/^script-src/u);
    // The console message comes to the test on its own, after the event.
    await expect.poll(() => consoleErrors.join('\n')).toContain('Content Security Policy');
    consoleErrors.length = 0;
  });
});
