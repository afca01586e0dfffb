/**
 * `gef remplir classeur.xlsx -o rempli.xlsx [--ecraser] [--methode M] [--annees N]
 * [--part-prioritaires P] [--part-fonctionnaires P]`: the pane's « Remplir les colonnes EPCI » on a
 * file. Computed rows get native formulas, input rows the figures of the workbook's dwelling and
 * movements tables (gatherInputs, planFill); the user's own values are kept unless --ecraser.
 * Exit code (docs/choix.md « Codes de sortie de gef »): 0 done, 1 done but cells were kept or erreurs remain, 2
 * unusable input.
 * @see docs/regles/modele-ddets.md, docs/produit/commandes.md
 */
import {
  countBySeverity,
  epciName,
  cellAddress,
  displayValue,
  formatNombre,
  formatPourcent,
  frenchFormula,
  locateModele,
  resolveParts,
  rowSpec,
  type Conflict,
  type MethodeRotation,
  type ModeleLayout,
  parseCellAddress,
  type RowKey,
  formatIssue,
} from "../../domain";
import { checkModele, fillModele, findModeleSheet, type EpciColumn, type GatheredInputs } from "../../jobs";
import { CliError } from "../errors";
import { sameFile } from "../files";
import { diagnosticJson } from "../diagnostic-json";
import { formatDiagnostic, verdict } from "../inspect";
import { formatTable, rowCounter, type Io } from "../io";
import type { Parts } from "../options";
import { otherDepartement, requireModele } from "../modele-file";
import { readXlsxGrids, shouldStream } from "../xlsx";
import { patchWorkbook } from "../../xlsx/node";
import { checkFolder, checkNotEmpty, tellRemoved } from "../outputs";

export interface RemplirOptions {
  readonly fichier: string;
  readonly sortie: string;
  readonly ecraser: boolean;
  readonly methode: MethodeRotation;
  readonly annees: number | undefined;
  readonly parts: Parts;
  readonly json: boolean;
  /** Stream and patch whatever the size (automatic for large files). */
  readonly flux: boolean;
}

/** Rows of table issues shown in the terminal (all of them in --json). */
const ISSUES_SHOWN = 10;

/** « B13 (patrimoine locatif (RPLS), CAPG) ». */
function describeCell(layout: ModeleLayout, cell: string, row: number, col: number): string {
  const key = (Object.keys(layout.rows) as RowKey[]).find((k) => layout.rows[k] === row);
  const epci = layout.epciColumns.find((c) => c.col === col)?.epci;
  const what = [
    key === undefined ? undefined : rowSpec(key).nom,
    epci === undefined ? undefined : epciName(epci),
  ].filter((x) => x !== undefined);
  return what.length === 0 ? cell : `${cell} (${what.join(", ")})`;
}

function shown(value: unknown, key: RowKey | undefined): string {
  if (typeof value === "string" && value.startsWith("=")) return frenchFormula(value);
  if (typeof value === "number" && key !== undefined && rowSpec(key).kind === "taux") return formatPourcent(value);
  return displayValue(value);
}

function keptCells(
  layout: ModeleLayout,
  kept: readonly Conflict[],
): { cellule: string; ligne: string; actuel: string; propose: string }[] {
  return kept.map((c) => {
    const row = parseCellAddress(c.cell)?.row ?? -1;
    const col = layout.epciColumns.find((e) => cellAddress(row, e.col) === c.cell)?.col ?? -1;
    const key = (Object.keys(layout.rows) as RowKey[]).find((k) => layout.rows[k] === row);
    return {
      cellule: c.cell,
      ligne: describeCell(layout, c.cell, row, col),
      actuel: shown(c.current, key),
      propose: shown(c.proposed, key),
    };
  });
}

const n = (v: number | undefined, digits = 0): string =>
  v === undefined ? "" : digits === 0 ? formatNombre(v) : formatNombre(Math.round(v * 10 ** digits) / 10 ** digits);

/** The per-EPCI result table. */
export function figuresTable(figures: readonly EpciColumn[]): string {
  return formatTable([
    ["EPCI", "Patrimoine", "Assiette", "Taux", "Volume", "Prioritaires État", "Fonctionnaires État"],
    ...figures.map((f) => [
      f.libelle,
      n(f.patrimoine),
      n(f.assiette),
      f.taux === undefined ? "" : formatPourcent(f.taux),
      n(f.volume, 1),
      n(f.prioritaires),
      n(f.fonctionnaires),
    ]),
  ]);
}

function printSources(sources: GatheredInputs, io: Io): void {
  const table = (
    label: string,
    t: { sheet: string; rows: number; issues: readonly { ligne: number; raison: string }[] } | undefined,
  ): void => {
    if (t === undefined) return;
    io.out(
      `${label} : feuille « ${t.sheet} », ${formatNombre(t.rows)} ligne(s) lue(s)${t.issues.length > 0 ? `, ${formatNombre(t.issues.length)} signalée(s)` : ""}`,
    );
    for (const issue of t.issues.slice(0, ISSUES_SHOWN)) io.out(`  ${formatIssue(issue)}`);
    if (t.issues.length > ISSUES_SHOWN)
      io.out(`  … et ${formatNombre(t.issues.length - ISSUES_SHOWN)} autre(s) (--json pour la liste complète)`);
  };
  table("Table des logements", sources.logements);
  if (sources.horsModele !== undefined && sources.horsModele.count > 0) {
    const detail = sources.horsModele.detail.map((d) => `${d.libelle} : ${formatNombre(d.count)}`).join(", ");
    io.out(`Logements hors des EPCI du modèle (non comptés) : ${formatNombre(sources.horsModele.count)} (${detail})`);
  }
  table("Table des mouvements", sources.mouvements);
  if (sources.logements === undefined && sources.mouvements === undefined) {
    io.out(
      "Aucune table des logements ni des mouvements dans le classeur : seules les formules des lignes calculées sont écrites.",
    );
  }
}

