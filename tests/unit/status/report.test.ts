import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/lib/server/read-data';
import { DATA_DIR } from '../../fixtures/paths';
import { statusAt } from '../../../src/lib/status/engine';
import { dataRevision, statusJson, statusText } from '../../../src/lib/status/report';
import { CODES, ratifiers, syntheticDataset } from '../../fixtures/synthetic';
import { realData, realFingerprint } from '../../helpers/real-data';
import { fingerprintOf } from '../../helpers/pages';

const data = realData();
const fingerprint = realFingerprint();

describe('statusJson', () => {
	it('publishes the count, the rule and every state with its dates as ISO text', () => {
		const json = statusJson(data, statusAt(data, '2025-03-17'), fingerprint);
		expect(json).toMatchObject({
			treaty: 'cica-privileges-immunities',
			asOf: '2025-03-17',
			recordedTo: '2025-03-17',
			beyondRecord: false,
			required: 14,
			counted: { certain: 13, possible: 0 },
			remaining: 1,
			inForce: false,
			entryIntoForce: null
		});
		expect(json.states).toHaveLength(28);
		expect(json.states.find((s) => s.state === 'AZ')).toMatchObject({
			countedDate: '2010-06-08/2022',
			consent: { type: 'ratification', date: '2010-06-08/2022' },
			countedFrom: 'consent'
		});
		expect(json.states.find((s) => s.state === 'CN')).toMatchObject({
			stage: 'deposited',
			deposit: '2025-03-14',
			domesticApproval: '2023-10-24',
			counts: 'certain',
			countedFrom: 'consent',
			countedDate: '2024',
			deposited: 'certain',
			receivedFrom: 'deposit',
			receivedDate: '2025-03-14'
		});
		expect(json.deposited).toEqual({ certain: 1, possible: 0 });
		expect(json.states.find((s) => s.state === 'AZ')).toMatchObject({
			deposited: 'no',
			receivedFrom: 'consent-assumed',
			receivedDate: '2010-06-08/2022'
		});
		// The whole object survives JSON: no undefined, no Date objects.
		expect(JSON.parse(JSON.stringify(json))).toEqual(json);
	});

	it('names the data set it was computed from: revision and fingerprint', () => {
		const json = statusJson(data, statusAt(data, '2025-03-17'), fingerprint);
		expect(json.revision).toEqual(dataRevision(data));
		expect(json.fingerprint.sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(json.fingerprint.short).toBe(json.fingerprint.sha256.slice(0, 12));
	});

	it('labels the revision with the sum of the file revisions and the latest history date', () => {
		// Summed from the files' text, independently of the loader.
		const files = Object.values(readDataDir(DATA_DIR)).map((text) => JSON.parse(text));
		const sum = files.reduce((n, f) => n + f.revision, 0);
		const latest = files
			.flatMap((f) => f.history.map((h: { date: string }) => h.date))
			.sort()
			.at(-1);
		expect(files).toHaveLength(31);
		expect(dataRevision(data)).toEqual({ number: sum, date: latest });
	});
});

describe('statusText', () => {
	it('on the recorded day: 13 of 14, one more needed, the 13 states listed', () => {
		const text = statusText(data, statusAt(data, '2025-03-17'), fingerprint);
		expect(text).toContain('13 of 14 instruments needed for entry into force; 1 more needed.');
		expect(text).not.toContain('Note: nothing after');
		expect(text.match(/^ {2}[A-Z]{2} /gm)).toHaveLength(13);
		expect(text).toContain('Members: 28');
		const { number, date } = dataRevision(data);
		expect(text).toContain(`data revision ${number} of ${date}, fingerprint ${fingerprint.short}`);
		expect(text).toContain('Deposited: 1 (CN 2025-03-14).');
		expect(text).toMatch(/^ {2}CN .* 2024 \(ratification\); received 2025-03-14 \(deposit\)$/m);
		expect(text).toMatch(
			/^ {2}KZ .* 2011-11-28 \(ratification\); receipt assumed on the date of the act of consent$/m
		);
	});

	it('shows a possible count as a span, and says when the record ends', () => {
		expect(statusText(data, statusAt(data, '2011-12-31'), fingerprint)).toContain('2–7 of 14');
		expect(statusText(data, statusAt(data, '2026-11-26'), fingerprint)).toContain(
			'Note: nothing after 2025-03-17 is recorded'
		);
	});

	it('says in force since when it is, and which receipts the date assumes', () => {
		const synthetic = syntheticDataset([
			...ratifiers(13),
			{ state: CODES[13], actions: [{ type: 'ratification', date: '2025-01-31' }] }
		]);
		const assuming = `(assuming the instruments of ${CODES.slice(0, 14).join(', ')} were received on the dates of their acts of consent)`;
		expect(
			statusText(synthetic, statusAt(synthetic, '2025-03-01'), fingerprintOf(synthetic))
		).toContain(`Enters into force: 2025-03-02 ${assuming}.`);
		expect(
			statusText(synthetic, statusAt(synthetic, '2025-03-02'), fingerprintOf(synthetic))
		).toContain(`In force since 2025-03-02 ${assuming}.`);
	});

	it('assumes nothing where every instrument of the 14 has a recorded deposit', () => {
		const deposited = syntheticDataset(
			CODES.slice(0, 14).map((state, i) => ({
				state,
				actions: [
					{ type: 'ratification', date: `2020-01-${String(i + 1).padStart(2, '0')}` },
					{ type: 'deposit', date: '2025-01-31' }
				]
			}))
		);
		const text = statusText(deposited, statusAt(deposited, '2025-03-01'), fingerprintOf(deposited));
		expect(text).toContain('Enters into force: 2025-03-02.');
		expect(text).toContain('Deposited: 14 (');
		expect(text).not.toContain('(assuming');
	});
});
