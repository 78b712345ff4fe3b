import { readFileSync } from 'node:fs';
import { expect, htmlFiles, test } from './fixtures.ts';

const dist = new URL('../../dist/', import.meta.url);

/**
 * The opening tags of inline scripts a browser would run. Data blocks are not
 * run: JSON-LD and Pagefind's result template. An event handler attribute
 * makes any tag executable.
 */
function inlineScripts(html: string): string[] {
  return (html.match(/<script\b[^>]*>/gu) ?? []).filter((tag) => {
    if (/\son[a-z]+=/u.test(tag)) return true;
    return !/\ssrc=/u.test(tag) && !/\stype="(?:application\/ld\+json|text\/pagefind-template)"/u.test(tag);
  });
}

test.describe('content security policy', () => {
  test('every page carries the strict policy and no inline script or style', () => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const html = readFileSync(new URL(file, dist), 'utf8');
      expect(html, file).toContain(`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';`);
      expect(inlineScripts(html), file).toEqual([]);
      expect(html, file).not.toMatch(/<style|\sstyle="|\son[a-z]+=/u);
    }
  });

  test('the inline script check lets only data blocks through', () => {
    const allowed = ['<script type="application/ld+json">{}</script>', '<script type="text/pagefind-template"></script>', '<script type="module" src="/a.js"></script>'];
    expect(inlineScripts(allowed.join(''))).toEqual([]);
    const executable = ['<script>', '<script type="module">', '<script type="text/javascript">', '<script type="application/ld+json" onload="x">', '<script data-type="application/ld+json">'];
    expect(executable.map(inlineScripts)).toEqual(executable.map((tag) => [tag]));
  });

  test('search works under the policy, with no violation reported', async ({ page }) => {
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation(v: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.goto('/search/?q=Dmitriev');
    await expect(page.locator('pagefind-results .result')).toHaveCount(2);
    expect(violations).toEqual([]);
  });

  test('the policy blocks an inline script, so a violation would be caught', async ({ page, consoleErrors }) => {
    await page.goto('/');
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { inlineRan?: boolean }).inlineRan ?? false;
    });
    expect(ran).toBe(false);
    expect(consoleErrors.join('\n')).toContain('Content Security Policy');
    consoleErrors.length = 0;
  });
});
