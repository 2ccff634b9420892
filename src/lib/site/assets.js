// Where the site's own script is: built by Vite from page.ts into the site's _app folder
// under a fixed name (vite.config.ts), so the prerendered pages can name it; in development
// Vite serves the source itself. Plain JavaScript: vite.config.ts reads it as it is.
export const SITE_SCRIPT_SOURCE = 'src/lib/site/page.ts';
export const SITE_SCRIPT_FILE = '_app/site.js';
