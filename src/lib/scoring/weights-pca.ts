/**
 * PCA-derived weights following the OECD/JRC Handbook on Constructing Composite Indicators (2008),
 * Part 2, weights based on principal components / factor analysis; docs/methodology.md section 3.4.
 */
import { isConstant, pearson, present, type Columns } from './matrix.ts';

export interface Eigen {
	/** Eigenvalues, largest first. */
	values: number[];
	/** `vectors[k]` is the unit eigenvector for `values[k]` (sign arbitrary). */
	vectors: number[][];
}

/**
 * Eigen-decomposition of a real symmetric matrix by cyclic Jacobi rotations (Golub & Van Loan,
 * Matrix Computations; rotation formulas as in Numerical Recipes, 2nd ed., §11.1). Fine for the ≤ 30×30
 * correlation matrices used here; converges quadratically.
 * @example jacobiEigen([[2, 1, 0], [1, 2, 1], [0, 1, 2]]).values → [2 + √2, 2, 2 − √2]
 */
export function jacobiEigen(matrix: readonly (readonly number[])[], maxSweeps = 100): Eigen {
	const n = matrix.length;
	const a = matrix.map((row) => [...row]);
	const v = a.map((_, i) => a.map((_, j) => (i === j ? 1 : 0)));
	const norm = a.reduce((s, row) => s + row.reduce((t, x) => t + x * x, 0), 0);
	for (let sweep = 0; sweep < maxSweeps; sweep++) {
		let off = 0;
		for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p][q] ** 2;
		if (off <= 1e-30 * norm) break;
		for (let p = 0; p < n; p++) {
			for (let q = p + 1; q < n; q++) {
				if (a[p][q] === 0) continue;
				const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
				const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
				const c = 1 / Math.sqrt(t * t + 1);
				const s = t * c;
				// A ← Jᵀ A J and V ← V J, J the rotation in the (p, q) plane that zeroes a[p][q].
				for (const m of [a, v]) {
					for (const row of m) [row[p], row[q]] = [c * row[p] - s * row[q], s * row[p] + c * row[q]];
				}
				for (let k = 0; k < n; k++)
					[a[p][k], a[q][k]] = [c * a[p][k] - s * a[q][k], s * a[p][k] + c * a[q][k]];
			}
		}
	}
	const order = a.map((_, k) => k).sort((i, j) => a[j][j] - a[i][i]);
	return { values: order.map((k) => a[k][k]), vectors: order.map((k) => v.map((row) => row[k])) };
}

/**
 * Varimax rotation (Kaiser 1958) of a loadings matrix `loadings[i][k]`, with Kaiser row normalisation,
 * by pairwise planar rotations: tan 4φ = (D − 2AB/n) / (C − (A² − B²)/n) (Harman, Modern Factor Analysis, 1976).
 */
export function varimax(loadings: readonly (readonly number[])[], maxSweeps = 100): number[][] {
	const n = loadings.length;
	const m = loadings[0]?.length ?? 0;
	const h = loadings.map((row) => Math.sqrt(row.reduce((s, x) => s + x * x, 0)) || 1);
	const l = loadings.map((row, i) => row.map((x) => x / h[i]));
	for (let sweep = 0; sweep < maxSweeps; sweep++) {
		let rotated = false;
		for (let p = 0; p < m; p++) {
			for (let q = p + 1; q < m; q++) {
				let [A, B, C, D] = [0, 0, 0, 0];
				for (const row of l) {
					const u = row[p] ** 2 - row[q] ** 2;
					const w = 2 * row[p] * row[q];
					[A, B, C, D] = [A + u, B + w, C + u * u - w * w, D + 2 * u * w];
				}
				const phi = Math.atan2(D - (2 * A * B) / n, C - (A * A - B * B) / n) / 4;
				if (Math.abs(phi) < 1e-12) continue;
				rotated = true;
				const [c, s] = [Math.cos(phi), Math.sin(phi)];
				for (const row of l) [row[p], row[q]] = [c * row[p] + s * row[q], -s * row[p] + c * row[q]];
			}
		}
		if (!rotated) break;
	}
	return l.map((row, i) => row.map((x) => x * h[i]));
}

