/**
 * Areas whose status is disputed, and how the map treats them. Intergovernmental maps
 * (the United Nations' among them) take no side in a dispute: a disputed area is not
 * coloured as belonging to any claimant. The map follows that practice where the data
 * allows it: each area below is drawn as a separate, neutral, non-interactive shape,
 * never in the colour of any state's stage.
 *
 * The data is Natural Earth's admin-0 countries at 1:50m (via world-atlas), which draws
 * most lines where control lies in fact. Where a disputed area is a separate feature, or
 * a separate polygon (an island or a peninsula) of a feature, it can be set apart; where
 * it is part of one polygon of a state, it cannot, and UNSEPARATED lists those so that the
 * map's footnote can say so.
 */

/** A disputed area that is its own feature in world-atlas 50m. */
export interface DisputedFeature {
	/** The id the map gives it (no ISO code exists for most of these). */
	key: string;
	/** The feature's `properties.name` in world-atlas. */
	atlasName: string;
	why: string;
}

/**
 * A disputed area that is one or more separate polygons inside a state's feature: each
 * polygon of `from` that contains one of `points` (longitude, latitude) is moved out.
 */
export interface DisputedPart {
	key: string;
	/** ISO alpha-2 code of the feature the polygons are taken out of. */
	from: string;
	points: [number, number][];
	why: string;
}

export const DISPUTED_FEATURES: DisputedFeature[] = [
	{
		key: 'siachen',
		atlasName: 'Siachen Glacier',
		why: 'Claimed by India and Pakistan; Natural Earth draws it apart from both.'
	},
	{
		key: 'taiwan',
		atlasName: 'Taiwan',
		why:
			'Its status is disputed; the map gives it no stage of its own and does not colour it ' +
			'as part of any member, so that no position is taken.'
	},
	{
		key: 'n-cyprus',
		atlasName: 'N. Cyprus',
		why: 'Recognised only by Türkiye; the United Nations regard it as part of Cyprus.'
	},
	{
		key: 'w-sahara',
		atlasName: 'W. Sahara',
		why: 'A non-self-governing territory on the United Nations list; claimed by Morocco.'
	},
	{
		key: 'somaliland',
		atlasName: 'Somaliland',
		why: 'Declared independence from Somalia in 1991; not recognised by the United Nations.'
	},
	{
		key: 'kosovo',
		atlasName: 'Kosovo',
		why: 'Its independence is recognised by some states and not by others, Serbia among them.'
	}
];

export const DISPUTED_PARTS: DisputedPart[] = [
	{
		key: 'crimea',
		from: 'RU',
		// Crimea touches land only at Perekop, on Ukraine's side, so it is a polygon of its own
		// in Natural Earth's Russia.
		points: [[34.1, 45.0]],
		why:
			'Drawn by Natural Earth as part of Russia; United Nations General Assembly ' +
			'resolution 68/262 affirms the territorial integrity of Ukraine.'
	},
	{
		key: 'south-kurils',
		from: 'RU',
		// Iturup, Kunashir and Shikotan: islands, hence separate polygons.
		points: [
			[147.9, 45.0],
			[145.9, 44.1],
			[146.7, 43.8]
		],
		why: 'Administered by Russia and claimed by Japan.'
	}
];

/*
 * Disputed areas that lie inside a single polygon of a state's feature in this data, and
 * so take that state's colour (the footnote message 'map.footnote.unseparated' names them,
 * and says that nothing implies a position on their status):
 * - Jammu and Kashmir: Natural Earth's lines follow control in fact (India; Pakistan;
 *   China in Aksai Chin and the Shaksgam valley);
 * - Arunachal Pradesh, in India's shape, claimed by China; Kalapani, in India's, claimed
 *   by Nepal;
 * - the Golan Heights and the Shebaa Farms, in Israel's shape;
 * - East Jerusalem, in the shape of Palestine;
 * - the Hala'ib triangle, in Egypt's shape, claimed by Sudan.
 * Islands too small for 1:50m (the Paracels, the Spratlys, Abu Musa and the Tunbs, Dokdo,
 * the Senkaku Islands) are not drawn at all.
 */

/** Every key the map draws in the neutral style. */
export const DISPUTED_KEYS: string[] = [
	...DISPUTED_FEATURES.map((d) => d.key),
	...DISPUTED_PARTS.map((d) => d.key)
];
