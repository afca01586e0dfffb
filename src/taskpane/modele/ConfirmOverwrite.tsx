/**
 * Asks before replacing what the user typed: lists every cell, its current content and what GEF
 * would write (docs/regles/modele-ddets.md « Remplir »: never overwritten without an explicit confirmation that lists
 * them). Two cases are told apart: a value the user typed (an input, or a number typed where a formula
 * belongs), and a formula that differs from the one GEF proposes. Formulas are shown as a French
 * Excel shows them (SOMME, ARRONDI.INF, « ; », decimal comma).
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
import { accord, displayValue, frenchFormula, isFormula, type Conflict } from "../../domain";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  section: { marginTop: tokens.spacingVerticalS },
  code: { fontFamily: tokens.fontFamilyMonospace },
  // The buttons take the dialog's whole width and wrap as wholes (Fluent stacks them under 480 px):
  // a label never breaks (« Conserver / mes / saisies » in Fluent's narrow column).
  actions: { gridColumn: "1 / -1", flexWrap: "wrap", justifyContent: "flex-end", rowGap: tokens.spacingVerticalS },
  button: { whiteSpace: "nowrap", flexShrink: 0, maxWidth: "100%" },
});

/** A no-break space before « ? », « : », « ; » (French typography): the sign never starts a line alone. */
const NBSP = "\u00a0";

export interface ConfirmOverwriteProps {
  readonly sheet: string;
  readonly conflicts: readonly Conflict[];
  readonly onKeep: () => void;
  readonly onReplace: () => void;
  /** Closes without writing anything. */
  readonly onCancel: () => void;
}

/** « B15 (PLI, CAPG) »: the cell, its line and its EPCI, as the problem list names them. */
const where = (c: Conflict): string =>
  c.ligne === undefined ? c.cell : `${c.cell} (${c.ligne}${c.epci === undefined ? "" : `, ${c.epci}`})`;

/** A cell's content as the user sees it: a formula in French syntax, a value as typed. */
export const shown = (v: unknown): string =>
  typeof v === "string" && isFormula(v) ? frenchFormula(v) : displayValue(v);

export function ConfirmOverwrite({
  sheet,
  conflicts,
  onKeep,
  onReplace,
  onCancel,
}: ConfirmOverwriteProps): React.JSX.Element {
  const styles = useStyles();
  const values = conflicts.filter((c) => !isFormula(c.current));
  const formulas = conflicts.filter((c) => isFormula(c.current));
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface aria-describedby="gef-confirmation-texte">
        <DialogBody>
          <DialogTitle>{`Remplacer vos saisies${NBSP}?`}</DialogTitle>
          <DialogContent>
            <Text id="gef-confirmation-texte" block>
              {`GEF modifierait ${accord(conflicts.length, "cellule")} de « ${sheet} » qui ne sont pas vides. ` +
                "« Conserver mes saisies » remplit toutes les autres cellules sans toucher à celles-ci, ni aux cellules dont elles dépendent."}
            </Text>
            {values.length > 0 && (
              <section className={styles.section} aria-label="Vos valeurs">
                <Text
                  block
                  weight="semibold"
                >{`${accord(values.length, "valeur saisie", "valeurs saisies")} par vous${NBSP}:`}</Text>
                <ul className={styles.list}>
                  {values.map((c) => (
                    <li key={c.cell}>
                      {c.kind === "formule-a-la-place"
                        ? `${where(c)}${NBSP}: votre valeur ${shown(c.current)}, à la place de la formule ${shown(c.proposed)} que GEF propose.`
                        : `${where(c)}${NBSP}: votre valeur ${shown(c.current)}${NBSP}; GEF propose ${shown(c.proposed)}.`}
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {formulas.length > 0 && (
              <section className={styles.section} aria-label="Formules différentes">
                <Text block weight="semibold">
                  {`${accord(formulas.length, "formule différente", "formules différentes")} de celle que GEF propose${NBSP}:`}
                </Text>
                <ul className={styles.list}>
                  {formulas.map((c) => (
                    <li key={c.cell}>
                      {`${where(c)}${NBSP}: `}
                      <span className={styles.code}>{shown(c.current)}</span>
                      {`${NBSP}; GEF propose `}
                      <span className={styles.code}>{shown(c.proposed)}</span>.
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button className={styles.button} appearance="primary" onClick={onKeep}>
              Conserver mes saisies
            </Button>
            <Button className={styles.button} onClick={onReplace}>
              Remplacer ces cellules
            </Button>
            <Button className={styles.button} appearance="subtle" onClick={onCancel}>
              Ne rien écrire
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
