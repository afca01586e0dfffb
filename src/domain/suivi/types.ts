/**
 * What the « Suivi du flux » rules hand back besides figures: findings in French, and the sheets as
 * they are read. The sheets GEF writes (plans of cells and charts) are described in src/jobs.
 */
import type { Diagnostic } from "../messages/diagnostic";
import type { CodeAvertissementEdl } from "../repartition/edl-grid";
import type { ErrorCode } from "../messages/functions";
import type { SuiviCode } from "../messages/suivi";
import type { VacancesCode } from "../messages/vacances";

/** Codes of Suivi du flux's findings: its own, and those of the domain checks it relays. */
export type SuiviDiagnosticCode =
  SuiviCode | VacancesCode | ErrorCode | CodeAvertissementEdl | "TOTAL_INCOHERENT" | "PERIODE" | "COLONNE_CHOISIE";

/** A finding of Suivi du flux: never thrown, always shown (pane list, `gef` lines, exit code). */
export type SuiviDiagnostic = Diagnostic<SuiviDiagnosticCode>;
