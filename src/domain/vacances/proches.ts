/**
 * The closest known values to what was typed, for « Vouliez-vous dire … ? » (a dwelling id, a
 * réservataire's name): accents, case and spacing ignored; a value that starts with or contains what
 * was typed, or at most a third of its characters wrong (2 for short texts). At most 40 characters
 * compared, so that a long cell never costs more than a short one.
 */
import { foldText } from "../text";

const LONGUEUR_MAX = 40;

/** Edit distance of `a` and `b`, or `max + 1` as soon as it exceeds `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let k = 1; k <= b.length; k++) {
      const v = Math.min(
        (prev[k] ?? 0) + 1,
        (cur[k - 1] ?? 0) + 1,
        (prev[k - 1] ?? 0) + (a[i - 1] === b[k - 1] ? 0 : 1),
      );
      cur[k] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** Up to `nombre` known values closest to `saisi`, the closest first (then in the order given). */
export function plusProches(saisi: string, connus: Iterable<string>, nombre = 3): string[] {
  const t = foldText(saisi).slice(0, LONGUEUR_MAX);
  if (t === "") return [];
  const max = Math.max(2, Math.floor(t.length / 3));
  const found: { v: string; d: number; i: number }[] = [];
  let i = 0;
  for (const v of connus) {
    const k = foldText(v).slice(0, LONGUEUR_MAX);
    const d = k === t ? -1 : t.length >= 3 && (k.startsWith(t) || k.includes(t)) ? 0 : distance(t, k, max);
    if (d <= max) found.push({ v, d, i: i });
    i++;
  }
  return found
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, nombre)
    .map((x) => x.v);
}
