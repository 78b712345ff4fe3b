import { expect, SEEDS, test } from './fixtures.ts';

test.describe('article page', () => {
  test('opens from the timeline and shows headline, date, reading time and sections with ids', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('link', { name: new RegExp(`^${SEEDS.nov22.headlineStart}`) }).click();
    await expect(page).toHaveURL(/^\/?.*\/2025\/11\/22\/the-axios-website-revealed-[a-z0-9-]+\/$/u);

    const article = page.locator('article');
    await expect(article.getByRole('heading', { level: 1 })).toContainText(
      SEEDS.nov22.headlineStart,
    );
    await expect(article.locator('.byline time')).toHaveAttribute('datetime', '2025-11-22');
    await expect(article.locator('.byline')).toContainText('3 min read');

    const sections = article.locator('.article__body h2');
    await expect(sections).toHaveText([
      'A Surprising 28-Point Plan',
      'Guarantees and Economic Incentives',
      "Disputes Over Rubio's Role",
      'Russian Demands in the Plan',
    ]);
    await expect(sections.first()).toHaveAttribute('id', 'a-surprising-28-point-plan');
    await expect(article.locator('.article__body p')).toHaveCount(14);
  });

  test('has a contents list that jumps to each section', async ({ page }) => {
    await page.goto('/2025/11/22/');
    await page.locator('.card__headline a').click();
    const contents = page.getByRole('navigation', { name: 'Contents' });
    await expect(contents.getByRole('link')).toHaveCount(4);
    await contents.getByRole('link', { name: 'Guarantees and Economic Incentives' }).click();
    await expect(page).toHaveURL(/#guarantees-and-economic-incentives$/u);
    await expect(page.locator('#guarantees-and-economic-incentives')).toBeInViewport();
  });

  test('has no contents list with fewer than two sections', async ({ page }) => {
    await page.goto('/2025/11/19/');
    await page.locator('.card__headline a').click();
    await expect(page.locator('article h1')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Contents' })).toHaveCount(0);
  });

  test('links to the previous and next article in time', async ({ page }) => {
    await page.goto('/2025/11/19/');
    await page.locator('.card__headline a').click();
    const story = page.getByRole('navigation', { name: 'Previous and next article' });
    await expect(story.locator('a[rel=prev]')).toHaveCount(0);
    await story.locator('a[rel=next]').click();
    await expect(page.locator('article h1')).toContainText(SEEDS.nov22.headlineStart);
    await page
      .getByRole('navigation', { name: 'Previous and next article' })
      .locator('a[rel=prev]')
      .click();
    await expect(page.locator('article h1')).toContainText(SEEDS.nov19.headlineStart);
  });

  test('links to its day, month and year in the timeline', async ({ page }) => {
    await page.goto('/2025/11/22/');
    await page.locator('.card__headline a').click();
    const trail = page.getByRole('navigation', { name: 'Timeline position' });
    await expect(trail.getByRole('link')).toHaveText([
      'Timeline',
      '2025',
      'November 2025',
      '22 November 2025',
    ]);
    await trail.getByRole('link', { name: 'November 2025', exact: true }).click();
    await expect(page).toHaveURL('/2025/11/');
  });

  test('renders the seed text exactly, quotes and apostrophes included', async ({ page }) => {
    await page.goto('/2025/11/19/');
    await page.locator('.card__headline a').click();
    await expect(page.locator('.article__body')).toContainText(
      '“We feel the Russian position is really being heard,” Dmitriev was quoted as saying.',
    );
    await expect(page.locator('.article__body')).toContainText(
      "restore US-Russia ties [and] address Russia's security concerns.”",
    );
  });
});
