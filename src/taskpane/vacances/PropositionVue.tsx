/**
 * What « Nouvelle vacance » shows once a dwelling is found: its characteristics (from the fiche
 * navette's fields, « non renseigné » where the table lacks one), the réservataire proposed with its
 * reason, the list to pick another (the reason then asked for and kept in the journal's commentaire),
 * the findings, and what « Mettre à disposition » will write.
 */
import {
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { dateFr } from "../../domain";
import { nomFiche, type VacancePreparee } from "../../jobs";

const useStyles = makeStyles({
  dl: {
    display: "grid",
    gridTemplateColumns: "minmax(0, max-content) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
  },
  dd: { margin: 0, overflowWrap: "anywhere" },
  dt: { color: tokens.colorNeutralForeground3 },
});

/** The fiche's lines shown as the dwelling's characteristics. */
const CARACTERISTIQUES = [
  "Résidence",
  "Adresse",
  "Étage",
  "Commune",
  "EPCI",
  "Financement",
  "Typologie",
  "Surface habitable (m²)",
  "Total",
  "PMR",
  "DPE énergie",
];

/** The dwelling's characteristics, the proposal, the user's choice and its reason, the findings and what will be written. */
export function PropositionVue({
  prep,
  choix,
  motif,
  busy,
  setChoix,
  setMotif,
}: {
  readonly prep: VacancePreparee;
  readonly choix: string | undefined;
  readonly motif: string;
  readonly busy: boolean;
  readonly setChoix: (c: string | undefined) => void;
  readonly setMotif: (m: string) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const champs = prep.fiche?.champs.filter((c) => CARACTERISTIQUES.includes(c.libelle)) ?? [];
  const autres = prep.diagnostics.filter(
    (c) => !["LOGEMENT_INCONNU", "LOGEMENT_VIDE", "CONGE_FUTUR", "DELAI_PLAFONNE"].includes(c.code),
  );
  const p = prep.proposition;
  return (
    <>
      {champs.length > 0 && (
        <dl className={styles.dl} aria-label="Caractéristiques du logement">
          {champs.map((c) => (
            <div key={c.libelle} style={{ display: "contents" }}>
              <dt className={styles.dt}>{c.libelle === "Total" ? "Loyer et charges" : c.libelle}</dt>
              <dd className={styles.dd}>{c.texte}</dd>
            </div>
          ))}
        </dl>
      )}
      {p && (
        <MessageBar intent={p.reservataire ? "info" : "warning"}>
          <MessageBarBody>{p.reservataire ? `Proposé : ${p.raison}` : p.raison}</MessageBarBody>
        </MessageBar>
      )}
      {p && p.candidats.length > 0 && (
        <Field
          label="Réservataire servi"
          hint="GEF propose le plus en retard de son objectif ; vous pouvez en choisir un autre en disant pourquoi."
        >
          <Dropdown
            disabled={busy}
            value={choix ?? p.reservataire ?? ""}
            selectedOptions={[choix ?? p.reservataire ?? ""]}
            onOptionSelect={(_, o) => setChoix(o.optionValue === p.reservataire ? undefined : o.optionValue)}
          >
            {p.candidats.map((n) => (
              <Option key={n} value={n}>
                {n}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {choix !== undefined && (
        <Field label="Motif du choix" required hint="Gardé dans le commentaire du journal.">
          <Input disabled={busy} value={motif} onChange={(_, v) => setMotif(v.value)} />
        </Field>
      )}
      {autres.map((c) => (
        <MessageBar
          key={c.code + c.message}
          intent={c.severity === "erreur" ? "error" : c.severity === "avertissement" ? "warning" : "info"}
        >
          <MessageBarBody>{c.message}</MessageBarBody>
        </MessageBar>
      ))}
      {prep.evenement && prep.dateLimite !== undefined && (
        <Text>
          À écrire : au journal « {prep.journal ?? "Journal du flux"} » (créé s'il n'existe pas), la mise à disposition
          du {dateFr(prep.evenement.date)} à {prep.evenement.reservataire}, date limite de désignation le{" "}
          {dateFr(prep.dateLimite)} ; la feuille « {nomFiche(prep.evenement.logement)} », prête à imprimer.
        </Text>
      )}
    </>
  );
}
