import type { SeedError } from './types.ts';

/**
 * What one pass over a seed folder has seen, to catch the two ways an archive
 * can silently lose or double an article: two files with one URL, and two
 * byte-identical files.
 */
export class SeedRegistry {
  #fileById = new Map<string, string>();
  #fileByDigest = new Map<string, string>();

  /** The earlier file with the same bytes, if there is one. */
  twinOf(file: string, digest: string): string | undefined {
    const twin = this.#fileByDigest.get(digest);
    this.#fileByDigest.set(digest, file);
    return twin;
  }

  /** Gives `id` to `file`, or says which file already has it. */
  claim(id: string, file: string): SeedError | undefined {
    const holder = this.#fileById.get(id);
    if (holder) return { file, line: 1, expected: 'an article URL of its own', found: `the URL /${id}/ of ${holder}` };
    this.#fileById.set(id, file);
    return undefined;
  }
}
