/**
 * Every catalogue at once, for server code and tests: prerendering, feeds and CSV in
 * any language. The browser loads only its page's language (loadCatalogue in index.ts).
 */
import { ar } from './ar';
import { registerCatalogue } from './index';
import { ru } from './ru';
import { zh } from './zh';

registerCatalogue('ru', ru);
registerCatalogue('zh', zh);
registerCatalogue('ar', ar);
