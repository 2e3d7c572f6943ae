/** The archive's name, shown in the header, titles, feeds and social cards (`SITE_TITLE`). */
export const siteName = process.env['SITE_TITLE'] || '会議録アーカイブ';
