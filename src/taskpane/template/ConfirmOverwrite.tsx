/**
 * Asks before replacing what the user typed: lists every cell, its current content and what GEF
 * would write (SPEC §2.2: never overwritten without an explicit confirmation that lists them).
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
} from "@fluentui/react-components";
import { displayValue, type Conflict } from "../../domain";

export interface ConfirmOverwriteProps {
  readonly sheet: string;
  readonly conflicts: readonly Conflict[];
  readonly onKeep: () => void;
  readonly onReplace: () => void;
  /** Closes without writing anything. */
  readonly onCancel: () => void;
}

const KINDS: Record<Conflict["kind"], string> = {
  "valeur-utilisateur": "valeur saisie",
  "formule-a-la-place": "à remplacer par une formule",
};

export function ConfirmOverwrite({ sheet, conflicts, onKeep, onReplace, onCancel }: ConfirmOverwriteProps): React.JSX.Element {
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface aria-describedby="gef-confirmation-texte">
        <DialogBody>
          <DialogTitle>Remplacer vos saisies ?</DialogTitle>
          <DialogContent>
            <Text id="gef-confirmation-texte" block>
              {`${conflicts.length} cellule(s) de « ${sheet} » contiennent vos propres valeurs. « Conserver mes saisies » remplit toutes les autres cellules sans toucher à celles-ci.`}
            </Text>
            <ul>
              {conflicts.map((c) => (
                <li key={c.cell}>{`${c.cell} (${KINDS[c.kind]}) : ${displayValue(c.current)} → ${displayValue(c.proposed)}`}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onKeep}>
              Conserver mes saisies
            </Button>
            <Button onClick={onReplace}>Remplacer ces cellules</Button>
            <Button appearance="subtle" onClick={onCancel}>
              Ne rien écrire
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
