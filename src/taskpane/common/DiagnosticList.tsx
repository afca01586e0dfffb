/**
 * Problems found in the workbook, each a button that selects its cell in Excel (SPEC §2: every
 * problem is a clickable item). Grouped by severity, errors first.
 */
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Diagnostic, Severity } from "../../domain";

const LABELS: Record<Severity, string> = { erreur: "Erreur", avertissement: "Avertissement", info: "Info" };
const COLORS: Record<Severity, "danger" | "warning" | "informative"> = {
  erreur: "danger",
  avertissement: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    justifyContent: "flex-start",
    textAlign: "left",
    width: "100%",
    height: "auto",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    whiteSpace: "normal",
    overflowWrap: "anywhere",
  },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, alignItems: "flex-start" },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  summary: { marginBottom: tokens.spacingVerticalXS },
});

export interface DiagnosticListProps {
  readonly sheet: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly onSelect: (sheet: string, cell: string) => void;
}

export function DiagnosticList({ sheet, diagnostics, onSelect }: DiagnosticListProps): React.JSX.Element {
  const styles = useStyles();
  const count = (s: Severity): number => diagnostics.filter((d) => d.severity === s).length;
  return (
    <section aria-label="Problèmes trouvés">
      <Text block className={styles.summary}>
        {`Feuille « ${sheet} » : ${count("erreur")} erreur(s), ${count("avertissement")} avertissement(s), ${count("info")} info(s).`}
      </Text>
      <ul className={styles.list}>
        {diagnostics.map((d, i) => (
          <li key={`${d.code}-${d.cell}-${i}`}>
            <Button
              appearance="subtle"
              className={styles.item}
              onClick={() => onSelect(sheet, d.cell)}
              data-cell={d.cell}
              title={`Sélectionner la cellule ${d.cell}`}
            >
              <span className={styles.content}>
                <span className={styles.head}>
                  <Badge appearance="tint" color={COLORS[d.severity]}>
                    {LABELS[d.severity]}
                  </Badge>
                  <Text weight="semibold">{d.cell}</Text>
                </span>
                <Text>{d.message}</Text>
              </span>
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
