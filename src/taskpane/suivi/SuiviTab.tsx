/**
 * The « Suivi du flux » tab: each réservataire's objectives per EPCI, the bilan of a period (S1, S2,
 * the year or two dates) at the convention's counting stage, and the legal annual bilan, computed by
 * src/domain/suivi and written as sheets with native formulas and charts. Nothing is written
 * without a click; a user's sheet is never replaced.
 */
import { Button, Checkbox, Divider, Dropdown, Field, Input, Option, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { paneMessage, type Etape } from "../../domain";
import type { TypePeriode } from "../../domain";
import type { TravailAnnuel, TravailBilan, TravailObjectifs } from "../../jobs";
import { DEFAULT_SUIVI, type Ecriture, type SuiviActions, type SuiviResult, type SuiviSettings } from "../../excel/suivi-actions";
import { ActionStatus } from "../common/ActionStatus";
import { useAction } from "../common/useAction";
import { useSettings } from "../common/useSettings";
import { AnnuelTable, BilanTables, ConstatList, ObjectifsTables } from "./SuiviTables";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  pair: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const PERIODES: Record<TypePeriode, string> = { S1: "1er semestre (S1)", S2: "2e semestre (S2)", ANNEE: "Année entière", DATES: "Entre deux dates" };
const ETAPES: Record<Etape, string> = {
  MISE_A_DISPOSITION: "Mise à disposition",
  PROPOSITION: "Proposition de candidats",
  ATTRIBUTION: "Attribution en CALEOL",
  BAIL: "Bail signé",
};

type Shown =
  | { readonly kind: "objectifs"; readonly travail: TravailObjectifs }
  | { readonly kind: "bilan"; readonly travail: TravailBilan }
  | { readonly kind: "annuel"; readonly travail: TravailAnnuel };

/** « écrit dans la feuille X », and why it is not the name asked for. */
function written(e: Ecriture | undefined): string | undefined {
  if (e === undefined) return undefined;
  return e.renomme
    ? `Une feuille « ${e.voulu} » à vous existe déjà : elle n'a pas été touchée, GEF a écrit « ${e.feuille} » à côté.`
    : `Feuille « ${e.feuille} ».`;
}

export function SuiviTab({ actions }: { readonly actions: SuiviActions }): React.JSX.Element {
  const styles = useStyles();
  const { status, busy, setStatus, refuse, run, cancel } = useAction();
  const [s, change] = useSettings<SuiviSettings>(actions, DEFAULT_SUIVI, setStatus);
  const [shown, setShown] = useState<Shown | undefined>();

  const go = async <T extends TravailObjectifs | TravailBilan | TravailAnnuel>(
    kind: Shown["kind"],
    work: () => Promise<SuiviResult<T> | undefined>,
    hasPlan: (t: T) => boolean,
    titre: string,
  ): Promise<void> => {
    const r = await work();
    if (!r) return;
    if (r.kind === "reglages") {
      refuse(r.message, paneMessage("REGLAGE_A_CORRIGER"));
      return;
    }
    setShown({ kind, travail: r.travail } as Shown);
    const first = r.travail.constats.find((c) => c.niveau === "erreur");
    if (!hasPlan(r.travail)) {
      refuse(first?.message ?? "Voir les remarques ci-dessous.", `${titre} : rien n'est calculé`);
      return;
    }
    setStatus({ kind: "fini", title: r.ecriture ? `${titre} écrit` : `Aperçu : ${titre.toLowerCase()}`, detail: written(r.ecriture), stats: r.stats });
  };

  const objectifs = (write: boolean): Promise<void> =>
    go("objectifs", () => run((c) => actions.objectifs(s, write, c)), (t: TravailObjectifs) => t.plan !== undefined, "Objectifs");
  const bilan = (write: boolean): Promise<void> => go("bilan", () => run((c) => actions.bilan(s, write, c)), (t: TravailBilan) => t.plan !== undefined, "Bilan");
  const annuel = (): Promise<void> => go("annuel", () => run((c) => actions.annuel(s, true, c)), (t: TravailAnnuel) => t.plan !== undefined, "Bilan annuel");
  const select = (sheet: string, cell: string): void => void actions.select(sheet, cell).catch(() => undefined);

  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="suivi-objectifs">
        <Subtitle2 as="h2" id="suivi-objectifs">Objectifs par réservataire</Subtitle2>
        <Text>Le volume annuel de chaque EPCI (modèle DDETS rempli) est réparti au prorata des droits, au plus fort reste : la somme des objectifs égale le volume.</Text>
        <Field label="Volume annuel saisi (facultatif)" hint="Laissez vide pour lire les volumes dans le modèle DDETS rempli.">
          <Input disabled={busy} inputMode="decimal" value={s.volume} onChange={(_, d) => change({ ...s, volume: d.value })} />
        </Field>
        {shown?.kind === "objectifs" && shown.travail.incoherent && (
          <Checkbox
            disabled={busy}
            checked={s.malgreIncoherences}
            onChange={(_, d) => change({ ...s, malgreIncoherences: d.checked === true })}
            label="Répartir quand même à partir des cellules de détail de l'état des lieux"
          />
        )}
        <div className={styles.buttons}>
          <Button disabled={busy} onClick={() => void objectifs(false)}>
            Aperçu des objectifs
          </Button>
          <Button appearance="primary" disabled={busy} onClick={() => void objectifs(true)}>
            Écrire la feuille Objectifs
          </Button>
        </div>
      </section>
      <Divider />
      <section className={styles.section} aria-labelledby="suivi-bilan">
        <Subtitle2 as="h2" id="suivi-bilan">Bilan d'une période</Subtitle2>
        <div className={styles.pair}>
          <Field label="Période">
            <Dropdown disabled={busy} value={PERIODES[s.periode]} selectedOptions={[s.periode]} onOptionSelect={(_, d) => change({ ...s, periode: (d.optionValue ?? "S1") as TypePeriode })}>
              {(Object.keys(PERIODES) as TypePeriode[]).map((k) => (
                <Option key={k} value={k}>
                  {PERIODES[k]}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {s.periode === "DATES" ? (
            <>
              <Field label="Du">
                <Input disabled={busy} placeholder="01/01/2024" value={s.debut} onChange={(_, d) => change({ ...s, debut: d.value })} />
              </Field>
              <Field label="Au">
                <Input disabled={busy} placeholder="30/09/2024" value={s.fin} onChange={(_, d) => change({ ...s, fin: d.value })} />
              </Field>
            </>
          ) : (
            <Field label="Année" hint="Vide : celle du dernier événement">
              <Input disabled={busy} inputMode="numeric" value={s.annee} onChange={(_, d) => change({ ...s, annee: d.value })} />
            </Field>
          )}
        </div>
        <Field label="Étape de décompte de la convention">
          <Dropdown disabled={busy} value={ETAPES[s.etape]} selectedOptions={[s.etape]} onOptionSelect={(_, d) => change({ ...s, etape: (d.optionValue ?? "MISE_A_DISPOSITION") as Etape })}>
            {(Object.keys(ETAPES) as Etape[]).map((k) => (
              <Option key={k} value={k}>
                {ETAPES[k]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Seuil des déséquilibres (points)">
          <Input disabled={busy} inputMode="decimal" value={s.seuil} onChange={(_, d) => change({ ...s, seuil: d.value })} />
        </Field>
        <Field label="Nom du bailleur (dans les titres)">
          <Input disabled={busy} value={s.bailleur} onChange={(_, d) => change({ ...s, bailleur: d.value })} />
        </Field>
        <div className={styles.buttons}>
          <Button disabled={busy} onClick={() => void bilan(false)}>
            Aperçu du bilan
          </Button>
          <Button appearance="primary" disabled={busy} onClick={() => void bilan(true)}>
            Écrire le bilan de la période
          </Button>
        </div>
      </section>
      <Divider />
      <section className={styles.section} aria-labelledby="suivi-annuel">
        <Subtitle2 as="h2" id="suivi-annuel">Bilan annuel légal</Subtitle2>
        <Text>Logements proposés et attribués par réservataire, typologie, financement, QPV, commune et période de construction (R.441-5-1 du CCH, avant le 28 février), et prévision des logements soustraits.</Text>
        <div className={styles.pair}>
          <Field label="Année du bilan" hint="Vide : celle du dernier événement">
            <Input disabled={busy} inputMode="numeric" value={s.anneeAnnuel} onChange={(_, d) => change({ ...s, anneeAnnuel: d.value })} />
          </Field>
          <Field label="Périodes de construction" hint="Premières années des classes, croissantes">
            <Input disabled={busy} value={s.bornes} onChange={(_, d) => change({ ...s, bornes: d.value })} />
          </Field>
        </div>
        <div className={styles.buttons}>
          <Button appearance="primary" disabled={busy} onClick={() => void annuel()}>
            Écrire le bilan annuel
          </Button>
        </div>
      </section>
      <ActionStatus status={status} onCancel={cancel} />
      {shown?.kind === "objectifs" && shown.travail.result && <ObjectifsTables epci={shown.travail.result.epci} />}
      {shown?.kind === "bilan" && shown.travail.bilan && <BilanTables bilan={shown.travail.bilan} desequilibres={shown.travail.desequilibres} />}
      {shown?.kind === "annuel" && shown.travail.bilan && <AnnuelTable bilan={shown.travail.bilan} />}
      {shown && <ConstatList constats={shown.travail.constats} onSelect={select} />}
    </div>
  );
}
