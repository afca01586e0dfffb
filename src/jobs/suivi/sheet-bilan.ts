/**
 * The « Bilan <période> » sheet: one row per EPCI × réservataire with EPCI and bailleur totals, a
 * table per réservataire (all EPCI) drawn as a native clustered column chart (objective against
 * achieved), and the déséquilibres « à réorienter ».
 */
import {
  arrondiAffiche,
  cellAddress,
  formatNombre,
  reglesBilan,
  type Etape,
  type BilanPeriode,
  type SuiviRow,
  type Desequilibre,
} from "../../domain";
import { MARQUE_GEF, type CellBlock, type PlanSheet } from "../sheet-plan";
import { blocDelais } from "../vacances/delais-bilan";
import type { DelaisReservataire } from "../../domain";

export const NOMS_ETAPES: Readonly<Record<Etape, string>> = {
  MISE_A_DISPOSITION: "mise à disposition",
  PROPOSITION: "proposition de candidats",
  ATTRIBUTION: "attribution en CALEOL",
  BAIL: "bail signé",
};

export const ENTETE_BILAN = [
  "EPCI",
  "Réservataire",
  "Objectif annuel",
  "Mises à disposition",
  "Propositions",
  "Attributions",
  "Baux signés",
  "Atteinte de l'objectif",
  "Attendu à date",
  "Écart à l'attendu",
  "Taux de chute",
  "Prochain à servir",
];
const FORMATS = ["@", "@", "#,##0", "#,##0", "#,##0", "#,##0", "#,##0", "0.0%", "0.0", "+0.0;-0.0;0.0", "0.0%", "@"];

const v = (x: number | undefined): string | number => (x === undefined ? "" : x);

/** A signed gap as its format « +0.0;-0.0;0.0 » shows it: rounded to a tenth, never « -0.0 ». */
const ecart = (x: number | undefined): string | number => (x === undefined ? "" : arrondiAffiche(x, 1));

/** The cells of a row of the bilan (the pane's table and `gef` print the same). */
export function bilanCell(l: SuiviRow): (string | number)[] {
  return [
    l.libelleEpci,
    l.reservataire,
    v(l.objectif),
    ...l.comptes,
    v(l.atteinte),
    v(l.attendu),
    ecart(l.ecart),
    v(l.tauxChute),
    l.prochain ? "oui" : "",
  ];
}

export interface BilanSheetOptions {
  readonly bailleur?: string | undefined;
  readonly source: string;
  readonly desequilibres?: readonly Desequilibre[] | undefined;
  readonly seuil: number;
  /** Why déséquilibres are not computed (no dwelling table…). */
  readonly sansDesequilibres?: string | undefined;
  /** The vacancies' délais per réservataire (journal noting their steps). */
  readonly delais?: readonly DelaisReservataire[] | undefined;
}

/** S2 only: the counts of the semester alone (1 July – 31 December), labelled as such. */
function semestreBlock(b: BilanPeriode, row: number): CellBlock | undefined {
  const s = b.periode.semestre;
  if (s === undefined) return undefined;
  const header = [
    "EPCI",
    "Réservataire",
    "Mises à disposition (semestre seul)",
    "Propositions (semestre seul)",
    "Attributions (semestre seul)",
    "Baux signés (semestre seul)",
  ];
  const lines: SuiviRow[] = [...b.groupes.flatMap((g) => [...g.lignes, g.total]), b.total];
  const rows = lines.map((l) => [l.libelleEpci, l.reservataire, ...(l.comptesSemestre ?? [0, 0, 0, 0])]);
  const cells = [
    [`Second semestre seul, ${s.libelle} : comptes du semestre (sans le premier semestre)`],
    header,
    ...rows,
  ];
  return {
    row,
    col: 0,
    cells,
    formats: cells.map((r, i) => (i < 2 ? r.map(() => "@") : ["@", "@", "#,##0", "#,##0", "#,##0", "#,##0"])),
    boldRows: [0, 1],
  };
}

