/** The state of the running or last action: progress with a cancel button, then what it did. */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ActionStats, Phase } from "../../excel/action-types";

const PHASES: Record<Phase, string> = {
  lecture: "Lecture du classeur…",
  calcul: "Calcul…",
  ecriture: "Écriture dans le classeur…",
};

const useStyles = makeStyles({
  running: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, justifyContent: "space-between" },
});

export type Status =
  | { readonly kind: "repos" }
  | { readonly kind: "en-cours"; readonly phase: Phase; readonly progress?: { readonly done: number; readonly total: number } }
  | { readonly kind: "fini"; readonly title: string; readonly detail?: string; readonly stats?: ActionStats }
  | { readonly kind: "erreur"; readonly title: string; readonly detail: string }
  | { readonly kind: "annule" };

export interface ActionStatusProps {
  readonly status: Status;
  readonly onCancel: () => void;
}

/** "12 cellules écrites, 3 400 lignes lues, 3 synchronisations, 85 ms". */
export function describeStats(s: ActionStats): string {
  const n = (x: number): string => x.toLocaleString("fr-FR");
  const parts = [
    s.cellsWritten > 0 ? `${n(s.cellsWritten)} cellule${s.cellsWritten > 1 ? "s" : ""} écrite${s.cellsWritten > 1 ? "s" : ""}` : "aucune cellule écrite",
    `${n(s.rowsRead)} ligne${s.rowsRead > 1 ? "s" : ""} lue${s.rowsRead > 1 ? "s" : ""}`,
    `${s.syncs} synchronisation${s.syncs > 1 ? "s" : ""} avec Excel`,
    `${n(Math.round(s.ms))} ms`,
  ];
  return parts.join(", ");
}

export function ActionStatus({ status, onCancel }: ActionStatusProps): React.JSX.Element | null {
  const styles = useStyles();
  switch (status.kind) {
    case "repos":
      return null;
    case "en-cours":
      return (
        <div className={styles.running} role="status" aria-live="polite">
          <div className={styles.row}>
            <Text>{status.progress ? `Lecture du classeur : bloc ${status.progress.done} sur ${Math.max(status.progress.done, status.progress.total)}…` : PHASES[status.phase]}</Text>
            <Button size="small" onClick={onCancel}>
              Annuler l'opération
            </Button>
          </div>
          <ProgressBar
            aria-label={PHASES[status.phase]}
            value={status.progress ? (0.6 * status.progress.done) / Math.max(1, status.progress.done, status.progress.total) : status.phase === "lecture" ? 0.05 : status.phase === "calcul" ? 0.6 : 0.9}
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
      return (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{status.title}</MessageBarTitle>
            {status.detail}
          </MessageBarBody>
        </MessageBar>
      );
    case "fini":
      return (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            <MessageBarTitle>{status.title}</MessageBarTitle>
            {[status.detail, status.stats ? describeStats(status.stats) : undefined].filter(Boolean).join(" — ")}
          </MessageBarBody>
        </MessageBar>
      );
  }
}
