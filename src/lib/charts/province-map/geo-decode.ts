/**
 * Decoder for ECharts' compressed GeoJSON ("UTF8Encoding"), the format of the map files shipped in
 * echarts 4 (`map/json/*.json`). ECharts 6 still decodes it, but a plain GeoJSON file is readable
 * by any tool, so scripts/copy-map.ts stores the decoded form in static/geo/.
 */

export type Position = [number, number];

/** One ring of a compressed file: a string of character pairs, one pair per point. */
type EncodedRing = string;

export type EncodedGeometry =
	| { type: 'Polygon'; coordinates: EncodedRing[]; encodeOffsets: Position[] }
	| { type: 'MultiPolygon'; coordinates: EncodedRing[][]; encodeOffsets: Position[][] };

export type PlainGeometry =
	{ type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };

export interface Feature<G> {
	type: 'Feature';
	id?: string;
	properties: Record<string, unknown>;
	geometry: G;
}

export interface FeatureCollection<G> {
	type: 'FeatureCollection';
	/** Set (true) on compressed files. */
	UTF8Encoding?: boolean;
	/** Quantisation: coordinates are integers divided by this (1024 when absent). */
	UTF8Scale?: number;
	features: Feature<G>[];
}

const round = (x: number, digits: number) => {
	const f = 10 ** digits;
	return Math.round(x * f) / f;
};

/**
 * Decodes one ring. Each point is two characters; a character's code minus 64 is a zigzag-encoded
 * delta (0 → 0, 1 → −1, 2 → 1, 3 → −2 …) from the previous point, in units of 1/`scale` degree; the
 * first delta starts from `offset`. The same algorithm as `decodeRing` in echarts'
 * src/coord/geo/parseGeoJson.ts (Apache-2.0). Rings are closed (last point = first), as the
 * GeoJSON specification (RFC 7946 §3.1.6) requires.
 * @example decodeRing('@@BA', [1024, 2048], 1024, 6) → [[1, 2], [1.000977, 1.999023], [1, 2]]
 *   ('@@' is the delta (0, 0); 'B' = 66 − 64 = 2 → +1, 'A' = 1 → −1)
 */
export function decodeRing(text: EncodedRing, offset: Position, scale: number, digits: number): Position[] {
	const points: Position[] = [];
	let [x, y] = offset;
	for (let i = 0; i + 1 < text.length; i += 2) {
		const dx = text.charCodeAt(i) - 64;
		const dy = text.charCodeAt(i + 1) - 64;
		x += (dx >> 1) ^ -(dx & 1);
		y += (dy >> 1) ^ -(dy & 1);
		points.push([round(x / scale, digits), round(y / scale, digits)]);
	}
	const [first, last] = [points[0], points.at(-1)];
	if (first && last && (first[0] !== last[0] || first[1] !== last[1])) points.push([first[0], first[1]]);
	return points;
}

function decodeGeometry(g: EncodedGeometry, scale: number, digits: number): PlainGeometry {
	if (g.type === 'Polygon')
		return {
			type: 'Polygon',
			coordinates: g.coordinates.map((ring, r) => decodeRing(ring, g.encodeOffsets[r], scale, digits))
		};
	return {
		type: 'MultiPolygon',
		coordinates: g.coordinates.map((polygon, p) =>
			polygon.map((ring, r) => decodeRing(ring, g.encodeOffsets[p][r], scale, digits))
		)
	};
}

/**
 * Plain GeoJSON from a compressed file (returned unchanged apart from rounding if it is not
 * compressed). Coordinates are rounded to `digits` decimals: the source is quantised to 1/1024°
 * (about 100 m), so 4 decimals lose nothing visible and keep the file small.
 */
export function decodeGeoJson(
	source: FeatureCollection<EncodedGeometry | PlainGeometry>,
	digits = 4
): FeatureCollection<PlainGeometry> {
	const scale = source.UTF8Scale ?? 1024;
	const features = source.features.map((f) => {
		const g = f.geometry;
		const geometry: PlainGeometry =
			source.UTF8Encoding && 'encodeOffsets' in g
				? decodeGeometry(g, scale, digits)
				: roundGeometry(g as PlainGeometry, digits);
		return { ...f, geometry };
	});
	return { type: 'FeatureCollection', features };
}

function roundGeometry(g: PlainGeometry, digits: number): PlainGeometry {
	const ring = (r: Position[]) => r.map(([x, y]): Position => [round(x, digits), round(y, digits)]);
	return g.type === 'Polygon'
		? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
		: { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) };
}
