/**
 * « À relancer »: the open vacancies whose limit has passed or falls within the days chosen (7 by
 * default), with réservataire, days left and status; a line selected, the next stage is recorded:
 * désignation with its number of candidates (fewer than 3 is a warning unless « candidats
 * insuffisants » or DALO is ticked), CALEOL, attribution, bail, refus, retour bailleur.
 */
import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import {
  NOMS_EVENEMENTS,
  aRelancer,
  NOMS_STATUTS,
  dateFr,
  readTypedCount,
  readTypedDate,
  verifierCandidats,
  type Evenement,
  type EvenementSaisi,
  type Saisie,
  type SheetRead,
  type Vacance,
} from "../../domain";
import { DEFAULT_JOURS_RELANCE, echeances } from "../../jobs";
import { ETAPES_SUIVANTES, REGLES, aujourdhui, joursRestantsTexte } from "./vacances-model";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { display: "flex", flexDirection: "column", minWidth: 0 },
});

export interface ARelancerProps {
  readonly sheets: readonly SheetRead[];
  readonly busy: boolean;
  readonly onEnregistrer: (ev: EvenementSaisi) => void;
}

const cle = (v: Pick<Vacance, "logement" | "ligne">): string => `${v.logement}@${v.ligne}`;

/** « À écrire au journal : L12, ÉTAT, « Désignation » le 08/12/2026, 2 candidats (DALO). » */
function aEcrire(
  v: Vacance,
  etape: Evenement,
  jour: number | undefined,
  nb: number | undefined,
  commentaire: string,
): string {
  const candidats = nb === undefined ? "" : `, ${nb} candidat${nb > 1 ? "s" : ""}`;
  return `À écrire au journal : ${v.logement}, ${v.reservataire}, « ${NOMS_EVENEMENTS[etape]} » le ${jour === undefined ? "…" : dateFr(jour)}${candidats}${commentaire ? ` (${commentaire})` : ""}.`;
}

