/** The result of a fill per EPCI (assiette, taux, volume, State demands) and where figures came from. */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FillResult } from "../../excel/action-types";

const useStyles = makeStyles({
  wrap: { overflowX: "auto", maxWidth: "100%" },
  table: { minWidth: "280px" },
  notes: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

const n = (x: number | undefined): string => (x === undefined ? "—" : x.toLocaleString("fr-FR", { maximumFractionDigits: 1 }));
const pct = (x: number | undefined): string =>
  x === undefined ? "—" : x.toLocaleString("fr-FR", { style: "percent", maximumFractionDigits: 2 });

export function FillSummary({ result }: { readonly result: Extract<FillResult, { kind: "fait" }> }): React.JSX.Element {
  const styles = useStyles();
  return (
    <section aria-label="Résultat par EPCI" className={styles.notes}>
      <div className={styles.wrap} tabIndex={0} role="region" aria-label="Tableau des résultats par EPCI">
        <Table size="small" className={styles.table} aria-label="Assiette, taux, volume et demandes de l'État par EPCI">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">EPCI</TableHeaderCell>
              <TableHeaderCell scope="col">Assiette</TableHeaderCell>
              <TableHeaderCell scope="col">Taux</TableHeaderCell>
              <TableHeaderCell scope="col">Volume</TableHeaderCell>
              <TableHeaderCell scope="col">État prio.</TableHeaderCell>
              <TableHeaderCell scope="col">État fonct.</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {result.epci.map((e) => (
              <TableRow key={e.siren}>
                <TableCell>{e.libelle}</TableCell>
                <TableCell>{n(e.assiette)}</TableCell>
                <TableCell>{pct(e.taux)}</TableCell>
                <TableCell>{n(e.volume)}</TableCell>
                <TableCell>{n(e.prioritaires)}</TableCell>
                <TableCell>{n(e.fonctionnaires)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {result.logements && (
        <Text block>
          {`Logements lus dans « ${result.logements.sheet} » : ${n(result.logements.rows)}` +
            (result.logements.issues.length > 0 ? ` (${result.logements.issues.length} ligne(s) à vérifier)` : "")}
        </Text>
      )}
      {result.horsModele && result.horsModele.count > 0 && (
        <Text block>
          {`Hors EPCI du modèle : ${n(result.horsModele.count)} logement(s) — ` +
            result.horsModele.detail.map((d) => `${d.libelle} : ${n(d.count)}`).join(" ; ")}
        </Text>
      )}
      {result.mouvements && <Text block>{`Mouvements lus dans « ${result.mouvements.sheet} » : ${n(result.mouvements.rows)} ligne(s)`}</Text>}
      {result.kept.length > 0 && (
        <Text block>{`${result.kept.length} cellule(s) saisie(s) par vous ont été conservées (non remplacées).`}</Text>
      )}
      {result.logements && result.logements.issues.length > 0 && (
        <details>
          <summary>Lignes du tableau des logements à vérifier</summary>
          <ul>
            {result.logements.issues.slice(0, 200).map((i) => (
              <li key={`${i.ligne}-${i.raison}`}>{`Ligne ${i.ligne} : ${i.raison}`}</li>
            ))}
          </ul>
          {result.logements.issues.length > 200 && <Text>{`… et ${result.logements.issues.length - 200} autres.`}</Text>}
        </details>
      )}
    </section>
  );
}
