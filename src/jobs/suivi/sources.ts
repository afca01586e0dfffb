/**
 * Where the « Suivi du flux » jobs find their inputs in a workbook, by headers and labels on any
 * sheet (never by fixed addresses): the filled DDETS template (volumes, soustraits), the rights
 * (a réservataire / droits table, or an état des lieux read as the Répartitions tab reads it), the
 * objectives (the « Objectifs » sheet GEF wrote, or any réservataire / objectif table).
 */
import {
  isBlank,
  isBlankRow,
  readNumber,
  type Grid,
  lireEtatDesLieux,
  type IncoherenceTotal,
  FINANCEMENTS,
  readEpci,
  totalLabel,
  findHeaderRow,
  type TableSpec,
  locateModele,
  readModeleCell,
  type PartsEtat,
  type ModeleLayout,
  cellAddress,
  displayValue,
  foldText,
  OPERATIONS_LIGNES,
  type DroitsReservataire,
  type VolumeEpci,
  type SuiviDiagnostic,
  type SheetRead,
  epciName,
  suiviMessage,
  readObjectifCell,
  remarquesColonnes,
  epciDeLaCommune,
} from "../../domain";
import { estFeuilleGef } from "../sheet-plan";
import { epciFigures, evaluateModele } from "../modele/modele-grid";
import { epciForModele, findModeleSheet } from "../modele/sources";
import { checkObjectifs, type TableRow } from "./objectifs-checks";

/** First words of the title of the « Objectifs » sheet (row 1). */
export const TITRE_OBJECTIFS = "Objectifs annuels par réservataire";

const RESERVATAIRE = {
  nom: "réservataire",
  aliases: [
    "reservataire",
    "reservataires",
    "contingent",
    "nom reservataire",
    "organisme reservataire",
    "beneficiaire",
    "titulaire reservation",
  ],
};
const EPCI = {
  nom: "EPCI",
  aliases: ["epci", "code epci", "siren epci", "sigle epci", "intercommunalite", "territoire", "nom epci"],
};

const DROITS_SPEC = {
  reservataire: RESERVATAIRE,
  epci: EPCI,
  valeur: {
    nom: "droits",
    aliases: [
      "droits",
      "droit",
      "droits de reservation",
      "droits reserves",
      "logements reserves",
      "nombre de logements reserves",
      "nb logements reserves",
      "stock",
      "stock reserve",
      "droits en stock",
      "reservations en stock",
      "pourcentage",
      "part",
      "taux de reservation",
    ],
  },
} as const satisfies TableSpec<string>;

const OBJECTIFS_SPEC = {
  reservataire: RESERVATAIRE,
  epci: EPCI,
  valeur: {
    nom: "objectif",
    aliases: [
      "objectif",
      "objectifs",
      "objectif annuel",
      "objectif de l annee",
      "flux annuel",
      "objectif flux",
      "flux",
    ],
  },
} as const satisfies TableSpec<string>;

/** The template's sheet and its EPCI volumes; `undefined` when the workbook has no template. */
export interface VolumesModele {
  readonly feuille: string;
  readonly layout: ModeleLayout;
  readonly volumes: readonly VolumeEpci[];
  /** Template values once its computed rows are evaluated (the soustraits are read from them). */
  readonly evalue: Grid;
  readonly annee: number | undefined;
  readonly diagnostics: readonly SuiviDiagnostic[];
}

/** Reads the volumes (assiette × taux of each EPCI column) of the filled template. */
export function volumesDuModele(
  sheets: readonly SheetRead[],
  active: string,
  parts: PartsEtat,
): VolumesModele | undefined {
  const data = sheets.map((s) => ({ name: s.name, values: s.values, formulas: s.formulas }));
  const t = findModeleSheet(data, active);
  if (t === undefined) return undefined;
  const layout = locateModele(t.values, epciForModele(t.values));
  const evalue = evaluateModele(t.values, t.formulas ?? t.values, layout, parts);
  const diagnostics: SuiviDiagnostic[] = [];
  const volumes: VolumeEpci[] = [];
  for (const c of epciFigures(evalue, layout, parts)) {
    const col = layout.epciColumns.find((e) => e.epci.siren === c.siren)?.col ?? 0;
    const tauxRow = layout.rows.tauxRotation;
    const tauxVide = tauxRow !== undefined && readModeleCell(evalue[tauxRow]?.[col]).kind === "vide";
    if (c.volume === undefined || tauxVide || c.volume <= 0) {
      const row = tauxRow ?? layout.rows.assiette ?? 0;
      diagnostics.push({
        severity: "avertissement",
        code: "VOLUME_INCONNU",
        sheet: t.name,
        cell: cellAddress(row, col),
        message: suiviMessage("VOLUME_INCONNU", {
          libelle: c.libelle,
          feuille: t.name,
          detail: tauxVide
            ? "le taux de rotation est vide"
            : c.volume === undefined
              ? "l'assiette ou le taux de rotation est illisible"
              : "le volume (assiette × taux) est nul",
        }),
      });
      continue;
    }
    volumes.push({ siren: c.siren, libelle: c.libelle, volumeExact: c.volume });
  }
  return { feuille: t.name, layout, volumes, evalue, annee: layout.anneeConvention, diagnostics };
}

