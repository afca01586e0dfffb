/**
 * The « Répartitions » tab: choose the perimeter, the bailleur's name and the category rules, look
 * at the three breakdowns, then draw them as native Excel charts (SPEC §2.3).
 */
import { Button, Checkbox, Dropdown, Field, Input, Option, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { BreakdownActions, BreakdownResult, BreakdownSettings } from "../../excel/breakdown-actions";
import { DEFAULT_BREAKDOWN } from "../../excel/breakdown-actions";
import { ActionStatus } from "../common/ActionStatus";
import { useAction } from "../common/useAction";
import { useSettings } from "../common/useSettings";
import { FigureTables } from "./FigureTables";
import { RulesEditor } from "./RulesEditor";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const TOUS = "tous";

export function BreakdownTab({ actions }: { readonly actions: BreakdownActions }): React.JSX.Element {
  const styles = useStyles();
  const { status, busy, setStatus, run, cancel } = useAction();
  const [settings, change] = useSettings<BreakdownSettings>(actions, DEFAULT_BREAKDOWN);
  const [result, setResult] = useState<BreakdownResult | undefined>();

  const go = async (draw: boolean): Promise<void> => {
    const r = await run((c) => (draw ? actions.draw(settings, c) : actions.preview(settings, c)));
    if (!r) return;
    setResult(r);
    switch (r.kind) {
      case "sans-source":
        setStatus({
          kind: "erreur",
          title: "Aucune donnée trouvée",
          detail:
            "Aucune feuille ne contient de table des logements (colonnes Commune ou DEPCOM et Financement ou FINAN) ni d'état des lieux (lignes PLAI, PLUS, PLS et colonnes T1 à T6).",
        });
        return;
      case "incoherences":
        setStatus({ kind: "erreur", title: "Les totaux de l'état des lieux ne concordent pas", detail: `${r.breakdown.incoherences.length} total(aux) à vérifier dans « ${r.sheet} » ; rien n'a été tracé.` });
        return;
      case "apercu":
        setStatus({ kind: "fini", title: `Aperçu à partir de « ${r.sheet} »`, detail: `${r.breakdown.repartition.total.toLocaleString("fr-FR")} logement(s)`, stats: r.stats });
        return;
      case "trace": {
        const w = r.written;
        const where = w?.sheet ?? r.layout.sheetName;
        const notes = [
          `Source : « ${r.sheet} ».`,
          w?.besideUserSheet === true ? `Votre feuille « ${r.layout.sheetName} » est conservée telle quelle : GEF a écrit dans « ${where} ».` : "",
          w?.replaced === true ? "La feuille tracée la fois précédente a été remplacée : Excel ne peut plus annuler (Ctrl+Z) les actions faites avant ce tracé." : "",
        ];
        setStatus({ kind: "fini", title: `Répartitions tracées dans la feuille « ${where} »`, detail: notes.filter(Boolean).join(" "), stats: r.stats });
        break;
      }
    }
  };

  const epciOptions = result && "breakdown" in result ? result.breakdown.epci : [];
  const nonMappes = result && "breakdown" in result ? result.breakdown.repartition.nonMappes : [];
  const incoherences = result && "breakdown" in result ? result.breakdown.incoherences : [];

  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">Répartitions « style ERILIA »</Subtitle2>
      <Field label="Périmètre" hint={epciOptions.length === 0 ? "Lancez un aperçu pour lister les EPCI de la table" : undefined}>
        <Dropdown
          disabled={busy}
          value={settings.epci === undefined ? "Tous les EPCI" : (epciOptions.find((e) => e.siren === settings.epci)?.libelle ?? settings.epci)}
          selectedOptions={[settings.epci ?? TOUS]}
          onOptionSelect={(_, d) => change({ ...settings, epci: d.optionValue === TOUS ? undefined : d.optionValue })}
        >
          <Option value={TOUS}>Tous les EPCI</Option>
          {epciOptions.map((e) => (
            <Option key={e.siren} value={e.siren} text={e.libelle}>
              {`${e.libelle} (${e.logements.toLocaleString("fr-FR")})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Nom du bailleur (dans les titres)">
        <Input disabled={busy} value={settings.bailleur} onChange={(_, d) => change({ ...settings, bailleur: d.value })} />
      </Field>
      <RulesEditor rules={settings.regles} disabled={busy} onChange={(regles) => change({ ...settings, regles })} />
      {nonMappes.length > 0 && (
        <section aria-label="Libellés non classés">
          <Text block weight="semibold">{`${nonMappes.length} libellé(s) de réservataire ne correspondent à aucune règle :`}</Text>
          <ul>
            {nonMappes.slice(0, 50).map((l) => (
              <li key={l.libelle}>{`« ${l.libelle} » : ${l.logements.toLocaleString("fr-FR")} logement(s)`}</li>
            ))}
          </ul>
          <Checkbox
            disabled={busy}
            checked={settings.autresAvecConsentement}
            onChange={(_, d) => change({ ...settings, autresAvecConsentement: d.checked === true })}
            label="Classer ces libellés en AUTRES RESERVATAIRES"
          />
        </section>
      )}
      {incoherences.length > 0 && (
        <section aria-label="Totaux qui ne concordent pas">
          <ul>
            {incoherences.map((i) => (
              <li key={`${i.cell}-${i.kind}`}>{`${i.cell} : ${i.message}`}</li>
            ))}
          </ul>
          <Checkbox
            disabled={busy}
            checked={settings.malgreIncoherences}
            onChange={(_, d) => change({ ...settings, malgreIncoherences: d.checked === true })}
            label="Tracer quand même à partir des cellules de détail"
          />
        </section>
      )}
      <div className={styles.buttons}>
        <Button disabled={busy} onClick={() => void go(false)}>
          Aperçu
        </Button>
        <Button appearance="primary" disabled={busy} onClick={() => void go(true)}>
          Tracer les répartitions
        </Button>
      </div>
      <ActionStatus status={status} onCancel={cancel} />
      {result && (result.kind === "apercu" || result.kind === "trace") && result.breakdown.repartition.lignesTotal > 0 && (
        <details>
          <summary>{`${result.breakdown.repartition.lignesTotal.toLocaleString("fr-FR")} ligne(s) non classée(s) ou illisible(s)`}</summary>
          <ul>
            {[...result.breakdown.repartition.lignesNonLues, ...result.breakdown.repartition.lignes].slice(0, 200).map((l, i) => (
              <li key={`${l.ligne}-${i}`}>{`Ligne ${l.ligne} : ${l.raison}`}</li>
            ))}
          </ul>
        </details>
      )}
      {result && (result.kind === "apercu" || result.kind === "trace") && <FigureTables figures={result.layout.figures} />}
    </div>
  );
}
