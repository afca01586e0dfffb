/**
 * « Nouvelle vacance » and « Mettre à disposition »: the dwelling searched as the user types (a near
 * miss gets « Vouliez-vous dire … ? »), the dates, the dwelling's characteristics, the réservataire GEF
 * proposes with its reason and warnings (the user may pick another, giving the reason, which the journal
 * keeps), what will be written, then the write: the event with its date limite and the fiche navette.
 */
import { Button, Field, Input, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useDeferredValue, useMemo, useState } from "react";
import { dateFr, readTypedDate, readTypedOptional, type SheetRead } from "../../domain";
import { preparerVacance, type VacancePreparee } from "../../jobs";
import { PropositionVue } from "./PropositionVue";
import { REGLES, aujourdhui, suggestions } from "./vacances-model";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

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

/** A date field with its reader's message. */
function ChampDate(props: {
  readonly label: string;
  readonly hint: string;
  readonly value: string;
  readonly erreur?: string | undefined;
  readonly busy: boolean;
  readonly onChange: (v: string) => void;
}): React.JSX.Element {
  return (
    <Field
      label={props.label}
      hint={props.hint}
      validationState={props.erreur ? "error" : "none"}
      validationMessage={props.erreur}
    >
      <Input disabled={props.busy} value={props.value} onChange={(_, v) => props.onChange(v.value)} />
    </Field>
  );
}

/** The dwelling field and the ids of the table that match what was typed. */
function RechercheLogement(props: {
  readonly logement: string;
  readonly proches: readonly string[];
  readonly erreur?: string | undefined;
  readonly busy: boolean;
  readonly onChange: (v: string) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const exact = props.proches.length === 1 && props.proches[0] === props.logement.trim().toUpperCase();
  return (
    <>
      <Field
        label="Logement"
        hint="Son identifiant dans la table des logements (RPLS ou du bailleur)."
        validationState={props.erreur ? "error" : "none"}
        validationMessage={props.erreur}
      >
        <Input
          disabled={props.busy}
          value={props.logement}
          onChange={(_, v) => props.onChange(v.value)}
          autoComplete="off"
        />
      </Field>
      {props.proches.length > 0 && !exact && (
        <div className={styles.chips} role="group" aria-label="Logements de la table">
          {props.proches.map((id) => (
            <Button key={id} size="small" appearance="outline" disabled={props.busy} onClick={() => props.onChange(id)}>
              {id}
            </Button>
          ))}
        </div>
      )}
    </>
  );
}

/** The fields typed, read, and the vacancy prepared from them (src/jobs/vacances, as `gef vacance`). */
function useSaisie(sheets: readonly SheetRead[], ids: readonly string[]) {
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
  const inconnu = prep?.diagnostics.find((c) => c.code === "LOGEMENT_INCONNU" || c.code === "LOGEMENT_VIDE");
  const futur = prep?.diagnostics.find((c) => c.code === "CONGE_FUTUR");
  const choisir = (id: string): void => {
    setLogement(id);
    setChoix(undefined);
    setMotif("");
  };
  return {
    logement,
    conge,
    setConge,
    liberation,
    setLiberation,
    mad,
    setMad,
    choix,
    setChoix,
    motif,
    setMotif,
    proches,
    d,
    prep,
    inconnu,
    futur,
    choisir,
  };
}

export function NouvelleVacance({ sheets, ids, busy, onMettreADisposition }: NouvelleVacanceProps): React.JSX.Element {
  const styles = useStyles();
  const {
    logement,
    conge,
    setConge,
    liberation,
    setLiberation,
    mad,
    setMad,
    choix,
    setChoix,
    motif,
    setMotif,
    proches,
    d,
    prep,
    inconnu,
    futur,
    choisir,
  } = useSaisie(sheets, ids);
  return (
    <section className={styles.root} aria-labelledby="vacances-nouvelle">
      <Subtitle2 as="h3" id="vacances-nouvelle">
        Nouvelle vacance
      </Subtitle2>
      <RechercheLogement
        logement={logement}
        proches={proches}
        erreur={inconnu?.message}
        busy={busy}
        onChange={choisir}
      />
      <ChampDate
        label="Congé reçu le"
        hint="Facultatif, 31/12/2024 ou 2024-12-31."
        value={conge}
        erreur={d.conge.erreur ?? futur?.message}
        busy={busy}
        onChange={setConge}
      />
      <ChampDate
        label="Libération prévue le"
        hint="Facultatif."
        value={liberation}
        erreur={d.liberation.erreur}
        busy={busy}
        onChange={setLiberation}
      />
      <ChampDate
        label="Mise à disposition le"
        hint="Le jour du courriel au réservataire : le délai court de ce jour."
        value={mad}
        erreur={d.mad.erreur}
        busy={busy}
        onChange={setMad}
      />
      {prep && (
        <PropositionVue prep={prep} choix={choix} motif={motif} busy={busy} setChoix={setChoix} setMotif={setMotif} />
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
