/**
 * Controlled rounding of a two-way table: every cell becomes its exact quota rounded down or up,
 * and the rows and columns add up to given whole totals. The method is the network-flow formulation
 * of Cox and Ernst (« Controlled rounding », INFOR 20(4), 1982, pp. 423-432; Cox, « A constructive
 * procedure for unbiased controlled rounding », JASA 82(398), 1987, pp. 520-524), after Bacharach's
 * proof that such a rounding exists (« Matrix rounding problems », Management Science 12(9), 1966):
 * each row is a node fed by the source with what its total needs beyond the floors of its cells,
 * each cell with a fractional quota an edge of capacity one from its row to its column (a unit on it
 * rounds the cell up), each column a node draining to the sink what its total needs beyond its floors.
 * The exact quotas are a fractional flow of this network, and a network with whole bounds that has a
 * fractional flow has a whole one: the rounding always exists when each row total is its exact sum
 * rounded down or up and the columns' exact sums are whole (docs/regles/programmes-neufs.md).
 *
 * Row totals set beforehand (by largest remainder) may, in rare tables, be out of reach of any
 * rounding of the cells; the rows then take the totals the flow finds, each still its exact sum
 * rounded down or up, and the result says so (`ajuste`).
 */
import { snap } from "../apportion";
import { bug } from "../messages/result";
import { exactUnits, feasibleFlow, type BoundedEdge } from "./flow";

/** A table rounded under control: its cells, its rows' totals, and whether they differ from those asked. */
export interface TableArrondie {
  readonly cellules: readonly (readonly number[])[];
  readonly totauxLignes: readonly number[];
  /** Rows whose total asked could not be kept (their total is still their exact sum rounded down or up). */
  readonly lignesAjustees: readonly number[];
}

/** The cells with a fractional quota, row by row, the largest fractions first (the first rounded up). */
function fractionalCells(fractions: readonly (readonly number[])[]): { i: number; j: number }[] {
  const cells: { i: number; j: number }[] = [];
  fractions.forEach((row, i) => {
    const js = row.flatMap((f, j) => (f > 0 ? [j] : []));
    js.sort((a, b) => (row[b] ?? 0) - (row[a] ?? 0) || a - b);
    for (const j of js) cells.push({ i, j });
  });
  return cells;
}

/** The rounding with the row totals asked (`need`: units above the floors per row), if one exists. */
function keep(
  fractions: readonly (readonly number[])[],
  need: readonly number[],
  give: readonly number[],
  floors: readonly (readonly number[])[],
): number[][] | undefined {
  const cells = fractionalCells(fractions);
  const up = exactUnits(need, give, cells);
  if (up === undefined) return undefined;
  const out = floors.map((row) => [...row]);
  cells.forEach(({ i, j }, k) => {
    if (up[k] === true) (out[i] as number[])[j] = (out[i]?.[j] ?? 0) + 1;
  });
  return out;
}

/**
 * Rounds `quotas` (rows × columns, ≥ 0) so that each cell is its quota rounded down or up, row i adds
 * up to `totauxLignes[i]` and column j to `totauxColonnes[j]` (each the exact sum of its quotas, whole).
 * @throws GefBug when the columns' totals are not the sums of their quotas (a programmer mistake)
 */
export function arrondiControle(
  quotas: readonly (readonly number[])[],
  totauxLignes: readonly number[],
  totauxColonnes: readonly number[],
): TableArrondie {
  const m = quotas.length;
  const n = totauxColonnes.length;
  const floors = quotas.map((row) => row.map((q) => Math.floor(snap(q))));
  const fractions = quotas.map((row, i) => row.map((q, j) => snap(snap(q) - (floors[i]?.[j] ?? 0))));
  const rowFloor = floors.map((row) => row.reduce((a, b) => a + b, 0));
  const colNeed = totauxColonnes.map((c, j) => c - floors.reduce((a, row) => a + (row[j] ?? 0), 0));
  const exact = quotas.map((row) => snap(row.reduce((a, b) => a + b, 0)));
  const loose = (i: number): [number, number] => [
    Math.floor(exact[i] ?? 0) - (rowFloor[i] ?? 0),
    Math.ceil(exact[i] ?? 0) - (rowFloor[i] ?? 0),
  ];
  // Rows free between their exact sum's floor and ceiling: a lower-bounded flow (Cox's rounding of the margins).
  const round = (bounds: (i: number) => [number, number]): number[][] | undefined => {
    const cells = fractionalCells(fractions);
    const source = 0;
    const sink = m + n + 1;
    const edges: BoundedEdge[] = cells.map(({ i, j }) => ({ from: 1 + i, to: 1 + m + j, lo: 0, hi: 1 }));
    for (let i = 0; i < m; i++) {
      const [lo, hi] = bounds(i);
      if (lo < 0) return undefined;
      edges.push({ from: source, to: 1 + i, lo, hi });
    }
    for (let j = 0; j < n; j++) edges.push({ from: 1 + m + j, to: sink, lo: colNeed[j] ?? 0, hi: colNeed[j] ?? 0 });
    edges.push({ from: sink, to: source, lo: 0, hi: Number.MAX_SAFE_INTEGER });
    const flow = feasibleFlow(m + n + 2, edges);
    if (flow === undefined) return undefined;
    const out = floors.map((row) => [...row]);
    cells.forEach(({ i, j }, k) => {
      if ((flow[k] ?? 0) > 0) (out[i] as number[])[j] = (out[i]?.[j] ?? 0) + 1;
    });
    return out;
  };
  const kept = keep(
    fractions,
    totauxLignes.map((t, i) => t - (rowFloor[i] ?? 0)),
    colNeed,
    floors,
  );
  const cellules =
    kept ?? round(loose) ?? bug("controlled rounding: the column totals are not the sums of their quotas");
  const sums = cellules.map((row) => row.reduce((a, b) => a + b, 0));
  const lignesAjustees = kept === undefined ? sums.flatMap((s, i) => (s === totauxLignes[i] ? [] : [i])) : [];
  return { cellules, totauxLignes: sums, lignesAjustees };
}
