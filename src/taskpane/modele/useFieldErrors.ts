/**
 * The Modèle DDETS tab's settings fields that show a text not applied (a part de l'État typed « 150 »):
 * check and fill are refused while one does, since they would run on another value, and that refusal
 * goes once every field is fixed (it would tell of a text gone).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { paneMessage } from "../../domain";
import type { useAction } from "../common/useAction";

type Action = ReturnType<typeof useAction>;

export function useFieldErrors(setStatus: Action["setStatus"], refuse: Action["refuse"]) {
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
  const refusedShown = useRef(false);
  useEffect(() => {
    if (refusedShown.current && Object.keys(fieldErrors).length === 0) {
      refusedShown.current = false;
      setStatus({ kind: "repos" });
    }
  }, [fieldErrors, setStatus]);

  /** Refuses `what` while a field shows a text not applied; true when it may run. */
  const ready = (what: string): boolean => {
    const pending = Object.values(fieldErrors);
    refusedShown.current = pending.length > 0;
    if (pending.length === 0) return true;
    refuse(pending.join(" "), `${what} : ${paneMessage("REGLAGE_A_CORRIGER").toLowerCase()}, rien n'a été fait`);
    return false;
  };
  /** Another action's result replaces the refusal: fixing the fields no longer clears anything. */
  const forget = (): void => {
    refusedShown.current = false;
  };
  return { fieldErrors, onFieldError, ready, forget };
}
