/**
 * The site's script, for the pages prerendered without SvelteKit's client (csr = false):
 * the home page, the state pages, the API page and "not found". Each is complete without
 * it; this adds what needs a browser, and loads the heavier parts (the engine, the page's
 * language, Svelte for the live parts) only when the reader uses them (live.svelte.ts).
 */
import { keepViewOnLanguageLinks, printTheAddressBar } from './frame';
import { enableHome } from './home';
import { enableWhatIf } from './whatif';

keepViewOnLanguageLinks();
printTheAddressBar();
const whatIf = document.querySelector<HTMLElement>('[data-whatif]');
if (whatIf) enableWhatIf(whatIf);
// Ready: the controls work, and the page shows the day its address asks for. The browser
// tests wait for this, as they do for a page with SvelteKit's client (root +layout.svelte).
const ready = document.querySelector('[data-live="status"]') ? enableHome() : Promise.resolve();
ready.finally(() => (document.documentElement.dataset.hydrated = 'true'));
