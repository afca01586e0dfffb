/**
 * Sharing a whole number of dwellings between réservataires: the largest-remainder method.
 *
 * Each part first gets the integer part of its exact share; the units left go one each to the
 * largest fractional remainders. Equal remainders go to the larger weight (droit), then to the first
 * listed, so the result never depends on the order of the réservataires except between identical
 * ones. The parts add up to the total and none is more than one unit from its exact share (docs/choix.md « Arrondis »).
 * It may round a share up: never use it for a ceiling (use {@link floorShare}).
 */
import { bug } from "./messages/result";

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
  const parts: number[] = [];
  const remainders: number[] = [];
  let given = 0;
  for (let i = 0; i < n; i++) {
    const x = snap(exact[i] ?? 0);
    const whole = Math.floor(x);
    parts.push(whole);
    remainders.push(x - whole);
    given += whole;
  }
  const left = total - given;
  if (left < 0 || left > n || !Number.isInteger(left)) {
    bug(`Répartition impossible : ${total} à partager pour ${given} déjà attribués sur ${n} parts`);
  }
  if (left === 0) return parts;
  if (left * n <= 1024) {
    // Few units left: pick the best remaining share each time (a taken share's remainder
    // becomes -1), no sort needed.
    for (let k = 0; k < left; k++) {
      let best = -1;
      let bestR = -1;
      let bestW = 0;
      for (let i = 0; i < n; i++) {
        const r = remainders[i] ?? -1;
        const w = weights[i] ?? 0;
        // Strict comparisons keep the first listed on a full tie.
        if (r >= 0 && (best < 0 || r > bestR || (r === bestR && w > bestW))) {
          best = i;
          bestR = r;
          bestW = w;
        }
      }
      remainders[best] = -1;
      parts[best] = (parts[best] ?? 0) + 1;
    }
    return parts;
  }
  /** True when share `a` goes before share `b`: larger remainder, then larger weight, then first. */
  const before = (a: number, b: number): boolean => {
    const ra = remainders[a] ?? 0;
    const rb = remainders[b] ?? 0;
    if (ra !== rb) return ra > rb;
    const wa = weights[a] ?? 0;
    const wb = weights[b] ?? 0;
    return wa !== wb ? wa > wb : a < b;
  };
  const order: number[] = [];
  for (let i = 0; i < n; i++) order.push(i);
  order.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  for (let k = 0; k < left; k++) {
    const i = order[k] ?? 0;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}