/** Lays out the « Bilan <période> » sheet. */
export function sheetBilan(b: BilanPeriode, o: BilanSheetOptions): PlanSheet {
  const blocks: CellBlock[] = [];
  const p = b.periode;
  const notes = [
    [`Bilan du flux – ${p.libelle}${o.bailleur ? ` – ${o.bailleur}` : ""}`],
    [`${MARQUE_GEF} (Suivi du flux) : elle est remplacée à chaque écriture du bilan de cette période.`],
    [
      `Étape de décompte : ${NOMS_ETAPES[b.etape]}. Comptes ${p.libelleComptes}. Atteinte = nombre à cette étape ÷ objectif annuel ; attendu, ` +
        `écart et taux de chute : règles sous le tableau. Un logement proposé plusieurs fois compte une fois par étape, une ligne du journal ` +
        `répétée à l'identique une fois (règles de GEF.DECOMPTE). Prochain à servir : le réservataire le plus en retard sur son objectif.`,
    ],
    [`Sources : ${o.source}.`],
  ];
  blocks.push({ row: 0, col: 0, cells: notes, formats: notes.map(() => ["@"]), boldRows: [0] });
  const top = notes.length + 1;
  const rows: (string | number)[][] = [];
  const bold: number[] = [0];
  for (const g of b.groupes) {
    for (const l of g.lignes) rows.push(bilanCell(l));
    rows.push(bilanCell(g.total));
    bold.push(rows.length);
  }
  rows.push(bilanCell(b.total));
  bold.push(rows.length);
  blocks.push({
    row: top,
    col: 0,
    cells: [ENTETE_BILAN, ...rows],
    formats: [ENTETE_BILAN.map(() => "@"), ...rows.map(() => FORMATS)],
    boldRows: bold,
  });
  // The rule of the attendu, right under the table: which days the counts and the attendu cover.
  const regle = reglesBilan(p).map((l) => [l]);
  blocks.push({ row: top + rows.length + 1, col: 0, cells: regle, formats: regle.map(() => ["@"]), boldRows: [] });
  let next = top + rows.length + 1 + regle.length + 1;
  const seul = semestreBlock(b, next);
  if (seul) {
    blocks.push(seul);
    next += seul.cells.length + 1;
  }

  // Per réservataire, all EPCI together: the chart's source.
  const chartTop = next + 1;
  const realise = `Réalisé (${NOMS_ETAPES[b.etape]})`;
  const per = b.parReservataire.map((r) => [r.nom, r.objectif ?? 0, r.realise]);
  blocks.push({
    row: chartTop,
    col: 0,
    cells: [["Objectif et réalisé par réservataire (tous EPCI)"], ["Réservataire", "Objectif annuel", realise], ...per],
    formats: [["@"], ["@", "@", "@"], ...per.map(() => ["@", "#,##0", "#,##0"])],
    boldRows: [0, 1],
  });
  const charts =
    per.length === 0
      ? []
      : [
          {
            name: "GEF objectif et réalisé",
            type: "ColumnClustered" as const,
            title: `Objectif annuel et réalisé (${NOMS_ETAPES[b.etape]}) – ${p.libelle}`,
            source: `${cellAddress(chartTop + 1, 0)}:${cellAddress(chartTop + 1 + per.length, 2)}`,
            seriesBy: "Columns" as const,
            dataLabels: false,
            legend: "Bottom" as const,
            from: cellAddress(top, 13),
            to: cellAddress(top + 20, 21),
          },
        ];

  const desTop = chartTop + per.length + 4;
  const desHeader = [
    "Réservataire",
    "EPCI",
    "Critère",
    "Classe",
    "Part des mises à disposition",
    "Part du parc",
    "Écart (points)",
    "Mises à disposition",
  ];
  const des = (o.desequilibres ?? []).map((d) => [
    d.reservataire,
    d.epci,
    d.dimension,
    d.classe,
    d.partMiseADisposition,
    d.partParc,
    ecart(d.ecartPoints),
    d.misesADisposition,
  ]);
  const titre = `À réorienter : écarts d'au moins ${formatNombre(o.seuil)} points entre les logements mis à disposition et le parc du bailleur dans le même EPCI (réservataires ayant reçu au moins 10 logements)`;
  const desCells: (string | number)[][] = [
    [titre],
    ...(o.sansDesequilibres !== undefined
      ? [[o.sansDesequilibres]]
      : des.length === 0
        ? [["Aucun écart au-delà du seuil."]]
        : [desHeader, ...des]),
  ];
  blocks.push({
    row: desTop,
    col: 0,
    cells: desCells,
    formats: desCells.map((r, i) =>
      i >= 2 ? ["@", "@", "@", "@", "0.0%", "0.0%", "+0.0;-0.0;0.0", "#,##0"] : r.map(() => "@"),
    ),
    boldRows: des.length > 0 ? [0, 1] : [0],
  });
  if (o.delais !== undefined) blocks.push(blocDelais(o.delais, desTop + desCells.length + 1));
  return { name: p.feuille, blocks, charts, widths: [16, 34, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12] };
}