/** Forecast « soustraits » of each template EPCI column, by operation (OPERATIONS order). */
export function soustraitsDuModele(m: VolumesModele): { libelle: string; valeurs: (number | undefined)[] }[] {
  return m.layout.epciColumns.map(({ col, epci }) => ({
    libelle: epciName(epci),
    valeurs: OPERATIONS_LIGNES.map((key) => {
      const row = m.layout.rows[key];
      if (row === undefined) return undefined;
      const r = readModeleCell(m.evalue[row]?.[col]);
      return r.kind === "nombre" ? r.value : r.kind === "vide" ? 0 : undefined;
    }),
  }));
}

/** Rights found in the workbook. */
export interface DroitsRead {
  readonly feuille: string;
  readonly source: "table" | "etat-des-lieux";
  readonly droits: readonly DroitsReservataire[];
  readonly incoherences: readonly IncoherenceTotal[];
  readonly diagnostics: readonly SuiviDiagnostic[];
}

/** EPCI cell of a table: SIREN found by acronym, name or number, or a commune's EPCI; "" when blank. */
function epciCell(value: unknown): string | undefined {
  if (isBlank(value)) return "";
  const f = typeof value === "string" ? foldText(value) : "";
  if (/^(tous|toutes|ensemble|tous epci|bailleur)\b/.test(f)) return "";
  // A commune named instead of its EPCI: its EPCI (issue 24, 8).
  return readEpci(value) ?? epciDeLaCommune(value);
}

/** A réservataire × number table as read: its rows, findings, and the rows refused (objectives). */
export interface TableRead {
  readonly lignes: TableRow[];
  readonly diagnostics: SuiviDiagnostic[];
  readonly refusees: { readonly nom: string; readonly epci: string }[];
}

/**
 * Rows of a réservataire × number table (rights or objectives), up to the first blank row. A name
 * without a letter or digit is refused (it cannot be told from another); an objective is read by
 * {@link readObjectifCell} (a blank one: no objective, no row); columns named by several headers
 * are remarked upon.
 */
function readTable(
  sheet: string,
  grid: Grid,
  spec: TableSpec<"reservataire" | "epci" | "valeur">,
  col: "droits" | "objectif",
): TableRead | undefined {
  const h = findHeaderRow(grid, spec);
  const cR = h?.columns.reservataire;
  const cV = h?.columns.valeur;
  if (h === undefined || cR === undefined || cV === undefined) return undefined;
  const cE = h.columns.epci;
  const lignes: TableRow[] = [];
  const diagnostics: SuiviDiagnostic[] = remarquesColonnes(`« ${sheet} »`, spec, h).map((r) => ({ ...r, sheet }));
  const refusees: TableRead["refusees"] = [];
  for (let r = h.row + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (isBlankRow(row)) break;
    const nomCell = row[cR];
    if (isBlank(nomCell) || totalLabel(nomCell) !== undefined) continue;
    const nom = typeof nomCell === "string" ? nomCell.trim() : displayValue(nomCell);
    const at = { feuille: sheet, cellule: cellAddress(r, cV), libelle: nom };
    if (foldText(nom) === "") {
      diagnostics.push({
        severity: "avertissement",
        code: "NOM_SANS_LETTRE",
        sheet,
        cell: cellAddress(r, cR),
        message: suiviMessage("NOM_SANS_LETTRE", {
          ...at,
          cellule: cellAddress(r, cR),
          libelle: undefined,
          valeur: nom,
        }),
      });
      continue;
    }
    let valeur: number;
    if (col === "objectif") {
      const o = readObjectifCell(row[cV]);
      if (o.kind === "vide") continue;
      if (o.kind === "refus") {
        const message =
          o.code === "VALEUR_ILLISIBLE"
            ? suiviMessage("VALEUR_ILLISIBLE", { ...at, detail: o.detail })
            : suiviMessage(o.code, { ...at, valeur: o.valeur, attendu: o.attendu });
        diagnostics.push({ severity: "erreur", code: o.code, sheet, cell: at.cellule, message });
        refusees.push({ nom, epci: cE === undefined ? "" : (epciCell(row[cE]) ?? "") });
        continue;
      }
      valeur = o.value;
    } else {
      const v = readNumber(row[cV], { argument: col });
      if (!v.ok) {
        diagnostics.push({
          severity: "avertissement",
          code: "VALEUR_ILLISIBLE",
          sheet,
          cell: at.cellule,
          message: suiviMessage("VALEUR_ILLISIBLE", { ...at, detail: v.error.message }),
        });
        continue;
      }
      valeur = v.value;
    }
    const epci = cE === undefined ? "" : epciCell(row[cE]);
    if (epci === undefined) {
      diagnostics.push({
        severity: "avertissement",
        code: "EPCI_INCONNU",
        sheet,
        cell: cellAddress(r, cE ?? 0),
        message: suiviMessage("EPCI_INCONNU", {
          feuille: sheet,
          cellule: cellAddress(r, cE ?? 0),
          valeur: displayValue(row[cE ?? 0]),
        }),
      });
      continue;
    }
    lignes.push({ nom, valeur, epci, ligne: r + 1 });
  }
  return { lignes, diagnostics, refusees };
}

