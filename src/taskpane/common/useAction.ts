/**
 * Runs one workbook action at a time: shows its phases, lets the user cancel it, and turns any
 * failure into a French message in the pane (never only in the console). Two kinds of bad news are
 * told apart: a refusal (`refuse`: the domain turned down what the user typed, a warning saying what
 * to change) and a failure (an exception from Excel or GEF, an error).
 */
import { useCallback, useRef, useState } from "react";
import type { ActionControl } from "../../excel/action-types";
import { paneMessage, type Problem } from "../../domain";
import { codeOf, frenchError } from "../../excel/office-errors";
import type { Status } from "./ActionStatus";
import { usePaneBusy } from "./history-context";

export function useAction(): {
  status: Status;
  busy: boolean;
  setStatus: (s: Status) => void;
  /** Shows a domain refusal: the problems' messages, under `title` (default: « À corriger avant de continuer »). */
  refuse: (problems: string | readonly Problem[], title?: string) => void;
  run: <T>(work: (control: ActionControl) => Promise<T>) => Promise<T | undefined>;
  cancel: () => void;
} {
  const [status, setStatus] = useState<Status>({ kind: "repos" });
  const abort = useRef<AbortController | null>(null);
  // One action at a time in the whole pane: an undo waits for a tab's action, and the other way round.
  const pane = usePaneBusy();
  const { begin, end } = pane;
  const run = useCallback(
    async <T>(work: (control: ActionControl) => Promise<T>): Promise<T | undefined> => {
      const controller = new AbortController();
      abort.current = controller;
      begin?.();
      setStatus({ kind: "en-cours", phase: "lecture" });
      try {
        const result = await work({
          signal: controller.signal,
          onPhase: (phase) => setStatus({ kind: "en-cours", phase }),
          onProgress: (done, total) => setStatus({ kind: "en-cours", phase: "lecture", progress: { done, total } }),
        });
        if (controller.signal.aborted) {
          setStatus({ kind: "annule" });
          return undefined;
        }
        return result;
      } catch (e) {
        if (controller.signal.aborted || codeOf(e) === "ACTION_ANNULEE") setStatus({ kind: "annule" });
        else setStatus({ kind: "erreur", title: paneMessage("ECHEC_EXCEL"), detail: frenchError(e) });
        return undefined;
      } finally {
        abort.current = null;
        end?.();
      }
    },
    [begin, end],
  );
  const cancel = useCallback(() => abort.current?.abort(), []);
  const refuse = useCallback((problems: string | readonly Problem[], title = paneMessage("REFUS_A_CORRIGER")) => {
    const detail = typeof problems === "string" ? problems : problems.map((p) => p.message).join(" ");
    setStatus({ kind: "refus", title, detail });
  }, []);
  return { status, busy: status.kind === "en-cours" || pane.busy, setStatus, refuse, run, cancel };
}
