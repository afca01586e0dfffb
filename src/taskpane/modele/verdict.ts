/** What a check or a fill means for the user, as the status line says it. */
import { accord, resumeDiagnostics, type ModeleDiagnostic } from "../../domain";
import type { ActionStats } from "../../excel/action-types";
import type { Status } from "../common/ActionStatus";

/**
 * The status after a check or a fill: red while errors remain, amber with warnings only, green
 * only when there is nothing to fix.
 */
export function verdict(diagnostics: readonly ModeleDiagnostic[], done: string, stats: ActionStats): Status {
  const errors = diagnostics.filter((d) => d.severity === "erreur").length;
  const warnings = diagnostics.filter((d) => d.severity === "avertissement").length;
  if (errors > 0)
    return {
      kind: "fini",
      intent: "error",
      title: `${accord(errors, "erreur")} à corriger`,
      detail: `${done} : ${resumeDiagnostics(diagnostics)}`,
      stats,
    };
  if (warnings > 0)
    return {
      kind: "fini",
      intent: "warning",
      title: `Aucune erreur, ${accord(warnings, "avertissement")} à examiner`,
      detail: done,
      stats,
    };
  return { kind: "fini", intent: "success", title: "Rien à corriger", detail: done, stats };
}
