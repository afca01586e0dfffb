/**
 * The "Répartitions" sheet described as data: three tables and three charts like the ERILIA sheet
 * (DOMAIN.md §5). The pane writes it with native Excel charts (src/excel), the command line with
 * exceljs and an SVG report (src/cli): one description, two writers.
 */
import { CATEGORIES, LIBELLES_CATEGORIES, NON_IDENTIFIES, pourcentagesColonne, FINANCEMENTS_GRAPHIQUE, LIGNE_NON_MAPPES, NB_COLONNES, cellule, type Repartition, TYPOLOGIES, accord, formatNombre, cellAddress } from "../../domain";
import type { CellBlock } from "../sheet-plan";

export type { CellBlock };

export interface ChartSpec {
  readonly name: string;
  readonly type: "ColumnStacked100" | "Pie";
  readonly title: string;
  /** Source range, header row and first column included ("A4:D12"). */
  readonly source: string;
  readonly seriesBy: "Rows" | "Columns";
  readonly labels: { readonly value: boolean; readonly percentage: boolean; readonly numberFormat?: string };
  /** Top-left and bottom-right cells of the chart. */
  readonly from: string;
  readonly to: string;
}

/** Figures of one picture, as the pane's accessible tables show them. */
export interface FigureTable {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly { readonly label: string; readonly counts: readonly number[]; readonly percents: readonly (number | undefined)[] }[];
}

/** One line of the « Hors des graphiques » block: dwellings counted beside the pictures, never dropped. */
export interface NoteHorsGraphique {
  readonly label: string;
  readonly count: number;
  /** Indented detail of the line above (a non-classified label). */
  readonly detail?: boolean;
}

export interface BreakdownLayout {
  readonly sheetName: string;
  /** The « Hors des graphiques » block, as written in the sheet and the HTML report. */
  readonly horsGraphiques: readonly NoteHorsGraphique[];
  /** Sentences explaining the block and NON IDENTIFIÉS, for the pane and the report. */
  readonly explications: readonly string[];
  readonly blocks: readonly CellBlock[];
  readonly charts: readonly ChartSpec[];
  /** The three pictures as tables (the charts' text alternative). */
  readonly figures: readonly FigureTable[];
}

/** The sheet the pane draws: named for users, not after one bailleur's layout. */
export const SHEET_REPARTITIONS = "Répartitions du parc";

const TITRES = {
  financement: "Tous réservataires par financement",
  plafond: "Tous réservataires par plafond",
  typologie: "Tous réservataires par typologie",
};

const withName = (title: string, bailleur: string | undefined): string => (bailleur ? `${title} – ${bailleur}` : title);

/** Column percentages (largest remainder, summing to 100 %), as fractions; undefined for an empty column. */
function shares(counts: readonly number[]): (number | undefined)[] {
  const p = pourcentagesColonne(counts, 1);
  return counts.map((_, i) => (p ? (p.repartis[i] ?? 0) / 100 : undefined));
}

/**
 * Lays out the breakdown.
 * @param perimetre what the figures cover ("tous EPCI", "CASA"), written under the title
 * @param bailleur the bailleur's name, added to the titles when given
 */