export interface PcaOptions {
	/** Kaiser criterion: retain components with eigenvalue above this (default 1). */
	minEigenvalue?: number;
	/** Then add components in order until they explain at least this share of variance (default 0.6). */
	minCumulative?: number;
	/** Rotate the retained loadings (default 'varimax', as in the Handbook; skipped with one component). */
	rotation?: 'varimax' | 'none';
}

export interface PcaWeights {
	/** One weight per input column, summing to 1. */
	weights: number[];
	/** Eigenvalues of the correlation matrix of the usable columns, largest first. */
	eigenvalues: number[];
	/** Components retained. */
	retained: number;
	/** Share of total variance explained by the retained components. */
	explained: number;
	/** Why equal weights were returned instead, or null. */
	fallback: 'too-few-indicators' | 'no-common-component' | null;
}

/**
 * PCA weights, Handbook (2008) procedure: correlation matrix of the standardised indicators (pairwise
 * complete, `matrix.ts`; an undefined r counts as 0), eigen-decomposition, retain components with
 * eigenvalue > 1 and, if those explain < 60% of the variance, the next ones until 60% is reached;
 * loadings √λ·v, varimax-rotated; squared loadings scaled to unit sum per component; each indicator
 * goes to the component where its scaled squared loading is largest and weighs
 * (scaled squared loading) × (component's share of the retained explained variance), normalised to 1.
 * Columns with fewer than 3 values or no variance get weight 0. Fallbacks to equal weights over the
 * usable columns: fewer than 2 usable columns; or no eigenvalue above 1 (uncorrelated indicators:
 * no common component to weight by). PCA rewards shared variance: an indicator unrelated to every
 * retained component gets a weight near 0.
 * @example pcaWeights([a, a.map((x) => 2 * x), b]) with b uncorrelated with a
 *   → eigenvalues [2, 1, 0], retained 1 (67%), weights [0.5, 0.5, 0]
 */
export function pcaWeights(columns: Columns, options: PcaOptions = {}): PcaWeights {
	const { minEigenvalue = 1, minCumulative = 0.6, rotation = 'varimax' } = options;
	const usable = columns
		.map((_, j) => j)
		.filter((j) => present(columns[j]).length >= 3 && !isConstant(columns[j]));
	const k = usable.length;
	const equal = (fallback: PcaWeights['fallback'], eigenvalues: number[] = []): PcaWeights => {
		const ids = k > 0 ? usable : columns.map((_, j) => j);
		const weights = columns.map((_, j) => (ids.includes(j) ? 1 / ids.length : 0));
		return { weights, eigenvalues, retained: 0, explained: 0, fallback };
	};
	if (k < 2) return equal('too-few-indicators');
	const r = usable.map((i) => usable.map((j) => (i === j ? 1 : pearson(columns[i], columns[j]) || 0)));
	const { values, vectors } = jacobiEigen(r);
	// 1e-9 keeps rounding noise on an identity matrix from passing the Kaiser test.
	let retained = values.filter((l) => l > minEigenvalue + 1e-9).length;
	if (retained === 0) return equal('no-common-component', values);
	const share = (m: number) => values.slice(0, m).reduce((s, l) => s + l, 0) / k;
	while (retained < k && share(retained) < minCumulative) retained++;
	// A pairwise-complete correlation matrix need not be positive semi-definite; clamp λ < 0.
	let loadings = usable.map((_, i) =>
		vectors.slice(0, retained).map((v, c) => v[i] * Math.sqrt(Math.max(0, values[c])))
	);
	if (rotation === 'varimax' && retained > 1) loadings = varimax(loadings);
	const explVar = loadings[0].map((_, c) => loadings.reduce((s, row) => s + row[c] ** 2, 0));
	const totalExpl = explVar.reduce((s, x) => s + x, 0);
	const raw = loadings.map((row) => {
		const scaled = row.map((x, c) => (explVar[c] > 0 ? x ** 2 / explVar[c] : 0));
		const c = scaled.indexOf(Math.max(...scaled));
		return scaled[c] * (explVar[c] / totalExpl);
	});
	const sum = raw.reduce((s, x) => s + x, 0);
	const weights = columns.map((_, j) => (usable.includes(j) ? raw[usable.indexOf(j)] / sum : 0));
	return { weights, eigenvalues: values, retained, explained: share(retained), fallback: null };
}
