/**
 * The « Répartitions » tab: choose the perimeter, the bailleur's name and the category rules, look
 * at the three breakdowns, then draw them as native Excel charts (docs/regles/repartitions.md).
 */
import { Button, Field, Input, Select, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { accord, paneMessage } from "../../domain";
import type { RepartitionActions, RepartitionResult, RepartitionSettings } from "../../excel/repartition-actions";
import { DEFAULT_REPARTITION } from "../../excel/repartition-actions";
import { ActionStatus } from "../common/ActionStatus";
import { useUndone } from "../common/history-context";
import { useAction } from "../common/useAction";
import { useSettings } from "../common/useSettings";
import { StaleResult, useStaleInputs } from "../common/StaleResult";
import { FigureTables } from "./FigureTables";
import { IncoherenceList, ProblemRows, UnmatchedLabels, shownStatus } from "./RepartitionSections";
import { RulesEditor, firstRegleInvalide } from "./RulesEditor";
import { useRulesReset } from "./useRulesReset";
import { useFieldStyles } from "../common/styles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const TOUS = "tous";

/** The settings a breakdown comes from, by their labels: a change marks it « périmé ». */
const INPUTS: Readonly<Partial<Record<keyof RepartitionSettings, string>>> = {
  epci: "Périmètre",
  bailleur: "Nom du bailleur",
  regles: "Règles de classement",
  autresAvecConsentement: "Libellés non classés",
  malgreIncoherences: "Totaux de l'état des lieux",
};

export function RepartitionTab({ actions }: { readonly actions: RepartitionActions }): React.JSX.Element {
  const styles = useStyles();
  const fields = useFieldStyles();
  const { status, busy, setStatus, refuse, run, cancel } = useAction();
  const [settings, change] = useSettings<RepartitionSettings>(actions, DEFAULT_REPARTITION, setStatus);
  const [result, setResult] = useState<RepartitionResult | undefined>();
  const stale = useStaleInputs(settings, result === undefined ? {} : INPUTS);
  const resetRules = useRulesReset(actions, settings, change);
  // The pane's « Annuler » undid this tab's write: its result no longer describes the workbook.
  useUndone("repartitions", () => {
    setResult(undefined);
    setStatus({ kind: "repos" });
  });

  const go = async (draw: boolean): Promise<void> => {
    // A new action clears the last result: a refusal is never followed by earlier tables.
    setResult(undefined);
    const used = settings;
    // A rule that cannot be used is the user's to fix, said before anything is read.
    const invalid = firstRegleInvalide(settings.regles);
    if (invalid) {
      refuse(invalid, paneMessage("REGLE_INCOMPLETE"));
      return;
    }
    const r = await run((c) => (draw ? actions.draw(settings, c) : actions.preview(settings, c)));
    if (!r) return;
    setResult(r);
    stale.mark(used);
    switch (r.kind) {
      case "sans-source":
        refuse(paneMessage("SANS_SOURCE_DETAIL"), paneMessage("SANS_SOURCE"));
        return;
      case "incoherences":
        refuse(`${accord(r.repartition.incoherences.length, "total", "totaux")} à vérifier dans « ${r.sheet} ». Rien n'a été tracé.`, "Les totaux de l'état des lieux ne concordent pas");
        return;
      case "apercu":
      case "trace":
        setStatus(shownStatus(r, settings.autresAvecConsentement));
    }
  };

  const epciOptions = result && "repartition" in result ? result.repartition.epci : [];
  const nonMappes = result && "repartition" in result ? result.repartition.repartition.nonMappes : [];
  const incoherences = result && "repartition" in result ? result.repartition.incoherences : [];

  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">Répartitions du parc</Subtitle2>
      <Text block>Montrer le parc du bailleur par financement, plafond et typologie, réservataire par réservataire, en tableaux et en graphiques Excel.</Text>
      <Field label="Périmètre" hint={epciOptions.length === 0 ? "Lancez un aperçu pour lister les EPCI de la table." : undefined}>
        <Select className={fields.fill} disabled={busy} value={settings.epci ?? TOUS} onChange={(_, d) => change({ ...settings, epci: d.value === TOUS ? undefined : d.value })}>
          <option value={TOUS}>Tous les EPCI</option>
          {settings.epci !== undefined && !epciOptions.some((e) => e.siren === settings.epci) && <option value={settings.epci}>{settings.epci}</option>}
          {epciOptions.map((e) => (
            <option key={e.siren} value={e.siren}>
              {`${e.libelle} (${accord(e.logements, "logement")})`}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Nom du bailleur (dans les titres)">
        <Input disabled={busy} value={settings.bailleur} onChange={(_, d) => change({ ...settings, bailleur: d.value })} />
      </Field>
      <RulesEditor rules={settings.regles} disabled={busy} onChange={(regles) => change({ ...settings, regles })} onReset={resetRules} />
      {nonMappes.length > 0 && <UnmatchedLabels nonMappes={nonMappes} checked={settings.autresAvecConsentement} disabled={busy} onChange={(on) => change({ ...settings, autresAvecConsentement: on })} />}
      {incoherences.length > 0 && <IncoherenceList incoherences={incoherences} checked={settings.malgreIncoherences} disabled={busy} onChange={(on) => change({ ...settings, malgreIncoherences: on })} />}
      <div className={styles.buttons}>
        <Button disabled={busy} onClick={() => void go(false)}>
          Aperçu
        </Button>
        <Button appearance="primary" disabled={busy} onClick={() => void go(true)}>
          Tracer les répartitions
        </Button>
      </div>
      <ActionStatus status={status} onCancel={cancel} />
      <StaleResult changed={stale.changed}>
        {result && (result.kind === "apercu" || result.kind === "trace") && <ProblemRows result={result} />}
        {result && (result.kind === "apercu" || result.kind === "trace") && <FigureTables layout={result.layout} />}
      </StaleResult>
    </div>
  );
}
