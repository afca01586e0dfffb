/**
 * A sheet GEF writes, described as data: blocks of cells (values, en-US formulas, number formats,
 * bold rows), native charts and column widths. The pane writes it with the Excel API (src/excel),
 * `gef` with exceljs (src/cli): one description, two writers. Also where such a sheet goes when a
 * user's sheet has its name: GEF never writes over a sheet it did not create.
 */

/** A block of cells at (row, col), 0-based, with number formats and the rows to show in bold. */
export interface CellBlock {
  readonly row: number;
  readonly col: number;
  /** Values or en-US formulas ("=B5/B$13"). */
  readonly cells: readonly (readonly (string | number)[])[];
  readonly formats: readonly (readonly string[])[];
  readonly boldRows: readonly number[];
}

/**
 * A native chart of the columns of `source` (header row and labels included): clustered columns, or
 * columns stacked to 100 % (each label's column split among the series, as « Programme » sheets show
 * each réservataire's typologies).
 */
export interface PlanChart {
  readonly name: string;
  readonly type: "ColumnClustered" | "ColumnStacked100";
  readonly title: string;
  /** A1 range, header row and first column (réservataires) included: one series per other column. */
  readonly source: string;
  readonly seriesBy: "Columns";
  /**
   * Values written on the bars: off for a clustered chart of many réservataires, where two series'
   * labels overlap (the table beside the chart gives every figure).
   */
  readonly dataLabels: boolean;
  /** Where the legend naming the series stands: under the chart, as wide as it. */
  readonly legend: "Bottom";
  /** Top-left and bottom-right cells of the chart. */
  readonly from: string;
  readonly to: string;
}

/**
 * A sheet GEF writes: its wanted name (see {@link nomDeFeuille} for name clashes), cells and charts.
 * A cell whose text starts with « = » is an en-US formula unless its number format is « @ » (text):
 * writers set the formats first, so that a name typed « =… » by a user stays text.
 */
export interface PlanSheet {
  /** The wanted name of the sheet. */
  readonly name: string;
  readonly blocks: readonly CellBlock[];
  readonly charts: readonly PlanChart[];
  /** Column widths in characters, from column A. */
  readonly widths: readonly number[];
  /** Rows kept in view when scrolling (frozen panes), from row 1: 1 for a header row. */
  readonly lignesFigees?: number | undefined;
  /** A1 range given Excel's filter buttons (its first row is the header). */
  readonly filtre?: string | undefined;
  /** How the sheet prints, when GEF lays it out for paper (the fiche navette): both writers apply it. */
  readonly impression?: ImpressionPlan | undefined;
}

/** A sheet's page setup: print area, title rows, A4 portrait, margins, all on one page. */
export interface ImpressionPlan {
  /** A1 range printed (« A1:B52 »). */
  readonly zone: string;
  /** Rows repeated at the top of each printed page (« 1:2 »). */
  readonly lignesTitre: string;
  readonly orientation: "portrait";
  readonly papier: "A4";
  /** Margins in points (Excel's unit; 72 points = 1 inch). */
  readonly marges: {
    readonly haut: number;
    readonly bas: number;
    readonly gauche: number;
    readonly droite: number;
    readonly entete: number;
    readonly pied: number;
  };
  /** Fit to one page wide and one page tall. */
  readonly unePage: true;
}

/** First words of the mark GEF leaves in the sheets it writes (row 2, column A). */
export const MARQUE_GEF = "Feuille écrite par GEF";

/** True for a sheet written by GEF (its mark in the first rows), which GEF may replace. */
export function estFeuilleGef(values: readonly (readonly unknown[])[]): boolean {
  for (let r = 0; r < Math.min(values.length, 4); r++) {
    const v = values[r]?.[0];
    if (typeof v === "string" && v.startsWith(MARQUE_GEF)) return true;
  }
  return false;
}

/**
 * Where to write a sheet named `voulu`: over GEF's own sheet of that name (any case), or, when the
 * user has a sheet of that name, beside it under « voulu (GEF) », « voulu (GEF 2) »… (never over it).
 */
export function nomDeFeuille(
  voulu: string,
  existantes: readonly { readonly name: string; readonly gef: boolean }[],
): { readonly nom: string; readonly remplace: string | undefined; readonly renomme: boolean } {
  const meme = (a: string, b: string): boolean => a.toLocaleLowerCase("fr") === b.toLocaleLowerCase("fr");
  const found = existantes.find((s) => meme(s.name, voulu));
  if (found === undefined) return { nom: voulu, remplace: undefined, renomme: false };
  if (found.gef) return { nom: voulu, remplace: found.name, renomme: false };
  for (let i = 1; ; i++) {
    const base = voulu.slice(0, 31 - (i === 1 ? 6 : 7 + String(i).length));
    const nom = i === 1 ? `${base} (GEF)` : `${base} (GEF ${i})`;
    const other = existantes.find((s) => meme(s.name, nom));
    if (other === undefined) return { nom, remplace: undefined, renomme: true };
    if (other.gef) return { nom, remplace: other.name, renomme: true };
  }
}
