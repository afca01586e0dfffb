/**
 * The Modèle DDETS tab's state and actions: check, fill (asking before overwriting what the user
 * typed), insert a blank template, and select a problem's cell. ModeleTab only draws them. Undo is
 * the pane's (common/UndoBar.tsx): when it undoes this tab's write, the result shown goes.
 */
import { useRef, useState } from "react";
import { paneMessage } from "../../domain";
import { DEFAULT_MODELE_SETTINGS } from "../../jobs";
import type { CheckResult, FillMode, FillResult, ModeleActions, ModeleSettings } from "../../excel/action-types";
import { useUndone } from "../common/history-context";
import { useAction } from "../common/useAction";
import { useSettings } from "../common/useSettings";
import { useStaleInputs } from "../common/StaleResult";
import { useBlankInsert } from "./useBlankInsert";
import { useFieldErrors } from "./useFieldErrors";
import { verdict } from "./verdict";

export { DEFAULT_MODELE_SETTINGS };

/** The settings a check or fill comes from, by their labels: a change marks its result « périmé ». */
const INPUTS: Readonly<Record<keyof ModeleSettings, string>> = {
  partPrioritaires: "Part de l'État pour ses candidats prioritaires",
  partFonctionnaires: "Part de l'État pour ses agents",
  methode: "Méthode du taux de rotation",
  annees: "Années de mouvements",
};

export type Shown =
  | { readonly kind: "rien" }
  | { readonly kind: "verification"; readonly check: CheckResult }
  | { readonly kind: "remplissage"; readonly fill: Extract<FillResult, { kind: "fait" }> };

/** The return type is inferred: it is exactly what the tab reads. */
export function useModeleTab(actions: ModeleActions) {
  const action = useAction();
  const { status, busy, setStatus, refuse, run, cancel } = action;
  const [settings, changeSettings] = useSettings<ModeleSettings>(actions, DEFAULT_MODELE_SETTINGS, setStatus);
  const [shown, setShown] = useState<Shown>({ kind: "rien" });
  const { confirmation, setConfirmation, dismiss, fillButton } = useFillConfirmation(setStatus);
  // Fields showing a text that is not applied: check and fill would otherwise run on another value.
  const fields = useFieldErrors(setStatus, refuse);
  const blankInsert = useBlankInsert(actions, action, () => {
    fields.forget();
    setShown({ kind: "rien" });
  });
  const stale = useStaleInputs(settings, INPUTS);
  // A field showing a text not applied also makes the result shown out of date.
  const changed =
    shown.kind === "rien"
      ? []
      : [...stale.changed, ...Object.keys(fields.fieldErrors).map((f) => INPUTS[f as keyof ModeleSettings] ?? f)];
  /** A new action first clears the last result; refused while a field shows a text not applied. */
  const settingsReady = (what: string): boolean => {
    setShown({ kind: "rien" });
    return fields.ready(what);
  };

  const check = async (): Promise<void> => {
    if (!settingsReady("Vérification")) return;
    const r = await run((c) => actions.check(settings, c));
    if (!r) return;
    setShown({ kind: "verification", check: r });
    stale.mark(settings);
    setStatus(verdict(r.diagnostics, `Vérification de « ${r.sheet} » terminée`, r.stats));
  };

  const fill = async (mode: FillMode): Promise<void> => {
    setConfirmation(undefined);
    if (!settingsReady("Remplissage")) return;
    const r = await run((c) => actions.fill(settings, mode, c));
    if (!r) return;
    if (r.kind === "confirmation") {
      setConfirmation(r);
      setStatus({ kind: "repos" });
      return;
    }
    setShown({ kind: "remplissage", fill: r });
    stale.mark(settings);
    setStatus(fillVerdict(r));
  };

  const insert = (): Promise<void> => blankInsert.insert(settings);

  // The pane's « Annuler » undid this tab's write: its result no longer describes the workbook.
  useUndone("modele", () => {
    setShown({ kind: "rien" });
    setStatus({ kind: "repos" });
  });

  const select = (sheet: string, cell: string): void => selectCell(actions, setStatus, sheet, cell);

  const { onFieldError } = fields;
  const { blank, setBlank } = blankInsert;
  return {
    status,
    busy,
    cancel,
    settings,
    changeSettings,
    onFieldError,
    shown,
    changed,
    confirmation,
    blank,
    setBlank,
    check,
    fill,
    insert,
    dismiss,
    select,
    fillButton,
  };
}

/** The fill's verdict, which says « rien à corriger » in its title when so. */
function fillVerdict(r: Extract<FillResult, { kind: "fait" }>): ReturnType<typeof verdict> {
  const v = verdict(r.diagnostics, `Colonnes EPCI de « ${r.sheet} » remplies, puis vérifiées`, r.stats);
  return v.kind === "fini" && v.intent === "success" ? { ...v, title: "Colonnes EPCI remplies, rien à corriger" } : v;
}

/** « Remplacer vos saisies ? »: the fill's question, and « Ne rien écrire », which gives the focus back to the button that opened it. */
function useFillConfirmation(setStatus: ReturnType<typeof useAction>["setStatus"]) {
  const [confirmation, setConfirmation] = useState<Extract<FillResult, { kind: "confirmation" }> | undefined>();
  const fillButton = useRef<HTMLButtonElement>(null);
  const dismiss = (): void => {
    setConfirmation(undefined);
    setStatus({ kind: "annule" });
    setTimeout(() => fillButton.current?.focus(), 0);
  };
  return { confirmation, setConfirmation, dismiss, fillButton };
}

/** Selects a problem's cell; a selection Excel refuses is said, never thrown. */
function selectCell(
  actions: ModeleActions,
  setStatus: ReturnType<typeof useAction>["setStatus"],
  sheet: string,
  cell: string,
): void {
  actions.select(sheet, cell).catch(() =>
    setStatus({
      kind: "erreur",
      title: paneMessage("SELECTION_IMPOSSIBLE"),
      detail: paneMessage("SELECTION_IMPOSSIBLE_DETAIL", { feuille: sheet, detail: cell }),
    }),
  );
}
