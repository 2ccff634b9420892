import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { hydrates, withoutMarkers } from '../../../src/lib/server/markers';
import Progress from '../../../src/lib/components/progress/Progress.svelte';
import { recordedStatus } from '../../../src/lib/status/engine';
import { homeInput } from '../../../src/lib/server/page-data';
import { realData } from '../../helpers/real-data';

describe('hydration markers', () => {
	it('are all removed, and nothing else: the text and the markup stay', () => {
		const html =
			'<p><!--[-->a<!---->b<!--]--><!--[!-->c<!--[0--><!--[-1--><!--$s1--><!--1kmlrkf--></p>';
		expect(withoutMarkers(html)).toBe('<p>abc</p>');
		expect(withoutMarkers('<p>&lt;!--[--&gt; as text</p>')).toBe('<p>&lt;!--[--&gt; as text</p>');
	});

	it('leave a rendered component with no comment at all', () => {
		const status = recordedStatus(homeInput(realData(), 'en'));
		const { body } = render(Progress, { props: { status, lang: 'en' } });
		expect(body).toContain('<!--');
		const bare = withoutMarkers(body);
		expect(bare).not.toContain('<!--');
		expect(bare.replace(/<[^>]+>/g, '')).toBe(
			body.replace(/<!--.*?-->/g, '').replace(/<[^>]+>/g, '')
		);
	});

	it('are kept on a page that SvelteKit hydrates', () => {
		expect(hydrates('<script>__sveltekit_abc = {}</script>')).toBe(true);
		expect(hydrates('<script data-src="/_app/site.js"></script>')).toBe(false);
	});
});
