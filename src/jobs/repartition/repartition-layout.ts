/**
 * The "Répartitions" sheet described as data: three tables and three charts like the ERILIA sheet
 * (docs/regles/repartitions.md). The pane writes it with native Excel charts (src/excel), the command line with
 * exceljs and an SVG report (src/cli): one description, two writers.
 */
import {
  CATEGORIES,
  LIBELLES_CATEGORIES,
  NON_IDENTIFIES,
  percentColumn,
  FINANCEMENTS_GRAPHIQUE,
  LIGNE_NON_MAPPES,
  NB_COLONNES,
  cell,
  type Repartition,
  TYPOLOGIES,
  accord,
  formatNombre,
  cellAddress,
} from "../../domain";
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
  readonly rows: readonly {
    readonly label: string;
    readonly counts: readonly number[];
    readonly percents: readonly (number | undefined)[];
  }[];
}

/** One line of the « Hors des graphiques » block: dwellings counted beside the pictures, never dropped. */
export interface NoteHorsGraphique {
  readonly label: string;
  readonly count: number;
  /** Indented detail of the line above (a non-classified label). */
  readonly detail?: boolean;
}

export interface RepartitionLayout {
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

/** Names in the titles: the EPCI chosen (never « tous EPCI »), then the bailleur, when given. */
interface TitleNames {
  readonly epci?: string | undefined;
  readonly bailleur?: string | undefined;
}

/** « Tous réservataires par plafond – CASA – ERILIA »: a chart copied elsewhere still says what it covers. */
const withName = (title: string, n: TitleNames): string =>
  [title, n.epci, n.bailleur].filter((x) => x !== undefined && x !== "").join(" – ");

/** Column percentages (largest remainder, summing to 100 %), as fractions; undefined for an empty column. */
function shares(counts: readonly number[]): (number | undefined)[] {
  const p = percentColumn(counts, 1);
  return counts.map((_, i) => (p ? (p.repartis[i] ?? 0) / 100 : undefined));
}

/** Rows (0-based) where each table of the sheet starts, from the counts' table down. */
interface Tops {
  readonly top: number;
  readonly pctTop: number;
  readonly plafondTop: number;
  readonly typoTop: number;
}

const FIN = [...FINANCEMENTS_GRAPHIQUE];

function tops(): Tops & { readonly exactTop: number; readonly notesTop: number } {
  const top = 3;
  const totalRow = top + 2 + CATEGORIES.length;
  const pctTop = totalRow + 3;
  const exactTop = pctTop + CATEGORIES.length + 3;
  const plafondTop = exactTop + CATEGORIES.length + 3;
  const typoTop = plafondTop + FIN.length + 4;
  return { top, pctTop, exactTop, plafondTop, typoTop, notesTop: typoTop + TYPOLOGIES.length + 4 };
}

/** Per financement column, the share of each category (largest remainder: each column adds up to 100 %). */
const sharesByColumn = (r: Repartition): (number | undefined)[][] =>
  FIN.map((_, f) => shares(r.graphique.map((row) => row[f] ?? 0)));

/** 1. Counts category × financement with totals, 1b. their shares per column, then the exact shares as formulas. */
function financementBlocks(r: Repartition, t: ReturnType<typeof tops>): CellBlock[] {
  const colTotals = FIN.map((_, f) => r.graphique.reduce((s, row) => s + (row[f] ?? 0), 0));
  const countRows = CATEGORIES.map((c, k) => [LIBELLES_CATEGORIES[c], ...FIN.map((_, f) => r.graphique[k]?.[f] ?? 0)]);
  const firstData = t.top + 2;
  const totalRow = firstData + CATEGORIES.length;
  const byColumn = sharesByColumn(r);
  const pctRows = CATEGORIES.map((c, k) => [LIBELLES_CATEGORIES[c], ...FIN.map((_, f) => byColumn[f]?.[k] ?? 0)]);
  const exactRows = CATEGORIES.map((c, k) => [
    LIBELLES_CATEGORIES[c],
    ...FIN.map(
      (_, f) =>
        `=IF(${cellAddress(totalRow, f + 1)}=0,"",${cellAddress(firstData + k, f + 1)}/${cellAddress(totalRow, f + 1).replace(/(\d+)$/, "$$$1")})`,
    ),
  ]);
  const header = ["Catégorie", ...FIN];
  const textRow = ["@", "@", "@", "@"];
  return [
    {
      row: t.top,
      col: 0,
      cells: [[`${TITRES.financement} (logements)`], header, ...countRows, ["Total", ...colTotals]],
      formats: [
        ["@"],
        textRow,
        ...countRows.map(() => ["@", "#,##0", "#,##0", "#,##0"]),
        ["@", "#,##0", "#,##0", "#,##0"],
      ],
      boldRows: [0, 1, CATEGORIES.length + 2],
    },
    {
      row: t.pctTop,
      col: 0,
      cells: [[`${TITRES.financement} (% de chaque colonne, arrondis à 100 %)`], header, ...pctRows],
      formats: [["@"], textRow, ...pctRows.map(() => ["@", "0%", "0%", "0%"])],
      boldRows: [0, 1],
    },
    {
      row: t.exactTop,
      col: 0,
      cells: [[`${TITRES.financement} (% exacts)`], header, ...exactRows],
      formats: [["@"], textRow, ...exactRows.map(() => ["@", "0.00%", "0.00%", "0.00%"])],
      boldRows: [0, 1],
    },
  ];
}

/** A pie's table: label, dwellings, share, and a total row. */
function pieTable(
  row: number,
  title: string,
  label: string,
  labels: readonly string[],
  counts: readonly number[],
): CellBlock {
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
}

/** The three native charts: stacked columns of the shares, then the two pies. */
function charts(t: Tops, bailleur: TitleNames): ChartSpec[] {
  const range = (r0: number, c0: number, r1: number, c1: number): string =>
    `${cellAddress(r0, c0)}:${cellAddress(r1, c1)}`;
  const pie = (name: string, title: string, tableTop: number, rows: number, at: number): ChartSpec => ({
    name,
    type: "Pie",
    title: withName(title, bailleur),
    source: range(tableTop + 1, 0, tableTop + 1 + rows, 1),
    seriesBy: "Columns",
    labels: { value: true, percentage: true },
    from: cellAddress(t.top + at, 6),
    to: cellAddress(t.top + at + 16, 14),
  });
  return [
    {
      name: "GEF financement",
      type: "ColumnStacked100",
      title: withName(TITRES.financement, bailleur),
      source: range(t.pctTop + 1, 0, t.pctTop + 1 + CATEGORIES.length, FIN.length),
      seriesBy: "Rows",
      labels: { value: true, percentage: false, numberFormat: "0%" },
      from: cellAddress(t.top, 6),
      to: cellAddress(t.top + 18, 14),
    },
    pie("GEF plafond", TITRES.plafond, t.plafondTop, FIN.length, 20),
    pie("GEF typologie", TITRES.typologie, t.typoTop, TYPOLOGIES.length, 38),
  ];
}

/** The three pictures as tables (the charts' text alternative). */
function figures(r: Repartition, bailleur: TitleNames): FigureTable[] {
  const byColumn = sharesByColumn(r);
  const pieFigure = (
    title: string,
    label: string,
    labels: readonly string[],
    counts: readonly number[],
  ): FigureTable => {
    const s = shares(counts);
    return {
      title,
      header: [label, "Logements", "%"],
      rows: labels.map((l, i) => ({ label: l, counts: [counts[i] ?? 0], percents: [s[i]] })),
    };
  };
  return [
    {
      title: withName(TITRES.financement, bailleur),
      header: ["Catégorie", ...FIN],
      rows: CATEGORIES.map((c, k) => ({
        label: LIBELLES_CATEGORIES[c],
        counts: FIN.map((_, f) => r.graphique[k]?.[f] ?? 0),
        percents: FIN.map((_, f) => byColumn[f]?.[k]),
      })),
    },
    pieFigure(withName(TITRES.plafond, bailleur), "Financement", FIN, r.parFinancement),
    pieFigure(withName(TITRES.typologie, bailleur), "Typologie", TYPOLOGIES, r.parTypologie),
  ];
}

/**
 * Lays out the breakdown.
 * @param perimetre what the figures cover ("tous EPCI", "CASA"), written under the title
 * @param bailleur the bailleur's name, added to the titles when given
 * @param epci the EPCI chosen (its sigle or name), added to the titles when given
 */
export function repartitionLayout(
  r: Repartition,
  perimetre: string,
  bailleurName?: string,
  epci?: string,
): RepartitionLayout {
  const t = tops();
  const bailleur: TitleNames = { epci, bailleur: bailleurName };
  const title: CellBlock = {
    row: 0,
    col: 0,
    cells: [
      [withName("Répartitions du parc", bailleur)],
      [`Périmètre : ${perimetre} ; ${accord(r.total, "logement lu", "logements lus")}.`],
    ],
    formats: [["@"], ["@"]],
    boldRows: [0],
  };
  // Dwellings outside the pictures, never dropped.
  const horsGraphiques = notesHorsGraphiques(r);
  const explications = explicationsHorsGraphiques(r);
  const notes: (string | number)[][] = [
    ["Hors des graphiques"],
    ...horsGraphiques.map((n) => [n.detail === true ? `  ${n.label}` : n.label, n.count]),
    ...explications.map((e) => [e]),
  ];
  const blocks: CellBlock[] = [
    title,
    ...financementBlocks(r, t),
    pieTable(t.plafondTop, withName(TITRES.plafond, bailleur), "Financement", FIN, r.parFinancement),
    pieTable(t.typoTop, withName(TITRES.typologie, bailleur), "Typologie", TYPOLOGIES, r.parTypologie),
    {
      row: t.notesTop,
      col: 0,
      cells: notes,
      formats: notes.map((row) => (row.length > 1 ? ["@", "#,##0"] : ["@"])),
      boldRows: [0],
    },
  ];
  return {
    sheetName: SHEET_REPARTITIONS,
    horsGraphiques,
    explications,
    blocks,
    charts: charts(t, bailleur),
    figures: figures(r, bailleur),
  };
}

/** Non-mapped dwellings per financement (PLAI, PLUS, PLS, then the others), from the count matrix. */
function nonMappesParFinancement(r: Repartition): number[] {
  const out = FINANCEMENTS_GRAPHIQUE.map((_, f) => cell(r.categorieFinancement, LIGNE_NON_MAPPES, f));
  let autres = 0;
  for (let f = FINANCEMENTS_GRAPHIQUE.length; f < NB_COLONNES; f++)
    autres += cell(r.categorieFinancement, LIGNE_NON_MAPPES, f);
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
    {
      label: "Typologie non reconnue (PLAI, PLUS, PLS ; hors du camembert des typologies)",
      count: r.typologieNonClasseeChamp,
    },
  ];
}

/** The sentences that go with the block: how totals add up, and what NON IDENTIFIÉS holds. */
export function explicationsHorsGraphiques(r: Repartition): string[] {
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  const graphique = sum(r.graphique.map(sum));
  const h = r.horsGraphique;
  const beside = h.pli + h.autre + h.financementNonClasse + h.nonMappes;
  let nonIdentifies = 0;
  for (let f = 0; f < NB_COLONNES; f++) nonIdentifies += cell(r.categorieFinancement, NON_IDENTIFIES, f);
  return [
    `${accord(r.total, "logement lu", "logements lus")} = ${formatNombre(graphique)} dans les colonnes empilées + ${formatNombre(beside)} hors des graphiques.`,
    `NON IDENTIFIÉS : ${accord(nonIdentifies, "logement")} sans réservataire renseigné (cellule réservataire vide, ou bloc d'état des lieux sans nom).`,
  ];
}
