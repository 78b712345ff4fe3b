import { CORPUS_URL } from '../../playwright.config.ts';
import { expect, SEEDS, test } from './fixtures.ts';

/** What a reader uses to follow a story: related coverage and the people, places and organisations of each article. */
test.describe('following a story', () => {
  test('each seed report lists the other as related coverage, with its date', async ({ page }) => {
    for (const [from, to] of [
      [SEEDS.nov22, SEEDS.nov19],
      [SEEDS.nov19, SEEDS.nov22],
    ] as const) {
      await page.goto(`/${from.date.replaceAll('-', '/')}/`);
      await page.locator('.card__headline a').click();
      const related = page.getByRole('region', { name: 'Related coverage' });
      await expect(related.getByRole('listitem')).toHaveCount(1);
      await expect(related.locator('time')).toHaveAttribute('datetime', to.date);
      await related.getByRole('link').click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(to.headlineStart);
    }
  });

  test('an article links to its people, and a person’s page lists their articles, oldest first', async ({
    page,
  }) => {
    await page.goto('/2025/11/19/');
    await page.locator('.card__headline a').click();
    const entities = page.getByRole('region', { name: 'In this article' });
    // The 19 November report writes "Zelenskyy", "Zelensky" and "Volodymyr Zelensky": one link.
    await expect(entities.getByRole('link', { name: /Zelensk/u })).toHaveCount(1);
    await entities.getByRole('link', { name: 'Volodymyr Zelensky' }).click();
    await expect(page).toHaveURL('/people/volodymyr-zelensky/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Volodymyr Zelensky');
    await expect(page.locator('.article-lines time')).toHaveText([
      '19 November 2025',
      '22 November 2025',
    ]);
  });

  test('the people of the story have pages listing both reports', async ({ page }) => {
    for (const slug of ['steve-witkoff', 'kirill-dmitriev', 'rustem-umerov', 'donald-trump']) {
      await page.goto(`/people/${slug}/`);
      await expect(page.locator('.article-lines time'), slug).toHaveText([
        '19 November 2025',
        '22 November 2025',
      ]);
    }
  });

  test('index pages list people, places and organisations with their article counts', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await expect(page).toHaveURL('/people/');
    const umerov = page.getByRole('listitem').filter({ hasText: 'Rustem Umerov' });
    await expect(umerov).toContainText('2 articles');
    await expect(page.getByRole('listitem').filter({ hasText: 'Tommy Vietor' })).toContainText(
      '1 article',
    );
    // The most named first, then by name.
    const listed = await page.locator('.entity-list li').evaluateAll((items) =>
      items.map((item) => ({
        name: item.querySelector('a')!.textContent,
        count: parseInt(item.querySelector('.entity-list__count')!.textContent, 10),
      })),
    );
    expect(listed.length).toBeGreaterThan(2);
    expect(listed).toEqual(
      listed.toSorted((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en')),
    );
    for (const [path, name] of [
      ['/places/', 'Kyiv'],
      ['/organisations/', 'NATO'],
    ] as const) {
      await page.goto(path);
      await page.getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
      await expect(page.locator('.article-lines li')).toHaveCount(1);
    }
  });

  test('people are search filters that narrow the results', async ({ page }) => {
    await page.goto('/search/?q=Dmitriev');
    const results = page.locator('pagefind-results li');
    await expect(results).toHaveCount(2);
    const people = page.locator('pagefind-filter-pane details[data-filter-name="people"]');
    await people.locator('summary').click();
    // Vladimir Putin is named only in the 19 November report.
    await people.getByLabel(/Vladimir Putin/u).check();
    await expect(results).toHaveCount(1);
    await expect(results.locator('time')).toHaveAttribute('datetime', SEEDS.nov19.date);
  });
});

test.describe('following a story in a large archive', () => {
  test.use({ baseURL: CORPUS_URL });

  test('an article lists up to five related articles that open', async ({ page }) => {
    await page.goto('/2020/03/11/');
    await page.locator('.card__headline a').first().click();
    const related = page.getByRole('region', { name: 'Related coverage' }).getByRole('listitem');
    // count() does not wait: the article must be there first.
    await expect(related.first()).toBeVisible();
    const count = await related.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(5);
    const headline = await related.first().getByRole('link').textContent();
    await related.first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline!);
  });

  test('a much-named person’s page is split into pages of 200, oldest first', async ({ page }) => {
    await page.goto('/people/');
    const first = page.locator('.entity-list a').first();
    await first.click();
    await expect(page.locator('.lede')).toContainText(/, page 1 of \d+/u);
    await expect(page.locator('.article-lines li')).toHaveCount(200);
    const dates = await page
      .locator('.article-lines time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
    expect(dates).toEqual(dates.toSorted());
    await page.getByRole('link', { name: 'Later →' }).click();
    await expect(page).toHaveURL(/\/people\/[^/]+\/page\/2\/$/u);
    await expect(page.locator('.lede')).toContainText(/Articles 201 to \d/u);
  });
});
