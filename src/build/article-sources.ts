import type { FileDigest } from '../lib/archive/read-archive.ts';
import { filesDigest } from './fingerprint.ts';

/**
 * The article files a build's site was made from, as the loader read them:
 * what the build records as its articles' fingerprint. Taken from the loader,
 * which reads every file anyway, so a full build reads none twice, and what
 * is recorded is what was built, even if a file changes while it runs.
 */
export class ArticleSources {
  #digest: string | null = null;

  /** Called by the loader once the folder is read: the valid articles' files and digests, and how many files were invalid. */
  read(articles: readonly FileDigest[], invalid: number): void {
    // A build with invalid files is never reused: the next build reports them again.
    this.#digest = invalid === 0 ? filesDigest(articles) : null;
  }

  /** The articles' digest, or null when a file was invalid or none was read. */
  get digest(): string | null {
    return this.#digest;
  }
}
