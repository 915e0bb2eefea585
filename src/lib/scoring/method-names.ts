/**
 * A scoring method in words, in either language, from the `m_…` names of the i18n files: the
 * picker's options, the note while a method is prepared and the source line under every chart
 * all name a method this way, never by its key (`goalposts/framework/arithmetic/winsorise`).
 */
import type { MessageKey } from '../i18n/messages.ts';
import { DEFAULT_METHOD, methodFromKey, methodKey, type Method } from './method.ts';

type Words = Record<MessageKey, string>;

/** The name of one choice of a method, e.g. `entropy` → "Entropy weights" / "熵权法". */
export function methodPartName(choice: string, t: Words): string {
	return t[`m_${choice}` as MessageKey] ?? choice;
}

/**
 * The whole method: normalisation, weights and aggregation, and the outlier treatment where it
 * applies (min–max and z-score only; docs/methodology.md section 3.2), "(default)" after the
 * default. A string that is not a method key is returned as it is.
 *
 * @example methodTitle('goalposts/framework/arithmetic/winsorise', en)
 *   // → 'Goalposts, framework weights, arithmetic mean (default)'
 */
export function methodTitle(method: Method | string, t: Words): string {
	const m = typeof method === 'string' ? methodFromKey(method) : method;
	if (!m) return String(method);
	const parts: string[] = [m.normalise, m.weights, m.aggregate];
	if (m.normalise === 'minmax' || m.normalise === 'zscore') parts.push(m.outliers ? 'winsorise' : 'raw');
	const words = parts.map((p, i) => {
		const name = methodPartName(p, t);
		// "Goalposts, framework weights, …": one capital, at the start; acronyms (CRITIC) keep theirs.
		return i === 0 || /^.[^a-z]/.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);
	});
	const isDefault = methodKey(m) === methodKey(DEFAULT_METHOD);
	return words.join(t.methodSeparator) + (isDefault ? t.defaultMark : '');
}
