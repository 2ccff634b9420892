// What `$app/paths` gives the modules the site's own script shares with the pages
// (paths.ts): the site is served at its origin's root (svelte.config.js sets no base).
// vite.config.ts points `$app/paths` here for the script's own build only.
export const base = '';
export const assets = '';
