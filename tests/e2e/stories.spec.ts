import { CORPUS_URL } from '../../playwright.config.ts';
import { expect, SEEDS, test } from './fixtures.ts';
import { seedStoryPath } from './page-types.ts';

/** The two seed reports are one story: what a reader of one finds of the other through it. */
test.describe('stories', () => {
  test('a reader goes from an article to its story, and on to the story’s next report', async ({
    page,
  }) => {
    await page.goto('/2025/11/19/');
    await page.locator('.card__headline a').click();
    const line = page.locator('.story-line');
    await expect(line).toContainText(/^Part of the story .+, report 1 of 2$/u);
    const name = (await line.getByRole('link').textContent())!;
    await line.getByRole('link').click();

    await expect(page).toHaveURL(seedStoryPath());
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.locator('.lede')).toHaveText(
      '2 reports, 19 November 2025 to 22 November 2025',
    );
    await page.locator('.card__headline a').first().click();

    const inStory = page.getByRole('navigation', {
      name: 'Previous and next report in this story',
    });
    await expect(inStory.locator('a[rel=prev]')).toHaveCount(0);
    await inStory.locator('a[rel=next]').click();
    await expect(page.locator('article h1')).toContainText(SEEDS.nov22.headlineStart);
    await expect(page.locator('.story-line')).toContainText('report 2 of 2');
  });

  test('the story’s page says how it began and where it stands, whom it names most, and its reports by day', async ({
    page,
  }) => {
    await page.goto(seedStoryPath());
    await expect(page.getByRole('region', { name: 'How it began' })).toContainText(
      SEEDS.nov19.headlineStart,
    );
    await expect(page.getByRole('region', { name: 'Where it stands' })).toContainText(
      SEEDS.nov22.headlineStart,
    );
    await expect(page.locator('.day__title time')).toHaveText([
      'Wednesday, 19 November 2025',
      'Saturday, 22 November 2025',
    ]);
    const named = page.getByRole('region', { name: 'Named most' });
    await named.getByRole('link', { name: 'Kirill Dmitriev' }).click();
    await expect(page).toHaveURL('/people/kirill-dmitriev/');
  });

  test('every page links the stories’ index, which lists the story with its size and span', async ({
    page,
  }) => {
    await page.goto('/2025/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Stories' }).click();
    await expect(page).toHaveURL('/stories/');
    const story = page.locator('.story-list li');
    await expect(story).toHaveCount(1);
    await expect(story).toContainText('2 reports, 19 November 2025 to 22 November 2025');
    await story.getByRole('link').click();
    await expect(page).toHaveURL(seedStoryPath());
  });

  test('“Search within this story” searches the story’s reports only, and keeps the story in the URL', async ({
    page,
  }) => {
    await page.goto(`${CORPUS_URL}/stories/`);
    await page.locator('.story-list a').first().click();
    const reports = await page
      .locator('.card__headline a')
      .evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      );
    const name = (await page.getByRole('heading', { level: 1 }).textContent())!;
    // A person of the story, whom other articles name too: the filter keeps those out.
    const person = (await page
      .getByRole('region', { name: 'Named most' })
      .locator('.entities__group')
      .first()
      .getByRole('link')
      .first()
      .textContent())!;
    await page.getByRole('link', { name: 'Search within this story' }).click();
    await expect(page.locator('#search\\.scope')).toHaveText(
      `Searching within the story “${name}”.`,
    );
    await page.locator('pagefind-input input').fill(person);
    await expect(page.locator('pagefind-summary')).toContainText(person);
    expect(new URL(page.url()).searchParams.get('q')).toBe(person);
    expect(new URL(page.url()).searchParams.get('story')).toBe(name);
    const results = page.locator('pagefind-results .result a');
    await expect(results.first()).toBeVisible();
    for (const href of await results.evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    ))
      expect(reports).toContain(href);
  });
});
