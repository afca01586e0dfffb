/**
 * The « Programme <nom> » sheet: the rule in words, the réservataire × (financement, typologie) table
 * with its native check formulas (each row's SUM against its total, each column's SUM against the
 * operation's dwellings of the category: SOMME in a French Excel), each réservataire's typologies
 * (the source of a 100 % stacked column chart) and the list of dwellings with their réservataire.
 * Formulas are en-US (`range.formulas`, exceljs); users read them in French (docs/regles/programmes-neufs.md).
 */
import {
  cellAddress,
  formatNombre,
  programmeMessage,
  TYPOLOGIES,
  type Diagnostic,
  type RepartitionProgramme,
} from "../../domain";
import { MARQUE_GEF, type CellBlock, type PlanChart, type PlanSheet } from "../sheet-plan";

/** The sheet's name for an operation: « Programme <nom> », within Excel's 31 characters, without []:*?/\. */
export function feuilleProgramme(nom: string): string {
  const propre = nom
    .replace(/[[\]:*?/\\]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return `Programme ${propre === "" ? "neuf" : propre}`.slice(0, 31).trim();
}

/** The rule, in the words of docs/regles/programmes-neufs.md. */
function notes(
  titre: string,
  livraison: number | undefined,
  source: string,
  diagnostics: readonly Diagnostic[],
): string[][] {
  const niveaux = { erreur: "Erreur", avertissement: "Avertissement", info: "Information" } as const;
  return [
    [titre],
    [`${MARQUE_GEF} (Programmes neufs) : elle est remplacée à chaque nouvelle répartition ; ne saisissez rien ici.`],
    [
      "Règle : chaque réservataire reçoit sa part des logements de l'opération au plus fort reste (le reste va au bailleur, « Non réservé ») ; " +
        "dans chaque catégorie (financement × typologie), sa part exacte est arrondie à l'inférieur ou au supérieur (arrondi contrôlé : " +
        "les lignes font les totaux, les colonnes les logements de l'opération, contrôlés par =SOMME(…) ci-dessous) ; " +
        "les logements d'une catégorie sont répartis entre les bâtiments, puis donnés étage par étage à tour de rôle.",
    ],
    [
      "Plafonds (CCH R.441-5) : garants d'emprunt ensemble au plus 20 % du programme, en proportion des montants garantis ; " +
        "préfet au plus 30 %, dont 5 % au plus pour les agents de l'État.",
    ],
    [
      livraison === undefined
        ? "Année de livraison non indiquée : les premières locations comptent dans le flux de chaque réservataire pour l'année de livraison."
        : programmeMessage("LIVRAISON", { valeur: String(livraison) }),
    ],
    [`Sources : ${source}.`],
    ...diagnostics.map((c) => [`${niveaux[c.severity]} : ${c.message}`]),
  ];
}

/** The split table with its checks: rows SUM = total, columns SUM = the operation's dwellings. */
function tableBlock(r: RepartitionProgramme, top: number): { block: CellBlock; last: number } {
  const n = r.categories.length;
  const cats = r.categories.map((c) => `${c.financement} ${c.typologie}`);
  const header = ["Réservataire", "Part", ...cats, "Total", "Total au plus fort reste", "Contrôle"];
  const first = top + 1;
  const rows = r.reservataires.map((nom, i) => {
    const row = first + i;
    return [
      nom,
      (r.parts[i] ?? 0) / 100,
      ...r.categories.map((_, j) => r.tableau[i]?.[j] ?? 0),
      `=SUM(${cellAddress(row, 2)}:${cellAddress(row, 1 + n)})`,
      r.totaux[i] ?? 0,
      `=IF(${cellAddress(row, 2 + n)}=${cellAddress(row, 3 + n)},"OK","ÉCART")`,
    ];
  });
  const sumRow = first + rows.length;
  const last = first + rows.length - 1;
  const colLetters = r.categories.map((_, j) => 2 + j);
  const sums = [
    "Total",
    "",
    ...colLetters.map((c) => `=SUM(${cellAddress(first, c)}:${cellAddress(last, c)})`),
    `=SUM(${cellAddress(first, 2 + n)}:${cellAddress(last, 2 + n)})`,
    "",
    "",
  ];
  const total = r.categories.reduce((a, c) => a + c.logements, 0);
  const counts = ["Logements de l'opération", "", ...r.categories.map((c) => c.logements), total, "", ""];
  const checks = [
    "Contrôle",
    "",
    ...[...colLetters, 2 + n].map((c) => `=IF(${cellAddress(sumRow, c)}=${cellAddress(sumRow + 1, c)},"OK","ÉCART")`),
    "",
    "",
  ];
  const fmtRow = ["@", "0.00%", ...cats.map(() => "#,##0"), "#,##0", "#,##0", "General"];
  const cells = [header, ...rows, sums, counts, checks];
  return {
    block: {
      row: top,
      col: 0,
      cells,
      formats: [
        header.map(() => "@"),
        ...rows.map(() => fmtRow),
        ["@", "@", ...cats.map(() => "#,##0"), "#,##0", "@", "@"],
        ["@", "@", ...cats.map(() => "#,##0"), "#,##0", "@", "@"],
        cells[0]?.map((_, k) => (k < 2 ? "@" : "General")) ?? [],
      ],
      boldRows: [0, rows.length + 1],
    },
    last: top + cells.length - 1,
  };
}

/** Each réservataire's dwellings by typologie (those of the operation): the chart's source. */
function typologiesBlock(r: RepartitionProgramme, top: number): CellBlock {
  const typos = TYPOLOGIES.filter((t) => r.categories.some((c) => c.typologie === t));
  const rows = r.reservataires.map((nom, i) => [
    nom,
    ...typos.map((t) => r.categories.reduce((a, c, j) => a + (c.typologie === t ? (r.tableau[i]?.[j] ?? 0) : 0), 0)),
  ]);
  const cells = [["Typologies de chaque réservataire"], ["Réservataire", ...typos], ...rows];
  return {
    row: top,
    col: 0,
    cells,
    formats: cells.map((row, k) => (k < 2 ? row.map(() => "@") : ["@", ...typos.map(() => "#,##0")])),
    boldRows: [0, 1],
  };
}

/** The dwellings and their réservataire, in the operation's order. */
function logementsBlock(r: RepartitionProgramme, top: number): CellBlock {
  const header = ["Logement", "Financement", "Typologie", "Bâtiment", "Étage", "Réservataire"];
  const rows = r.attribution.map((a) => [
    a.logement.logement,
    a.logement.financement,
    a.logement.typologie,
    a.logement.batiment,
    a.logement.etage ?? "",
    r.reservataires[a.ligne] ?? "",
  ]);
  const cells = [["Logements et leur réservataire (premières locations)"], header, ...rows];
  return {
    row: top,
    col: 0,
    cells,
    formats: cells.map((row, k) => (k < 2 ? row.map(() => "@") : ["@", "@", "@", "@", "0", "@"])),
    boldRows: [0, 1],
  };
}

/**
 * Lays out the « Programme <nom> » sheet.
 * @param source where the dwellings and the shares were read, for the sources' line
 * @param diagnostics the findings, written under the rule so that they travel with the sheet
 */
export function sheetProgramme(
  r: RepartitionProgramme,
  nom: string,
  livraison: number | undefined,
  source: string,
  diagnostics: readonly Diagnostic[] = [],
): PlanSheet {
  const feuille = feuilleProgramme(nom);
  const total = r.categories.reduce((a, c) => a + c.logements, 0);
  const titre = `${feuille} – répartition des premières locations (${formatNombre(total)} logements)${livraison === undefined ? "" : ` – livraison ${livraison}`}`;
  const head = notes(titre, livraison, source, diagnostics);
  const blocks: CellBlock[] = [{ row: 0, col: 0, cells: head, formats: head.map(() => ["@"]), boldRows: [0] }];
  const table = tableBlock(r, head.length + 1);
  blocks.push(table.block);
  const typoTop = table.last + 2;
  const typo = typologiesBlock(r, typoTop);
  blocks.push(typo);
  const listTop = typoTop + typo.cells.length + 1;
  blocks.push(logementsBlock(r, listTop));
  const width = (typo.cells[1]?.length ?? 1) - 1;
  const chartCol = Math.max((table.block.cells[0]?.length ?? 0) + 1, 8);
  const graphique: PlanChart = {
    name: "GEF typologies par réservataire",
    type: "ColumnStacked100",
    title: `Typologies de chaque réservataire – ${feuille}`,
    source: `${cellAddress(typoTop + 1, 0)}:${cellAddress(typoTop + 1 + r.reservataires.length, width)}`,
    seriesBy: "Columns",
    dataLabels: true,
    legend: "Bottom",
    from: cellAddress(head.length + 1, chartCol),
    to: cellAddress(head.length + 21, chartCol + 8),
  };
  return {
    name: feuille,
    blocks,
    charts: [graphique],
    widths: [28, 10, ...r.categories.map(() => 10), 10, 14, 10],
  };
}

/** Rows (0-based) of the table's check formulas, for tests: each réservataire's, then the columns'. */
export function controlesProgramme(plan: PlanSheet): { row: number; col: number }[] {
  const b = plan.blocks[1];
  if (b === undefined) return [];
  const out: { row: number; col: number }[] = [];
  b.cells.forEach((row, i) =>
    row.forEach(
      (v, j) => typeof v === "string" && v.startsWith("=IF(") && out.push({ row: b.row + i, col: b.col + j }),
    ),
  );
  return out;
}
