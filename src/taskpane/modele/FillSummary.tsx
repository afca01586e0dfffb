/**
 * The result of a fill per EPCI (assiette, taux, volume, State demands) and where figures came from.
 * One card per EPCI, so that it reads at 320 px. Volumes are whole dwellings, rounded as
 * FLUX_RESERVATAIRE rounds a total (to the nearest, 0,5 up). An EPCI whose rate is missing shows
 * « pas de mouvement » when a movements table was read (it has no rows there), « taux à saisir »
 * otherwise.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { accord, formatNombre, formatPourcent, roundHalfUp } from "../../domain";
import type { EpciSummary, FillResult } from "../../excel/action-types";

const useStyles = makeStyles({
  notes: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  cards: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  figures: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: "2px",
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontVariantNumeric: "tabular-nums", overflowWrap: "anywhere" },
  issues: { listStyleType: "none", margin: 0, padding: 0 },
  issue: {
    justifyContent: "flex-start",
    textAlign: "left",
    width: "100%",
    height: "auto",
    whiteSpace: "normal",
    fontWeight: tokens.fontWeightRegular,
  },
});

const n = (x: number | undefined): string => (x === undefined ? "—" : formatNombre(x));

function rate(e: EpciSummary, mouvements: boolean): string {
  if (e.taux === undefined || e.taux === 0) return mouvements ? "pas de mouvement" : "taux à saisir";
  return formatPourcent(e.taux);
}

/** Whole dwellings: the yearly volume as FLUX_RESERVATAIRE rounds its total. */
const volume = (e: EpciSummary): string =>
  e.volume === undefined || !e.taux ? "—" : formatNombre(roundHalfUp(e.volume));

export interface FillSummaryProps {
  readonly result: Extract<FillResult, { kind: "fait" }>;
  /** Selects a row of the dwelling table (sheet, A1 address). */
  readonly onSelect?: (sheet: string, cell: string) => void;
}

export function FillSummary({ result, onSelect }: FillSummaryProps): React.JSX.Element {
  const styles = useStyles();
  const mouvements = result.mouvements !== undefined;
  const logements = result.logements;
  return (
    <section aria-label="Résultat par EPCI" className={styles.notes}>
      <ul className={styles.cards} aria-label="Assiette, taux, volume et demandes de l'État par EPCI">
        {result.epci.map((e) => (
          <li key={e.siren} className={styles.card}>
            <Text weight="semibold" block>
              {e.libelle}
            </Text>
            <dl className={styles.figures}>
              <dt className={styles.term}>Assiette</dt>
              <dd className={styles.value}>{n(e.assiette)}</dd>
              <dt className={styles.term}>Taux de rotation</dt>
              <dd className={styles.value}>{rate(e, mouvements)}</dd>
              <dt className={styles.term}>Volume annuel</dt>
              <dd className={styles.value}>{volume(e)}</dd>
              <dt className={styles.term}>État, prioritaires</dt>
              <dd className={styles.value}>{e.taux ? n(e.prioritaires) : "—"}</dd>
              <dt className={styles.term}>État, fonctionnaires</dt>
              <dd className={styles.value}>{e.taux ? n(e.fonctionnaires) : "—"}</dd>
            </dl>
          </li>
        ))}
      </ul>
      {logements && (
        <Text block>
          {`${accord(logements.rows, "logement lu", "logements lus")} dans « ${logements.sheet} »` +
            (logements.issues.length > 0
              ? `, dont ${accord(logements.issues.length, "ligne", "lignes")} à vérifier.`
              : ".")}
        </Text>
      )}
      {result.horsModele && result.horsModele.count > 0 && (
        <Text block>
          {`${accord(result.horsModele.count, "logement est", "logements sont")} hors des EPCI du modèle : ` +
            result.horsModele.detail.map((d) => `${d.libelle} (${formatNombre(d.count)})`).join(", ") +
            "."}
        </Text>
      )}
      {result.mouvements && (
        <Text
          block
        >{`${accord(result.mouvements.rows, "ligne de mouvements lue", "lignes de mouvements lues")} dans « ${result.mouvements.sheet} ».`}</Text>
      )}
      {result.kept.length > 0 && (
        <Text
          block
        >{`${accord(result.kept.length, "cellule saisie par vous a été conservée", "cellules saisies par vous ont été conservées")}.`}</Text>
      )}
      {logements && logements.issues.length > 0 && <LogementIssues logements={logements} onSelect={onSelect} />}
    </section>
  );
}

/** The dwelling table's rows to check, each selecting its row; the first 200 listed. */
function LogementIssues({
  logements,
  onSelect,
}: {
  readonly logements: NonNullable<FillSummaryProps["result"]["logements"]>;
  readonly onSelect: FillSummaryProps["onSelect"];
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <details>
      <summary>{`Lignes du tableau des logements à vérifier (${formatNombre(logements.issues.length)})`}</summary>
      <ul className={styles.issues}>
        {logements.issues.slice(0, 200).map((i) => (
          <li key={`${i.ligne}-${i.raison}`}>
            {onSelect && i.ligne > 0 ? (
              <Button
                appearance="subtle"
                className={styles.issue}
                onClick={() => onSelect(logements.sheet, `A${i.ligne}`)}
                data-cell={`A${i.ligne}`}
                title={`Sélectionner la ligne ${i.ligne} de « ${logements.sheet} »`}
              >
                {`Ligne ${i.ligne} : ${i.raison}`}
              </Button>
            ) : (
              `Ligne ${i.ligne} : ${i.raison}`
            )}
          </li>
        ))}
      </ul>
      {logements.issues.length > 200 && (
        <Text>{`Les 200 premières sont listées, sur ${formatNombre(logements.issues.length)}.`}</Text>
      )}
    </details>
  );
}
