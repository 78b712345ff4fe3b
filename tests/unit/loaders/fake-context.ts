import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';

type Entry = {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
  filePath?: string;
  rendered?: { html: string; metadata?: Record<string, unknown> };
};

/** The parts of Astro's loader context the archive's loaders use, in memory: one collection's. */
export function fakeContext(root: string) {
  const entries = new Map<string, Entry>();
  const logs: string[] = [];
  const log = (message: string) => logs.push(message);
  const context = {
    config: { root: pathToFileURL(`${root}/`), base: '/archive/' },
    store: {
      get: (id: string) => entries.get(id),
      // Like Astro's store, ignore an entry whose digest is already stored.
      set: (entry: Entry) =>
        entries.get(entry.id)?.digest !== entry.digest && (entries.set(entry.id, entry), true),
      delete: (id: string) => entries.delete(id),
      keys: () => [...entries.keys()],
      values: () => [...entries.values()],
    },
    logger: { info: log, warn: log, error: log },
    parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve(data),
    generateDigest: (data: string | object) => {
      const text = typeof data === 'string' ? data : JSON.stringify(data);
      return String(text.length) + text.slice(0, 64);
    },
  } as unknown as LoaderContext;
  return { context, entries, logs };
}
