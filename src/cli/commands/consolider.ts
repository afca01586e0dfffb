/**
 * `gef consolider dossier/*.xlsx -o consolidation.xlsx`: many bailleurs' templates into one workbook,
 * one sheet per EPCI (a row per bailleur, totals as native formulas) and the list of problems per
 * file. A file that cannot be used is reported, and the others still go through.
 * Exit code (docs/choix.md « Codes de sortie de gef »): 0 all clean, 1 some erreur or unusable file, 2 no file usable.
 * @see docs/produit/commandes.md
 */
import path from "node:path";
import { countBySeverity, epciName, formatNombre, formatPourcent, EPCI_MODELE_06 } from "../../domain";
import {
  consolidateModeles,
  SHEET_PROBLEMES,
  totaux,
  type ConsolidatedRow,
  type ModeleLu,
  type ModeleRefuse,
  type Probleme,
} from "../../jobs";
import { writePlans } from "../../xlsx/node";
import { CliError, problemOf, type XlsxError } from "../errors";
import { expandFiles, sameFile } from "../files";
import { diagnosticJson } from "../diagnostic-json";
import { inspectFile, verdict, type Inspection } from "../inspect";
import { formatTable, progress, rowCounter, type Io } from "../io";
import { checkFolder, checkNotEmpty, tellRemoved } from "../outputs";
import type { Parts } from "../options";

export interface ConsoliderOptions {
  readonly fichiers: readonly string[];
  readonly sortie: string;
  readonly parts: Parts;
  readonly json: boolean;
  readonly flux: boolean;
}

type Outcome =
  | { readonly ok: true; readonly inspection: Inspection }
  | { readonly ok: false; readonly fichier: string; readonly error: XlsxError };

async function consolidateOne(
  fichier: string,
  o: ConsoliderOptions,
  onRows?: (rows: number) => void,
): Promise<Outcome> {
  try {
    const inspection = await inspectFile(fichier, o.parts, { stream: o.flux, onRows });
    if (inspection.autreDepartement !== undefined) {
      const detail = `${inspection.autreDepartement.charAt(0).toUpperCase()}${inspection.autreDepartement.slice(1)}`;
      return { ok: false, fichier, error: new CliError("AUTRE_DEPARTEMENT", { fichier, detail }) };
    }
    return { ok: true, inspection };
  } catch (e) {
    return { ok: false, fichier, error: problemOf(e, fichier) };
  }
}

/** The job's view of a file: its template read and checked, or the reason it cannot be used. */
function modeleOf(o: Outcome): ModeleLu | ModeleRefuse {
  if (!o.ok) return { ok: false, fichier: path.basename(o.fichier), code: o.error.code, message: o.error.message };
  const i = o.inspection;
  return {
    ok: true,
    fichier: path.basename(i.fichier),
    bailleur: i.bailleur,
    diagnostics: i.diagnostics,
    values: i.sheet.values,
    formulas: i.sheet.formulas,
    layout: i.layout,
  };
}

function printText(
  outcomes: readonly Outcome[],
  bySiren: ReadonlyMap<string, readonly ConsolidatedRow[]>,
  sortie: string,
  io: Io,
  flagged: readonly Probleme[],
): void {
  const read = outcomes.filter((o) => o.ok).length;
  io.out(`Consolidation de ${outcomes.length} fichier(s) : ${read} lu(s), ${outcomes.length - read} inutilisable(s).`);
  io.out("");
  const n = (v: number | undefined): string => (v === undefined ? "" : formatNombre(Math.round(v * 10) / 10));
  io.out(
    formatTable([
      ["EPCI", "Bailleurs", "Patrimoine", "Assiette", "Taux", "Volume", "Prioritaires État", "Fonctionnaires État"],
      ...EPCI_MODELE_06.map((e) => {
        const lignes = bySiren.get(e.siren) ?? [];
        const t = totaux(lignes);
        return [
          epciName(e),
          lignes.length,
          n(t.patrimoine),
          n(t.assiette),
          t.taux === undefined ? "" : formatPourcent(t.taux),
          n(t.volume),
          n(t.prioritaires),
          n(t.fonctionnaires),
        ];
      }),
    ]),
  );
  io.out("");
  const withProblems = outcomes.filter((o) => !o.ok || verdict(o.inspection.diagnostics) !== "conforme");
  if (flagged.length > 0) {
    io.out(`Valeurs à corriger avant de transmettre (feuille « ${SHEET_PROBLEMES} ») :`);
    for (const p of flagged) io.out(`  ${p.fichier} : ${p.message}`);
    io.out("");
  }
  if (withProblems.length === 0 && flagged.length === 0) io.out("Aucun problème : tous les modèles sont conformes.");
  else if (withProblems.length === 0)
    io.out("Les modèles sont conformes, mais les valeurs ci-dessus faussent les totaux.");
  else io.out(`Problèmes (détail dans la feuille « ${SHEET_PROBLEMES} ») :`);
  for (const o of withProblems) {
    if (o.ok) io.out(`  ${o.inspection.fichier} (${o.inspection.bailleur}) : ${verdict(o.inspection.diagnostics)}`);
    else io.out(`  ${o.fichier} : inutilisable — ${o.error.message}`);
  }
  io.out("");
  io.out(`Écrit : ${sortie} (feuilles ${EPCI_MODELE_06.map(epciName).join(", ")}, ${SHEET_PROBLEMES}).`);
}

