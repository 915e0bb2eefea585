/**
 * `npm run bench [-- import|dashboard …] [--no-build]`: the speed and memory budgets, each section
 * measured in its own processes on this machine; no section named runs them all. Exits 1 when a
 * budget fails. `--no-build` reuses build/ for the dashboard instead of running `npm run build`.
 */
import { dashboardBudgets } from './dashboard-budgets.ts';
import { exportBudgets } from './export-budgets.ts';
import { fileBudgets } from './file-budgets.ts';
import { importBudgets } from './import-budgets.ts';
import { latencyBudgets } from './latency-budgets.ts';
import { previewBudgets } from './preview-budgets.ts';

const SECTIONS = ['import', 'files', 'preview', 'export', 'latency', 'dashboard'] as const;
const args = process.argv.slice(2);
const named = args.filter((a) => !a.startsWith('--'));
const unknown = [
	...named.filter((a) => !(SECTIONS as readonly string[]).includes(a)),
	...args.filter((a) => a.startsWith('--') && a !== '--no-build')
];
if (unknown.length) {
	console.error(
		`unknown argument ${unknown.join(', ')}; usage: npm run bench [-- ${SECTIONS.join('|')} …] [--no-build]`
	);
	process.exit(2);
}
const chosen = named.length ? SECTIONS.filter((s) => named.includes(s)) : SECTIONS;

let ok = true;
let built = false;
for (const section of chosen) {
	console.log(`\n== ${section} ==`);
	const build = !args.includes('--no-build') && !built;
	const passed =
		section === 'import'
			? await importBudgets()
			: section === 'files'
				? await fileBudgets()
				: section === 'preview'
					? await previewBudgets()
					: section === 'export'
						? await exportBudgets({ build })
						: section === 'latency'
							? await latencyBudgets({ build })
							: await dashboardBudgets({ build });
	// One build serves every section that runs the app.
	if (section !== 'import' && section !== 'files' && section !== 'preview') built = true;
	ok &&= passed;
}
process.exitCode = ok ? 0 : 1;
