// Where the widget's script is: built by Vite from widget.ts into the site's _app folder
// under a fixed name (vite.config.ts), so the prerendered page can name it; in development
// Vite serves the source itself. Plain JavaScript: vite.config.ts reads it as it is.
export const WIDGET_SCRIPT_SOURCE = 'src/lib/embed/widget.ts';
export const WIDGET_SCRIPT_FILE = '_app/widget.js';
