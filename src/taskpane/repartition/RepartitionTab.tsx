/**
 * The « Répartitions » tab: choose the perimeter, the bailleur's name and the category rules, look
 * at the three breakdowns, then draw them as native Excel charts (SPEC §2.3).
 */
import { Button, Checkbox, Field, Input, Select, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { LIBELLES_CATEGORIES, accord, formatNombre, paneMessage } from "../../domain";
import type { RepartitionActions, RepartitionResult, RepartitionSettings } from "../../excel/repartition-actions";
import { DEFAULT_REPARTITION } from "../../excel/repartition-actions";
import { ActionStatus } from "../common/ActionStatus";
import { useAction } from "../common/useAction";
import { useSettings } from "../common/useSettings";
import { FigureTables } from "./FigureTables";
import { RulesEditor, firstRegleInvalide } from "./RulesEditor";
import { useFieldStyles } from "../common/styles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const TOUS = "tous";

export function RepartitionTab({ actions }: { readonly actions: RepartitionActions }): React.JSX.Element {
  const styles = useStyles();
  const fields = useFieldStyles();
  const { status, busy, setStatus, refuse, run, cancel } = useAction();
  const [settings, change] = useSettings<RepartitionSettings>(actions, DEFAULT_REPARTITION, setStatus);
  const [result, setResult] = useState<RepartitionResult | undefined>();

  const go = async (draw: boolean): Promise<void> => {
    // A rule that cannot be used is the user's to fix, said before anything is read.
    const invalid = firstRegleInvalide(settings.regles);
    if (invalid) {
      refuse(invalid, paneMessage("REGLE_INCOMPLETE"));
      return;
    }
    const r = await run((c) => (draw ? actions.draw(settings, c) : actions.preview(settings, c)));
    if (!r) return;
    setResult(r);
    switch (r.kind) {
      case "sans-source":
        refuse(paneMessage("SANS_SOURCE_DETAIL"), paneMessage("SANS_SOURCE"));
        return;
      case "incoherences":
        refuse(`${accord(r.repartition.incoherences.length, "total", "totaux")} à vérifier dans « ${r.sheet} ». Rien n'a été tracé.`, "Les totaux de l'état des lieux ne concordent pas");
        return;
      case "apercu":
      case "trace": {
        const rep = r.repartition.repartition;
        const pending = rep.nonMappes.length > 0 && !settings.autresAvecConsentement;
        const where = r.kind === "trace" ? (r.written?.sheet ?? r.layout.sheetName) : r.layout.sheetName;
        const done = r.kind === "trace" ? `Répartitions tracées dans la feuille « ${where} »` : `Aperçu à partir de « ${r.sheet} »`;
        const notes = [
          `${accord(rep.total, "logement lu", "logements lus")} dans « ${r.sheet} ».`,
          r.kind === "trace" && r.written?.besideUserSheet === true ? `Votre feuille « ${r.layout.sheetName} » est conservée telle quelle : GEF a écrit dans « ${where} ».` : "",
          r.kind === "trace" && r.written?.replaced === true ? "La feuille tracée la fois précédente a été remplacée : Excel ne peut plus annuler (Ctrl+Z) les actions faites avant ce tracé." : "",
        ];
        setStatus({
          kind: "fini",
          intent: pending ? "warning" : "success",
          title: pending ? `${done} ; ${accord(rep.nonMappes.length, "libellé non classé", "libellés non classés")} à examiner` : done,
          detail: notes.filter(Boolean).join(" "),
          stats: r.stats,
        });
      }
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
      <RulesEditor rules={settings.regles} disabled={busy} onChange={(regles) => change({ ...settings, regles })} />
      {nonMappes.length > 0 && (
        <section aria-label="Libellés non classés">
          <Text block weight="semibold">
            {nonMappes.length === 1
              ? "Un libellé de réservataire ne correspond à aucune règle :"
              : `${formatNombre(nonMappes.length)} libellés de réservataire ne correspondent à aucune règle :`}
          </Text>
          <ul>
            {nonMappes.slice(0, 50).map((l) => (
              <li key={l.libelle}>{`« ${l.libelle} » : ${accord(l.logements, "logement")}`}</li>
            ))}
          </ul>
          {nonMappes.length > 50 && <Text block>{`Les 50 premiers sont listés, sur ${formatNombre(nonMappes.length)}.`}</Text>}
          <Checkbox
            disabled={busy}
            checked={settings.autresAvecConsentement}
            onChange={(_, d) => change({ ...settings, autresAvecConsentement: d.checked === true })}
            label={`Classer ces libellés en ${LIBELLES_CATEGORIES["AUTRES RESERVATAIRES"]}`}
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
      {result && (result.kind === "apercu" || result.kind === "trace") && <ProblemRows result={result} />}
      {result && (result.kind === "apercu" || result.kind === "trace") && <FigureTables layout={result.layout} />}
    </div>
  );
}

/** Rows not read, and rows read but not classified: the heading counts what the list holds. */
function ProblemRows({ result }: { readonly result: Extract<RepartitionResult, { kind: "apercu" | "trace" }> }): React.JSX.Element | null {
  const rep = result.repartition.repartition;
  const total = rep.lignesNonLues.length + rep.totalRows;
  if (total === 0) return null;
  const rows = [...rep.lignesNonLues, ...rep.lignes];
  const heading = [
    rep.lignesNonLues.length > 0 ? accord(rep.lignesNonLues.length, "ligne illisible", "lignes illisibles") : undefined,
    rep.totalRows > 0 ? accord(rep.totalRows, "ligne non classée", "lignes non classées") : undefined,
  ]
    .filter(Boolean)
    .join(" et ");
  return (
    <details>
      <summary>{`${heading} dans « ${result.sheet} »`}</summary>
      <ul>
        {rows.slice(0, 200).map((l, i) => (
          <li key={`${l.ligne}-${i}`}>{`Ligne ${l.ligne} : ${l.raison}`}</li>
        ))}
      </ul>
      {total > Math.min(200, rows.length) && <Text block>{`Les ${formatNombre(Math.min(200, rows.length))} premières sont listées, sur ${formatNombre(total)}.`}</Text>}
    </details>
  );
}
