import { launchChromium } from './tests/helpers/browser.ts';
const PAGES = ['/', '/cities', '/compare?p=11,31,44', '/disparities', '/province/44', '/methodology', '/data', '/nowhere'];
const browser = await launchChromium();
for (const width of [390, 820, 1366]) {
	const context = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 900 } });
	for (const lang of ['zh-CN', 'en']) {
		for (const path of PAGES) {
			const page = await context.newPage();
			await page.goto(`http://127.0.0.1:3457${path}${path.includes('?') ? '&' : '?'}lang=${lang}`, { waitUntil: 'networkidle' });
			await page.waitForTimeout(300);
			const wide = await page.evaluate(() => {
				const w = document.documentElement.clientWidth;
				const culprits = [...document.querySelectorAll('body *')]
					.filter((e) => e.getBoundingClientRect().right > w + 1 && getComputedStyle(e).position !== 'fixed')
					.filter((e) => ![...e.children].some((c) => c.getBoundingClientRect().right > w + 1))
					.slice(0, 4)
					.map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}(${Math.round(e.getBoundingClientRect().right)})`);
				return { scroll: document.documentElement.scrollWidth, w, culprits };
			});
			if (process.argv.includes('--shots') && width === 390)
				await page.screenshot({ path: `/tmp/shots/${lang}-${path.replace(/[^a-z0-9]+/gi, '_')}.png`, fullPage: false });
			console.log(width, lang, path, wide.scroll > wide.w ? `OVERFLOW ${wide.scroll}` : 'ok', wide.culprits.join(' '));
			await page.close();
		}
	}
	await context.close();
}
await browser.close();
