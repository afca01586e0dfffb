/**
 * The « Objectifs » sheet: the rule stated in words, one row per EPCI × réservataire (a table the
 * bilan reads back), and per EPCI its volume, the sum of its objectives, a native check formula
 * (sum = volume) and the State's two ceilings. Formulas are en-US (`range.formulas`, exceljs).
 */
import { cellAddress, formatNombre, type PartsEtat, type ObjectifsEpci } from "../../domain";
import { TITRE_OBJECTIFS } from "./sources";
import { MARQUE_GEF, type CellBlock, type PlanSheet } from "../sheet-plan";

export const FEUILLE_OBJECTIFS = "Objectifs";

const pct = (x: number): string => `${formatNombre(x * 100)} %`;

/**
 * Lays out the « Objectifs » sheet. `annee`: the year of the template, or for a typed volume the
 * Suivi tab's « Année » (written in the title, which the bilan reads back: src/jobs/suivi/annees.ts);
 * `saisi`: the volume was typed, not taken from a template (the rule line says so, as the sources).
 */
export function sheetObjectifs(
  epci: readonly ObjectifsEpci[],
  parts: PartsEtat,
  source: string,
  annee?: number,
  saisi = false,
): PlanSheet {
  const blocks: CellBlock[] = [];
  const origine = saisi ? "le volume saisi" : "assiette × taux de rotation";
  const notes = [
    [`${TITRE_OBJECTIFS}${annee === undefined ? "" : ` – ${annee}`}`],
    [`${MARQUE_GEF} (Suivi du flux) : elle est remplacée à chaque calcul des objectifs ; ne saisissez rien ici.`],
    [
      `Règle : dans chaque EPCI, le volume annuel à attribuer (${origine}, arrondi au plus proche) est réparti entre ` +
        "les réservataires au prorata de leurs droits, au plus fort reste : chacun reçoit la partie entière de sa part exacte, puis les " +
        "logements restants vont un à un aux plus forts restes (à reste égal, au plus grand droit, puis au premier cité). " +
        "La somme des objectifs est donc égale au volume (contrôle ci-dessous : =SOMME.SI(…) = volume).",
    ],
    [
      `Plafonds de l'État (CCH R.441-5-2) : au plus ${pct(parts.partPrioritaires)} du volume pour ses demandeurs prioritaires et ` +
        `${pct(parts.partFonctionnaires)} pour ses agents, arrondis à l'inférieur (ARRONDI.INF) comme dans le modèle DDETS.`,
    ],
    [`Sources : ${source}.`],
  ];
  blocks.push({ row: 0, col: 0, cells: notes, formats: notes.map(() => ["@"]), boldRows: [0] });
  const top = notes.length + 1;
  const header = ["EPCI", "Réservataire", "Droits", "Part des droits", "Part exacte du volume", "Objectif annuel"];
  const rows: (string | number)[][] = [];
  for (const e of epci) for (const l of e.lignes) rows.push([e.libelle, l.nom, l.droits, l.part, l.exact, l.objectif]);
  blocks.push({
    row: top,
    col: 0,
    cells: [header, ...rows],
    formats: [header.map(() => "@"), ...rows.map(() => ["@", "@", "#,##0.##", "0.00%", "0.00", "#,##0"])],
    boldRows: [0],
  });
  const first = top + 1;
  const last = top + Math.max(rows.length, 1);
  const sumTop = last + 2;
  const sumHeader = [
    "EPCI",
    "Volume annuel",
    "Somme des objectifs",
    "Contrôle (somme = volume)",
    "Plafond État prioritaires",
    "Plafond État fonctionnaires",
    saisi ? "Volume exact (saisi)" : "Volume exact (assiette × taux)",
  ];
  const abs = (r: number, c: number): string => cellAddress(r, c).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const sumRows = epci.map((e, i) => {
    const r = sumTop + 1 + i;
    return [
      e.libelle,
      e.volume,
      `=SUMIF(${abs(first, 0)}:${abs(last, 0)},${cellAddress(r, 0)},${abs(first, 5)}:${abs(last, 5)})`,
      `=IF(${cellAddress(r, 2)}=${cellAddress(r, 1)},"OK","ÉCART")`,
      e.plafondPrioritaires,
      e.plafondFonctionnaires,
      e.volumeExact,
    ];
  });
  blocks.push({
    row: sumTop,
    col: 0,
    cells: [sumHeader, ...sumRows],
    formats: [
      sumHeader.map(() => "@"),
      ...sumRows.map(() => ["@", "#,##0", "#,##0", "General", "#,##0", "#,##0", "0.00"]),
    ],
    boldRows: [0],
  });
  return { name: FEUILLE_OBJECTIFS, blocks, charts: [], widths: [16, 36, 12, 14, 18, 14, 24] };
}

/** Row (0-based) of the check formula of the i-th EPCI, for tests and the pane. */
export function controlRow(plan: PlanSheet, i: number): number {
  const b = plan.blocks[2];
  return (b?.row ?? 0) + 1 + i;
}
