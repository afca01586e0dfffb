/**
 * The DDETS template tab: check, fill the EPCI columns, insert a blank template, undo.
 * Nothing is written without a click; every write can be undone (SPEC §2).
 */
import { Button, Divider, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { choixModeleViergeParDefaut, errorChoixModeleVierge, nomDepartement, paneMessage, type ChoixModeleVierge } from "../../domain";
import { DEFAULT_MODELE_SETTINGS } from "../../jobs";
import type { CheckResult, FillMode, FillResult, ModeleActions, ModeleSettings } from "../../excel/action-types";
import { ActionStatus } from "../common/ActionStatus";
import { DiagnosticList } from "../common/DiagnosticList";
import { useAction } from "../common/useAction";
import { useSettings } from "../common/useSettings";
import { BlankModeleChoice } from "./BlankModeleChoice";
import { ConfirmOverwrite } from "./ConfirmOverwrite";
import { FillSummary } from "./FillSummary";
import { ModeleSettingsForm } from "./ModeleSettingsForm";
import { verdict } from "./verdict";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  blank: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export const DEFAULT_SETTINGS: ModeleSettings = DEFAULT_MODELE_SETTINGS;

export interface ModeleTabProps {
  readonly actions: ModeleActions;
}

type Shown =
  | { readonly kind: "rien" }
  | { readonly kind: "verification"; readonly check: CheckResult }
  | { readonly kind: "remplissage"; readonly fill: Extract<FillResult, { kind: "fait" }> };

export function ModeleTab({ actions }: ModeleTabProps): React.JSX.Element {
  const styles = useStyles();
  const { status, busy, setStatus, refuse, run, cancel } = useAction();
  const [settings, changeSettings] = useSettings<ModeleSettings>(actions, DEFAULT_SETTINGS, setStatus);
  const [shown, setShown] = useState<Shown>({ kind: "rien" });
  const [confirmation, setConfirmation] = useState<Extract<FillResult, { kind: "confirmation" }> | undefined>();
  const [undoable, setUndoable] = useState<string | undefined>(actions.undoable());
  const [blank, setBlank] = useState<ChoixModeleVierge>(() => choixModeleViergeParDefaut());

  const check = async (): Promise<void> => {
    const r = await run((c) => actions.check(settings, c));
    if (!r) return;
    setShown({ kind: "verification", check: r });
    setStatus(verdict(r.diagnostics, `Vérification de « ${r.sheet} » terminée`, r.stats));
  };

  const fill = async (mode: FillMode): Promise<void> => {
    setConfirmation(undefined);
    const r = await run((c) => actions.fill(settings, mode, c));
    if (!r) return;
    if (r.kind === "confirmation") {
      setConfirmation(r);
      setStatus({ kind: "repos" });
      return;
    }
    setUndoable(actions.undoable());
    setShown({ kind: "remplissage", fill: r });
    const v = verdict(r.diagnostics, `Colonnes EPCI de « ${r.sheet} » remplies, puis vérifiées`, r.stats);
    setStatus(v.kind === "fini" && v.intent === "success" ? { ...v, title: "Colonnes EPCI remplies, rien à corriger" } : v);
  };

  const insert = async (): Promise<void> => {
    const invalid = errorChoixModeleVierge(blank);
    if (invalid) {
      refuse(invalid, "Modèle vierge non inséré");
      return;
    }
    const r = await run((c) => actions.insertBlank(settings, c, blank));
    if (!r) return;
    setUndoable(actions.undoable());
    setShown({ kind: "rien" });
    setStatus({ kind: "fini", title: `Modèle vierge inséré dans la feuille « ${r.sheet} »`, stats: r.stats });
  };

  const undo = async (): Promise<void> => {
    const r = await run((c) => actions.undo(c));
    setUndoable(actions.undoable());
    if (r) {
      setShown({ kind: "rien" });
      setStatus({ kind: "fini", title: "Action annulée", detail: r.description, stats: r.stats });
    }
  };

  const select = (sheet: string, cell: string): void => {
    actions.select(sheet, cell).catch(() => setStatus({ kind: "erreur", title: paneMessage("SELECTION_IMPOSSIBLE"), detail: paneMessage("SELECTION_IMPOSSIBLE_DETAIL", { feuille: sheet, detail: cell }) }));
  };

  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">Modèle DDETS « calcul de l'assiette »</Subtitle2>
      <Text block>Vérifier et remplir le modèle de calcul de l'assiette que la DDETS envoie aux bailleurs, colonne par colonne d'EPCI.</Text>
      <ModeleSettingsForm value={settings} onChange={changeSettings} disabled={busy} />
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => void check()}>
          Vérifier le modèle
        </Button>
        <Button disabled={busy} onClick={() => void fill("demander")}>
          Remplir les colonnes EPCI
        </Button>
        <Button disabled={busy} onClick={() => void insert()}>
          Insérer un modèle vierge
        </Button>
        <Button disabled={busy || undoable === undefined} onClick={() => void undo()} title={undoable}>
          Annuler la dernière action
        </Button>
      </div>
      {undoable && <Text size={200}>{`Annulable : ${undoable}.`}</Text>}
      <details>
        <summary>{`Modèle vierge : ${nomDepartement(blank.departement) ?? blank.departement}, convention ${blank.anneeConvention}, RPLS au 01/01/${blank.anneeRpls}`}</summary>
        <div className={styles.blank}>
          <BlankModeleChoice value={blank} onChange={setBlank} disabled={busy} />
        </div>
      </details>
      <ActionStatus status={status} onCancel={cancel} />
      {confirmation && (
        <ConfirmOverwrite
          sheet={confirmation.sheet}
          conflicts={confirmation.conflicts}
          onKeep={() => void fill("conserver")}
          onCancel={() => {
            setConfirmation(undefined);
            setStatus({ kind: "annule" });
          }}
          onReplace={() => void fill("remplacer")}
        />
      )}
      {shown.kind === "remplissage" && <FillSummary result={shown.fill} onSelect={select} />}
      {shown.kind !== "rien" && <Divider />}
      {shown.kind === "verification" && <DiagnosticList sheet={shown.check.sheet} diagnostics={shown.check.diagnostics} onSelect={select} />}
      {shown.kind === "remplissage" && (
        <DiagnosticList sheet={shown.fill.sheet} diagnostics={shown.fill.diagnostics} onSelect={select} />
      )}
    </div>
  );
}
