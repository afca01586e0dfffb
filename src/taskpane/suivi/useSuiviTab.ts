/**
 * The « Suivi du flux » tab's state and actions: objectives, bilan of a period and annual bilan, each
 * computed, previewed or written, its result marked « périmé » when a field it came from changes, and
 * shown under the section whose button was pressed.
 */
import { useCallback, useState } from "react";
import { accord, paneMessage } from "../../domain";
import type { TravailAnnuel, TravailBilan, TravailObjectifs } from "../../jobs";
import {
  DEFAULT_SUIVI_SETTINGS,
  type Ecriture,
  type SuiviActions,
  type SuiviResult,
  type SuiviSettings,
} from "../../excel/suivi-actions";
import { useUndone } from "../common/history-context";
import type { Status } from "../common/ActionStatus";
import { useAction } from "../common/useAction";
import { useSettings } from "../common/useSettings";
import { useRefusalCleared, useStaleInputs } from "../common/StaleResult";

export type Shown =
  | { readonly kind: "objectifs"; readonly travail: TravailObjectifs }
  | { readonly kind: "bilan"; readonly travail: TravailBilan }
  | { readonly kind: "annuel"; readonly travail: TravailAnnuel };

/** The fields each result comes from, by their labels: a change marks the result « périmé ». */
const INPUTS: Record<Shown["kind"], Partial<Record<keyof SuiviSettings, string>>> = {
  objectifs: { volume: "Volume annuel saisi", malgreIncoherences: "Répartir quand même" },
  bilan: {
    periode: "Période",
    annee: "Année",
    debut: "Du",
    fin: "Au",
    etape: "Étape de décompte",
    seuil: "Seuil des déséquilibres",
    bailleur: "Nom du bailleur",
  },
  annuel: { anneeAnnuel: "Année du bilan", bornes: "Périodes de construction", bailleur: "Nom du bailleur" },
};

/** « écrit dans la feuille X », and why it is not the name asked for. */
export function written(e: Ecriture | undefined): string | undefined {
  if (e === undefined) return undefined;
  return e.renomme
    ? `Une feuille « ${e.voulu} » à vous existe déjà : elle n'a pas été touchée, GEF a écrit « ${e.feuille} » à côté.`
    : `Feuille « ${e.feuille} ».`;
}

/**
 * The status of a result computed: green only when nothing is left to examine, remarks below turn it
 * amber (errors, red); it says where it was written.
 */
function finished<T extends TravailObjectifs | TravailBilan | TravailAnnuel>(
  r: Extract<SuiviResult<T>, { kind: "fait" }>,
  titre: string,
  ecrit: "écrit" | "écrits",
): Status {
  const errors = r.travail.diagnostics.filter((c) => c.severity === "erreur").length;
  const warnings = r.travail.diagnostics.filter((c) => c.severity === "avertissement").length;
  const done = r.ecriture ? `${titre} ${ecrit}` : `Aperçu : ${titre.toLowerCase()}`;
  const left = errors > 0 ? accord(errors, "erreur") : warnings > 0 ? accord(warnings, "avertissement") : undefined;
  return {
    kind: "fini",
    intent: errors > 0 ? "error" : warnings > 0 ? "warning" : "success",
    title: left === undefined ? done : `${done} ; ${left} à examiner ci-dessous`,
    detail: written(r.ecriture),
    stats: r.stats,
  };
}

/** The tab's state and actions; SuiviTab only draws them. The return type is inferred: it is what the tab reads. */
export function useSuiviTab(actions: SuiviActions) {
  const { status, busy, setStatus, refuse, run, cancel } = useAction();
  const [s, change] = useSettings<SuiviSettings>(actions, DEFAULT_SUIVI_SETTINGS, setStatus);
  const [shown, setShown] = useState<Shown | undefined>();
  const { mark, changed } = useStaleInputs(s, shown === undefined ? {} : INPUTS[shown.kind]);
  // A refusal of the settings typed goes once they change: the fields' messages speak for the new text.
  const { refused } = useRefusalCleared(
    s,
    status.kind === "refus",
    useCallback(() => setStatus({ kind: "repos" }), [setStatus]),
  );
  // The section whose button was pressed last: its result is shown just under it, never at the foot of the tab.
  const [origin, setOrigin] = useState<Shown["kind"]>("objectifs");
  // The pane's « Annuler » undid this tab's write: its result no longer describes the workbook.
  useUndone("suivi", () => {
    setShown(undefined);
    setStatus({ kind: "repos" });
  });

  const go = async <T extends TravailObjectifs | TravailBilan | TravailAnnuel>(
    kind: Shown["kind"],
    work: () => Promise<SuiviResult<T> | undefined>,
    hasPlan: (t: T) => boolean,
    titre: string,
    ecrit: "écrit" | "écrits",
  ): Promise<void> => {
    // A new action clears the last result: a refusal is never followed by earlier tables.
    setShown(undefined);
    const used = s;
    const r = await work();
    if (!r) return;
    if (r.kind === "reglages") {
      refuse(r.message, paneMessage("REGLAGE_A_CORRIGER"));
      refused(used);
      return;
    }
    setShown({ kind, travail: r.travail } as Shown);
    mark(used);
    const first = r.travail.diagnostics.find((c) => c.severity === "erreur");
    if (!hasPlan(r.travail)) {
      refuse(first?.message ?? "Voir les remarques ci-dessous.", `${titre} : rien n'est calculé`);
      return;
    }
    setStatus(finished(r, titre, ecrit));
  };

  const objectifs = (write: boolean): Promise<void> =>
    go(
      "objectifs",
      () => run((c) => actions.objectifs(s, write, c)),
      (t: TravailObjectifs) => t.plan !== undefined,
      "Objectifs",
      "écrits",
    );
  const bilan = (write: boolean): Promise<void> =>
    go(
      "bilan",
      () => run((c) => actions.bilan(s, write, c)),
      (t: TravailBilan) => t.plan !== undefined,
      "Bilan",
      "écrit",
    );
  const annuel = (): Promise<void> =>
    go(
      "annuel",
      () => run((c) => actions.annuel(s, true, c)),
      (t: TravailAnnuel) => t.plan !== undefined,
      "Bilan annuel",
      "écrit",
    );
  const select = (sheet: string, cell: string): void => void actions.select(sheet, cell).catch(() => undefined);

  return { status, busy, cancel, s, change, shown, changed, origin, setOrigin, objectifs, bilan, annuel, select };
}
