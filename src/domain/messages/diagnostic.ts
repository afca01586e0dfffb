/**
 * The one finding type of GEF: what a check hands back besides its figures, never thrown, always shown
 * (the pane's lists, `gef` lines and exit code, `--json`). The template checker, the tables' readers and
 * Suivi du flux all produce it; the pane and `gef` read it the same way. A refusal that stops a
 * computation is a {@link Problem} of a failed Result; a finding is a Problem with a severity and a place.
 *
 * `gef --json` keeps its public field names (« gravite », « niveau », « feuille », « cellule ») through
 * one mapping, src/cli/diagnostic-json.ts.
 */
import type { Problem } from "./result";

/** How serious a finding is. The values are public: `gef` prints them and `--json` writes them. */
export type Severity = "erreur" | "avertissement" | "info";

/** Every severity, the most serious first. */
export const SEVERITIES: readonly Severity[] = ["erreur", "avertissement", "info"];

/** A finding: a catalogue code, its French message, how serious it is, and where, when it is somewhere. */
export interface Diagnostic<C extends string = string> extends Problem<C> {
  readonly severity: Severity;
  /** Sheet the finding is about, when it is not the only sheet read. */
  readonly sheet?: string | undefined;
  /** A1 address of the cell the finding is about. */
  readonly cell?: string | undefined;
}

/** A finding about one cell, as the template checker's always are. */
export type CellDiagnostic<C extends string = string> = Diagnostic<C> & { readonly cell: string };

/** Findings by severity. */
export function countBySeverity(list: readonly Diagnostic[]): Record<Severity, number> {
  const n: Record<Severity, number> = { erreur: 0, avertissement: 0, info: 0 };
  for (const d of list) n[d.severity]++;
  return n;
}

/** Rank of a severity for sorting: errors first. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { erreur: 0, avertissement: 1, info: 2 };
