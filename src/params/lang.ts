import type { ParamMatcher } from '@sveltejs/kit';

/** The optional language prefix: English lives at the root, so "en" is not a prefix. */
export const match = ((param: string): param is 'ru' | 'zh' | 'ar' =>
	param === 'ru' || param === 'zh' || param === 'ar') satisfies ParamMatcher;
