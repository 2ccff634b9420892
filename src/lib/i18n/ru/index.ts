/** The Russian catalogue: every key of the English one (each area file is typed against it). */
import type { Messages } from '../en';
import { api } from './api';
import { common } from './common';
import { embed } from './embed';
import { feed } from './feed';
import { map } from './map';
import { meta } from './meta';
import { state } from './state';
import { table } from './table';
import { timeline } from './timeline';

export const ru: Messages = {
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
