import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readSeed } from '../seed/read-seed.ts';
import type { Article, SeedError } from '../seed/types.ts';
import { compareCodeUnits } from '../text.ts';
import { uniqueSlugs } from './url-keys.ts';
import { walkFolder, type FolderListing } from './walk-folder.ts';

/** A valid article of the archive, without its body. */
interface ArchiveArticle {
  article: Omit<Article, 'blocks'>;
  /** Where its file is read from. */
  path: string;
  /** SHA-256 of the file's bytes. */
  digest: string;
}

/** Everything one reading of a folder found: what the build publishes and what check-seeds reports, alike. */
export interface Archive extends Omit<FolderListing, 'seeds' | 'errors'> {
  folder: string;
  /** Valid articles, in the order of their files' names, each with a slug of its own. */
  articles: ArchiveArticle[];
  /** Every file that is not a valid article, in the order of their names. */
  errors: SeedError[];
  /** Valid articles whose bytes are those of an earlier file, and that file. */
  twins: { file: string; twin: string }[];
}

export interface ReadOptions {
  /** Called after each file is read. */
  onRead?: (done: number, total: number) => void;
  /**
   * Called with each valid article, body included, and its file, in the
   * order of `articles`, before the archive makes its slug unique: for work
   * over the whole archive that should not hold every body at once.
   */
  onArticle?: (article: Readonly<Article>, source: FileDigest) => void;
  /**
   * The article an earlier reading made of the same file's very same bytes,
   * if it is known: it is taken as it is rather than parsed again. Parsing is
   * a pure function of the file's name and bytes.
   */
  known?: (source: FileDigest) => Article | undefined;
}

/** An article file, by its path in the folder, and the SHA-256 of its bytes. */
export interface FileDigest {
  file: string;
  digest: string;
}

/** A file and its bytes as one string: what a reading of the file is kept under. */
export function fileKey({ file, digest }: FileDigest): string {
  return `${digest} ${file}`;
}

/** A folder listed and every article file's bytes digested, without parsing them: what a build compares with the last one. */
export interface ArchiveDigests extends Omit<FolderListing, 'seeds'> {
  folder: string;
  /** Every article file that could be read, in the order of their names, and where it was read from. */
  files: (FileDigest & { path: string })[];
  /** Files whose bytes are those of an earlier file, and that file. */
  twins: { file: string; twin: string }[];
}

/**
 * Reads a folder of articles: lists it, reads, decodes and parses each file,
 * gives every article a URL of its own, finds byte-identical files, and
 * collects every invalid file. The build and check-seeds both read an
 * archive through this one function, so they cannot disagree about a file.
 */
export function readArchive(
  folder: string,
  { onRead, onArticle, known }: ReadOptions = {},
): Archive {
  const { seeds, errors: listingErrors, ...listing } = walkFolder(folder);
  const errors = [...listingErrors];
  const articles: ArchiveArticle[] = [];

  for (const [position, { file, path }] of seeds.entries()) {
    onRead?.(position + 1, seeds.length);
    const bytes = readBytes(file, path, errors);
    if (!bytes) continue;
    const source = { file, digest: digestBytes(bytes) };
    const cached = known?.(source);
    const parsed = cached ? { ok: true as const, article: cached } : readSeed(bytes, file);
    if (!parsed.ok) {
      errors.push(parsed.error);
      continue;
    }
    onArticle?.(parsed.article, source);
    const { blocks: _body, ...article } = parsed.article;
    articles.push({ article, path, digest: source.digest });
  }

  const slugs = uniqueSlugs(articles.map(({ article }) => article));
  articles.forEach(({ article }, index) => (article.slug = slugs[index]!));
  errors.sort((a, b) => compareCodeUnits(a.file, b.file));
  const twins = twinsOf(
    articles.map(({ article, digest }) => ({ file: article.sourceFile, digest })),
  );
  return { folder, ...listing, articles, errors, twins };
}

/**
 * Lists a folder as `readArchive` does and digests every article file's
 * bytes, without parsing them: a tenth of the time, for a build that only
 * needs to know whether any file changed since the last one.
 */
export function digestArchive(folder: string): ArchiveDigests {
  const { seeds, errors: listingErrors, ...listing } = walkFolder(folder);
  const errors = [...listingErrors];
  const files: ArchiveDigests['files'] = [];
  for (const { file, path } of seeds) {
    const bytes = readBytes(file, path, errors);
    if (bytes) files.push({ file, digest: digestBytes(bytes), path });
  }
  errors.sort((a, b) => compareCodeUnits(a.file, b.file));
  return { folder, ...listing, errors, files, twins: twinsOf(files) };
}

/** SHA-256 of a file's bytes, in hex. */
export function digestBytes(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A file's bytes, or undefined with an error added to `errors` when it cannot be read. */
function readBytes(file: string, path: string, errors: SeedError[]): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    errors.push({
      file,
      line: 1,
      expected: 'a readable file',
      found: `a file that cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    });
    return undefined;
  }
}

/** Each file whose bytes are those of an earlier one, with that one. */
function twinsOf(files: readonly FileDigest[]): Archive['twins'] {
  const fileByDigest = new Map<string, string>();
  const twins: Archive['twins'] = [];
  for (const { file, digest } of files) {
    const twin = fileByDigest.get(digest);
    if (twin === undefined) fileByDigest.set(digest, file);
    else twins.push({ file, twin });
  }
  return twins;
}
