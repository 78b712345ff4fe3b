import { preview, SEED_EXTENSION } from '../seed/read-seed.ts';
import type { Archive } from './read-archive.ts';
import type { LinkNote } from './walk-folder.ts';

/**
 * What a reading of the archive has to say besides its invalid files: files
 * it ignored, links it followed or did not, byte-identical articles. The
 * build logs these lines and check-seeds prints them, word for word.
 */
export function archiveNotices({
  folder,
  ignored,
  hidden,
  links,
  twins,
}: Pick<Archive, 'folder' | 'ignored' | 'hidden' | 'links' | 'twins'>): string[] {
  const notices: string[] = [];
  if (ignored.length > 0)
    notices.push(
      `Ignored ${ignored.length} file(s) in ${folder} that are not ${SEED_EXTENSION} articles: ${preview(ignored)}`,
    );
  if (hidden.length > 0)
    notices.push(
      `Ignored ${hidden.length} hidden file(s) and folder(s) in ${folder}, unread: ${preview(hidden)}`,
    );
  notices.push(...links.map(linkNotice));
  notices.push(
    ...twins.map(({ file, twin }) => `${file} is byte-identical to ${twin}; both are published.`),
  );
  return notices;
}

function linkNotice({ kind, file, target, first }: LinkNote): string {
  const shown = `${file} → ${target}`;
  switch (kind) {
    case 'outside':
      return `${shown}: a link out of the folder, followed.`;
    case 'loop':
      return `${shown}: a link to a folder that holds it, not followed.`;
    case 'alias':
      return `${shown}: the folder ${first}, already read, not read again.`;
    case 'twice':
      return `${shown}: the file ${first}, already read, published once.`;
    case 'missing':
      return `${shown}: a link to nothing, not followed.`;
  }
}
