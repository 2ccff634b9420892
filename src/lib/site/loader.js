// Loads the page's own script (named by this element's data-src) once the page has first
// painted its content: the page is complete without it, so its request never competes
// with the first paint. A page opened in the background paints nothing until it is shown,
// so a timer stands in. Written into the page as it is and allowed by its hash
// (svelte.config.js).
(function (src) {
	var done = false;
	function load() {
		if (done) return;
		done = true;
		var script = document.createElement('script');
		script.type = 'module';
		script.src = src;
		document.head.appendChild(script);
	}
	try {
		new PerformanceObserver(function (list, observer) {
			observer.disconnect();
			setTimeout(load);
		}).observe({ type: 'paint', buffered: true });
	} catch (e) {
		requestAnimationFrame(function () {
			setTimeout(load);
		});
	}
	setTimeout(load, 1000);
})(document.currentScript.dataset.src);
