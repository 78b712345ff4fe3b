import { configOrThrow } from '../config/archive-config.ts';

/** The archive's name, shown in every page's header and title (ARCHIVE_TITLE). */
export const SITE_TITLE = configOrThrow(process.cwd()).title;