export function breakdownLayout(r: Repartition, perimetre: string, bailleur?: string): BreakdownLayout {
  const blocks: CellBlock[] = [];
  const fin = [...FINANCEMENTS_GRAPHIQUE];
  // Title.
  blocks.push({
    row: 0,
    col: 0,
    cells: [[withName("Répartitions du parc", bailleur)], [`Périmètre : ${perimetre} ; ${accord(r.total, "logement lu", "logements lus")}.`]],
    formats: [["@"], ["@"]],
    boldRows: [0],
  });
  // 1. Counts category × financement, with totals.
  const top = 3;
  const colTotals = fin.map((_, f) => r.graphique.reduce((s, row) => s + (row[f] ?? 0), 0));
  const countRows = CATEGORIES.map((c, k) => [LIBELLES_CATEGORIES[c], ...fin.map((_, f) => r.graphique[k]?.[f] ?? 0)]);
  blocks.push({
    row: top,
    col: 0,
    cells: [[`${TITRES.financement} (logements)`], ["Catégorie", ...fin], ...countRows, ["Total", ...colTotals]],
    formats: [["@"], ["@", "@", "@", "@"], ...countRows.map(() => ["@", "#,##0", "#,##0", "#,##0"]), ["@", "#,##0", "#,##0", "#,##0"]],
    boldRows: [0, 1, CATEGORIES.length + 2],
  });
  const headerRow = top + 1;
  const firstData = headerRow + 1;
  const totalRow = firstData + CATEGORIES.length;
  // 1b. Shares per column (largest remainder: each column adds up to 100 %), then the exact values as formulas.
  const pctTop = totalRow + 3;
  const byColumn = fin.map((_, f) => shares(r.graphique.map((row) => row[f] ?? 0)));
  const pctRows = CATEGORIES.map((c, k) => [LIBELLES_CATEGORIES[c], ...fin.map((_, f) => byColumn[f]?.[k] ?? 0)]);
  blocks.push({
    row: pctTop,
    col: 0,
    cells: [[`${TITRES.financement} (% de chaque colonne, arrondis à 100 %)`], ["Catégorie", ...fin], ...pctRows],
    formats: [["@"], ["@", "@", "@", "@"], ...pctRows.map(() => ["@", "0%", "0%", "0%"])],
    boldRows: [0, 1],
  });
  const exactTop = pctTop + CATEGORIES.length + 3;
  const exactRows = CATEGORIES.map((c, k) => [
    LIBELLES_CATEGORIES[c],
    ...fin.map((_, f) => `=IF(${cellAddress(totalRow, f + 1)}=0,"",${cellAddress(firstData + k, f + 1)}/${cellAddress(totalRow, f + 1).replace(/(\d+)$/, "$$$1")})`),
  ]);
  blocks.push({
    row: exactTop,
    col: 0,
    cells: [[`${TITRES.financement} (% exacts)`], ["Catégorie", ...fin], ...exactRows],
    formats: [["@"], ["@", "@", "@", "@"], ...exactRows.map(() => ["@", "0.00%", "0.00%", "0.00%"])],
    boldRows: [0, 1],
  });
  // 2. Plafond (financement) pie table, 3. typologie pie table.
  const pieTable = (row: number, title: string, label: string, labels: readonly string[], counts: readonly number[]): CellBlock => {
    const s = shares(counts);
    const total = counts.reduce((a, b) => a + b, 0);
    const rows = labels.map((l, i) => [l, counts[i] ?? 0, s[i] ?? 0]);
    return {
      row,
      col: 0,
      cells: [[title], [label, "Logements", "%"], ...rows, ["Total", total, total > 0 ? 1 : 0]],
      formats: [["@"], ["@", "@", "@"], ...rows.map(() => ["@", "#,##0", "0%"]), ["@", "#,##0", "0%"]],
      boldRows: [0, 1, labels.length + 2],
    };
  };
  const plafondTop = exactTop + CATEGORIES.length + 3;
  blocks.push(pieTable(plafondTop, withName(TITRES.plafond, bailleur), "Financement", fin, r.parFinancement));
  const typoTop = plafondTop + fin.length + 4;
  blocks.push(pieTable(typoTop, withName(TITRES.typologie, bailleur), "Typologie", TYPOLOGIES, r.parTypologie));
  // Dwellings outside the pictures, never dropped.
  const notesTop = typoTop + TYPOLOGIES.length + 4;
  const horsGraphiques = notesHorsGraphiques(r);
  const explications = explicationsHorsGraphiques(r);
  const notes: (string | number)[][] = [
    ["Hors des graphiques"],
    ...horsGraphiques.map((n) => [n.detail === true ? `  ${n.label}` : n.label, n.count]),
    ...explications.map((e) => [e]),
  ];
  blocks.push({ row: notesTop, col: 0, cells: notes, formats: notes.map((row) => (row.length > 1 ? ["@", "#,##0"] : ["@"])), boldRows: [0] });

  const range = (r0: number, c0: number, r1: number, c1: number): string => `${cellAddress(r0, c0)}:${cellAddress(r1, c1)}`;
  const charts: ChartSpec[] = [
    {
      name: "GEF financement",
      type: "ColumnStacked100",
      title: withName(TITRES.financement, bailleur),
      source: range(pctTop + 1, 0, pctTop + 1 + CATEGORIES.length, fin.length),
      seriesBy: "Rows",
      labels: { value: true, percentage: false, numberFormat: "0%" },
      from: cellAddress(top, 6),
      to: cellAddress(top + 18, 14),
    },
    {
      name: "GEF plafond",
      type: "Pie",
      title: withName(TITRES.plafond, bailleur),
      source: range(plafondTop + 1, 0, plafondTop + 1 + fin.length, 1),
      seriesBy: "Columns",
      labels: { value: true, percentage: true },
      from: cellAddress(top + 20, 6),
      to: cellAddress(top + 36, 14),
    },
    {
      name: "GEF typologie",
      type: "Pie",
      title: withName(TITRES.typologie, bailleur),
      source: range(typoTop + 1, 0, typoTop + 1 + TYPOLOGIES.length, 1),
      seriesBy: "Columns",
      labels: { value: true, percentage: true },
      from: cellAddress(top + 38, 6),
      to: cellAddress(top + 54, 14),
    },
  ];
  const pieFigure = (title: string, label: string, labels: readonly string[], counts: readonly number[]): FigureTable => {
    const s = shares(counts);
    return { title, header: [label, "Logements", "%"], rows: labels.map((l, i) => ({ label: l, counts: [counts[i] ?? 0], percents: [s[i]] })) };
  };
  const figures: FigureTable[] = [
    {
      title: withName(TITRES.financement, bailleur),
      header: ["Catégorie", ...fin],
      rows: CATEGORIES.map((c, k) => ({ label: LIBELLES_CATEGORIES[c], counts: fin.map((_, f) => r.graphique[k]?.[f] ?? 0), percents: fin.map((_, f) => byColumn[f]?.[k]) })),
    },
    pieFigure(withName(TITRES.plafond, bailleur), "Financement", fin, r.parFinancement),
    pieFigure(withName(TITRES.typologie, bailleur), "Typologie", TYPOLOGIES, r.parTypologie),
  ];
  return { sheetName: SHEET_REPARTITIONS, horsGraphiques, explications, blocks, charts, figures };
}

