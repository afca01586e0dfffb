/**
 * The three breakdowns as accessible tables (the text alternative of the charts), then the dwellings
 * counted beside them, so that every total can be checked. In a 320 px pane the financement table
 * (a category per row, PLAI, PLUS and PLS side by side) becomes one card per category, so that PLS
 * is never beyond the frame; the two pies' tables (a label and two figures) fit and stay tables
 * (FigureGrid).
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatNombre, sansMoinsZero } from "../../domain";
import { type RepartitionLayout } from "../../jobs";
import { FigureGrid } from "../common/FigureGrid";

const useStyles = makeStyles({
  block: { marginBottom: tokens.spacingVerticalM },
  pct: { color: tokens.colorNeutralForeground3 },
  detail: { paddingLeft: tokens.spacingHorizontalL, fontWeight: tokens.fontWeightRegular },
});

const p = (x: number | undefined): string =>
  x === undefined
    ? "—"
    : sansMoinsZero(
        x.toLocaleString("fr-FR", { style: "percent", maximumFractionDigits: 1 }).replace(/\u202f/g, "\u00a0"),
      );

export function FigureTables({ layout }: { readonly layout: RepartitionLayout }): React.JSX.Element {
  const styles = useStyles();
  return (
    <>
      {layout.figures.map((f) => {
        const pie = f.header.length === 3;
        const titre = pie ? f.title : `${f.title} (logements et % de chaque colonne)`;
        return (
          <div key={f.title} className={styles.block}>
            <FigureGrid
              titre={titre}
              entete={f.header.map((h, i) => (i === 0 && h === "" ? "Libellé" : h))}
              lignes={f.rows.map((r) => ({
                label: r.label,
                figures: pie
                  ? [formatNombre(r.counts[0] ?? 0), p(r.percents[0])]
                  : r.counts.map((c, i) => (
                      <>
                        {formatNombre(c)} <span className={styles.pct}>{`(${p(r.percents[i])})`}</span>
                      </>
                    )),
              }))}
            />
          </div>
        );
      })}
      <div className={styles.block}>
        <FigureGrid
          titre="Hors des graphiques"
          entete={["Logements comptés à part", "Logements"]}
          lignes={layout.horsGraphiques.map((l) => ({
            label: l.detail === true ? <span className={styles.detail}>{l.label}</span> : l.label,
            figures: [formatNombre(l.count)],
          }))}
        />
      </div>
      {layout.explications.map((e) => (
        <Text key={e} block size={200}>
          {e}
        </Text>
      ))}
    </>
  );
}
