/**
 * What every export says about where it came from (docs/methodology.md §7): the HIMAP version and
 * commit, the framework and the method. Named in the XLSX about sheet, the CSV `source=1` line, the
 * `about` table and the HTTP response headers alike, so the four cannot disagree.
 */
import type { Framework } from '../../scoring/framework.ts';
import { methodKey, type Method } from '../../scoring/method.ts';
import { buildInfo } from '../build-info.ts';
import { DEFAULT_FRAMEWORK } from '../framework-store.ts';
import type { StoredRound } from '../index-service.ts';

export interface ExportProvenance {
	version: string;
	commit: string;
	framework: { id: string; version: string };
	/** The method's key whose runs the table reads; null for a table that reads none. */
	method: string | null;
}

/**
 * The provenance of an export reading `rounds` under the method `read` (null: no runs). The
 * framework is that of the runs read; an export without any names the one chosen (`chosen`:
 * `--framework`, `framework=`), the default one unless another was.
 */
export function exportProvenance(
	read: Method | null,
	rounds: readonly StoredRound[],
	chosen: Framework = DEFAULT_FRAMEWORK
): ExportProvenance {
	const framework = rounds[0]?.framework ?? chosen;
	return {
		...buildInfo(),
		framework: { id: framework.id, version: framework.version },
		method: read && methodKey(read)
	};
}

/** The response headers of an HTTP export: `Himap-Version`, `Himap-Commit`, `Himap-Framework`, `Himap-Method`. */
export function provenanceHeaders(p: ExportProvenance): Record<string, string> {
	return {
		'himap-version': p.version,
		'himap-commit': p.commit,
		'himap-framework': `${p.framework.id} ${p.framework.version}`,
		'himap-method': p.method ?? 'none'
	};
}
