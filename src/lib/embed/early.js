// The widget's options that change the first paint, applied from <head> before it: lang=
// loads the page in that language, theme= and view= mark <html> for the CSS. Written into
// the page as it is and allowed by its hash (svelte.config.js); tests/unit/embed/early.test.ts
// holds it to params.ts.
(function () {
	var query = new URLSearchParams(location.search);
	var root = document.documentElement;
	var lang = query.get('lang');
	if (['en', 'ru', 'zh', 'ar'].indexOf(lang) >= 0 && lang !== root.lang) {
		query.delete('lang');
		var rest = query.toString();
		location.replace((lang === 'en' ? '' : '/' + lang) + '/embed' + (rest ? '?' + rest : ''));
		return;
	}
	var theme = query.get('theme');
	if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
	var view = query.get('view');
	if (view === 'count' || view === 'map' || view === 'timeline') root.dataset.view = view;
})();
