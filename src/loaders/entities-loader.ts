import type { Loader, LoaderContext } from 'astro/loaders';
import { entityId, type EntityRef } from '../lib/entities/types.ts';

/**
 * The archive's people, places and organisations as a collection of their
 * own, each under its id, by which the articles' entries name it: an article
 * holds a short id per entity rather than its kind, slug and name again, and
 * Astro's content store, which it serialises, bundles and compiles as one
 * module, stays a third smaller. Only the whole archive decides the entities,
 * so the articles' loader does; this collection's loader stores what it
 * decided, and stores it again each time it decides anew (`astro dev`).
 */
export class ArchiveEntities {
  #latest: readonly EntityRef[] = [];
  readonly #first = Promise.withResolvers<void>();
  #context: LoaderContext | undefined;

  /** The collection's loader: it waits for the articles' loader to decide the entities. */
  readonly loader: Loader = {
    name: 'archive-entities',
    load: async (context) => {
      await this.#first.promise;
      this.#context = context;
      await storeEntities(context, this.#latest);
    },
  };

  /** Told by the articles' loader, on each load, the archive's entities. */
  async decided(entities: readonly EntityRef[]): Promise<void> {
    this.#latest = entities;
    this.#first.resolve();
    if (this.#context) await storeEntities(this.#context, entities);
  }
}

async function storeEntities(
  context: LoaderContext,
  entities: readonly EntityRef[],
): Promise<void> {
  const { store } = context;
  const named = new Set<string>();
  for (const { kind, slug, name } of entities) {
    const id = entityId({ kind, slug });
    named.add(id);
    const data = { kind, slug, name };
    const digest = context.generateDigest(data);
    if (store.get(id)?.digest === digest) continue;
    store.set({ id, data: await context.parseData({ id, data }), digest });
  }
  for (const id of store.keys()) if (!named.has(id)) store.delete(id);
}