export async function remplirCommand(o: RemplirOptions, io: Io): Promise<number> {
  checkNotEmpty("-o", o.sortie, "« -o rempli.xlsx »");
  if (!/\.xlsx$/i.test(o.sortie)) throw new CliError("SORTIE_PAS_XLSX", { fichier: o.sortie });
  if (!/\.(xlsx|xlsm)$/i.test(o.fichier)) throw new CliError("REMPLIR_XLSX", { fichier: o.fichier });
  if (sameFile(o.sortie, o.fichier) && !o.ecraser) throw new CliError("SORTIE_EST_ENTREE", { fichier: o.fichier });
  checkFolder(o.sortie);
  // Every workbook is patched: its other parts (sheets, charts, images, macros) are copied as they are (xlsx-patch.ts).
  const counter = (await shouldStream(o.fichier, { stream: o.flux })) ? rowCounter(io, o.fichier) : undefined;
  const read = await readXlsxGrids(o.fichier, { onRows: counter?.onRows });
  counter?.end();
  const { sheets, active } = read;
  const modele = findModeleSheet(sheets, active);
  if (!modele) {
    const located = requireModele({ sheets, active, streamed: true }, o.fichier);
    const errors = checkModele(located.sheet, o.parts).diagnostics.filter((d) => d.severity === "erreur");
    for (const d of errors) io.err(formatDiagnostic(d));
    throw new CliError("MODELE_INCOMPLET", { fichier: o.fichier, detail: located.sheet.name });
  }

  // As the pane does (fillModele): a template of another département is filled for the EPCI its
  // header names, and a merged area is never written through (a fill that lands in one is listed).
  const autre = otherDepartement(locateModele(modele.values));
  const plan = fillModele({
    sheets,
    modele,
    settings: { ...resolveParts(o.parts), methode: o.methode, annees: o.annees },
    ecraser: o.ecraser,
    merged: modele.merged,
  });
  const { writes, merged, kept, diagnostics, figures, sources, epci } = plan;
  const removed = await patchWorkbook(o.fichier, o.sortie, modele.name, writes, plan.after.values);
  if (o.json) tellRemoved(io, removed, true);

  const keptList = keptCells(plan.layout, kept);
  const errors = countBySeverity(diagnostics).erreur;
  if (o.json) {
    io.out(
      JSON.stringify(
        {
          fichier: o.fichier,
          sortie: o.sortie,
          feuille: modele.name,
          ...(autre === undefined ? {} : { remarque: autre }),
          cellulesEcrites: writes.length,
          cellulesConservees: keptList,
          cellulesFusionnees: merged.map((m) => ({
            cellule: m.cell,
            zone: m.area,
            ligne: describeCell(plan.layout, m.cell, m.row, m.col),
            propose: shown(m.proposed, undefined),
          })),
          logements: sources.logements,
          mouvements: sources.mouvements,
          horsModele: sources.horsModele,
          epci: figures,
          verdict: verdict(diagnostics),
          diagnostics: diagnostics.map(diagnosticJson),
        },
        null,
        2,
      ),
    );
  } else {
    io.out(`${o.fichier} — feuille « ${modele.name} »`);
    if (autre !== undefined)
      io.out(`${autre.charAt(0).toUpperCase()}${autre.slice(1)} Colonnes remplies : ${epci.map(epciName).join(", ")}.`);
    printSources(sources, io);
    io.out(`${formatNombre(writes.length)} cellule(s) écrite(s) dans ${o.sortie}.`);
    tellRemoved(io, removed, false);
    if (keptList.length > 0) {
      io.out(
        `${keptList.length} cellule(s) conservée(s), car elles contiennent une valeur saisie (--ecraser pour les remplacer) :`,
      );
      for (const k of keptList) io.out(`  ${k.ligne} : ${k.actuel} conservé, GEF propose ${k.propose}`);
    }
    if (merged.length > 0) {
      io.out(
        `${merged.length} cellule(s) non écrite(s), car elles sont dans une zone fusionnée (défusionnez-la dans Excel, puis relancez) :`,
      );
      for (const m of merged)
        io.out(
          `  ${describeCell(plan.layout, m.cell, m.row, m.col)} : zone fusionnée ${m.area}, GEF propose ${shown(m.proposed, undefined)}`,
        );
    }
    io.out("");
    io.out(figuresTable(figures));
    io.out("");
    io.out(`Vérification après remplissage : ${verdict(diagnostics)}`);
    for (const d of diagnostics) if (d.severity === "erreur") io.out(formatDiagnostic(d));
    const warnings = countBySeverity(diagnostics).avertissement;
    if (warnings > 0) io.out(`  (détail des ${warnings} avertissement(s) : gef verifier ${o.sortie})`);
  }
  return keptList.length > 0 || merged.length > 0 || errors > 0 ? 1 : 0;
}
