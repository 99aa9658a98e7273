/**
 * Exact non-negative-friendly rationals over bigint. Angka kredit are sums of (months/12) × percent × coefficient,
 * e.g. 2/12 × 12,5 = 25/12: a float (or a value rounded to 3 decimals, as BKN's 2,083) would drift when many
 * years are added. Every sum here is exact; rounding happens only in `formatAk`, for display, as the
 * regulation's own examples do (2,08).
 */
export interface Exact { readonly n: bigint; readonly d: bigint }

const abs = (x: bigint) => (x < 0n ? -x : x);
function gcd(a: bigint, b: bigint): bigint {
  a = abs(a); b = abs(b);
  while (b) [a, b] = [b, a % b];
  return a || 1n;
}

export function exact(n: bigint | number, d: bigint | number = 1n): Exact {
  let nn = BigInt(n); let dd = BigInt(d);
  if (dd === 0n) throw new RangeError('denominator 0');
  if (dd < 0n) { nn = -nn; dd = -dd; }
  const g = gcd(nn, dd);
  return { n: nn / g, d: dd / g };
}

export const ZERO = exact(0);

/** A decimal literal such as '37.5' or '12,125' (dot or comma) as an exact value; null when it is not one. */
export function fromDecimal(text: string | number): Exact | null {
  const s = String(text).trim().replace(',', '.');
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return null;
  const frac = m[3] ?? '';
  const value = exact(BigInt(m[2]! + frac), 10n ** BigInt(frac.length));
  return m[1] ? neg(value) : value;
}

export const add = (a: Exact, b: Exact) => exact(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Exact, b: Exact) => exact(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Exact, b: Exact) => exact(a.n * b.n, a.d * b.d);
export const div = (a: Exact, b: Exact) => exact(a.n * b.d, a.d * b.n);
export const neg = (a: Exact) => exact(-a.n, a.d);
export const cmp = (a: Exact, b: Exact): -1 | 0 | 1 => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};
export const max = (a: Exact, b: Exact) => (cmp(a, b) >= 0 ? a : b);
export const eq = (a: Exact, b: Exact) => cmp(a, b) === 0;
export const sum = (xs: readonly Exact[]) => xs.reduce(add, ZERO);
/** Smallest integer ≥ a. */
export function ceil(a: Exact): bigint {
  const q = a.n / a.d;
  return a.n % a.d === 0n || a.n < 0n ? q : q + 1n;
}
export const toNumber = (a: Exact) => Number(a.n) / Number(a.d);

/** Decimals needed to write `a` exactly, when that is at most `limit`; otherwise null (e.g. 25/12). */
export function exactDecimals(a: Exact, limit: number): number | null {
  for (let k = 0; k <= limit; k++) if ((a.n * 10n ** BigInt(k)) % a.d === 0n) return k;
  return null;
}

/** `a` rounded half away from zero to `decimals`, as plain digits with a dot: '2.08'. */
export function toFixed(a: Exact, decimals: number): string {
  const scale = 10n ** BigInt(decimals);
  const scaled = abs(a.n) * scale * 2n + a.d; // (x·scale + ½) floored, on doubled values to stay integral
  const rounded = scaled / (2n * a.d);
  const sign = a.n < 0n && rounded !== 0n ? '-' : '';
  const digits = rounded.toString().padStart(decimals + 1, '0');
  return decimals === 0 ? sign + digits : `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}
