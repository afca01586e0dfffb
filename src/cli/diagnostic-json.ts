/**
 * The one mapping from GEF's finding type (Diagnostic, src/domain/messages/diagnostic.ts) to the field
 * names `gef --json` has always written, which scripts read and which therefore never change:
 * - `verifier`, `remplir`, `consolider` write each finding of the template as
 *   `{ gravite, code, cellule, message }` (in « diagnostics »; `consolider`'s « controles » add « fichier »
 *   and leave « cellule » empty for a finding about a whole file);
 * - `objectifs`, `bilan` write each finding as `{ niveau, code, message, feuille?, cellule? }`
 *   (in « constats »), a place written only when the finding has one.
 * The same mapping gives the terminal line of a finding.
 */
import type { Diagnostic, Severity } from "../domain";
import type { Io } from "./io";

/** A template finding in `--json` (verifier, remplir, consolider). */
export interface DiagnosticJson {
  readonly gravite: Severity;
  readonly code: string;
  readonly cellule: string;
  readonly message: string;
}

/** A finding of Suivi du flux in `--json` (objectifs, bilan). */
export interface ConstatJson {
  readonly niveau: Severity;
  readonly code: string;
  readonly message: string;
  readonly feuille?: string;
  readonly cellule?: string;
}

/** A template finding for `--json`, with its public French keys (« cellule » empty when it has no cell). */
export const diagnosticJson = (d: Diagnostic): DiagnosticJson => ({
  gravite: d.severity,
  code: d.code,
  cellule: d.cell ?? "",
  message: d.message,
});

/** A finding of Suivi du flux for `--json`, with its public French keys (no place when it has none). */
export const constatJson = (d: Diagnostic): ConstatJson => ({
  niveau: d.severity,
  code: d.code,
  message: d.message,
  ...(d.sheet === undefined ? {} : { feuille: d.sheet }),
  ...(d.cell === undefined ? {} : { cellule: d.cell }),
});

/** A finding on one line of the terminal: « avertissement (Feuille!B3) : message ». */
export function diagnosticLine(d: Diagnostic): string {
  const place = d.cell ? ` (${d.sheet ? `${d.sheet}!` : ""}${d.cell})` : "";
  return `${d.severity}${place} : ${d.message}`;
}

/** Prints findings on stderr, one line each: « avertissement (Feuille!B3) : message ». */
export function printDiagnostics(io: Io, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) io.err(diagnosticLine(d));
}
