/**
 * The languages the site is published in. A language is listed once its catalogue is
 * complete; the prerenderer reaches each through the language switcher.
 */
import type { Lang } from './langs';

export const AVAILABLE_LANGS: Lang[] = ['en', 'ru', 'zh', 'ar'];
