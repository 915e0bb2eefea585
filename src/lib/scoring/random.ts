/**
 * Seeded random numbers for the Monte Carlo uncertainty analysis (docs/methodology.md section 6.2):
 * the same seed always gives the same draws, so an uncertainty run can be reproduced exactly.
 */

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit state generator, uniform on [0, 1) with
 * 2^-32 resolution and period 2^32; ample for a few hundred thousand draws per run.
 * @example const u = mulberry32(42); u(); u(); // two reproducible numbers in [0, 1)
 */
export function mulberry32(seed: number): () => number {
	let a = seed | 0;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface Rng {
	/** Uniform on [0, 1). */
	uniform(): number;
	/** Normal(mean, sd) by Box–Muller. */
	normal(mean?: number, sd?: number): number;
	/** Gamma(shape, scale): mean shape·scale, variance shape·scale². */
	gamma(shape: number, scale?: number): number;
	/** One draw from Dirichlet(alpha): non-negative, sums to 1, mean alpha_i / Σ alpha. */
	dirichlet(alpha: readonly number[]): number[];
}

/**
 * A seeded generator with the distributions the uncertainty analysis needs.
 * - `normal`: Box–Muller (Box & Muller 1958), z = √(−2 ln u1) cos(2π u2); the sine partner is kept for
 *   the next call.
 * - `gamma`: Marsaglia & Tsang (2000, ACM TOMS 26(3)): d = shape − 1/3, c = 1/√(9d), v = (1 + c z)³,
 *   accept d·v when ln u < z²/2 + d − d·v + d ln v (with the cheap squeeze u < 1 − 0.0331 z⁴ first);
 *   for shape < 1, Gamma(shape + 1) · u^(1/shape).
 * - `dirichlet`: independent Gamma(alpha_i, 1) divided by their sum. To perturb base weights w around
 *   themselves use alpha = κ·w / Σw: the mean stays w / Σw and each share has variance
 *   m(1 − m) / (κ + 1), so a larger κ (concentration) means smaller perturbations. Alphas far below
 *   1e-2 can underflow every gamma draw to 0 and give NaN; keep them above that.
 * @example const rng = createRng(2024); rng.dirichlet([1, 2, 3]) → e.g. [0.09, 0.42, 0.49]
 */
export function createRng(seed: number): Rng {
	const uniform = mulberry32(seed);
	let spare: number | null = null;
	const standardNormal = (): number => {
		if (spare !== null) {
			const z = spare;
			spare = null;
			return z;
		}
		// 1 − u is in (0, 1], so the log is finite.
		const r = Math.sqrt(-2 * Math.log(1 - uniform()));
		const theta = 2 * Math.PI * uniform();
		spare = r * Math.sin(theta);
		return r * Math.cos(theta);
	};
	const gamma = (shape: number, scale = 1): number => {
		if (!(shape > 0) || !(scale > 0))
			throw new RangeError(`gamma needs shape, scale > 0, got ${shape}, ${scale}`);
		if (shape < 1) return gamma(shape + 1, scale) * (1 - uniform()) ** (1 / shape);
		const d = shape - 1 / 3;
		const c = 1 / Math.sqrt(9 * d);
		for (;;) {
			const z = standardNormal();
			const v = (1 + c * z) ** 3;
			if (v <= 0) continue;
			const u = 1 - uniform();
			if (u < 1 - 0.0331 * z ** 4 || Math.log(u) < 0.5 * z * z + d * (1 - v + Math.log(v)))
				return d * v * scale;
		}
	};
	return {
		uniform,
		normal: (mean = 0, sd = 1) => mean + sd * standardNormal(),
		gamma,
		dirichlet: (alpha) => {
			const g = alpha.map((a) => gamma(a));
			const total = g.reduce((s, x) => s + x, 0);
			return g.map((x) => x / total);
		}
	};
}
