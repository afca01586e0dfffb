/**
 * The « Bilans reçus » sheet: per period, one row per bailleur × EPCI × réservataire (objectif, the four counts,
 * atteinte, écart, taux de chute), a total per EPCI and an overall total, then each bailleur's atteinte drawn as a
 * native clustered column chart. Two periods get two tables, never one total (docs/choix.md « Bilans reçus »).
 */
import { cellAddress } from "../../domain";
import { MARQUE_GEF, type CellBlock, type PlanChart, type PlanSheet } from "../sheet-plan";
import type { LigneBilanRecu } from "./bilans-recus";
import type { ConsolidationBilans, PeriodeConsolidee, TotalBilans } from "./consolider-bilans";

export const SHEET_BILANS_RECUS = "Bilans reçus";

export const ENTETE_BILANS_RECUS = [
  "Bailleur",
  "EPCI",
  "Réservataire",
  "Objectif annuel",
  "Mises à disposition",
  "Propositions",
  "Attributions",
  "Baux signés",
  "Atteinte de l'objectif",
  "Écart à l'attendu",
  "Taux de chute",
  "Fichier",
];
const FORMATS = ["@", "@", "@", "#,##0", "#,##0", "#,##0", "#,##0", "#,##0", "0.0%", "+0.0;-0.0;0.0", "0.0%", "@"];

export const REGLE_BILANS_RECUS =
  "Chaque ligne reprend le bilan du bailleur. Atteinte = réalisé à l'étape de décompte du bilan ÷ objectif annuel ; écart = réalisé − attendu à date " +
  "du bilan. Un total compte l'atteinte et l'écart sur les seules lignes qui ont un objectif ; son taux de chute est la moyenne de ceux des lignes, " +
  "pondérée par leurs mises à disposition. Des périodes différentes ont chacune leur tableau : elles ne s'additionnent jamais.";

const v = (x: number | undefined): string | number => (x === undefined ? "" : x);
const rounded = (x: number | undefined): string | number => (x === undefined ? "" : Math.round(x * 10) / 10 || 0);

function rowOf(l: LigneBilanRecu, fichier: string): (string | number)[] {
  const atteinte = l.objectif !== undefined && l.objectif > 0 ? l.realise / l.objectif : undefined;
  const ecart = l.attendu === undefined ? undefined : l.realise - l.attendu;
  return [
    l.bailleur,
    l.epci,
    l.reservataire,
    v(l.objectif),
    ...l.comptes,
    v(atteinte),
    rounded(ecart),
    v(l.tauxChute),
    fichier,
  ];
}

function totalRow(label: string, epci: string, t: TotalBilans): (string | number)[] {
  return [label, epci, "", v(t.objectif), ...t.comptes, v(t.atteinte), rounded(t.ecart), v(t.tauxChute), ""];
}

/** The blocks of one period from `row`, its chart beside, and the next free row. */
function periodeBlocks(
  p: PeriodeConsolidee,
  row: number,
  index: number,
  fichierDe: (l: LigneBilanRecu) => string,
): { blocks: CellBlock[]; graphique: PlanChart | undefined; next: number } {
  const rows: (string | number)[][] = [];
  const bold = [0, 1];
  for (const g of p.parEpci) {
    for (const l of g.lignes) rows.push(rowOf(l, fichierDe(l)));
    rows.push(totalRow(`Total ${g.epci}`, g.epci, g.total));
    bold.push(rows.length + 1);
  }
  rows.push(totalRow("Total", "", p.total));
  bold.push(rows.length + 1);
  const title = [`Période : ${p.periode} (${p.fichiers.length} bilan${p.fichiers.length > 1 ? "s" : ""})`];
  const cells = [title, ENTETE_BILANS_RECUS, ...rows];
  const table: CellBlock = {
    row,
    col: 0,
    cells,
    formats: cells.map((r, i) => (i < 2 ? r.map(() => "@") : FORMATS)),
    boldRows: bold,
  };
  const chartTop = row + cells.length + 1;
  const per = p.parBailleur.map((b) => [b.bailleur, v(b.total.atteinte)]);
  const chartCells = [
    [`Atteinte de l'objectif par bailleur (tous EPCI) – ${p.periode}`],
    ["Bailleur", "Atteinte de l'objectif"],
    ...per,
  ];
  const source: CellBlock = {
    row: chartTop,
    col: 0,
    cells: chartCells,
    formats: chartCells.map((r, i) => (i < 2 ? r.map(() => "@") : ["@", "0.0%"])),
    boldRows: [0, 1],
  };
  const graphique: PlanChart | undefined =
    per.length === 0
      ? undefined
      : {
          name: `GEF atteinte par bailleur ${index + 1}`,
          type: "ColumnClustered",
          title: `Atteinte de l'objectif par bailleur – ${p.periode}`,
          source: `${cellAddress(chartTop + 1, 0)}:${cellAddress(chartTop + 1 + per.length, 1)}`,
          seriesBy: "Columns",
          dataLabels: true,
          legend: "Bottom",
          from: cellAddress(row, 13),
          to: cellAddress(row + 18, 20),
        };
  return { blocks: [table, source], graphique, next: chartTop + chartCells.length + 2 };
}

/** Lays out « Bilans reçus ». */
export function sheetBilansRecus(c: ConsolidationBilans): PlanSheet {
  const periodes = c.periodes.map((p) => p.periode).join(", ");
  const sources = c.bilans.map((b) => `${b.fichier} (${b.bailleur}, ${b.periode})`).join(" ; ");
  const differ = c.diagnostics.find((d) => d.code === "PERIODES_DIFFERENTES");
  const notes = [
    [`Bilans reçus des bailleurs – ${periodes || "aucun bilan lisible"}`],
    [`${MARQUE_GEF} (Consolider) : elle est remplacée à chaque consolidation des bilans reçus.`],
    [REGLE_BILANS_RECUS],
    [`Sources : ${sources || "aucune"}.`],
    ...(differ === undefined ? [] : [[differ.message]]),
  ];
  const blocks: CellBlock[] = [
    {
      row: 0,
      col: 0,
      cells: notes,
      formats: notes.map(() => ["@"]),
      boldRows: differ === undefined ? [0] : [0, notes.length - 1],
    },
  ];
  const fichiers = new Map<LigneBilanRecu, string>();
  for (const b of c.bilans) for (const l of b.lignes) fichiers.set(l, b.fichier);
  const graphiques: PlanChart[] = [];
  let row = notes.length + 1;
  c.periodes.forEach((p, i) => {
    const out = periodeBlocks(p, row, i, (l) => fichiers.get(l) ?? "");
    blocks.push(...out.blocks);
    if (out.graphique) graphiques.push(out.graphique);
    row = out.next;
  });
  return {
    name: SHEET_BILANS_RECUS,
    blocks,
    charts: graphiques,
    widths: [30, 16, 26, 12, 12, 12, 12, 12, 12, 12, 12, 30],
  };
}
