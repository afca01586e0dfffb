/**
 * The « Répartitions » tab's state and actions: settings kept in the workbook, a preview or a drawing
 * refused before anything is read when a rule is unusable, and the result marked « périmé » when a
 * setting it came from changes.
 */
import { useState } from "react";
import { accord, paneMessage } from "../../domain";
import type { RepartitionActions, RepartitionResult, RepartitionSettings } from "../../excel/repartition-actions";
import { DEFAULT_REPARTITION_SETTINGS } from "../../excel/repartition-actions";
import { useUndone } from "../common/history-context";
import { useAction } from "../common/useAction";
import { useSettings } from "../common/useSettings";
import { useStaleInputs } from "../common/StaleResult";
import { shownStatus } from "./RepartitionSections";
import { firstRegleInvalide } from "./RulesEditor";
import { useRulesReset } from "./useRulesReset";

/** The settings a breakdown comes from, by their labels: a change marks it « périmé ». */
const INPUTS: Readonly<Partial<Record<keyof RepartitionSettings, string>>> = {
  epci: "Périmètre",
  bailleur: "Nom du bailleur",
  regles: "Règles de classement",
  autresAvecConsentement: "Libellés non classés",
  malgreIncoherences: "Totaux de l'état des lieux",
};

/** The tab's state and actions; RepartitionTab only draws them. The return type is inferred: it is what the tab reads. */
export function useRepartitionTab(actions: RepartitionActions) {
  const { status, busy, setStatus, refuse, run, cancel } = useAction();
  const [settings, change] = useSettings<RepartitionSettings>(actions, DEFAULT_REPARTITION_SETTINGS, setStatus);
  const [result, setResult] = useState<RepartitionResult | undefined>();
  const stale = useStaleInputs(settings, result === undefined ? {} : INPUTS);
  const resetRules = useRulesReset(actions, settings, change);
  // The pane's « Annuler » undid this tab's write: its result no longer describes the workbook.
  useUndone("repartitions", () => {
    setResult(undefined);
    setStatus({ kind: "repos" });
  });

  const go = async (draw: boolean): Promise<void> => {
    // A new action clears the last result: a refusal is never followed by earlier tables.
    setResult(undefined);
    const used = settings;
    // A rule that cannot be used is the user's to fix, said before anything is read.
    const invalid = firstRegleInvalide(settings.regles);
    if (invalid) {
      refuse(invalid, paneMessage("REGLE_INCOMPLETE"));
      return;
    }
    const r = await run((c) => (draw ? actions.draw(settings, c) : actions.preview(settings, c)));
    if (!r) return;
    setResult(r);
    stale.mark(used);
    switch (r.kind) {
      case "sans-source":
        refuse(paneMessage("SANS_SOURCE_DETAIL"), paneMessage("SANS_SOURCE"));
        return;
      case "incoherences":
        refuse(
          `${accord(r.repartition.incoherences.length, "total", "totaux")} à vérifier dans « ${r.sheet} ». Rien n'a été tracé.`,
          "Les totaux de l'état des lieux ne concordent pas",
        );
        return;
      case "apercu":
      case "trace":
        setStatus(shownStatus(r, settings.autresAvecConsentement));
    }
  };

  const epciOptions = result && "repartition" in result ? result.repartition.epci : [];
  const nonMappes = result && "repartition" in result ? result.repartition.repartition.nonMappes : [];
  const incoherences = result && "repartition" in result ? result.repartition.incoherences : [];

  return {
    status,
    busy,
    cancel,
    settings,
    change,
    result,
    stale,
    resetRules,
    go,
    epciOptions,
    nonMappes,
    incoherences,
  };
}
