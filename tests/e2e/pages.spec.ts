import { readdirSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

const dist = new URL('../../dist/', import.meta.url);

/** Every HTML page of the built seed archive, as a site path. */
function builtPages(): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/u, '$1')}`)
    .sort();
}

test('every built page loads without a console error', async ({ page }) => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThanOrEqual(9);
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(path === '/404.html' ? 500 : 400);
    await page.waitForLoadState('networkidle');
  }
});
