// No SvelteKit client: the page is text and links; the site's script keeps the view across
// languages (src/lib/site/).
export const csr = false;
