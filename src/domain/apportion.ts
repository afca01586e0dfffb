/**
 * Sharing a whole number of dwellings between réservataires: the largest-remainder method.
 *
 * Each part first gets the integer part of its exact share; the units left go one each to the
 * largest fractional remainders. Equal remainders go to the larger weight (droit), then to the first
 * listed, so the result never depends on the order of the réservataires except between identical
 * ones. The parts add up to the total and none is more than one unit from its exact share [D].
 * It may round a share up: never use it for a ceiling (use {@link floorShare}).
 */

/**
 * Removes the binary noise of a division (99.99999999999999 → 100, 268.49999999999997 → 268.5)
 * so that exact ties and whole shares are seen as such. Nine decimals are kept.
 */
export function snap(x: number): number {
  return Math.abs(x) < 1e6 ? Math.round(x * 1e9) / 1e9 : x;
}

/** Rounds half up (268.5 → 269), after {@link snap}. The rounding of totals in GEF. */
export function roundHalfUp(x: number): number {
  return Math.floor(snap(x) + 0.5);
}

/** Rounds down after {@link snap}: the rounding of legal ceilings ("au plus"), as the DDETS template does. */
export function floorShare(x: number): number {
  return Math.floor(snap(x));
}

/**
 * Apportions `total` units among exact shares by largest remainder.
 * @param total whole number to share, within one unit per share of Σ exact
 * @param exact exact shares (≥ 0)
 * @param weights tie-breaker: on equal remainders the larger weight goes first
 * @throws Error when `total` cannot be reached from the shares (a programmer mistake)
 */
export function largestRemainder(total: number, exact: readonly number[], weights: readonly number[]): number[] {
  const n = exact.length;
  const parts = new Array<number>(n);
  const remainders = new Array<number>(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const x = snap(exact[i] ?? 0);
    const whole = Math.floor(x);
    parts[i] = whole;
    remainders[i] = x - whole;
    given += whole;
  }
  const left = total - given;
  if (left < 0 || left > n || !Number.isInteger(left)) {
    throw new Error(`Répartition impossible : ${total} à partager pour ${given} déjà attribués sur ${n} parts`);
  }
  if (left === 0) return parts;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) =>
      (remainders[b] ?? 0) - (remainders[a] ?? 0) || (weights[b] ?? 0) - (weights[a] ?? 0) || a - b,
  );
  for (let k = 0; k < left; k++) {
    const i = order[k] ?? 0;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}