/**
 * The rights: the first sheet (GEF's own sheets aside) holding a réservataire / droits table, else
 * the first holding an état des lieux (PLI rows left out: they are outside the assiette (docs/choix.md
 * « Objectifs : droits sans EPCI et communes réservataires »)).
 */
export function readDroits(sheets: readonly SheetRead[]): DroitsRead | undefined {
  const own = sheets.filter((s) => !estFeuilleGef(s.values));
  for (const s of own) {
    const t = readTable(s.name, s.values, DROITS_SPEC, "droits");
    if (t && t.lignes.length > 0) {
      return {
        feuille: s.name,
        source: "table",
        droits: t.lignes.map((l) => ({ nom: l.nom, droits: l.valeur, epci: l.epci })),
        incoherences: [],
        diagnostics: t.diagnostics,
      };
    }
  }
  const pli = FINANCEMENTS.indexOf("PLI");
  for (const s of own) {
    const edl = lireEtatDesLieux(s.values);
    if (edl.reservataires.length === 0) continue;
    const droits = edl.reservataires.map((r) => ({
      nom: r.nom === "" ? "NON IDENTIFIES" : r.nom,
      droits: r.comptes.reduce((sum, row, f) => (f === pli ? sum : sum + row.reduce((a, b) => a + b, 0)), 0),
      epci: "",
    }));
    const diagnostics: SuiviDiagnostic[] = edl.avertissements.map((a) => ({ ...a, sheet: s.name }));
    return { feuille: s.name, source: "etat-des-lieux", droits, incoherences: edl.incoherences, diagnostics };
  }
  return undefined;
}

/** Objectives read back: per EPCI ("" when the table has none) and réservataire. */
export interface ObjectifsRead {
  readonly feuille: string;
  readonly lignes: readonly { readonly nom: string; readonly objectif: number; readonly epci: string }[];
  /** Rows whose objective was refused: their EPCI's total is not known (see TableObjectifs). */
  readonly refusees: readonly { readonly nom: string; readonly epci: string }[];
  readonly diagnostics: readonly SuiviDiagnostic[];
}

/**
 * The objectives: the « Objectifs » sheet GEF wrote first, else any réservataire / objectif table;
 * with warnings for a réservataire given twice in one EPCI (summed) and a total that disagrees with
 * the sheet's own volume.
 */
export function readObjectifs(sheets: readonly SheetRead[]): ObjectifsRead | undefined {
  const titre = (s: SheetRead): string => {
    const v = s.values[0]?.[0];
    return typeof v === "string" ? v : "";
  };
  // GEF's own « Objectifs » sheet first; its bilan sheets (which repeat the objectives) never.
  const ordered = [
    ...sheets.filter((s) => estFeuilleGef(s.values) && titre(s).startsWith(TITRE_OBJECTIFS)),
    ...sheets.filter((s) => !estFeuilleGef(s.values)),
  ];
  for (const s of ordered) {
    const t = readTable(s.name, s.values, OBJECTIFS_SPEC, "objectif");
    if (t && (t.lignes.length > 0 || t.refusees.length > 0)) {
      const diagnostics = [
        ...t.diagnostics,
        ...checkObjectifs(s.name, s.values, t.lignes, t.refusees.length > 0, epciCell),
      ];
      return {
        feuille: s.name,
        lignes: t.lignes.map((l) => ({ nom: l.nom, objectif: l.valeur, epci: l.epci })),
        refusees: t.refusees,
        diagnostics,
      };
    }
  }
  return undefined;
}
