/** One group of problems of the same kind and severity: a line naming its cells, opened to list them, each a button selecting its cell. */
import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import { accord, type GroupeDiagnostics, type Severity } from "../../domain";

const LABELS: Record<Severity, string> = { erreur: "Erreur", avertissement: "Avertissement", info: "Information" };
const COLORS: Record<Severity, "danger" | "warning" | "informative"> = {
  erreur: "danger",
  avertissement: "warning",
  info: "informative",
};
/** Cells named in a closed group's line before « … ». */
const CELLS_SHOWN = 6;

const useStyles = makeStyles({
  group: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  summary: {
    cursor: "pointer",
    overflowWrap: "anywhere",
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  summaryText: { marginLeft: tokens.spacingHorizontalXS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: {
    justifyContent: "flex-start",
    textAlign: "left",
    width: "100%",
    height: "auto",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    fontWeight: tokens.fontWeightRegular,
  },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
});

export interface DiagnosticGroupProps {
  readonly group: GroupeDiagnostics;
  readonly sheet: string;
  /** Opened by the user (or, for errors, at first). */
  readonly open: boolean;
  /** Opened by a narrow filter, whatever the user chose: toggling then changes nothing. */
  readonly forced: boolean;
  readonly onToggle: (open: boolean) => void;
  readonly onSelect: (sheet: string, cell: string) => void;
}

export function DiagnosticGroup({
  group: g,
  sheet,
  open,
  forced,
  onToggle,
  onSelect,
}: DiagnosticGroupProps): React.JSX.Element {
  const styles = useStyles();
  const cells = g.items.map((d) => d.cell);
  const named = cells.slice(0, CELLS_SHOWN).join(", ") + (cells.length > CELLS_SHOWN ? ", …" : "");
  return (
    <details
      className={styles.group}
      open={open || forced}
      onToggle={(e) => {
        if (!forced) onToggle(e.currentTarget.open);
      }}
      data-severity={g.severity}
      data-code={g.code}
    >
      <summary className={styles.summary}>
        <Badge appearance="filled" color={COLORS[g.severity]}>
          {LABELS[g.severity]}
        </Badge>
        <span className={styles.summaryText}>{`${g.titre} : ${accord(g.items.length, "cellule")} (${named})`}</span>
      </summary>
      <ul className={styles.list}>
        {g.items.map((d, i) => (
          <li key={`${d.cell}-${i}`}>
            <Button
              appearance="subtle"
              className={styles.item}
              onClick={() => onSelect(sheet, d.cell)}
              data-cell={d.cell}
              title={`Sélectionner la cellule ${d.cell}`}
            >
              <span>
                {/* Messages name their cell first; the others get it in front. */}
                {!d.message.startsWith(d.cell) && <span className={styles.cell}>{d.cell}</span>}
                {d.message}
              </span>
            </Button>
          </li>
        ))}
      </ul>
    </details>
  );
}
