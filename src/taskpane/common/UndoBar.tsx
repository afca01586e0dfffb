/**
 * « Annuler », above the tabs: names the last of GEF's writes, whichever tab did it, and undoes only
 * that one; « Annuler plusieurs actions » lists the last ones and undoes from the newest down to the
 * one chosen. An older action is never undone alone: the actions done after it may have read what it
 * wrote (Objectifs read the filled template, a bilan reads Objectifs), so they are undone with it.
 * Before overwriting what the user changed since GEF wrote it, the undo asks (ConfirmUndo).
 */
import {
  Button,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { accord } from "../../domain";
import type { UndoConflict, UndoMode } from "../../excel/undo-history";
import { ActionStatus, type Status } from "./ActionStatus";
import { ConfirmUndo } from "./ConfirmUndo";
import { useHistory, useHistoryEntries } from "./history-context";
import { useAction } from "./useAction";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  item: { whiteSpace: "normal", overflowWrap: "anywhere" },
  list: { maxWidth: "min(90vw, 420px)" },
});

/** The text of the entry `i` (0: the newest) in the list of several steps. */
export const stepLabel = (i: number, description: string): string =>
  i === 0
    ? `Annuler la dernière action : ${description}`
    : `Annuler ${accord(i + 1, "action")}, jusqu'à : ${description}`;

interface Question {
  readonly target: number;
  readonly conflict: UndoConflict;
}

export function UndoBar(): React.JSX.Element | null {
  const styles = useStyles();
  const history = useHistory();
  const entries = useHistoryEntries();
  const { status, busy, setStatus, run, cancel } = useAction();
  const [question, setQuestion] = useState<Question | undefined>();
  // What was undone before a question: said again with the rest once the user has answered.
  const before = useRef<{ count: number; details: string[] }>({ count: 0, details: [] });
  const undoButton = useRef<HTMLButtonElement>(null);
  // A new write makes the last undo's message old news: it goes.
  useEffect(
    () => history?.subscribe((undone) => undone.length === 0 && setStatus({ kind: "repos" })),
    [history, setStatus],
  );
  if (!history) return null;
  const last = entries[0];

  const undoTo = async (target: number, mode: UndoMode): Promise<void> => {
    if (mode === "demander") before.current = { count: 0, details: [] };
    setQuestion(undefined);
    const r = await run((c) => history.undoTo(target, mode, c));
    if (!r) return;
    const count = before.current.count + r.undone.length;
    const details = [...before.current.details, ...r.details];
    before.current = { count, details };
    if (r.kind === "confirmation") {
      setQuestion({ target, conflict: r.conflict });
      setStatus(waiting(count, details));
      return;
    }
    setStatus({
      kind: "fini",
      title: count > 1 ? `${accord(count, "action annulée", "actions annulées")}` : "Action annulée",
      detail: details.join(" ; "),
      stats: r.stats,
    });
  };

  const close = (): void => {
    setQuestion(undefined);
    if (before.current.count === 0) setStatus({ kind: "repos" });
    // The dialog was opened by « Annuler »: the focus goes back there (after the dialog's own restore).
    setTimeout(() => undoButton.current?.focus(), 0);
  };

  return (
    <section className={styles.root} aria-label="Annuler les écritures de GEF">
      <div className={styles.buttons}>
        <Button
          ref={undoButton}
          disabled={busy || last === undefined}
          onClick={() => last && void undoTo(last.id, "demander")}
        >
          Annuler la dernière action
        </Button>
        {entries.length > 1 && (
          <UndoMenu entries={entries} disabled={busy} onChoose={(id) => void undoTo(id, "demander")} />
        )}
      </div>
      <Text size={200}>
        {last === undefined
          ? "Rien à annuler : GEF n'a rien écrit depuis l'ouverture du volet."
          : `Dernière action : ${last.description}.` +
            (entries.length > 1
              ? " Annuler une action plus ancienne annule aussi celles faites après elle, qui ont pu lire ce qu'elle a écrit."
              : "")}
      </Text>
      <ActionStatus status={status} onCancel={cancel} />
      {question && (
        <ConfirmUndo
          conflict={question.conflict}
          onKeep={() => void undoTo(question.target, "garder")}
          onReplace={() => void undoTo(question.target, "remplacer")}
          onCancel={close}
        />
      )}
    </section>
  );
}

/** The undone count while a question waits for the user's answer (nothing said when none yet). */
function waiting(count: number, details: readonly string[]): Status {
  if (count === 0) return { kind: "repos" };
  const title = `${accord(count, "action annulée", "actions annulées")}, en attente de votre réponse`;
  return { kind: "fini", intent: "info", title, detail: details.join(" ; ") };
}

/** « Annuler plusieurs actions »: the last 20 writes, each undone with those made after it. */
function UndoMenu(props: {
  readonly entries: ReturnType<typeof useHistoryEntries>;
  readonly disabled: boolean;
  readonly onChoose: (id: number) => void;
}): React.JSX.Element {
  const { entries, disabled, onChoose } = props;
  const styles = useStyles();
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton disabled={disabled}>Annuler plusieurs actions</MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList className={styles.list}>
          {entries.map((e, i) => (
            <MenuItem key={e.id} className={styles.item} onClick={() => onChoose(e.id)}>
              {stepLabel(i, e.description)}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
