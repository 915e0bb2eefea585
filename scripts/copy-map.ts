/**
 * Writes static/geo/china.json, the province map, from echarts 4.9.0's
 * `map/json/china.json` (Apache-2.0), vendored as data/vendor/echarts4-china-map/china.json.
 * The source is in ECharts' compressed "UTF8Encoding" format; it is decoded to plain GeoJSON
 * (src/lib/charts/province-map/geo-decode.ts) and trimmed to what the map needs: the adcode in
 * `id` and the short name and label anchor (`name`, `cp`) in `properties`.
 * Run: `node bin/run-ts.js scripts/copy-map.ts`. A unit test checks the output is current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chinaMapText, MAP_OUTPUT, MAP_SOURCE } from '../src/lib/charts/province-map/map-file.ts';

const text = chinaMapText(JSON.parse(readFileSync(MAP_SOURCE, 'utf8')));
writeFileSync(MAP_OUTPUT, text);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`wrote ${MAP_OUTPUT}: ${kb(Buffer.byteLength(text))}, ${kb(gzipSync(text).length)} gzip`);
