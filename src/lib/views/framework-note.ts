/** The framework choice of a page (server/served-framework.ts) and the sentence it says while the asked one is not shown. */
import { format } from '../i18n/format.ts';
import type { Messages, Preparation } from './page-base.ts';

export interface FrameworkChoice {
	/** The framework shown, `id@version`. */
	shown: string;
	/** Every framework a reader may pick: the built-in default, then each stored version. */
	stored: string[];
	/** The framework asked for and not shown (not stored, or not yet scored for the round), or null. */
	asked: string | null;
	/** How far the asked framework's scores are from ready. */
	preparing: Preparation | null;
	/** The asked framework is not stored at all. */
	missing: boolean;
}

export function frameworkNote(
	choice: FrameworkChoice | undefined,
	year: number | null,
	t: Messages
): string | null {
	if (!choice?.asked) return null;
	if (choice.missing) return format(t.frameworkMissing, { framework: choice.asked });
	if (!choice.preparing || year === null) return null;
	const message = {
		queued: t.frameworkQueued,
		running: t.frameworkRunning,
		failed: t.frameworkFailed,
		busy: t.frameworkBusy
	}[choice.preparing.state];
	return format(message, { framework: choice.asked, year, ahead: choice.preparing.ahead });
}
