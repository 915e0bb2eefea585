/**
 * What a browser downloads to show the overview: every script the page requests (entry chunks,
 * their imports, and the ECharts chunk loaded once the page mounts) and the map GeoJSON, as
 * Debian's Chromium requests them with an empty cache. Sizes are gzip level 9 of each body: what
 * adapter-node's precompressed files and any gzip proxy ship, give or take a few bytes.
 */
import { gzipSync } from 'node:zlib';
import type { Response } from 'playwright-core';
import { PROVINCE_MAP_URL } from '../src/lib/charts/province-map/features.ts';
import { launchChromium } from '../tests/helpers/browser.ts';

export interface Download {
	url: string;
	raw: number;
	gzip: number;
}

async function download(response: Response): Promise<Download> {
	const body = await response.body();
	return { url: response.url(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

export async function overviewWeight(base: string, lang: string) {
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		const scripts: Promise<Download>[] = [];
		const problems: string[] = [];
		page.on('response', (response) => {
			if (response.request().resourceType() !== 'script') return;
			if (response.ok()) scripts.push(download(response));
			else problems.push(`${response.status()} ${response.url()}`);
		});
		const map = page.waitForResponse((r) => new URL(r.url()).pathname === PROVINCE_MAP_URL, {
			timeout: 30_000
		});
		const document = await page.goto(`${base}/?lang=${lang}`, { waitUntil: 'networkidle' });
		if (!document?.ok()) throw new Error(`GET /?lang=${lang}: ${document?.status()}`);
		const mapResponse = await map.catch(() => null);
		// The map is fetched after ECharts loads; let anything that triggered settle too.
		await page.waitForLoadState('networkidle');
		const js = await Promise.all(scripts);
		// SvelteKit names the page's modules in a Link header: each must be among the scripts seen,
		// or this sum would undercount.
		const seen = new Set(js.map((s) => new URL(s.url).pathname));
		const preloads = [...(document.headers().link ?? '').matchAll(/<([^>]+)>;\s*rel="modulepreload"/g)];
		for (const [, href] of preloads) {
			const path = new URL(href, document.url()).pathname;
			if (!seen.has(path)) problems.push(`modulepreload ${path} not requested`);
		}
		return {
			html: await download(document),
			scripts: js.sort((a, b) => b.gzip - a.gzip),
			problems,
			map: mapResponse?.ok() ? await download(mapResponse) : null
		};
	} finally {
		await browser.close();
	}
}
