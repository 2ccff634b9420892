/**
 * /api/v1/working.json: how the count is reached, as recorded (src/lib/working/count.ts),
 * with the rule, every instrument counted and its sources, every state not counted and
 * why, the arithmetic of entry into force, and the data set it was computed from.
 * Documented in docs/API.md.
 */
import { toIso } from '../data/dates';
import type { Fingerprint } from '../data/fingerprint';
import type { Dataset } from '../data/schema';
import { recordedStatus } from '../status/engine';
import { dataRevision } from '../status/report';
import type { ActionStatus } from '../status/state';
import { working, type Reckoning } from '../working/count';
import { API_VERSION, dateFields, resolveSources } from './records';

/** An act as the working cites it: type, date with its bounds, and its sources resolved. */
function act(data: Dataset, a: ActionStatus) {
	return {
		type: a.type,
		...dateFields(a.date),
		sources: resolveSources(
			data,
			a.sources.map((c) => ({ id: c.source.id, ...(c.locator ? { locator: c.locator } : {}) }))
		)
	};
}

const reckoning = (r: Reckoning) => ({
	state: r.state,
	received: r.day,
	receivedFrom: r.receivedFrom,
	entersIntoForce: r.enters
});

export function workingJson(data: Dataset, fingerprint: Fingerprint) {
	const status = recordedStatus(data);
	const rule = data.treaty.entryIntoForce;
	const w = working(status, rule);
	return {
		apiVersion: API_VERSION,
		treaty: status.treaty,
		asOf: w.asOf,
		recordedTo: w.recordedTo,
		beyondRecord: w.beyondRecord,
		revision: dataRevision(data),
		fingerprint,
		rule: {
			article: rule.article,
			instrumentsRequired: rule.instrumentsRequired,
			daysAfter: rule.daysAfter,
			counts: rule.counts,
			text: rule.text ?? null,
			sources: resolveSources(data, rule.sources)
		},
		counted: w.counted,
		remaining: w.remaining,
		inForce: w.inForce,
		inForcePossible: w.inForcePossible,
		instruments: w.instruments.map((i) => ({
			state: i.state,
			counts: i.counts,
			doubts: i.doubts,
			consent: act(data, i.consent),
			receivedFrom: i.receivedFrom,
			receivedDate: toIso(i.receivedDate),
			deposit: i.deposit ? act(data, i.deposit) : null
		})),
		notCounted: w.notCounted.map((n) => ({
			state: n.state,
			reason: n.reason,
			stage: n.stage,
			possibleStage: n.possibleStage,
			act: n.act ? act(data, n.act) : null,
			joined: n.joined === null ? null : toIso(n.joined)
		})),
		entryIntoForce: w.entryIntoForce
			? {
					date: w.entryIntoForce.date,
					precision: w.entryIntoForce.precision,
					exact: w.entryIntoForce.exact,
					earliest: reckoning(w.entryIntoForce.earliest),
					latest: w.entryIntoForce.latest ? reckoning(w.entryIntoForce.latest) : null
				}
			: null,
		awaitingReceipt: w.awaitingReceipt.map((i) => i.state)
	};
}
