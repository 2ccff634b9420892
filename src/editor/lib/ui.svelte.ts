/**
 * The editor's interface language: English or Russian, the Secretariat's working
 * languages. Remembered in the browser, and set on <html lang> so that screen readers
 * read the interface in its language.
 */
import type { UiLang } from './i18n';

const KEY = 'cica-editor-lang';

function initial(): UiLang {
	try {
		const saved = localStorage.getItem(KEY);
		if (saved === 'en' || saved === 'ru') return saved;
	} catch {
		// Storage refused: fall through to the browser's language.
	}
	return navigator.language?.startsWith('ru') ? 'ru' : 'en';
}

export const ui = $state<{ lang: UiLang }>({
	lang: typeof window === 'undefined' ? 'en' : initial()
});

export function setUiLang(lang: UiLang) {
	ui.lang = lang;
	document.documentElement.lang = lang;
	try {
		localStorage.setItem(KEY, lang);
	} catch {
		// Not remembered: the choice still holds for this page.
	}
}
