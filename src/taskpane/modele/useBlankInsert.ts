/**
 * « Insérer un modèle vierge » of the Modèle DDETS tab: the template's choices (département, years),
 * refused with their own message when invalid, a refusal that goes once those fields change.
 */
import { useCallback, useState } from "react";
import { defaultChoixModeleVierge, errorChoixModeleVierge, type ChoixModeleVierge } from "../../domain";
import type { ModeleActions, ModeleSettings } from "../../excel/action-types";
import { useRefusalCleared } from "../common/StaleResult";
import type { useAction } from "../common/useAction";

type Action = ReturnType<typeof useAction>;

export function useBlankInsert(actions: ModeleActions, action: Action, before: () => void) {
  const { status, setStatus, refuse, run } = action;
  const [blank, setBlank] = useState<ChoixModeleVierge>(() => defaultChoixModeleVierge());
  // « Modèle vierge non inséré » goes once the template's fields change: their messages say the rest.
  const blankRefusal = useRefusalCleared(
    blank,
    status.kind === "refus",
    useCallback(() => setStatus({ kind: "repos" }), [setStatus]),
  );

  /** `before` clears what the tab shows; nothing is written when a choice is invalid. */
  const insert = async (settings: ModeleSettings): Promise<void> => {
    before();
    const invalid = errorChoixModeleVierge(blank);
    if (invalid) {
      refuse(invalid, "Modèle vierge non inséré");
      blankRefusal.refused(blank);
      return;
    }
    const r = await run((c) => actions.insertBlank(settings, c, blank));
    if (!r) return;
    before();
    setStatus({ kind: "fini", title: `Modèle vierge inséré dans la feuille « ${r.sheet} »`, stats: r.stats });
  };
  return { blank, setBlank, insert };
}
