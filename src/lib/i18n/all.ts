/**
 * Every catalogue at once, for server code and tests: prerendering, feeds and CSV in
 * any language, and the working pages' own catalogue (./working.ts). The browser loads
 * only its page's language (loadCatalogue in index.ts, loadWorkingCatalogue).
 */
import { ar } from './ar';
import { working as arWorking } from './ar/working';
import { registerCatalogue } from './index';
import { ru } from './ru';
import { working as ruWorking } from './ru/working';
import { registerWorkingCatalogue } from './working';
import { zh } from './zh';
import { working as zhWorking } from './zh/working';

registerCatalogue('ru', ru);
registerCatalogue('zh', zh);
registerCatalogue('ar', ar);
registerWorkingCatalogue('ru', ruWorking);
registerWorkingCatalogue('zh', zhWorking);
registerWorkingCatalogue('ar', arWorking);
