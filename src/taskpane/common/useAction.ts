/**
 * Runs one workbook action at a time: shows its phases, lets the user cancel it, and turns any
 * failure into a French message in the pane (never only in the console).
 */
import { useCallback, useRef, useState } from "react";
import type { ActionControl } from "../../excel/action-types";
import type { Status } from "./ActionStatus";

/** Office errors carry a code; what they mean for the user, in French. */
export function frenchError(e: unknown): string {
  const code = typeof e === "object" && e !== null && "code" in e ? String((e).code) : "";
  const message = e instanceof Error ? e.message : String(e);
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return "Excel est en cours de saisie dans une cellule : validez ou annulez la saisie (Entrée ou Échap), puis recommencez.";
    case "ItemNotFound":
      return "Une feuille ou un objet attendu n'existe plus dans le classeur. Vérifiez le classeur, puis recommencez.";
    case "AccessDenied":
    case "InsertDeleteConflict":
      return "Excel a refusé l'écriture (feuille protégée ou partagée ?). Ôtez la protection de la feuille, puis recommencez.";
    default:
      return `Excel a renvoyé une erreur : ${message}`;
  }
}

export function useAction(): {
  status: Status;
  busy: boolean;
  setStatus: (s: Status) => void;
  run: <T>(work: (control: ActionControl) => Promise<T>) => Promise<T | undefined>;
  cancel: () => void;
} {
  const [status, setStatus] = useState<Status>({ kind: "repos" });
  const abort = useRef<AbortController | null>(null);
  const run = useCallback(async <T,>(work: (control: ActionControl) => Promise<T>): Promise<T | undefined> => {
    const controller = new AbortController();
    abort.current = controller;
    setStatus({ kind: "en-cours", phase: "lecture" });
    try {
      const result = await work({ signal: controller.signal, onPhase: (phase) => setStatus({ kind: "en-cours", phase }) });
      if (controller.signal.aborted) {
        setStatus({ kind: "annule" });
        return undefined;
      }
      return result;
    } catch (e) {
      if (controller.signal.aborted) setStatus({ kind: "annule" });
      else setStatus({ kind: "erreur", title: "L'opération a échoué", detail: frenchError(e) });
      return undefined;
    } finally {
      abort.current = null;
    }
  }, []);
  const cancel = useCallback(() => abort.current?.abort(), []);
  return { status, busy: status.kind === "en-cours", setStatus, run, cancel };
}
