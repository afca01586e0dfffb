/**
 * Where a fill's figures come from: the template sheet, and the workbook's own tables (a dwelling
 * table, a movements table) found by their headers on any sheet (docs/regles/modele-ddets.md, docs/regles/rpls.md).
 * Shared by the pane (src/excel) and the command line (gef remplir).
 */
import {
  type Grid,
  EPCI_MODELE_06,
  allEpci,
  type EpciRef,
  type MethodeRotation,
  locateModele,
  type ModeleInputs,
  type ModeleLayout,
  countEpciFigures,
  roundHalfUp,
  readLogements,
  readMouvements,
  rotationByEpci,
  type RowIssue,
  type SheetRead,
} from "../../domain";

/** A sheet as grids anchored at A1. */
export interface SourceSettings {
  readonly methode: MethodeRotation;
  readonly annees: number | undefined;
  readonly epci?: readonly EpciRef[];
}

/**
 * The EPCI a template's columns may name: the five of the Alpes-Maritimes template when its header
 * row names one of them, otherwise the EPCI of France that its header names (acronym, SIREN or name),
 * so that a template of another département works too.
 */
export function epciForModele(values: Grid): readonly EpciRef[] {
  const layout = locateModele(values, EPCI_MODELE_06);
  if (!layout.found || layout.epciColumns.length > 0) return EPCI_MODELE_06;
  // Another département: the columns are those its header names (missing ones cannot be known).
  const found = locateModele(values, allEpci()).epciColumns.map((c) => c.epci);
  return found.length > 0 ? found : EPCI_MODELE_06;
}

/** The template's sheet: the active one if it holds the template, else the first that does. */
export function findModeleSheet<S extends SheetRead>(
  sheets: readonly S[],
  active: string,
  epci?: readonly EpciRef[],
): S | undefined {
  const holds = (s: S): boolean => {
    const layout = locateModele(s.values, epci ?? epciForModele(s.values));
    return layout.found && layout.epciColumns.length > 0 && layout.rows.patrimoine !== undefined;
  };
  const first = sheets.find((s) => s.name === active);
  if (first && holds(first)) return first;
  return sheets.find((s) => s.name !== active && holds(s));
}

export interface GatheredInputs {
  readonly layout: ModeleLayout;
  readonly inputs: ModeleInputs;
  readonly logements?: { readonly sheet: string; readonly rows: number; readonly issues: readonly RowIssue[] };
  readonly mouvements?: { readonly sheet: string; readonly rows: number; readonly issues: readonly RowIssue[] };
  readonly horsModele?: {
    readonly count: number;
    readonly detail: readonly { readonly libelle: string; readonly count: number }[];
  };
}

/**
 * Per-EPCI inputs the workbook's tables can give: from a dwelling table, patrimoine, PLI,
 * logements étudiants, PMR and PLAI adapté (only the columns the table has); dwellings outside the
 * template's EPCI are counted apart, never dropped.
 */
export function gatherInputs(
  sheets: readonly SheetRead[],
  modele: SheetRead,
  settings: SourceSettings,
): GatheredInputs {
  const layout = locateModele(modele.values, settings.epci);
  const columns = layout.epciColumns.map((c) => c.epci);
  const inputs: Record<string, Record<string, number>> = {};
  let logements: GatheredInputs["logements"];
  let horsModele: GatheredInputs["horsModele"];
  for (const sheet of sheets) {
    if (sheet.name === modele.name) continue;
    const read = readLogements(sheet.values);
    // A dwelling table names communes, or EPCI with financements (a movements table names EPCI only).
    if (
      !read.ok ||
      read.table.size === 0 ||
      !(read.table.columns.commune || (read.table.columns.epci && read.table.columns.financement))
    )
      continue;
    const agg = countEpciFigures(read.table, columns);
    for (const epci of columns) {
      const f = agg.parEpci[epci.siren];
      if (!f) continue;
      const into: Record<string, number> = (inputs[epci.siren] ??= {});
      into.patrimoine = f.patrimoine;
      if (agg.disponible.pli) into.exclusPli = f.pli;
      if (agg.disponible.etudiants) into.exclusEtudiants = f.etudiants;
      if (agg.disponible.pmr) into.specifiquesPmr = f.pmr;
      if (agg.disponible.plaiAdapte) into.specifiquesPlaiAdapte = f.plaiAdapte;
      // A minimum for the total (see planFill): the other specific dwellings are not in the table.
      if (agg.disponible.specifiques) into.specifiquesTotal = f.specifiques;
    }
    logements = { sheet: sheet.name, rows: read.table.size, issues: read.table.issues };
    horsModele = {
      count: agg.horsModele.count,
      detail: [
        ...agg.horsModele.byEpci.map((e) => ({ libelle: e.nom, count: e.count })),
        ...(agg.horsModele.sansCommune > 0 ? [{ libelle: "sans commune", count: agg.horsModele.sansCommune }] : []),
        ...agg.horsModele.communesInconnues.map((c) => ({ libelle: `commune ${c.code}`, count: c.count })),
      ],
    };
    break;
  }
  const mouvements = gatherMouvements(sheets, modele.name, logements?.sheet, columns, settings, inputs);
  return { layout, inputs, logements, mouvements, horsModele };
}

/**
 * From a movements table (EPCI, année, entrées, départs, parc, mutations): the rotation rate with the
 * method and years chosen, and the mutations volume (mean over the same years, rounded half up since
 * the template's row counts dwellings) (docs/choix.md « Sources du modèle : tables des logements et des mouvements »).
 */
function gatherMouvements(
  sheets: readonly SheetRead[],
  modeleSheet: string,
  logementSheet: string | undefined,
  columns: readonly EpciRef[],
  settings: SourceSettings,
  inputs: Record<string, Record<string, number>>,
): GatheredInputs["mouvements"] {
  for (const sheet of sheets) {
    if (sheet.name === modeleSheet || sheet.name === logementSheet) continue;
    const read = readMouvements(sheet.values, { epci: columns });
    if (!read.ok || read.mouvements.parEpci.length === 0) continue;
    const issues: RowIssue[] = [...read.mouvements.issues];
    const wanted = new Set(columns.map((c) => c.siren));
    let rows = 0;
    for (const r of rotationByEpci(read.mouvements, {
      methode: settings.methode,
      ...(settings.annees === undefined ? {} : { annees: settings.annees }),
    })) {
      if (!wanted.has(r.epci.siren)) continue;
      const into: Record<string, number> = (inputs[r.epci.siren] ??= {});
      rows += r.annees.length;
      if (r.taux.ok) into.tauxRotation = r.taux.value;
      else issues.push({ ligne: 0, raison: `${r.epci.sigle ?? r.epci.nom} : ${r.taux.error.message}` });
      if (r.mutations !== undefined) into.soustraitsMutations = roundHalfUp(r.mutations);
    }
    return { sheet: sheet.name, rows, issues };
  }
  return undefined;
}
