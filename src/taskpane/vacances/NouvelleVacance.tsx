/**
 * « Nouvelle vacance » and « Mettre à disposition »: the dwelling searched as the user types (a near
 * miss gets « Vouliez-vous dire … ? »), the dates, the dwelling's characteristics, the réservataire GEF
 * proposes with its reason and warnings (the user may pick another, giving the reason, which the journal
 * keeps), what will be written, then the write: the event with its date limite and the fiche navette.
 */
import {
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useDeferredValue, useMemo, useState } from "react";
import { dateFr, readTypedDate, readTypedOptional, type SheetRead } from "../../domain";
import { nomFiche, preparerVacance, type VacancePreparee } from "../../jobs";
import { REGLES, aujourdhui, suggestions } from "./vacances-model";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
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

export interface NouvelleVacanceProps {
  readonly sheets: readonly SheetRead[];
  readonly ids: readonly string[];
  readonly busy: boolean;
  /** Writes the vacancy (event and fiche); resolves once written. */
  readonly onMettreADisposition: (p: VacancePreparee) => void;
}

/** A date field's reading: its serial, or the message under the field. */
function lireDate(text: string, champ: string, optionnel: boolean): { serial?: number; erreur?: string } {
  const r = optionnel ? readTypedOptional(text, (t) => readTypedDate(t, champ)) : readTypedDate(text, champ);
  return r.ok ? (r.value === undefined ? {} : { serial: r.value }) : { erreur: r.error.message };
}

export function NouvelleVacance({ sheets, ids, busy, onMettreADisposition }: NouvelleVacanceProps): React.JSX.Element {
  const styles = useStyles();
  const [logement, setLogement] = useState("");
  const [conge, setConge] = useState("");
  const [liberation, setLiberation] = useState("");
  const [mad, setMad] = useState(() => dateFr(aujourdhui()));
  const [choix, setChoix] = useState<string | undefined>();
  const [motif, setMotif] = useState("");
  const typed = useDeferredValue(logement);
  const proches = useMemo(() => suggestions(ids, typed), [ids, typed]);
  const d = {
    conge: lireDate(conge, "Congé reçu le", true),
    liberation: lireDate(liberation, "Libération prévue le", true),
    mad: lireDate(mad, "Mise à disposition le", false),
  };
  const pret =
    typed.trim() !== "" &&
    d.mad.serial !== undefined &&
    d.conge.erreur === undefined &&
    d.liberation.erreur === undefined;
  const prep = useMemo(
    () =>
      pret && d.mad.serial !== undefined
        ? preparerVacance(
            sheets,
            {
              logement: typed,
              conge: d.conge.serial,
              liberation: d.liberation.serial,
              miseADisposition: d.mad.serial,
              reservataire: choix,
              motif,
            },
            { aujourdhui: aujourdhui(), regles: REGLES },
          )
        : undefined,
    [sheets, typed, pret, d.conge.serial, d.liberation.serial, d.mad.serial, choix, motif],
  );
  const inconnu = prep?.constats.find((c) => c.code === "LOGEMENT_INCONNU" || c.code === "LOGEMENT_VIDE");
  const conges = prep?.constats.find((c) => c.code === "CONGE_FUTUR");
  const autres = prep?.constats.filter((c) => c !== inconnu && c !== conges && c.code !== "DELAI_PLAFONNE") ?? [];
  const champs = prep?.fiche?.champs.filter((c) => CARACTERISTIQUES.includes(c.libelle)) ?? [];
  const proposition = prep?.proposition;
  const choisir = (logementChoisi: string): void => {
    setLogement(logementChoisi);
    setChoix(undefined);
    setMotif("");
  };

  return (
    <section className={styles.root} aria-labelledby="vacances-nouvelle">
      <Subtitle2 as="h3" id="vacances-nouvelle">
        Nouvelle vacance
      </Subtitle2>
      <Field
        label="Logement"
        hint="Son identifiant dans la table des logements (RPLS ou du bailleur)."
        validationState={inconnu ? "error" : "none"}
        validationMessage={inconnu?.message}
      >
        <Input disabled={busy} value={logement} onChange={(_, v) => choisir(v.value)} autoComplete="off" />
      </Field>
      {proches.length > 0 && !(proches.length === 1 && proches[0] === typed.trim().toUpperCase()) && (
        <div className={styles.chips} role="group" aria-label="Logements de la table">
          {proches.map((id) => (
            <Button key={id} size="small" appearance="outline" disabled={busy} onClick={() => choisir(id)}>
              {id}
            </Button>
          ))}
        </div>
      )}
      <Field
        label="Congé reçu le"
        hint="Facultatif, 31/12/2024 ou 2024-12-31."
        validationState={(d.conge.erreur ?? conges) ? "error" : "none"}
        validationMessage={d.conge.erreur ?? conges?.message}
      >
        <Input disabled={busy} value={conge} onChange={(_, v) => setConge(v.value)} />
      </Field>
      <Field
        label="Libération prévue le"
        hint="Facultatif."
        validationState={d.liberation.erreur ? "error" : "none"}
        validationMessage={d.liberation.erreur}
      >
        <Input disabled={busy} value={liberation} onChange={(_, v) => setLiberation(v.value)} />
      </Field>
      <Field
        label="Mise à disposition le"
        hint="Le jour du courriel au réservataire : le délai court de ce jour."
        validationState={d.mad.erreur ? "error" : "none"}
        validationMessage={d.mad.erreur}
      >
        <Input disabled={busy} value={mad} onChange={(_, v) => setMad(v.value)} />
      </Field>
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
      {proposition && (
        <>
          <MessageBar intent={proposition.reservataire ? "info" : "warning"}>
            <MessageBarBody>
              {proposition.reservataire ? `Proposé : ${proposition.raison}` : proposition.raison}
            </MessageBarBody>
          </MessageBar>
          {proposition.candidats.length > 0 && (
            <Field
              label="Réservataire servi"
              hint="GEF propose le plus en retard de son objectif ; vous pouvez en choisir un autre en disant pourquoi."
            >
              <Dropdown
                disabled={busy}
                value={choix ?? proposition.reservataire ?? ""}
                selectedOptions={[choix ?? proposition.reservataire ?? ""]}
                onOptionSelect={(_, o) =>
                  setChoix(o.optionValue === proposition.reservataire ? undefined : o.optionValue)
                }
              >
                {proposition.candidats.map((n) => (
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
        </>
      )}
      {autres.map((c) => (
        <MessageBar
          key={c.code + c.message}
          intent={c.niveau === "erreur" ? "error" : c.niveau === "avertissement" ? "warning" : "info"}
        >
          <MessageBarBody>{c.message}</MessageBarBody>
        </MessageBar>
      ))}
      {prep?.evenement && prep.dateLimite !== undefined && (
        <Text>
          À écrire : au journal « {prep.journal ?? "Journal du flux"} » (créé s'il n'existe pas), la mise à disposition
          du {dateFr(prep.evenement.date)} à {prep.evenement.reservataire}, date limite de désignation le{" "}
          {dateFr(prep.dateLimite)} ; la feuille « {nomFiche(prep.evenement.logement)} », prête à imprimer.
        </Text>
      )}
      <div>
        <Button
          appearance="primary"
          disabled={busy || prep === undefined || prep.bloquee}
          onClick={() => prep && onMettreADisposition(prep)}
        >
          Mettre à disposition
        </Button>
      </div>
    </section>
  );
}
