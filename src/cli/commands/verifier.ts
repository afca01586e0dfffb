/**
 * `gef verifier dossier/*.xlsx [--json] [--infos]`: each bailleur's template checked with the pane's
 * rules (diagnoseModele), its findings listed and a one-line verdict per file.
 * Exit code (docs/choix.md « Codes de sortie de gef »): 0 when no file has an erreur (avertissements are shown, not
 * failed), 1 when some file has one or cannot be used, 2 when no file could be read at all.
 */
import { problemOf, type XlsxError } from "../errors";
import { expandFiles } from "../files";
import { countBySeverity } from "../../domain";
import { diagnosticJson } from "../diagnostic-json";
import { formatDiagnostic, inspectFile, remarkOf, verdict, type Inspection } from "../inspect";
import { progress, rowCounter, type Io } from "../io";
import type { Parts } from "../options";

export interface VerifierOptions {
  readonly fichiers: readonly string[];
  readonly parts: Parts;
  readonly json: boolean;
  readonly infos: boolean;
  readonly flux: boolean;
}

type Outcome =
  | { readonly ok: true; readonly inspection: Inspection }
  | { readonly ok: false; readonly fichier: string; readonly error: XlsxError };

function printText(outcomes: readonly Outcome[], infos: boolean, io: Io): void {
  for (const o of outcomes) {
    if (!o.ok) {
      io.out(`${o.fichier} : inutilisable — ${o.error.message}`);
      continue;
    }
    const { inspection: i } = o;
    io.out(`${i.fichier} — feuille « ${i.sheet.name} » (${i.bailleur}) : ${verdict(i.diagnostics)}`);
    const remark = remarkOf(i);
    if (remark !== undefined) io.out(`  → ${remark}`);
    for (const d of i.diagnostics)
      if (d.severity !== "info" || (infos && d.code !== "MODELE_CONFORME")) io.out(formatDiagnostic(d));
  }
  const read = outcomes.filter((o): o is Extract<Outcome, { ok: true }> => o.ok);
  const errors = read.filter((o) => countBySeverity(o.inspection.diagnostics).erreur > 0).length;
  const clean = read.filter((o) => verdict(o.inspection.diagnostics) === "conforme").length;
  const unusable = outcomes.length - read.length;
  io.out("");
  io.out(
    `Bilan : ${outcomes.length} fichier(s) — ${clean} conforme(s), ${errors} avec erreur(s), ` +
      `${read.length - clean - errors} avec avertissement(s) seulement, ${unusable} inutilisable(s).`,
  );
}

function toJson(outcomes: readonly Outcome[]): unknown {
  return {
    fichiers: outcomes.map((o) => {
      if (!o.ok) return { fichier: o.fichier, lu: false, code: o.error.code, message: o.error.message };
      const i = o.inspection;
      const n = countBySeverity(i.diagnostics);
      return {
        fichier: i.fichier,
        lu: true,
        feuille: i.sheet.name,
        bailleur: i.bailleur,
        verdict: verdict(i.diagnostics),
        erreurs: n.erreur,
        avertissements: n.avertissement,
        infos: n.info,
        ...(i.autreDepartement === undefined ? {} : { remarque: remarkOf(i) }),
        diagnostics: i.diagnostics.map(diagnosticJson),
      };
    }),
  };
}

export async function verifierCommand(o: VerifierOptions, io: Io): Promise<number> {
  const files = expandFiles(o.fichiers);
  const tick = progress(io, files.length);
  const outcomes: Outcome[] = [];
  for (const [n, fichier] of files.entries()) {
    // One or two files: a count of the rows read while a large one is streamed; more: a progress bar.
    const counter = files.length < 3 ? rowCounter(io, fichier) : undefined;
    try {
      outcomes.push({
        ok: true,
        inspection: await inspectFile(fichier, o.parts, { stream: o.flux, onRows: counter?.onRows }),
      });
    } catch (e) {
      outcomes.push({ ok: false, fichier, error: problemOf(e, fichier) });
    }
    counter?.end();
    tick(n + 1, fichier);
  }
  const unreadable = outcomes.filter((x) => !x.ok && x.error.code !== "MODELE_INTROUVABLE");
  const none = unreadable.length === outcomes.length;
  if (o.json) {
    io.out(JSON.stringify(toJson(outcomes), null, 2));
  } else if (none) {
    for (const x of unreadable) if (!x.ok) io.err(`gef : ${x.error.message}`);
  } else {
    printText(outcomes, o.infos, io);
  }
  if (none) return 2;
  const failed = outcomes.some((x) => !x.ok || countBySeverity(x.inspection.diagnostics).erreur > 0);
  return failed ? 1 : 0;
}
