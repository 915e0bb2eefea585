/**
 * The bootstrap distribution of a large stratum's mean, drawn at once (docs/methodology.md §6.4).
 * Resampling n respondents with replacement gives a mean with the stratum's mean x̄ and covariance
 * Σ/n (Σ with divisor n), normal up to its skewness γ/√n (central limit theorem; Hall 1992, The
 * Bootstrap and Edgeworth Expansion): the 2.5 % and 97.5 % points move by about
 * γ(z² − 1)/(6√n) standard errors, under 0.045 for |γ| ≤ 2 at n > 500 — half the Monte Carlo error
 * of those quantiles from 1000 draws (≈ 0.085). Resampling costs B × n random reads instead.
 */

const M = 4;

/**
 * B draws of the four means from N(x̄, Σ/n), draw-major (`[b * 4 + m]`), from interleaved values
 * (`[i * 4 + m]`); `normal` gives standard normal draws (scoring/random.ts).
 */
export function normalMeans(values: Float64Array, draws: number, normal: () => number): Float64Array {
	const n = values.length / M;
	const mean = new Float64Array(M);
	for (let i = 0; i < n; i++) for (let m = 0; m < M; m++) mean[m] += values[i * M + m];
	for (let m = 0; m < M; m++) mean[m] /= n;
	const cov = new Float64Array(M * M);
	for (let i = 0; i < n; i++)
		for (let a = 0; a < M; a++)
			for (let b = 0; b <= a; b++)
				cov[a * M + b] += (values[i * M + a] - mean[a]) * (values[i * M + b] - mean[b]);
	for (let a = 0; a < M; a++) for (let b = 0; b <= a; b++) cov[a * M + b] /= n * n;
	const L = choleskyLower(cov);
	const out = new Float64Array(draws * M);
	const z = new Float64Array(M);
	for (let d = 0; d < draws; d++) {
		for (let m = 0; m < M; m++) z[m] = normal();
		for (let a = 0; a < M; a++) {
			let v = mean[a];
			for (let b = 0; b <= a; b++) v += L[a * M + b] * z[b];
			out[d * M + a] = v;
		}
	}
	return out;
}

/**
 * The lower Cholesky factor of a covariance (lower triangle read), allowing a singular one: the
 * composite is often a weighted sum of the dimensions, so Σ has rank 3. A pivot that is zero to
 * rounding gets a zero column: that direction has no variance of its own.
 */
export function choleskyLower(cov: Float64Array): Float64Array {
	const L = new Float64Array(M * M);
	let scale = 0;
	for (let a = 0; a < M; a++) scale = Math.max(scale, cov[a * M + a]);
	for (let j = 0; j < M; j++) {
		let d = cov[j * M + j];
		for (let k = 0; k < j; k++) d -= L[j * M + k] ** 2;
		if (d <= 1e-12 * scale) continue;
		const root = Math.sqrt(d);
		L[j * M + j] = root;
		for (let i = j + 1; i < M; i++) {
			let s = cov[i * M + j];
			for (let k = 0; k < j; k++) s -= L[i * M + k] * L[j * M + k];
			L[i * M + j] = s / root;
		}
	}
	return L;
}
