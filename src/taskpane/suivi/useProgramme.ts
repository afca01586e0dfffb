/**
 * The « Programme neuf » section's state and actions: the sheets to pick from, what the user typed,
 * « Répartir » (computed, then written unless errors are left) and the blank « Droits du programme »
 * table. Its own status, shown under the section.
 */
import { useCallback, useEffect, useState } from "react";
import { accord, paneMessage } from "../../domain";
import type { ChoixProgramme, ProgrammeActions, ProgrammeResult } from "../../excel/programme-actions";
import type { Status } from "../common/ActionStatus";
import { useUndone } from "../common/history-context";
import { useAction } from "../common/useAction";
import { written } from "./useSuiviTab";

export const DEFAULT_CHOIX_PROGRAMME: ChoixProgramme = {
  nom: "",
  operation: "",
  droits: "",
  livraison: "",
  convention: false,
};

type Fait = Extract<ProgrammeResult, { kind: "fait" }>;

/** What the status says once the split is computed: written, or why not. */
function finished(r: Fait): Status {
  const errors = r.travail.diagnostics.filter((d) => d.severity === "erreur").length;
  const warnings = r.travail.diagnostics.filter((d) => d.severity === "avertissement").length;
  if (r.bloque !== undefined)
    return { kind: "fini", intent: "error", title: "Répartition non écrite", detail: r.bloque, stats: r.stats };
  const left = warnings > 0 ? ` ; ${accord(warnings, "avertissement")} à examiner ci-dessous` : "";
  return {
    kind: "fini",
    intent: errors > 0 ? "error" : warnings > 0 ? "warning" : "success",
    title: `Programme écrit${left}`,
    detail: written(r.ecriture),
    stats: r.stats,
  };
}

/** The section's state; ProgrammeSection only draws it. The return type is inferred. */
export function useProgramme(actions: ProgrammeActions) {
  const { status, busy, setStatus, refuse, run, cancel } = useAction();
  const [choix, setChoix] = useState<ChoixProgramme>(DEFAULT_CHOIX_PROGRAMME);
  const [feuilles, setFeuilles] = useState<readonly string[]>([]);
  const [shown, setShown] = useState<Fait | undefined>();

  const refresh = useCallback((): void => {
    actions.feuilles().then(setFeuilles, () => undefined);
  }, [actions]);
  useEffect(refresh, [refresh]);
  // « Annuler » took the sheet away: the result no longer describes the workbook.
  useUndone("suivi", () => {
    setShown(undefined);
    setStatus({ kind: "repos" });
  });

  const repartir = async (): Promise<void> => {
    setShown(undefined);
    const r = await run((c) => actions.repartir(choix, c));
    refresh();
    if (!r) return;
    if (r.kind === "reglages") {
      refuse(r.message, paneMessage("REGLAGE_A_CORRIGER"));
      return;
    }
    setShown(r);
    if (r.travail.plan === undefined) {
      const first = r.travail.diagnostics.find((d) => d.severity === "erreur");
      refuse(first?.message ?? "", "Programme : rien n'est réparti");
      return;
    }
    setStatus(finished(r));
  };

  const insererDroits = async (): Promise<void> => {
    setShown(undefined);
    const r = await run((c) => actions.insererDroits(c));
    refresh();
    if (!r) return;
    setChoix((c) => ({ ...c, droits: r.sheet }));
    setStatus({
      kind: "fini",
      intent: "success",
      title: "Table insérée",
      detail: `Feuille « ${r.sheet} ».`,
      stats: r.stats,
    });
  };

  const select = (sheet: string, cell: string): void => void actions.select(sheet, cell).catch(() => undefined);
  return { status, busy, cancel, choix, setChoix, feuilles, refresh, shown, repartir, insererDroits, select };
}
