/*
 * CICA ratification status widget: sizes the widget iframes on the host page.
 * Usage: <iframe src="ORIGIN/embed" data-cica-pi-embed title="..." style="width:100%;border:0"></iframe>
 *        <script src="ORIGIN/embed.js" async></script>
 * Only messages from the widget's own origin, of the widget's own type, from one of
 * the iframes marked data-cica-pi-embed, are acted on; every other message is ignored.
 */
(function () {
	var script = document.currentScript;
	if (!script || !script.src) return;
	var origin = new URL(script.src).origin;
	var TYPE = 'cica-pi:resize';
	window.addEventListener('message', function (event) {
		if (event.origin !== origin) return;
		var data = event.data;
		if (!data || data.type !== TYPE || typeof data.height !== 'number') return;
		var height = Math.ceil(data.height);
		if (!(height > 0 && height < 20000)) return;
		var frames = document.querySelectorAll('iframe[data-cica-pi-embed]');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === event.source) {
				frames[i].style.height = height + 'px';
				frames[i].setAttribute('scrolling', 'no');
			}
		}
	});
})();
