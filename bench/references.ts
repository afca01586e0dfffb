/** The plain references the bench sets beside GEF's own code: the same result, written as simply as possible. */

/** Bare largest remainder: exact shares, floors, then the largest remainders one by one. */
export function plainLargestRemainder(volume: number, droits: readonly number[]): number[] {
  let s = 0;
  for (const d of droits) s += d;
  const parts: number[] = [];
  const rest: number[] = [];
  let given = 0;
  for (const d of droits) {
    const x = (volume * d) / s;
    const f = Math.floor(x);
    parts.push(f);
    rest.push(x - f);
    given += f;
  }
  for (let left = Math.round(volume) - given; left > 0; left--) {
    let best = 0;
    for (let i = 1; i < rest.length; i++) if ((rest[i] ?? 0) > (rest[best] ?? 0)) best = i;
    parts[best] = (parts[best] ?? 0) + 1;
    rest[best] = -1;
  }
  return parts;
}
