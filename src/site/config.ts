/** The archive's name, shown in every page's header and title. */
export const SITE_TITLE = process.env['ARCHIVE_TITLE'] ?? 'News Archive';
