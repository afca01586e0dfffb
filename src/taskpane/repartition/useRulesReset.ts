/**
 * « Revenir aux règles par défaut », asked first (ResetRulesDialog), is one of GEF's actions in the
 * pane's history: « Annuler » gives back the rules the user had. The rules live in the tab's settings
 * (saved in the workbook): the undo sets them in the tab when it is open, else in the workbook.
 * Rules changed again after the reset are not overwritten without asking.
 */
import { useEffect, useRef } from "react";
import { DEFAULT_REGLES, accord, type RegleCategorie } from "../../domain";
import type { RepartitionActions, RepartitionSettings } from "../../excel/repartition-actions";
import type { StepResult, UndoMode } from "../../excel/undo-history";
import { useHistory } from "../common/history-context";

const NO_STATS = { syncs: 0, ms: 0, cellsWritten: 0, rowsRead: 0 };

/** The open tab's settings and how to change them, by actions object (one per pane). */
const openTabs = new WeakMap<
  RepartitionActions,
  { settings: RepartitionSettings; change: (s: RepartitionSettings) => void }
>();

const sameRules = (a: readonly RegleCategorie[], b: readonly RegleCategorie[]): boolean =>
  a.length === b.length && a.every((r, i) => r.motif === b[i]?.motif && r.categorie === b[i]?.categorie);

/** Undoes a reset: `before` back, unless the rules changed since and the user keeps them. */
async function undoReset(
  actions: RepartitionActions,
  before: readonly RegleCategorie[],
  mode: UndoMode,
): Promise<StepResult> {
  const open = openTabs.get(actions);
  const settings = open?.settings ?? (await actions.loadSettings()).value;
  if (!sameRules(settings.regles, DEFAULT_REGLES)) {
    const message =
      "Les règles de classement ont été modifiées depuis le retour aux règles par défaut. « Garder mes modifications » les laisse telles quelles.";
    if (mode === "demander")
      return {
        kind: "confirmation",
        message,
        lines: [
          `${accord(settings.regles.length, "règle")} aujourd'hui, ${accord(before.length, "règle")} avant le retour aux règles par défaut`,
        ],
        stats: NO_STATS,
      };
    if (mode === "garder")
      return { kind: "fait", detail: "règles de classement modifiées depuis gardées", stats: NO_STATS };
  }
  const next = { ...settings, regles: before };
  if (open) open.change(next);
  else await actions.saveSettings(next);
  return {
    kind: "fait",
    detail: `${accord(before.length, "règle de classement rétablie", "règles de classement rétablies")}`,
    stats: NO_STATS,
  };
}

/** Returns the reset to run once the user has confirmed it. */
export function useRulesReset(
  actions: RepartitionActions,
  settings: RepartitionSettings,
  change: (s: RepartitionSettings) => void,
): () => void {
  const history = useHistory();
  const latest = useRef({ settings, change });
  latest.current = { settings, change };
  useEffect(() => {
    const holder = {
      get settings() {
        return latest.current.settings;
      },
      change: (s: RepartitionSettings) => latest.current.change(s),
    };
    openTabs.set(actions, holder);
    return () => {
      if (openTabs.get(actions) === holder) openTabs.delete(actions);
    };
  }, [actions]);
  return () => {
    const before = latest.current.settings.regles;
    latest.current.change({ ...latest.current.settings, regles: DEFAULT_REGLES });
    history?.record(
      "repartitions",
      `retour aux règles de classement par défaut (${accord(before.length, "règle")} avant)`,
      (mode) => undoReset(actions, before, mode),
    );
  };
}
