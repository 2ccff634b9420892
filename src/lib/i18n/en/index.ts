/**
 * The English catalogue: the reference every other language must match key for key
 * (checked by the type of each translation and by tests/unit/i18n/catalogue.test.ts).
 * Each part of the interface keeps its text in its own file here; working.ts is not part
 * of it: only the working pages load it (../working.ts).
 */
import { api } from './api';
import { common } from './common';
import { embed } from './embed';
import { feed } from './feed';
import { map } from './map';
import { meta } from './meta';
import { state } from './state';
import { table } from './table';
import { timeline } from './timeline';

export const en = {
	...common,
	...map,
	...timeline,
	...table,
	...state,
	...embed,
	...api,
	...feed,
	...meta
};

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
