import { readFileSync } from 'node:fs';
import { expect, htmlFiles, test } from './fixtures.ts';

const dist = new URL('../../dist/', import.meta.url);

test.describe('content security policy', () => {
  test('every page carries the strict policy and no inline script or style', () => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const html = readFileSync(new URL(file, dist), 'utf8');
      expect(html, file).toContain(`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';`);
      const inlineScripts = html.match(/<script(?![^>]*\bsrc=)(?![^>]*type="text\/pagefind-template")[^>]*>/gu) ?? [];
      expect(inlineScripts, file).toEqual([]);
      expect(html, file).not.toMatch(/<style|\sstyle="|\son[a-z]+=/u);
    }
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
