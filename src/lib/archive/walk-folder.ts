import { isUtf8 } from 'node:buffer';
import {
  readdirSync,
  readlinkSync,
  realpathSync,
  statSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import { sep } from 'node:path';
import { SEED_EXTENSION } from '../seed/read-seed.ts';
import type { SeedError } from '../seed/types.ts';
import { compareCodeUnits } from '../text.ts';
import { showFileName } from './file-name.ts';

/** An article file to read. */
interface SeedFile {
  /** Its path relative to the folder: how it is named in messages, and what its URL key is made of. */
  file: string;
  /** Where to read it: the folder's path and `file`, through any links. */
  path: string;
}

/**
 * A link the walk reports:
 * - `outside`: followed, out of the folder;
 * - `loop`: not followed, a link to a folder that holds it;
 * - `alias`: not followed, a folder already read as `first`;
 * - `twice`: a file already read as `first`, published once;
 * - `missing`: a link to nothing, not named like an article.
 */
export interface LinkNote {
  kind: 'outside' | 'loop' | 'alias' | 'twice' | 'missing';
  /** The link's path (or, for a folder reached twice, the folder's) relative to the folder. */
  file: string;
  /** Where it leads, as the link says. */
  target: string;
  first?: string;
}

export interface FolderListing {
  /** Article files, in the order of their `file`. */
  seeds: SeedFile[];
  /** Files that are not named like articles. */
  ignored: string[];
  /** Hidden files and folders (named with a leading dot), not read and not descended into. */
  hidden: string[];
  links: LinkNote[];
  /** Files named like articles that cannot be read as one, and folders that cannot be read. */
  errors: SeedError[];
}

/** A place in the walk: the path to open, where it really is, and its name's bytes from the folder down. */
interface Place {
  path: Buffer;
  real: Buffer;
  parts: Buffer[];
}

const SEPARATOR = Buffer.from(sep);
const EXTENSION = Buffer.from(SEED_EXTENSION);
const DOT = 0x2e;

/**
 * Lists a folder of articles, subfolders included, so that no file vanishes
 * unsaid. Names are read as bytes, so a name that is not UTF-8 is seen and
 * reported. Real files and folders are walked first, then links, in the
 * order of their names, so an article's URL never depends on which of two
 * ways to reach it sorts first. Links are followed, out of the folder too
 * (archives are assembled from links to storage), but never into a folder
 * already read or one that holds the link.
 */
export function walkFolder(folder: string): FolderListing {
  const listing: FolderListing = { seeds: [], ignored: [], hidden: [], links: [], errors: [] };
  const root: Place = {
    path: Buffer.from(folder),
    real: realpathSync.native(folder, 'buffer'),
    parts: [],
  };
  // Folders and files read, by their real path, with how they were first named.
  const foldersRead = new Map<string, string>();
  const filesRead = new Map<string, string>();
  let links: Place[] = [];

  const addFile = (place: Place, target?: string) => {
    const file = show(place);
    const first = filesRead.get(key(place.real));
    if (first !== undefined) {
      listing.links.push({
        kind: 'twice',
        file,
        target: target ?? showFileName(place.real),
        first,
      });
      return;
    }
    filesRead.set(key(place.real), file);
    if (place.parts.every((part) => isUtf8(part)))
      listing.seeds.push({ file, path: place.path.toString() });
    else
      listing.errors.push({
        file,
        line: 1,
        expected: 'a file name in UTF-8',
        found: `bytes that are not UTF-8 (${file})`,
      });
  };

  const walk = (folderPlace: Place) => {
    foldersRead.set(key(folderPlace.real), show(folderPlace) || '.');
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(folderPlace.path, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      if (folderPlace === root) throw error;
      listing.errors.push({
        file: `${show(folderPlace)}${sep}`,
        line: 1,
        expected: 'a readable folder',
        found: `a folder that cannot be read (${codeOf(error)})`,
      });
      return;
    }
    for (const entry of entries) {
      const place = {
        path: join(folderPlace.path, entry.name),
        real: join(folderPlace.real, entry.name),
        parts: [...folderPlace.parts, entry.name],
      };
      if (entry.name[0] === DOT) listing.hidden.push(show(place));
      else if (entry.isSymbolicLink()) links.push(place);
      else if (entry.isDirectory()) {
        const first = foldersRead.get(key(place.real));
        if (first === undefined) walk(place);
        else
          listing.links.push({
            kind: 'alias',
            file: show(place),
            target: showFileName(place.real),
            first,
          });
      } else if (!isSeedName(entry.name)) listing.ignored.push(show(place));
      else if (entry.isFile()) addFile(place);
      else listing.errors.push(notAFile(place, entry));
    }
  };

  const follow = (link: Place) => {
    const file = show(link);
    const target = showFileName(readlinkSync(link.path, 'buffer'));
    let stats: Stats;
    let real: Buffer;
    try {
      stats = statSync(link.path);
      real = realpathSync.native(link.path, 'buffer');
    } catch (error) {
      const missing =
        codeOf(error) === 'ENOENT'
          ? `a link to a missing ${target}`
          : `a link that cannot be followed to ${target} (${codeOf(error)})`;
      if (isSeedName(link.parts.at(-1)!))
        listing.errors.push({ file, line: 1, expected: 'a readable file', found: missing });
      else listing.links.push({ kind: 'missing', file, target });
      return;
    }
    const place = { ...link, real };
    const outside = !isWithin(real, root.real);
    if (stats.isDirectory()) {
      const first = foldersRead.get(key(real));
      if (isWithin(link.real, real)) listing.links.push({ kind: 'loop', file, target });
      else if (first !== undefined) listing.links.push({ kind: 'alias', file, target, first });
      else {
        if (outside) listing.links.push({ kind: 'outside', file, target });
        walk(place);
      }
    } else if (!isSeedName(link.parts.at(-1)!)) listing.ignored.push(file);
    else if (stats.isFile()) {
      if (outside && !filesRead.has(key(real)))
        listing.links.push({ kind: 'outside', file, target });
      addFile(place, target);
    } else listing.errors.push(notAFile(place, stats));
  };

  walk(root);
  // Links found while following links are followed next, in their own turn:
  // what a link leads to never takes the place of what is really in the folder.
  while (links.length > 0) {
    const turn = links.sort((a, b) => compareCodeUnits(show(a), show(b)));
    links = [];
    for (const link of turn) follow(link);
  }

  listing.seeds.sort((a, b) => compareCodeUnits(a.file, b.file));
  for (const list of [listing.ignored, listing.hidden]) list.sort(compareCodeUnits);
  listing.errors.sort((a, b) => compareCodeUnits(a.file, b.file));
  listing.links.sort((a, b) => compareCodeUnits(a.file, b.file));
  return listing;
}

function isSeedName(name: Buffer): boolean {
  return name.subarray(-EXTENSION.length).equals(EXTENSION);
}

/** Whether `path` is `folder` or lies below it. */
function isWithin(path: Buffer, folder: Buffer): boolean {
  return (
    path.equals(folder) ||
    (path.subarray(0, folder.length).equals(folder) &&
      path.subarray(folder.length, folder.length + SEPARATOR.length).equals(SEPARATOR))
  );
}

function notAFile(place: Place, kind: Dirent<Buffer> | Stats): SeedError {
  const found = kind.isFIFO()
    ? 'a named pipe (FIFO), which is never read'
    : kind.isSocket()
      ? 'a socket'
      : 'a device';
  return { file: show(place), line: 1, expected: 'a readable file', found };
}

function join(folder: Buffer, name: Buffer): Buffer {
  return Buffer.concat([folder, SEPARATOR, name]);
}

/** A path's bytes as a map key: latin1 maps every byte to one character, so no two paths share a key. */
function key(path: Buffer): string {
  return path.toString('latin1');
}

function show(place: Place): string {
  return place.parts.map(showFileName).join(sep);
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
