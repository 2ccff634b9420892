/**
 * Synthetic data sets for the benchmark: any number of states (real ISO codes, so the
 * validator accepts them) with a realistic mix of acts and date precisions, built as the
 * data directory's files in memory. Deterministic: the same arguments give the same files.
 */
import countries from 'i18n-iso-countries';
import type { RawFiles } from '../../src/lib/data/validate';

/** Every ISO 3166-1 alpha-2 code, sorted: enough for 249 states. */
export const ALL_CODES = Object.keys(countries.getAlpha2Codes()).sort();

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pad = (n: number) => String(n).padStart(2, '0');

const SOURCES = ['digest', 'gazette', 'speech', 'notes'];
const history = [{ revision: 1, date: '2025-03-17', summary: 'synthetic' }];
const versioned = { schemaVersion: 1, revision: 1, history };

/**
 * One data set of `states` members for treaty number `index`. Acts keep to year bands
 * (signature 2010–11, approval 2012–15, consent 2016–20, deposit 2021–24, withdrawal
 * 2025), so any precision within a band keeps the stages in order.
 */
export function syntheticFiles(states: number, index = 0): RawFiles {
	if (states > ALL_CODES.length) throw new Error(`at most ${ALL_CODES.length} states`);
	const rnd = random(1000 + index * 7919 + states);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
	const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
	const day = (y0: number, y1: number) => `${int(y0, y1)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
	/** A date in the band at a random precision: day, month, year or a range. */
	const date = (y0: number, y1: number) => {
		const r = rnd();
		const d = day(y0, y1);
		if (r < 0.55) return d;
		if (r < 0.75) return d.slice(0, 7);
		if (r < 0.92) return d.slice(0, 4);
		return { from: `${y0}-01-01`, to: String(y1) };
	};
	const refs = () => [{ id: pick(SOURCES), locator: `p. ${int(1, 400)}` }];

	const treatyId = `synthetic-${index}`;
	const codes = ALL_CODES.slice(0, states);
	const files: RawFiles = {
		'treaty.json': JSON.stringify({
			...versioned,
			id: treatyId,
			title: { en: `Synthetic Convention ${index}` },
			shortTitle: { en: `Synthetic ${index}` },
			organisation: { en: 'Synthetic Organisation' },
			signature: { place: 'Nowhere', date: '2010-01-01', sources: refs() },
			depositary: { confirmed: false, sources: refs() },
			entryIntoForce: {
				article: 'Article 9(2)',
				instrumentsRequired: Math.max(2, Math.round(states / 2)),
				daysAfter: 30,
				counts: ['ratification', 'acceptance', 'approval', 'accession'],
				sources: refs()
			},
			recordedTo: { date: '2025-03-17', sources: refs() }
		}),
		'members.json': JSON.stringify({
			...versioned,
			members: codes.map((state) => ({
				state,
				joined: { date: rnd() < 0.5 ? '1999' : day(1999, 2009), sources: refs() }
			}))
		}),
		'sources.json': JSON.stringify({
			...versioned,
			sources: SOURCES.map((id) => ({
				id,
				kind: pick(['primary', 'secondary']),
				title: `Synthetic source ${id}`,
				publisher: 'Benchmark',
				language: 'en'
			}))
		})
	};
	for (const state of codes) {
		const actions: Record<string, unknown>[] = [];
		if (rnd() < 0.8) actions.push({ type: 'signature', date: date(2010, 2011), sources: refs() });
		if (rnd() < 0.6) {
			actions.push({
				type: 'domestic-approval',
				date: date(2012, 2015),
				by: 'Parliament',
				sources: refs()
			});
		}
		if (rnd() < 0.6) {
			const consent: Record<string, unknown> = {
				type: pick(['ratification', 'ratification', 'acceptance', 'approval', 'accession']),
				date: date(2016, 2020),
				instrument: `Law No. ${int(1, 999)}`,
				sources: refs()
			};
			if (rnd() < 0.15) {
				consent.alternatives = [{ date: date(2016, 2020), sources: refs(), note: 'Disputed.' }];
				consent.note = 'Sources disagree.';
			}
			actions.push(consent);
			if (rnd() < 0.5) actions.push({ type: 'deposit', date: date(2021, 2024), sources: refs() });
			if (rnd() < 0.03) {
				actions.push({
					type: 'withdrawal',
					date: `2025-0${int(1, 2)}-${pad(int(1, 28))}`,
					sources: refs()
				});
			}
		}
		files[`states/${state}.json`] = JSON.stringify({
			...versioned,
			treaty: treatyId,
			state,
			...(rnd() < 0.3 ? { note: 'A synthetic note.' } : {}),
			actions
		});
	}
	return files;
}
