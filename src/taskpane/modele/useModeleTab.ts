/**
 * The Modèle DDETS tab's state and actions: check, fill (asking before overwriting what the user
 * typed), insert a blank template, and select a problem's cell. ModeleTab only draws them. Undo is
 * the pane's (common/UndoBar.tsx): when it undoes this tab's write, the result shown goes.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { choixModeleViergeParDefaut, errorChoixModeleVierge, paneMessage, type ChoixModeleVierge } from "../../domain";
import { DEFAULT_MODELE_SETTINGS } from "../../jobs";
import type { CheckResult, FillMode, FillResult, ModeleActions, ModeleSettings } from "../../excel/action-types";
import { useUndone } from "../common/history-context";
import { useAction } from "../common/useAction";
import { useSettings } from "../common/useSettings";
import { useRefusalCleared, useStaleInputs } from "../common/StaleResult";
import { verdict } from "./verdict";

export const DEFAULT_SETTINGS: ModeleSettings = DEFAULT_MODELE_SETTINGS;

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
  const { status, busy, setStatus, refuse, run, cancel } = useAction();
  const [settings, changeSettings] = useSettings<ModeleSettings>(actions, DEFAULT_SETTINGS, setStatus);
  const [shown, setShown] = useState<Shown>({ kind: "rien" });
  const [confirmation, setConfirmation] = useState<Extract<FillResult, { kind: "confirmation" }> | undefined>();
  const [blank, setBlank] = useState<ChoixModeleVierge>(() => choixModeleViergeParDefaut());
  // « Modèle vierge non inséré » goes once the template's fields change: their messages say the rest.
  const blankRefusal = useRefusalCleared(blank, status.kind === "refus", useCallback(() => setStatus({ kind: "repos" }), [setStatus]));
  // Fields showing a text that is not applied: check and fill would otherwise run on another value.
  const [fieldErrors, setFieldErrors] = useState<Readonly<Record<string, string>>>({});
  const onFieldError = useCallback((field: string, message: string | undefined): void => {
    setFieldErrors((all) => {
      if (all[field] === message) return all;
      const next = { ...all };
      if (message === undefined) delete next[field];
      else next[field] = message;
      return next;
    });
  }, []);
  // The refusal shown for those fields goes once they are all fixed (it would tell of a text gone).
  const settingsRefused = useRef(false);
  useEffect(() => {
    if (settingsRefused.current && Object.keys(fieldErrors).length === 0) {
      settingsRefused.current = false;
      setStatus({ kind: "repos" });
    }
  }, [fieldErrors, setStatus]);
  const stale = useStaleInputs(settings, INPUTS);
  // A field showing a text not applied also makes the result shown out of date.
  const changed = shown.kind === "rien" ? [] : [...stale.changed, ...Object.keys(fieldErrors).map((f) => INPUTS[f as keyof ModeleSettings] ?? f)];
  /** Refuses an action while a field shows a text not applied; true when it may run. A new action first clears the last result. */
  const settingsReady = (what: string): boolean => {
    setShown({ kind: "rien" });
    const pending = Object.values(fieldErrors);
    settingsRefused.current = pending.length > 0;
    if (pending.length === 0) return true;
    refuse(pending.join(" "), `${what} : ${paneMessage("REGLAGE_A_CORRIGER").toLowerCase()}, rien n'a été fait`);
    return false;
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
    const v = verdict(r.diagnostics, `Colonnes EPCI de « ${r.sheet} » remplies, puis vérifiées`, r.stats);
    setStatus(v.kind === "fini" && v.intent === "success" ? { ...v, title: "Colonnes EPCI remplies, rien à corriger" } : v);
  };

  const insert = async (): Promise<void> => {
    settingsRefused.current = false;
    setShown({ kind: "rien" });
    const invalid = errorChoixModeleVierge(blank);
    if (invalid) {
      refuse(invalid, "Modèle vierge non inséré");
      blankRefusal.refused(blank);
      return;
    }
    const r = await run((c) => actions.insertBlank(settings, c, blank));
    if (!r) return;
    setShown({ kind: "rien" });
    setStatus({ kind: "fini", title: `Modèle vierge inséré dans la feuille « ${r.sheet} »`, stats: r.stats });
  };

  // The pane's « Annuler » undid this tab's write: its result no longer describes the workbook.
  useUndone("modele", () => {
    setShown({ kind: "rien" });
    setStatus({ kind: "repos" });
  });

  /** « Ne rien écrire »: the focus goes back to the button that opened the dialog. */
  const fillButton = useRef<HTMLButtonElement>(null);
  const dismiss = (): void => {
    setConfirmation(undefined);
    setStatus({ kind: "annule" });
    setTimeout(() => fillButton.current?.focus(), 0);
  };

  const select = (sheet: string, cell: string): void => {
    actions.select(sheet, cell).catch(() => setStatus({ kind: "erreur", title: paneMessage("SELECTION_IMPOSSIBLE"), detail: paneMessage("SELECTION_IMPOSSIBLE_DETAIL", { feuille: sheet, detail: cell }) }));
  };

  return { status, busy, cancel, settings, changeSettings, onFieldError, shown, changed, confirmation, blank, setBlank, check, fill, insert, dismiss, select, fillButton };
}
