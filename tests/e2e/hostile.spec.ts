import { readdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { HOSTILE_URL } from '../../playwright.config.ts';
import { isArticlePath } from '../../src/lib/urls.ts';
import { expect, htmlFiles, sitePath, test } from './fixtures.ts';
import { fetchFeed, headMeta } from './readers.ts';

const sources = new URL('../fixtures/hostile/', import.meta.url);
const dist = new URL('../../dist-fixtures/hostile/', import.meta.url);
const normalise = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The code points HTML forbids that `control-characters.txt` holds: a page shows each as U+FFFD. */
const FORBIDDEN_IN_FIXTURE = /[\u0007\u007F\u0085\uFDD0]/gu;

/**
 * The paragraphs of a seed file, read independently of the parser: drop a
 * byte order mark and the `date` header, split at blank lines.
 */
function sourceParagraphs(file: string): string[] {
  const text = readFileSync(new URL(file, sources), 'utf8')
    .replace(/^\uFEFF/u, '')
    .replace(FORBIDDEN_IN_FIXTURE, '\uFFFD');
  const body = text.replace(/^[\t ]*date[\t ]+\S+/u, '');
  return body
    .split(/(?:\r\n|\r|\n)[\t ]*(?:\r\n|\r|\n)/u)
    .map(normalise)
    .filter(Boolean);
}

/** Unicode's bidirectional controls: embeddings, overrides, isolates and marks (src/lib/bidi-controls.ts). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** The headline of `bidi-controls.txt`, whose lead holds an override, an embedding, an isolate and a mark. */
const BIDI_HEADLINE =
  'IT staff warned that an attachment called Invoice gpj.exe was a program, not a photo';

/**
 * The left edge of each character of an element's first text node, as laid
 * out, line by line in text order: a line that reads left to right has them
 * increasing. Characters that take no room (controls, a space at a line
 * break) are left out.
 */
function characterLefts(element: Locator): Promise<number[][]> {
  return element.evaluate((node) => {
    const text = [...node.childNodes].find((child): child is Text => child instanceof Text);
    if (!text) throw new Error('no text to lay out');
    const lines = new Map<number, number[]>();
    const range = document.createRange();
    for (let index = 0; index < text.length; index++) {
      range.setStart(text, index);
      range.setEnd(text, index + 1);
      const box = range.getClientRects()[0];
      if (!box || box.width === 0) continue;
      const top = Math.round(box.top);
      lines.set(top, [...(lines.get(top) ?? []), box.left]);
    }
    return [...lines.values()];
  });
}

const leftToRight = (lines: number[][]) =>
  lines.length > 0 &&
  lines.every((lefts) => lefts.every((left, index) => index === 0 || left > lefts[index - 1]!));

const articleFiles = readdirSync(sources).filter((file) => file.endsWith('.txt'));
/** The built archive's article pages, read when a test runs: listing the tests builds nothing. */
const articlePages = () => htmlFiles(dist).map(sitePath).filter(isArticlePath);

async function openArticleOf(page: Page, file: string) {
  const lead = sourceParagraphs(file)[0]!;
  for (const path of articlePages()) {
    await page.goto(encodeURI(decodeURI(path)));
    if (normalise(await page.locator('.article__body p').first().innerText()) === lead) return;
  }
  throw new Error(`no article page shows the lead of ${file}`);
}

test.use({ baseURL: HOSTILE_URL });

test.describe('hostile input', () => {
  test('every valid file becomes exactly one article page, and no page loses a paragraph', async ({
    page,
  }) => {
    const pages = articlePages();
    expect(pages).toHaveLength(articleFiles.length);
    const bodies = new Map<string, string>();
    for (const path of pages) {
      await page.goto(encodeURI(decodeURI(path)));
      bodies.set(path, normalise(await page.locator('article').innerText()));
    }
    for (const file of articleFiles) {
      const paragraphs = sourceParagraphs(file);
      const matches = [...bodies].filter(([, text]) => paragraphs.every((p) => text.includes(p)));
      expect(matches.length, `pages holding every paragraph of ${file}`).toBeGreaterThanOrEqual(1);
    }
  });

  test('two articles with the same date and lead get distinct URLs', () => {
    const sameDay = articlePages().filter((path) => path.startsWith('/2024/05/09/'));
    expect(new Set(sameDay).size).toBe(3);
  });

  test('markup in the text renders literally, runs nothing and creates no element', async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await openArticleOf(page, 'injection.txt');
    const body = page.locator('.article__body');
    for (const paragraph of sourceParagraphs('injection.txt'))
      await expect(body).toContainText(paragraph);
    await expect(
      page.locator(
        'main img, main script, main iframe, main svg, main b, main em, main code, main table, main hr, main a[href^="javascript"]',
      ),
    ).toHaveCount(0);
    // The lead is over 100 characters, so the headline is cut at a word: after "amp".
    await expect(page.locator('article h1')).toHaveText(
      '<script>alert(1)</script> <img src=x onerror=alert(1)> [a link](javascript:alert(1)) &amp…',
    );
    await expect(page).toHaveTitle(/^<script>alert\(1\)<\/script> <img src=x onerror=alert\(1\)>/u);
    // The summary goes on where the headline stops.
    await expect(page.locator('meta[name=description]')).toHaveAttribute(
      'content',
      /^…\{\{ braces \}\} \$\{dollar\} in the lead\. # not a heading \*stars\* `code`/u,
    );
    expect(dialogs).toEqual([]);
  });

  test('markup in the text stays literal in the meta tags and JSON-LD, and creates no element anywhere', async ({
    page,
  }) => {
    await openArticleOf(page, 'injection.txt');
    const headline = await page.locator('article h1').innerText();
    expect(headline).toMatch(/^<script>alert\(1\)<\/script> <img src=x onerror=alert\(1\)>/u);
    const { description, tags, jsonLd } = await headMeta(page);
    expect(description).toMatch(/^…\{\{ braces \}\} \$\{dollar\}/u);
    expect(tags).toMatchObject({
      'og:title': headline,
      'twitter:title': headline,
      'og:description': description,
      'twitter:description': description,
    });
    expect(jsonLd).toHaveLength(1);
    expect(JSON.parse(jsonLd[0]!)).toMatchObject({ '@type': 'NewsArticle', headline, description });
    // The only scripts are the JSON-LD block and the site's own, by src.
    expect(await page.locator('script:not([type="application/ld+json"]):not([src])').count()).toBe(
      0,
    );
    await expect(
      page.locator(
        'img, iframe, svg, object, embed, b, em, code, table, hr, a[href^="javascript"]',
      ),
    ).toHaveCount(0);
  });

  for (const feedPath of ['/rss.xml', '/atom.xml']) {
    test(`every headline and summary in ${feedPath} reads as on its page`, async ({
      page,
      request,
    }) => {
      const feed = await fetchFeed(request, feedPath);
      expect(feed.items).toHaveLength(articleFiles.length);
      for (const item of feed.items) {
        await page.goto(item.url!);
        await expect(page.locator('article h1')).toHaveText(item.title!);
        const { description, canonical } = await headMeta(page);
        expect(description).toBe(item.description);
        // Slugs in Cyrillic, Arabic or CJK: the feed, the page and its canonical URL encode them alike.
        expect(canonical).toBe(item.url);
      }
      const injection = feed.items.find((item) => item.title!.startsWith('<script>'));
      expect(injection?.title).toBe(
        '<script>alert(1)</script> <img src=x onerror=alert(1)> [a link](javascript:alert(1)) &amp…',
      );
    });
  }

  test('markup in search excerpts renders literally', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto('/search/?q=onerror');
    const result = page.locator('pagefind-results .result');
    await expect(result).toHaveCount(1);
    await expect(result.locator('.result__title')).toContainText(
      '<script>alert(1)</script> <img src=x onerror=alert(1)>',
    );
    await expect(result.locator('.result__excerpt')).toContainText('<img src=x');
    await expect(
      page.locator(
        'pagefind-results img, pagefind-results script:not([type="text/pagefind-template"]), pagefind-results iframe',
      ),
    ).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('right-to-left paragraphs render right to left', async ({ page }) => {
    await openArticleOf(page, 'arabic.txt');
    const paragraphs = page.locator('.article__body p');
    await expect(paragraphs.first()).toHaveAttribute('dir', 'auto');
    expect(await paragraphs.first().evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
    expect(await paragraphs.last().evaluate((p) => getComputedStyle(p).direction)).toBe('ltr');
    expect(await page.locator('article h1').evaluate((h) => getComputedStyle(h).direction)).toBe(
      'rtl',
    );
  });

  test('bidirectional controls in a lead reach no headline, title, meta tag, listing, feed or search result', async ({
    page,
    request,
  }) => {
    await openArticleOf(page, 'bidi-controls.txt');
    await expect(page.locator('article h1')).toHaveText(BIDI_HEADLINE);
    await expect(page).toHaveTitle(`${BIDI_HEADLINE} · News Archive`);
    const { description, tags, jsonLd } = await headMeta(page);
    expect([description, ...Object.values(tags), ...jsonLd].join('\n')).not.toMatch(BIDI_CONTROLS);
    // The body keeps its text as written; the page around it holds no control.
    const aroundBody = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelector('.article__body')?.remove();
      return body.textContent;
    });
    expect(aroundBody).toContain('Previous article');
    expect(aroundBody).not.toMatch(BIDI_CONTROLS);

    for (const listing of ['/', '/2024/06/', '/2024/06/04/']) {
      await page.goto(listing);
      await expect(page.locator('main')).toContainText(BIDI_HEADLINE);
      expect(await page.locator('main').innerText(), listing).not.toMatch(BIDI_CONTROLS);
    }
    for (const feedPath of ['/rss.xml', '/atom.xml']) {
      const item = (await fetchFeed(request, feedPath)).items.find(
        (entry) => entry.title === BIDI_HEADLINE,
      );
      expect(item?.description, feedPath).toBe(
        'A second copy, sent as Receipt fdp.scr, arrived the next morning.',
      );
    }
    // "override" is in the paragraph whose override is never closed: its excerpt is that paragraph's text.
    await page.goto('/search/?q=override');
    const result = page.locator('pagefind-results .result');
    await expect(result).toHaveCount(1);
    await expect(result.locator('.result__title')).toHaveText(BIDI_HEADLINE);
    await expect(result.locator('.result__excerpt')).toContainText(
      'override left open: do not open anything',
    );
    expect(await result.innerText()).not.toMatch(BIDI_CONTROLS);
  });

  test('an override left open in a paragraph reorders that paragraph only: the next one, and what follows the body, read left to right', async ({
    page,
  }) => {
    await openArticleOf(page, 'bidi-controls.txt');
    const paragraphs = page.locator('.article__body p');
    await expect(paragraphs.nth(1)).toContainText('\u202Edo not open anything');
    // The layout is read truly: the override's own paragraph is shown reversed after it.
    expect(leftToRight(await characterLefts(paragraphs.nth(1)))).toBe(false);
    expect(leftToRight(await characterLefts(paragraphs.nth(2)))).toBe(true);
    expect(leftToRight(await characterLefts(page.locator('.story-nav__label').first()))).toBe(true);
  });

  test('keeps CJK and emoji, and dates far in the past', async ({ page }) => {
    await openArticleOf(page, 'cjk-emoji.txt');
    await expect(page.locator('.article__body')).toContainText('🕊️🇺🇦');
    await page.goto('/1066/10/14/');
    await expect(page.locator('.card time')).toHaveText('14 October 1066');
  });
});
