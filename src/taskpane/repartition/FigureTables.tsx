/**
 * The three breakdowns as accessible tables (the text alternative of the charts), then the dwellings
 * counted beside them, so that every total can be checked. Plain tables with automatic layout: at
 * 320 px a label wraps and numbers never do; a table wider than the pane scrolls inside its own
 * frame, never over its neighbours.
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatNombre } from "../../domain";
import { type RepartitionLayout } from "../../jobs";

const useStyles = makeStyles({
  wrap: { overflowX: "auto", maxWidth: "100%", marginBottom: tokens.spacingVerticalM },
  table: { borderCollapse: "collapse", tableLayout: "auto", fontSize: tokens.fontSizeBase200 },
  /** The caption stays for screen readers; the visible title sits above the frame, never scrolled away. */
  caption: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  title: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    padding: "2px 6px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  num: { textAlign: "right", padding: "2px 6px", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  label: { textAlign: "left", padding: "2px 6px", minWidth: "72px", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  pct: { color: tokens.colorNeutralForeground3 },
  detail: { paddingLeft: tokens.spacingHorizontalL },
});

const p = (x: number | undefined): string => (x === undefined ? "—" : x.toLocaleString("fr-FR", { style: "percent", maximumFractionDigits: 1 }).replace(/\u202f/g, "\u00a0"));

export function FigureTables({ layout }: { readonly layout: RepartitionLayout }): React.JSX.Element {
  const styles = useStyles();
  return (
    <>
      {layout.figures.map((f) => {
        const pie = f.header.length === 3;
        return (
          <div key={f.title}>
          <Text block className={styles.title} aria-hidden="true">
            {pie ? f.title : `${f.title} (logements et % de chaque colonne)`}
          </Text>
          <div className={styles.wrap} role="region" tabIndex={0} aria-label={f.title}>
            <table className={styles.table}>
              <caption className={styles.caption}>{pie ? f.title : `${f.title} (logements et % de chaque colonne)`}</caption>
              <thead>
                <tr>
                  {f.header.map((h, i) => (
                    <th key={`${h}-${i}`} scope="col" className={i === 0 ? styles.th : `${styles.th} ${styles.num}`}>
                      {h || "Libellé"}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {f.rows.map((r) => (
                  <tr key={r.label}>
                    <th scope="row" className={styles.label}>
                      {r.label}
                    </th>
                    {pie ? (
                      <>
                        <td className={styles.num}>{formatNombre(r.counts[0] ?? 0)}</td>
                        <td className={styles.num}>{p(r.percents[0])}</td>
                      </>
                    ) : (
                      r.counts.map((c, i) => (
                        <td key={i} className={styles.num}>
                          {formatNombre(c)} <span className={styles.pct}>{`(${p(r.percents[i])})`}</span>
                        </td>
                      ))
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          </div>
        );
      })}
      <Text block className={styles.title} aria-hidden="true">
        Hors des graphiques
      </Text>
      <div className={styles.wrap} role="region" tabIndex={0} aria-label="Hors des graphiques">
        <table className={styles.table}>
          <caption className={styles.caption}>Hors des graphiques</caption>
          <tbody>
            {layout.horsGraphiques.map((l, i) => (
              <tr key={`${l.label}-${i}`}>
                <th scope="row" className={l.detail === true ? `${styles.label} ${styles.detail}` : styles.label}>
                  {l.label}
                </th>
                <td className={styles.num}>{formatNombre(l.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {layout.explications.map((e) => (
        <Text key={e} block size={200}>
          {e}
        </Text>
      ))}
    </>
  );
}
