/** Seeded random series for the placebo and power tests: mulberry32, gamma-Poisson (negative binomial) counts. */

export type Rng = () => number;

/** mulberry32: a small seeded PRNG with uniform output in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function normal(rng: Rng): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Gamma(shape, rate 1) for shape >= 1 (Marsaglia–Tsang). */
function gamma(shape: number, rng: Rng): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(rng);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = rng();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

function logFactorial(k: number): number {
  let s = 0;
  for (let i = 2; i <= k && i < 50; i++) s += Math.log(i);
  if (k < 50) return s;
  const n = k + 1; // Stirling for lgamma(n)
  return (n - 0.5) * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * n) - 1 / (360 * n ** 3);
}

/** Poisson(mu): inversion for small mu, Hörmann's PTRS otherwise. */
export function poisson(mu: number, rng: Rng): number {
  if (mu < 30) {
    const l = Math.exp(-mu);
    let k = 0;
    let p = rng();
    while (p > l) {
      k++;
      p *= rng();
    }
    return k;
  }
  const slam = Math.sqrt(mu);
  const loglam = Math.log(mu);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng() - 0.5;
    const v = rng();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mu + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -mu + k * loglam - logFactorial(k)) return k;
  }
}

/** Negative binomial with mean mu and size theta (variance mu + mu² / theta), as a gamma-Poisson mixture. */
export function negativeBinomial(mu: number, theta: number, rng: Rng): number {
  return poisson((mu * gamma(theta, rng)) / theta, rng);
}
