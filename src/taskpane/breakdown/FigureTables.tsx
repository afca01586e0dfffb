/** The three breakdowns as accessible tables: the text alternative of the charts. */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from "@fluentui/react-components";
import type { FigureTable } from "../../domain/workbook/breakdown-layout";

const useStyles = makeStyles({ wrap: { overflowX: "auto", maxWidth: "100%" } });

const n = (x: number): string => x.toLocaleString("fr-FR");
const p = (x: number | undefined): string => (x === undefined ? "—" : x.toLocaleString("fr-FR", { style: "percent", maximumFractionDigits: 1 }));

export function FigureTables({ figures }: { readonly figures: readonly FigureTable[] }): React.JSX.Element {
  const styles = useStyles();
  return (
    <>
      {figures.map((f) => (
        <div key={f.title} className={styles.wrap} role="region" tabIndex={0} aria-label={f.title}>
          <Table size="extra-small" aria-label={f.title}>
            <caption>{f.title}</caption>
            <TableHeader>
              <TableRow>
                {f.header.map((h, i) => (
                  <TableHeaderCell key={`${h}-${i}`} scope="col">
                    {h || "Libellé"}
                  </TableHeaderCell>
                ))}
                {f.header.length === 3 ? null : <TableHeaderCell scope="col">% par colonne</TableHeaderCell>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {f.rows.map((r) => (
                <TableRow key={r.label}>
                  <TableCell>{r.label}</TableCell>
                  {f.header.length === 3 ? (
                    <>
                      <TableCell>{n(r.counts[0] ?? 0)}</TableCell>
                      <TableCell>{p(r.percents[0])}</TableCell>
                    </>
                  ) : (
                    <>
                      {r.counts.map((c, i) => (
                        <TableCell key={i}>{n(c)}</TableCell>
                      ))}
                      <TableCell>{r.percents.map(p).join(" / ")}</TableCell>
                    </>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ))}
    </>
  );
}
