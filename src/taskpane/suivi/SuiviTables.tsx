/**
 * What « Suivi du flux » shows in the pane: the objectives, the bilan per EPCI, the déséquilibres
 * and the annual bilan as small accessible tables (the text alternative of the sheet's chart), and
 * the findings, each with a cell a button that selects it.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  reglesBilan,
  sansMoinsZero,
  type BilanAnnuel,
  type BilanPeriode,
  type Diagnostic,
  type Desequilibre,
  type ObjectifsEpci,
} from "../../domain";
import { FigureGrid } from "../common/FigureGrid";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  cellButton: { height: "auto", minWidth: 0, padding: 0, textAlign: "left", whiteSpace: "normal" },
});

// Never « -0 »: an écart of -0,04 reads 0 (sansMoinsZero).
const n = (x: number | undefined): string =>
  x === undefined ? "—" : sansMoinsZero(x.toLocaleString("fr-FR", { maximumFractionDigits: 1 }));
const p = (x: number | undefined): string =>
  x === undefined ? "—" : sansMoinsZero(x.toLocaleString("fr-FR", { style: "percent", maximumFractionDigits: 1 }));

/** A table of figures: cards per row in a narrow pane, a table when there is room (FigureGrid). */
function Grille({
  titre,
  entete,
  lignes,
}: {
  readonly titre: string;
  readonly entete: readonly string[];
  readonly lignes: readonly (readonly string[])[];
}): React.JSX.Element {
  return (
    <FigureGrid
      titre={titre}
      entete={entete}
      lignes={lignes.map((l) => ({ label: l[0] ?? "", figures: l.slice(1), total: /^Total\b/.test(l[0] ?? "") }))}
    />
  );
}

export function ObjectifsTables({ epci }: { readonly epci: readonly ObjectifsEpci[] }): React.JSX.Element {
  return (
    <>
      {epci.map((e) => (
        <Grille
          key={e.siren || e.libelle}
          titre={`Objectifs ${e.libelle} : volume ${n(e.volume)}, plafonds de l'État ${n(e.plafondPrioritaires)} et ${n(e.plafondFonctionnaires)}`}
          entete={["Réservataire", "Droits", "Objectif"]}
          lignes={[...e.lignes.map((l) => [l.nom, n(l.droits), n(l.objectif)]), ["Total", "", n(e.total)]]}
        />
      ))}
    </>
  );
}

export function BilanTables({
  bilan,
  desequilibres,
}: {
  readonly bilan: BilanPeriode;
  readonly desequilibres: readonly Desequilibre[] | undefined;
}): React.JSX.Element {
  return (
    <>
      {bilan.groupes.map((g) => (
        <div key={g.epci || "bailleur"}>
          <Text block weight="semibold">
            {"nom" in g.prochain
              ? `${g.libelle} : prochain à servir, ${g.prochain.nom}`
              : `${g.libelle} : ${g.prochain.message}`}
          </Text>
          <Grille
            titre={`Bilan ${bilan.periode.libelle}, ${g.libelle}`}
            entete={["Réservataire", "Objectif", "Réalisé", "Atteinte", "Écart", "Chute"]}
            lignes={[...g.lignes, g.total].map((l) => [
              l.reservataire,
              n(l.objectif),
              n(l.realise),
              p(l.atteinte),
              n(l.ecart),
              p(l.tauxChute),
            ])}
          />
        </div>
      ))}
      <Grille
        titre={`Total du bailleur, ${bilan.periode.libelle}`}
        entete={["Périmètre", "Objectif", "Mises à disposition", "Propositions", "Attributions", "Baux"]}
        lignes={[["Total du bailleur", n(bilan.total.objectif), ...bilan.total.comptes.map((c) => n(c))]]}
      />
      {reglesBilan(bilan.periode).map((line) => (
        <Text block size={200} key={line}>
          {line}
        </Text>
      ))}
      {bilan.periode.semestre !== undefined && (
        <Grille
          titre={`Semestre seul, ${bilan.periode.semestre.libelle}`}
          entete={["EPCI", "Réservataire", "Mises à disposition", "Propositions", "Attributions", "Baux"]}
          lignes={[...bilan.groupes.flatMap((g) => [...g.lignes, g.total]), bilan.total].map((l) => [
            l.libelleEpci,
            l.reservataire,
            ...(l.comptesSemestre ?? []).map((c) => n(c)),
          ])}
        />
      )}
      {desequilibres !== undefined && desequilibres.length > 0 && (
        <Grille
          titre="À réorienter"
          entete={["Réservataire", "EPCI", "Classe", "Écart (points)"]}
          lignes={desequilibres
            .slice(0, 100)
            .map((d) => [d.reservataire, d.epci, `${d.dimension} ${d.classe}`, n(d.ecartPoints)])}
        />
      )}
    </>
  );
}

export function AnnuelTable({ bilan }: { readonly bilan: BilanAnnuel }): React.JSX.Element {
  return (
    <Grille
      titre={`Bilan annuel ${bilan.periode.annee}`}
      entete={["Réservataire", "Proposés", "Attribués"]}
      lignes={bilan.reservataires.map((r) => [r.nom, n(r.proposes), n(r.attribues)])}
    />
  );
}

/** The findings of a job; those tied to a cell select it in Excel. */
export function SuiviDiagnosticList({
  diagnostics,
  onSelect,
}: {
  readonly diagnostics: readonly Diagnostic[];
  readonly onSelect: (sheet: string, cell: string) => void;
}): React.JSX.Element | null {
  const styles = useStyles();
  if (diagnostics.length === 0) return null;
  const label = { erreur: "Erreur", avertissement: "Avertissement", info: "Info" } as const;
  return (
    <section aria-label="Remarques">
      <ul className={styles.list}>
        {diagnostics.slice(0, 100).map((c, i) => (
          <li key={`${c.code}-${i}`}>
            {c.sheet !== undefined && c.cell !== undefined ? (
              <Button
                appearance="transparent"
                className={styles.cellButton}
                onClick={() => onSelect(c.sheet ?? "", c.cell ?? "")}
                title={`Sélectionner ${c.sheet}!${c.cell}`}
              >
                {`${label[c.severity]} (${c.sheet}!${c.cell}) : ${c.message}`}
              </Button>
            ) : (
              <Text>{`${label[c.severity]} : ${c.message}`}</Text>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
