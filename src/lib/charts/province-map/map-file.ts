/**
 * The content of static/geo/china.json, built by scripts/copy-map.ts from echarts 4.9.0's
 * compressed china.json. Kept here (not in the script) so a unit test can check the file is current.
 * The source is a verbatim copy in the repository (data/vendor/echarts4-china-map/PROVENANCE.md),
 * so neither the test nor a rebuild needs the 44 MB echarts 4 package installed for one 61 KB file.
 */
import {
	decodeGeoJson,
	type EncodedGeometry,
	type FeatureCollection,
	type PlainGeometry
} from './geo-decode.ts';

export const MAP_SOURCE = 'data/vendor/echarts4-china-map/china.json';
export const MAP_OUTPUT = 'static/geo/china.json';

export function chinaMapText(source: FeatureCollection<EncodedGeometry | PlainGeometry>): string {
	const decoded = decodeGeoJson(source, 4);
	const out = {
		type: 'FeatureCollection',
		// A foreign member (RFC 7946 §6.1): GeoJSON readers and ECharts ignore it.
		generated: 'by scripts/copy-map.ts from echarts@4.9.0 map/json/china.json (Apache-2.0); do not edit',
		features: decoded.features.map((f) => ({
			type: 'Feature',
			id: f.id,
			properties: { name: f.properties.name, cp: f.properties.cp },
			geometry: f.geometry
		}))
	};
	return JSON.stringify(out) + '\n';
}