/** The désignation's candidates and its exceptions (« candidats insuffisants », DALO), and the warning under three. */
function Designation(p: {
  readonly busy: boolean;
  readonly candidats: string;
  readonly setCandidats: (v: string) => void;
  readonly nb: Saisie<number> | undefined;
  readonly insuffisants: boolean;
  readonly setInsuffisants: (v: boolean) => void;
  readonly dalo: boolean;
  readonly setDalo: (v: boolean) => void;
  readonly alerte: string | undefined;
}): React.JSX.Element {
  const styles = useStyles();
  const { busy, candidats, setCandidats, nb, insuffisants, setInsuffisants, dalo, setDalo, alerte } = p;
  return (
    <>
      <Field
        label="Nombre de candidats"
        hint="Trois dossiers par logement (CCH R.441-3), moins pour un ménage DALO ou faute de candidats."
        validationState={nb === undefined || nb.ok || candidats === "" ? "none" : "error"}
        validationMessage={nb && !nb.ok && candidats !== "" ? nb.error.message : undefined}
      >
        <Input disabled={busy} inputMode="numeric" value={candidats} onChange={(_, d) => setCandidats(d.value)} />
      </Field>
      <div className={styles.row}>
        <Checkbox
          disabled={busy}
          label="Candidats insuffisants"
          checked={insuffisants}
          onChange={(_, d) => setInsuffisants(d.checked === true)}
        />
        <Checkbox disabled={busy} label="Ménage DALO" checked={dalo} onChange={(_, d) => setDalo(d.checked === true)} />
      </div>
      {alerte && (
        <MessageBar intent="warning">
          <MessageBarBody>{alerte}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** The next stage of the vacancy selected: its kind, day, candidates and exceptions, then « Enregistrer l'étape ». */
function EtapeSuivante({
  v,
  busy,
  onEnregistrer,
}: {
  readonly v: Vacance;
  readonly busy: boolean;
  readonly onEnregistrer: (ev: EvenementSaisi) => void;
}): React.JSX.Element {
  const [etape, setEtape] = useState<Evenement>("DESIGNATION");
  const [date, setDate] = useState(() => dateFr(aujourdhui()));
  const [candidats, setCandidats] = useState("");
  const [insuffisants, setInsuffisants] = useState(false);
  const [dalo, setDalo] = useState(false);
  const jour = readTypedDate(date, "Date de l'étape");
  const nb = etape === "DESIGNATION" ? readTypedCount(candidats, "Nombre de candidats", "candidats") : undefined;
  const commentaire = [insuffisants ? "candidats insuffisants" : "", dalo ? "DALO" : ""]
    .filter((x) => x !== "")
    .join(", ");
  const alerte = nb?.ok ? verifierCandidats(nb.value, commentaire, v.logement) : undefined;
  const enregistrer = (): void => {
    if (!jour.ok) return;
    onEnregistrer({
      logement: v.logement,
      reservataire: v.reservataire,
      etape,
      date: jour.value,
      epci: v.epci,
      ...(nb?.ok ? { candidats: nb.value } : {}),
      ...(commentaire ? { commentaire } : {}),
    });
  };
  return (
    <>
      <Field label="Étape suivante">
        <Dropdown
          disabled={busy}
          value={NOMS_EVENEMENTS[etape]}
          selectedOptions={[etape]}
          onOptionSelect={(_, d) => setEtape((d.optionValue ?? "DESIGNATION") as Evenement)}
        >
          {ETAPES_SUIVANTES.map((e) => (
            <Option key={e} value={e}>
              {NOMS_EVENEMENTS[e]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label="Date de l'étape"
        validationState={jour.ok ? "none" : "error"}
        validationMessage={jour.ok ? undefined : jour.error.message}
      >
        <Input disabled={busy} value={date} onChange={(_, d) => setDate(d.value)} />
      </Field>
      {etape === "DESIGNATION" && (
        <Designation
          busy={busy}
          candidats={candidats}
          setCandidats={setCandidats}
          nb={nb}
          insuffisants={insuffisants}
          setInsuffisants={setInsuffisants}
          dalo={dalo}
          setDalo={setDalo}
          alerte={alerte?.message}
        />
      )}
      <Text>{aEcrire(v, etape, jour.ok ? jour.value : undefined, nb?.ok ? nb.value : undefined, commentaire)}</Text>
      <div>
        <Button appearance="primary" disabled={busy || !jour.ok || (nb !== undefined && !nb.ok)} onClick={enregistrer}>
          Enregistrer l'étape
        </Button>
      </div>
    </>
  );
}

export function ARelancer({ sheets, busy, onEnregistrer }: ARelancerProps): React.JSX.Element {
  const styles = useStyles();
  const [jours, setJours] = useState(String(DEFAULT_JOURS_RELANCE));
  const [choisie, setChoisie] = useState<string | undefined>();
  const lus = readTypedCount(jours, "Dans les prochains jours", "jours");
  const n = lus.ok ? lus.value : DEFAULT_JOURS_RELANCE;
  const r = useMemo(() => echeances(sheets, { au: aujourdhui(), jours: n, tout: false, regles: REGLES }), [sheets, n]);
  const liste = useMemo(() => aRelancer(r.vacances, n), [r, n]);
  const v = liste.find((x) => cle(x) === choisie);
  return (
    <section className={styles.root} aria-labelledby="vacances-relancer">
      <Subtitle2 as="h3" id="vacances-relancer">
        À relancer
      </Subtitle2>
      <Field
        label="Dans les prochains jours"
        hint="Les vacances ouvertes dont la date limite est passée ou tombe dans ce nombre de jours."
        validationState={lus.ok ? "none" : "error"}
        validationMessage={lus.ok ? undefined : lus.error.message}
      >
        <Input disabled={busy} inputMode="numeric" value={jours} onChange={(_, d) => setJours(d.value)} />
      </Field>
      {r.diagnostics
        .filter((c) => c.severity === "erreur")
        .slice(0, 3)
        .map((c) => (
          <MessageBar key={c.message} intent="error">
            <MessageBarBody>{c.message}</MessageBarBody>
          </MessageBar>
        ))}
      {liste.length === 0 ? (
        <Text>Aucune vacance ouverte à relancer dans les {n} prochains jours.</Text>
      ) : (
        <RadioGroup
          aria-label="Vacances à relancer"
          value={choisie ?? ""}
          onChange={(_, d) => setChoisie(d.value)}
          className={styles.list}
        >
          {liste.map((x) => (
            <Radio
              key={cle(x)}
              value={cle(x)}
              disabled={busy}
              label={`${x.logement} – ${x.reservataire} – ${joursRestantsTexte(x.joursRestants)} (limite le ${dateFr(x.dateLimite)}, ${NOMS_STATUTS[x.statut]})`}
            />
          ))}
        </RadioGroup>
      )}
      {v && <EtapeSuivante key={cle(v)} v={v} busy={busy} onEnregistrer={onEnregistrer} />}
    </section>
  );
}