/** Non-mapped dwellings per financement (PLAI, PLUS, PLS, then the others), from the count matrix. */
function nonMappesParFinancement(r: Repartition): number[] {
  const out = FINANCEMENTS_GRAPHIQUE.map((_, f) => cellule(r.categorieFinancement, LIGNE_NON_MAPPES, f));
  let autres = 0;
  for (let f = FINANCEMENTS_GRAPHIQUE.length; f < NB_COLONNES; f++) autres += cellule(r.categorieFinancement, LIGNE_NON_MAPPES, f);
  return [...out, autres];
}

/**
 * The dwellings beside the pictures, so that every total of the sheet can be checked: the stacked
 * columns + these lines = the dwellings read; a financement's column + its non-classified labels =
 * its slice of the financement pie.
 */
export function notesHorsGraphiques(r: Repartition): NoteHorsGraphique[] {
  const h = r.horsGraphique;
  const nm = nonMappesParFinancement(r);
  const nonMappesLabel =
    h.nonMappes === 0
      ? "Réservataires non classés (hors des colonnes empilées)"
      : `Réservataires non classés (hors des colonnes empilées ; ${FINANCEMENTS_GRAPHIQUE.map((f, i) => `${f} ${formatNombre(nm[i] ?? 0)}`).join(", ")}, autres ${formatNombre(nm[3] ?? 0)})`;
  return [
    { label: "PLI", count: h.pli },
    { label: "Autres financements", count: h.autre },
    { label: "Financement non reconnu", count: h.financementNonClasse },
    { label: nonMappesLabel, count: h.nonMappes },
    ...r.nonMappes.map((n) => ({ label: `« ${n.libelle || "(vide)"} »`, count: n.logements, detail: true })),
    { label: "Typologie non reconnue (PLAI, PLUS, PLS ; hors du camembert des typologies)", count: r.typologieNonClasseeChamp },
  ];
}

/** The sentences that go with the block: how totals add up, and what NON IDENTIFIÉS holds. */
export function explicationsHorsGraphiques(r: Repartition): string[] {
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  const graphique = sum(r.graphique.map(sum));
  const h = r.horsGraphique;
  const beside = h.pli + h.autre + h.financementNonClasse + h.nonMappes;
  let nonIdentifies = 0;
  for (let f = 0; f < NB_COLONNES; f++) nonIdentifies += cellule(r.categorieFinancement, NON_IDENTIFIES, f);
  return [
    `${accord(r.total, "logement lu", "logements lus")} = ${formatNombre(graphique)} dans les colonnes empilées + ${formatNombre(beside)} hors des graphiques.`,
    `NON IDENTIFIÉS : ${accord(nonIdentifies, "logement")} sans réservataire renseigné (cellule réservataire vide, ou bloc d'état des lieux sans nom).`,
  ];
}
