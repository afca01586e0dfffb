/**
 * « Revenir aux règles par défaut » asks first: the user's own rules would go. The dialog's trigger
 * gets the focus back when it closes (Fluent's DialogTrigger); the pane's « Annuler » undoes a reset.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Text } from "@fluentui/react-components";
import { accord } from "../../domain";

export interface ResetRulesDialogProps {
  /** Rules the user has now. */
  readonly count: number;
  readonly disabled: boolean;
  readonly onConfirm: () => void;
}

export function ResetRulesDialog({ count, disabled, onConfirm }: ResetRulesDialogProps): React.JSX.Element {
  return (
    <Dialog modalType="alert">
      <DialogTrigger disableButtonEnhancement>
        <Button disabled={disabled}>Revenir aux règles par défaut</Button>
      </DialogTrigger>
      <DialogSurface aria-describedby="gef-reinitialiser-texte">
        <DialogBody>
          <DialogTitle>Revenir aux règles par défaut ?</DialogTitle>
          <DialogContent>
            <Text id="gef-reinitialiser-texte" block>
              {`Vos règles de classement (${accord(count, "règle")}) seront remplacées par les règles par défaut de GEF. ` +
                "« Annuler la dernière action », en haut du volet, vous les rendra."}
            </Text>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary" onClick={onConfirm}>
                Remplacer mes règles
              </Button>
            </DialogTrigger>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="subtle">Garder mes règles</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
