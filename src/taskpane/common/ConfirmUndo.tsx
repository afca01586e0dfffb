/**
 * Asks before an undo overwrites what the user changed after GEF wrote it (cells of the filled
 * template, a sheet GEF wrote): lists the changes, and offers to keep them, to undo them too, or
 * to undo nothing more.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { UndoConflict } from "../../excel/undo-history";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export interface ConfirmUndoProps {
  readonly conflict: UndoConflict;
  readonly onKeep: () => void;
  readonly onReplace: () => void;
  /** Closes, undoing nothing more. */
  readonly onCancel: () => void;
}

export function ConfirmUndo({ conflict, onKeep, onReplace, onCancel }: ConfirmUndoProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface aria-describedby="gef-annulation-texte">
        <DialogBody>
          <DialogTitle>Annuler malgré vos modifications ?</DialogTitle>
          <DialogContent>
            <Text id="gef-annulation-texte" block>
              {`Action à annuler : ${conflict.entry.description}. ${conflict.message}`}
            </Text>
            <ul className={styles.list} aria-label="Vos modifications">
              {conflict.lines.map((l) => (
                <li key={l}>{`${l}.`}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onKeep}>
              Garder mes modifications
            </Button>
            <Button onClick={onReplace}>Annuler aussi mes modifications</Button>
            <Button appearance="subtle" onClick={onCancel}>
              Ne rien annuler
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
