import { describe, expect, it } from 'vitest';
import { decodeGeoJson, decodeRing, type EncodedGeometry, type FeatureCollection } from './geo-decode.ts';

describe('decodeRing', () => {
	it.each([
		{ text: '@@', offset: [1024, 2048], expected: [[1, 2]] },
		// 'B' = 2 → +1, 'A' = 1 → −1; the ring is closed with its first point.
		{
			text: '@@BA',
			offset: [1024, 2048],
			expected: [
				[1, 2],
				[1.000977, 1.999023],
				[1, 2]
			]
		},
		// Deltas accumulate: +1, +1, then −2 back to the start (already closed).
		{
			text: '@@BBBBCC',
			offset: [0, 0],
			expected: [
				[0, 0],
				[0.000977, 0.000977],
				[0.001953, 0.001953],
				[0, 0]
			]
		}
	] as { text: string; offset: [number, number]; expected: number[][] }[])(
		'$text from $offset',
		({ text, offset, expected }) => {
			expect(decodeRing(text, offset, 1024, 6)).toEqual(expected);
		}
	);
});

describe('decodeGeoJson', () => {
	const feature = (geometry: EncodedGeometry) => ({
		type: 'Feature' as const,
		id: '110000',
		properties: { name: '北京' },
		geometry
	});

	it('decodes Polygon and MultiPolygon rings with their own offsets', () => {
		const source: FeatureCollection<EncodedGeometry> = {
			type: 'FeatureCollection',
			UTF8Encoding: true,
			features: [
				feature({ type: 'Polygon', coordinates: ['@@BB'], encodeOffsets: [[2048, 1024]] }),
				feature({
					type: 'MultiPolygon',
					coordinates: [['@@'], ['@@']],
					encodeOffsets: [[[1024, 1024]], [[3072, 0]]]
				})
			]
		};
		const out = decodeGeoJson(source, 4);
		expect(out).not.toHaveProperty('UTF8Encoding');
		expect(out.features[0]).toMatchObject({ id: '110000', properties: { name: '北京' } });
		expect(out.features[0].geometry).toEqual({
			type: 'Polygon',
			coordinates: [
				[
					[2, 1],
					[2.001, 1.001],
					[2, 1]
				]
			]
		});
		expect(out.features[1].geometry).toEqual({
			type: 'MultiPolygon',
			coordinates: [[[[1, 1]]], [[[3, 0]]]]
		});
	});

	it('only rounds a file that is not compressed', () => {
		const out = decodeGeoJson(
			{
				type: 'FeatureCollection',
				features: [
					{
						type: 'Feature',
						properties: {},
						geometry: { type: 'Polygon', coordinates: [[[116.123456, 39.987654]]] }
					}
				]
			},
			3
		);
		expect(out.features[0].geometry.coordinates).toEqual([[[116.123, 39.988]]]);
	});
});
