/**
 * The « Répartitions » tab: choose the perimeter, the bailleur's name and the category rules, look
 * at the three breakdowns, then draw them as native Excel charts (docs/regles/repartitions.md).
 */
import { Button, Field, Input, Select, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { accord } from "../../domain";
import type { RepartitionActions, RepartitionSettings } from "../../excel/repartition-actions";
import { ActionStatus } from "../common/ActionStatus";
import { StaleResult } from "../common/StaleResult";
import { FigureTables } from "./FigureTables";
import { IncoherenceList, ProblemRows, UnmatchedLabels } from "./RepartitionSections";
import { RulesEditor } from "./RulesEditor";
import { useRepartitionTab } from "./useRepartitionTab";
import { useFieldStyles } from "../common/styles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const TOUS = "tous";

export function RepartitionTab({ actions }: { readonly actions: RepartitionActions }): React.JSX.Element {
  const styles = useStyles();
  const {
    status,
    busy,
    cancel,
    settings,
    change,
    result,
    stale,
    resetRules,
    go,
    epciOptions,
    nonMappes,
    incoherences,
  } = useRepartitionTab(actions);
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">Répartitions du parc</Subtitle2>
      <Text block>
        Montrer le parc du bailleur par financement, plafond et typologie, réservataire par réservataire, en tableaux et
        en graphiques Excel.
      </Text>
      <PerimetreField settings={settings} change={change} busy={busy} epciOptions={epciOptions} />
      <Field label="Nom du bailleur (dans les titres)">
        <Input
          disabled={busy}
          value={settings.bailleur}
          onChange={(_, d) => change({ ...settings, bailleur: d.value })}
        />
      </Field>
      <RulesEditor
        rules={settings.regles}
        disabled={busy}
        onChange={(regles) => change({ ...settings, regles })}
        onReset={resetRules}
      />
      {nonMappes.length > 0 && (
        <UnmatchedLabels
          nonMappes={nonMappes}
          checked={settings.autresAvecConsentement}
          disabled={busy}
          onChange={(on) => change({ ...settings, autresAvecConsentement: on })}
        />
      )}
      {incoherences.length > 0 && (
        <IncoherenceList
          incoherences={incoherences}
          checked={settings.malgreIncoherences}
          disabled={busy}
          onChange={(on) => change({ ...settings, malgreIncoherences: on })}
        />
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
      <StaleResult changed={stale.changed}>
        {result && (result.kind === "apercu" || result.kind === "trace") && <ProblemRows result={result} />}
        {result && (result.kind === "apercu" || result.kind === "trace") && <FigureTables layout={result.layout} />}
      </StaleResult>
    </div>
  );
}

/** The perimeter: all EPCI, or one of those the last preview found (the one kept in the workbook even if absent). */
function PerimetreField(props: {
  readonly settings: RepartitionSettings;
  readonly change: (s: RepartitionSettings) => void;
  readonly busy: boolean;
  readonly epciOptions: readonly { readonly siren: string; readonly libelle: string; readonly logements: number }[];
}): React.JSX.Element {
  const { settings, change, busy, epciOptions } = props;
  const fields = useFieldStyles();
  return (
    <Field
      label="Périmètre"
      hint={epciOptions.length === 0 ? "Lancez un aperçu pour lister les EPCI de la table." : undefined}
    >
      <Select
        className={fields.fill}
        disabled={busy}
        value={settings.epci ?? TOUS}
        onChange={(_, d) => change({ ...settings, epci: d.value === TOUS ? undefined : d.value })}
      >
        <option value={TOUS}>Tous les EPCI</option>
        {settings.epci !== undefined && !epciOptions.some((e) => e.siren === settings.epci) && (
          <option value={settings.epci}>{settings.epci}</option>
        )}
        {epciOptions.map((e) => (
          <option key={e.siren} value={e.siren}>
            {`${e.libelle} (${accord(e.logements, "logement")})`}
          </option>
        ))}
      </Select>
    </Field>
  );
}
