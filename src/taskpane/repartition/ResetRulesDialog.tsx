/**
 * « Revenir aux règles par défaut » asks first: the user's own rules would go. When the dialog
 * closes, the focus goes back to the button that opened it; the pane's « Annuler » undoes a reset.
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
import { useRef, useState } from "react";
import { accord } from "../../domain";

export interface ResetRulesDialogProps {
  /** Rules the user has now. */
  readonly count: number;
  readonly disabled: boolean;
  readonly onConfirm: () => void;
}

export function ResetRulesDialog({ count, disabled, onConfirm }: ResetRulesDialogProps): React.JSX.Element {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = (confirmed: boolean): void => {
    setOpen(false);
    if (confirmed) onConfirm();
    // After the dialog's own focus restore (to the page body when it was opened by keyboard).
    setTimeout(() => opener.current?.focus(), 0);
  };
  return (
    <>
      <Button ref={opener} disabled={disabled} onClick={() => setOpen(true)}>
        Revenir aux règles par défaut
      </Button>
      {open && (
        <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && close(false)}>
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
                <Button appearance="primary" onClick={() => close(true)}>
                  Remplacer mes règles
                </Button>
                <Button appearance="subtle" onClick={() => close(false)}>
                  Garder mes règles
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </>
  );
}
