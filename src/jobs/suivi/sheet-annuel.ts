/**
 * The legal annual bilan sheet (« Bilan annuel AAAA »): per réservataire, dwellings proposed and
 * allocated by typologie, financement, QPV, commune and période de construction, as one flat table
 * (filterable in Excel); the forecast « soustraits » of the current year from the DDETS template,
 * beside the year's allocations under those operations; the dwellings that could not be joined.
 */
import {
  formatNombre,
  classesConstruction,
  OPERATIONS,
  NOMS_DIMENSIONS,
  type BilanAnnuel,
  type BilanAnnuelReservataire,
} from "../../domain";
import { MARQUE_GEF, type CellBlock, type PlanSheet } from "../sheet-plan";

/** Most unjoined dwellings listed in the sheet (all are counted under « Non renseigné »). */
export const NON_RAPPROCHES_LISTES = 5000;

export interface AnnuelSheetOptions {
  readonly bailleur?: string | undefined;
  readonly source: string;
  readonly bornes: readonly number[];
  /** Forecast soustraits per EPCI column of the template (OPERATIONS order), when a template was found. */
  readonly soustraits?:
    readonly { readonly libelle: string; readonly valeurs: readonly (number | undefined)[] }[] | undefined;
  /** The template's convention year, when it gives one: the year of the forecast (else the bilan's year + 1). */
  readonly anneePrevision?: number | undefined;
  /** The réservataires to show (one per file with `--par-reservataire`); default all. */
  readonly reservataires?: readonly BilanAnnuelReservataire[];
  /** List the unjoined dwellings (the bailleur's own copy only). */
  readonly listerNonRapproches: boolean;
}

/** Lays out the annual bilan. */
export function sheetAnnuel(b: BilanAnnuel, o: AnnuelSheetOptions): PlanSheet {
  const annee = b.periode.annee;
  const list = o.reservataires ?? b.reservataires;
  const seul = o.reservataires !== undefined && list.length === 1 ? list[0]?.nom : undefined;
  const blocks: CellBlock[] = [];
  const notes = [
    [
      `Bilan annuel des logements proposés et attribués – ${annee}${seul ? ` – ${seul}` : ""}${o.bailleur ? ` – ${o.bailleur}` : ""}`,
    ],
    [`${MARQUE_GEF} (Suivi du flux) : elle est remplacée à chaque écriture du bilan annuel de cette année.`],
    [
      `Bilan prévu par l'article R.441-5-1 du CCH (décret n° 2020-145 du 20 février 2020), à transmettre à chaque réservataire avant le ` +
        `28 février ${annee + 1}. Proposés = logements mis à disposition du réservataire ; attribués = attributions décidées en CALEOL, du ` +
        `1er janvier au 31 décembre ${annee}. Un logement proposé plusieurs fois compte une fois par étape.`,
    ],
    [
      `Périodes de construction (année de première construction, RPLS CONSTRUCT) : ${classesConstruction(o.bornes).join(" ; ")}.`,
    ],
    [`Sources : ${o.source}.`],
  ];
  blocks.push({ row: 0, col: 0, cells: notes, formats: notes.map(() => ["@"]), boldRows: [0] });
  let row = notes.length + 1;
  const header = ["Réservataire", "Critère", "Classe", "Logements proposés", "Logements attribués"];
  const rows: (string | number)[][] = [];
  const bold = [0];
  for (const r of list) {
    rows.push([r.nom, "Ensemble", "Tous logements", r.proposes, r.attribues]);
    bold.push(rows.length);
    for (const d of r.dimensions)
      for (const c of d.classes) rows.push([r.nom, NOMS_DIMENSIONS[d.dimension], c.classe, c.proposes, c.attribues]);
  }
  if (rows.length === 0) rows.push(["Aucun logement proposé ni attribué dans l'année.", "", "", "", ""]);
  blocks.push({
    row,
    col: 0,
    cells: [header, ...rows],
    formats: [header.map(() => "@"), ...rows.map(() => ["@", "@", "@", "#,##0", "#,##0"])],
    boldRows: bold,
  });
  row += rows.length + 3;

  // Soustraits: forecast of the current year beside the year's allocations under those operations.
  const epci = o.soustraits ?? [];
  // The forecast is the template's: labelled with its year, which a remark compares with annee + 1.
  const prevision = o.anneePrevision ?? annee + 1;
  const sHeader = [
    "Opération",
    ...epci.map((e) => `Prévision ${prevision} ${e.libelle}`),
    `Prévision ${prevision} total`,
    `Attributions ${annee} (journal)`,
  ];
  const sRows = OPERATIONS.map((op, i) => {
    const values = epci.map((e) => e.valeurs[i]);
    const known = values.filter((x): x is number => x !== undefined);
    const att = b.operations?.[i]?.attribues;
    return [op, ...values.map((x) => x ?? ""), epci.length === 0 ? "" : known.reduce((a, c) => a + c, 0), att ?? ""];
  });
  const sNote =
    (epci.length === 0
      ? "Aucun modèle DDETS rempli dans le classeur : prévision à compléter. "
      : "Prévision tirée du modèle DDETS « calcul de l'assiette » (lignes des logements soustraits). ") +
    (b.operations === undefined
      ? "Le journal n'a pas de colonne « opération » (ou « motif ») : attributions par opération non disponibles."
      : "Attributions de l'année marquées dans la colonne « opération » du journal.");
  const sCells = [
    [`Logements soustraits du flux : prévision ${prevision} et bilan ${annee}`],
    [sNote],
    sHeader,
    ...sRows,
  ];
  blocks.push({
    row,
    col: 0,
    cells: sCells,
    formats: sCells.map((r, i) => (i < 3 ? r.map(() => "@") : r.map((_, j) => (j === 0 ? "@" : "#,##0")))),
    boldRows: [0, 2],
  });
  row += sCells.length + 2;

  if (o.listerNonRapproches) {
    const n = b.nonRapproches.length;
    const title =
      n === 0
        ? "Tous les logements du journal ont été rapprochés de la table des logements (ou le journal porte lui-même leurs caractéristiques)."
        : `${formatNombre(n)} ${n > 1 ? "logements du journal absents" : "logement du journal absent"} de la table des logements : ${n > 1 ? "comptés" : "compté"} en « Non renseigné »${n > NON_RAPPROCHES_LISTES ? ` (les ${formatNombre(NON_RAPPROCHES_LISTES)} premiers listés)` : ""}.`;
    const nr = b.nonRapproches.slice(0, NON_RAPPROCHES_LISTES).map((x) => [x.logement, x.evenements, x.ligne]);
    const cells = [[title], ...(n > 0 ? [["Logement", "Événements", "Première ligne du journal"], ...nr] : [])];
    blocks.push({
      row,
      col: 0,
      cells,
      formats: cells.map((r, i) => (i < 2 ? r.map(() => "@") : ["@", "#,##0", "0"])),
      boldRows: [0],
    });
  }
  const absents = b.attributsAbsents.map((d) => NOMS_DIMENSIONS[d].toLowerCase());
  if (absents.length > 0) {
    const last = blocks[blocks.length - 1];
    const at = (last?.row ?? row) + (last?.cells.length ?? 0) + 1;
    blocks.push({
      row: at,
      col: 0,
      cells: [
        [
          `Ni le journal ni la table des logements ne donnent : ${absents.join(", ")} (tout est compté en « Non renseigné »).`,
        ],
      ],
      formats: [["@"]],
      boldRows: [],
    });
  }
  const nom = `Bilan annuel ${annee}`;
  return { name: nom, blocks, charts: [], widths: [34, 24, 30, 16, 16, 16, 16, 16] };
}
