import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveLoader } from '../../../src/loaders/archive-loader.ts';
import { ArchiveEntities } from '../../../src/loaders/entities-loader.ts';
import { fakeContext } from './fake-context.ts';

describe('ArchiveEntities', () => {
  let root: string;
  const write = (name: string, text: string) => writeFileSync(join(root, 'seeds', name), text);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'archive-'));
    mkdirSync(join(root, 'seeds'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** The two collections' loaders over `seeds/`, each with its own store, as Astro runs them: side by side. */
  function collections() {
    const entities = new ArchiveEntities();
    const articles = archiveLoader({ directory: 'seeds', entities });
    const stores = { articles: fakeContext(root), entities: fakeContext(root) };
    return {
      ...stores,
      loadArticles: () => articles.load(stores.articles.context),
      loadBoth: () =>
        Promise.all([
          entities.loader.load(stores.entities.context),
          articles.load(stores.articles.context),
        ]),
    };
  }

  it('stores each entity once, under the id the articles name it by', async () => {
    write('a.txt', ' date 2025-01-01 Steve Witkoff flew to Moscow.');
    write('b.txt', ' date 2025-01-02 Talks in Moscow went on, Steve Witkoff said.');
    const { articles, entities, loadBoth } = collections();
    await loadBoth();
    expect([...entities.entries.values()].map(({ id, data }) => [id, data])).toEqual([
      ['person/steve-witkoff', { kind: 'person', slug: 'steve-witkoff', name: 'Steve Witkoff' }],
      ['place/moscow', { kind: 'place', slug: 'moscow', name: 'Moscow' }],
    ]);
    for (const entry of articles.entries.values())
      expect(entry.data['entities']).toEqual(['person/steve-witkoff', 'place/moscow']);
  });

  it('stores the entities again when the articles are loaded again, leaving out those no article names any more', async () => {
    write('a.txt', ' date 2025-01-01 Steve Witkoff flew to Moscow.');
    const { entities, loadBoth, loadArticles } = collections();
    await loadBoth();
    write('a.txt', ' date 2025-01-01 The envoy flew to Moscow.');
    await loadArticles();
    expect([...entities.entries.keys()]).toEqual(['place/moscow']);
  });
});