function toJson(
  outcomes: readonly Outcome[],
  bySiren: ReadonlyMap<string, readonly ConsolidatedRow[]>,
  sortie: string,
): unknown {
  return {
    sortie,
    fichiers: outcomes.map((o) => {
      if (!o.ok) return { fichier: o.fichier, lu: false, code: o.error.code, message: o.error.message };
      const c = countBySeverity(o.inspection.diagnostics);
      return {
        fichier: o.inspection.fichier,
        lu: true,
        bailleur: o.inspection.bailleur,
        verdict: verdict(o.inspection.diagnostics),
        erreurs: c.erreur,
        avertissements: c.avertissement,
        infos: c.info,
        diagnostics: o.inspection.diagnostics.map(diagnosticJson),
      };
    }),
    epci: EPCI_MODELE_06.map((e) => {
      const lignes = bySiren.get(e.siren) ?? [];
      return {
        sigle: e.sigle,
        siren: e.siren,
        nom: e.nom,
        lignes: lignes.map((l) => ({ bailleur: l.bailleur, fichier: l.fichier, ...l.figures })),
        total: totaux(lignes),
      };
    }),
  };
}

export async function consoliderCommand(o: ConsoliderOptions, io: Io): Promise<number> {
  checkNotEmpty("-o", o.sortie, "« -o consolidation.xlsx »");
  if (!/\.xlsx$/i.test(o.sortie)) throw new CliError("SORTIE_PAS_XLSX", { fichier: o.sortie });
  const files = expandFiles(o.fichiers);
  const clash = files.find((f) => sameFile(f, o.sortie));
  if (clash !== undefined) throw new CliError("SORTIE_PARMI_ENTREES", { fichier: clash });
  checkFolder(o.sortie);
  const tick = progress(io, files.length);
  const outcomes: Outcome[] = [];
  for (const [i, fichier] of files.entries()) {
    const counter = files.length < 3 ? rowCounter(io, fichier) : undefined;
    outcomes.push(await consolidateOne(fichier, o, counter?.onRows));
    counter?.end();
    tick(i + 1, fichier);
  }
  if (!outcomes.some((x) => x.ok)) {
    for (const x of outcomes) if (!x.ok) io.err(`gef : ${x.error.message}`);
    throw new CliError("AUCUN_LISIBLE", { detail: String(outcomes.length), option: "consolider" });
  }
  const { bySiren, flagged, plans } = consolidateModeles(outcomes.map(modeleOf), o.parts);
  const removed = await writePlans(o.sortie, plans);
  if (o.json)
    io.out(
      JSON.stringify(
        {
          ...(toJson(outcomes, bySiren, o.sortie) as object),
          controles: flagged.map((p) => ({ fichier: p.fichier, ...diagnosticJson(p) })),
        },
        null,
        2,
      ),
    );
  else printText(outcomes, bySiren, o.sortie, io, flagged);
  tellRemoved(io, removed, o.json);
  const failed =
    flagged.length > 0 || outcomes.some((x) => !x.ok || countBySeverity(x.inspection.diagnostics).erreur > 0);
  return failed ? 1 : 0;
}
