/** The state of the running or last action: progress with a cancel button, then what it did. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { accord, formatNombre } from "../../domain";
import type { ActionStats, Phase } from "../../excel/action-types";
import { useStackStyles } from "./styles";

const PHASES: Record<Phase, string> = {
  lecture: "Lecture du classeur…",
  calcul: "Calcul…",
  ecriture: "Écriture dans le classeur…",
};

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, justifyContent: "space-between" },
});

export type Status =
  | { readonly kind: "repos" }
  | {
      readonly kind: "en-cours";
      readonly phase: Phase;
      readonly progress?: { readonly done: number; readonly total: number };
    }
  /**
   * An action that ran to its end. `intent` says what its result means for the user: « success »
   * only when there is nothing to fix (the default), « error » when errors remain, « warning » when
   * only warnings do, « info » for a neutral result.
   */
  | {
      readonly kind: "fini";
      readonly title: string;
      readonly detail?: string;
      readonly stats?: ActionStats;
      readonly intent?: "success" | "warning" | "error" | "info";
    }
  /** Excel or GEF failed (the workbook could not be read or written): an error. */
  | { readonly kind: "erreur"; readonly title: string; readonly detail: string }
  /** The domain refused what the user typed or chose (« le motif est vide »): a warning saying what to change. */
  | { readonly kind: "refus"; readonly title: string; readonly detail: string }
  | { readonly kind: "annule" };

export interface ActionStatusProps {
  readonly status: Status;
  readonly onCancel: () => void;
}

/** "12 cellules écrites, 3 400 lignes lues, 3 synchronisations avec Excel, 85 ms." */
export function describeStats(s: ActionStats): string {
  const parts = [
    s.cellsWritten > 0 ? accord(s.cellsWritten, "cellule écrite", "cellules écrites") : "aucune cellule écrite",
    accord(s.rowsRead, "ligne lue", "lignes lues"),
    `${accord(s.syncs, "synchronisation", "synchronisations")} avec Excel`,
    `${formatNombre(Math.round(s.ms))} ms`,
  ];
  return `${parts.join(", ")}.`;
}

/** Sentences joined: each ends with its punctuation. */
const sentences = (parts: readonly (string | undefined)[]): string =>
  parts
    .filter((p): p is string => p !== undefined && p.trim() !== "")
    .map((p) => p.trim())
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .map((p) => (/[.!?…]$/.test(p) ? p : `${p}.`))
    .join(" ");

/**
 * Once an action ends, the keyboard focus goes to its result when it was lost (the button clicked
 * was disabled while the action ran, so the browser moved the focus to the page body and the next
 * Tab would leave the pane) or is still on that button; never when the user has moved it elsewhere.
 */
function useFocusOnResult(status: Status, ref: React.RefObject<HTMLDivElement | null>): void {
  const origin = useRef<Element | null>(null);
  const previous = useRef<Status["kind"]>(status.kind);
  useEffect(() => {
    const was = previous.current;
    previous.current = status.kind;
    if (status.kind === "en-cours") {
      if (was !== "en-cours") origin.current = document.activeElement;
      return;
    }
    if (was !== "en-cours" || status.kind === "repos") return;
    const active = document.activeElement;
    if (active === null || active === document.body || active === origin.current || !active.isConnected)
      ref.current?.focus({ preventScroll: true });
  }, [status, ref]);
}

/**
 * The status of the last action. A result, a refusal or a failure is brought into view: in a
 * narrow pane it may stand below the fold, far from the button that was clicked.
 */
export function ActionStatus(props: ActionStatusProps): React.JSX.Element | null {
  const ref = useRef<HTMLDivElement>(null);
  const { status } = props;
  useFocusOnResult(status, ref);
  useEffect(() => {
    if (status.kind !== "fini" && status.kind !== "refus" && status.kind !== "erreur") return undefined;
    const show = (): void => ref.current?.scrollIntoView?.({ block: "nearest" });
    show();
    // The message bar lays itself out again on several lines once measured: shown again then whole.
    const later = setTimeout(show, 150);
    return () => clearTimeout(later);
  }, [status]);
  if (status.kind === "repos") return null;
  return (
    <div ref={ref} tabIndex={-1} data-gef-resultat="">
      <StatusContent {...props} />
    </div>
  );
}

function StatusContent({ status, onCancel }: ActionStatusProps): React.JSX.Element | null {
  const styles = useStyles();
  const stack = useStackStyles();
  switch (status.kind) {
    case "repos":
      return null;
    case "en-cours":
      return (
        <div className={stack.xs} role="status" aria-live="polite">
          <div className={styles.row}>
            <Text>
              {status.progress
                ? `Lecture du classeur : bloc ${status.progress.done} sur ${Math.max(status.progress.done, status.progress.total)}…`
                : PHASES[status.phase]}
            </Text>
            <Button size="small" onClick={onCancel}>
              Annuler l'opération
            </Button>
          </div>
          <ProgressBar
            aria-label={PHASES[status.phase]}
            value={
              status.progress
                ? (0.6 * status.progress.done) / Math.max(1, status.progress.done, status.progress.total)
                : status.phase === "lecture"
                  ? 0.05
                  : status.phase === "calcul"
                    ? 0.6
                    : 0.9
            }
          />
        </div>
      );
    case "annule":
      return (
        <MessageBar intent="info" role="status">
          <MessageBarBody>Opération annulée : rien n'a été écrit.</MessageBarBody>
        </MessageBar>
      );
    case "erreur":
    case "refus": {
      // Excel or GEF failed: an error; the domain refused what the user typed: a warning.
      const intent = status.kind === "erreur" ? "error" : "warning";
      return (
        <MessageBar intent={intent} role="alert" data-intent={status.kind === "erreur" ? "error" : "refus"}>
          <MessageBarBody>
            <MessageBarTitle>{status.title}</MessageBarTitle>
            {sentences([status.detail])}
          </MessageBarBody>
        </MessageBar>
      );
    }
    case "fini": {
      const intent = status.intent ?? "success";
      return (
        <MessageBar intent={intent} role={intent === "error" ? "alert" : "status"} data-intent={intent}>
          <MessageBarBody>
            <MessageBarTitle>{status.title}</MessageBarTitle>
            {sentences([status.detail, status.stats ? describeStats(status.stats) : undefined])}
          </MessageBarBody>
        </MessageBar>
      );
    }
  }
}
