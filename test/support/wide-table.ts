/**
 * A dwelling table as wide as a real RPLS extract: the generator's columns, then filler columns up
 * to `width` (other RPLS fields GEF does not read), so that reading only the needed columns matters.
 */
import { makeLogementGrid } from "../../sandbox/logement-grid";

export function wideLogementGrid(rows: number, width: number, seed = 1): unknown[][] {
  const grid = makeLogementGrid(rows, { seed, scheme: "2024" });
  const header = grid[0] ?? [];
  const extra = Math.max(0, width - header.length);
  const fillerHeaders = Array.from({ length: extra }, (_, k) => `CHAMP_RPLS_${k + 1}`);
  return grid.map((row, r) =>
    r === 0
      ? [...row, ...fillerHeaders]
      : [...row, ...fillerHeaders.map((_, k) => (k % 3 === 0 ? (r * 7 + k) % 1000 : `V${k % 10}`))],
  );
}
