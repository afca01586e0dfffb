/**
 * The DDETS template tab: check, fill the EPCI columns, insert a blank template.
 * Nothing is written without a click; every write can be undone by the pane's « Annuler » (docs/produit/volet.md).
 */
import { Button, Divider, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { nomDepartement } from "../../domain";
import type { ModeleActions } from "../../excel/action-types";
import { ActionStatus } from "../common/ActionStatus";
import { StaleResult } from "../common/StaleResult";
import { DiagnosticList } from "../common/DiagnosticList";
import { useStackStyles } from "../common/styles";
import { BlankModeleChoice } from "./BlankModeleChoice";
import { ConfirmOverwrite } from "./ConfirmOverwrite";
import { FillSummary } from "./FillSummary";
import { ModeleSettingsForm } from "./ModeleSettingsForm";
import { useModeleTab } from "./useModeleTab";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export { DEFAULT_MODELE_SETTINGS } from "./useModeleTab";

export interface ModeleTabProps {
  readonly actions: ModeleActions;
}

export function ModeleTab({ actions }: ModeleTabProps): React.JSX.Element {
  const styles = useStyles();
  const stack = useStackStyles();
  const {
    status,
    busy,
    cancel,
    settings,
    changeSettings,
    onFieldError,
    shown,
    changed,
    confirmation,
    blank,
    setBlank,
    check,
    fill,
    insert,
    dismiss,
    select,
    fillButton,
  } = useModeleTab(actions);

  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">Modèle DDETS « calcul de l'assiette »</Subtitle2>
      <Text block>
        Vérifier et remplir le modèle de calcul de l'assiette que la DDETS envoie aux bailleurs, colonne par colonne
        d'EPCI.
      </Text>
      <ModeleSettingsForm value={settings} onChange={changeSettings} disabled={busy} onFieldError={onFieldError} />
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => void check()}>
          Vérifier le modèle
        </Button>
        <Button ref={fillButton} disabled={busy} onClick={() => void fill("demander")}>
          Remplir les colonnes EPCI
        </Button>
      </div>
      <details>
        <summary>{`Modèle vierge : ${nomDepartement(blank.departement) ?? blank.departement}, convention ${Number.isNaN(blank.anneeConvention) ? "(année à corriger)" : blank.anneeConvention}, RPLS au 01/01/${Number.isNaN(blank.anneeRpls) ? "(année à corriger)" : blank.anneeRpls}`}</summary>
        <div className={stack.s}>
          <BlankModeleChoice value={blank} onChange={setBlank} disabled={busy} />
        </div>
      </details>
      {/* Below its options (the summary, or the fields once unfolded), never above them. */}
      <div className={styles.buttons}>
        <Button disabled={busy} onClick={() => void insert()}>
          Insérer un modèle vierge
        </Button>
      </div>
      <ActionStatus status={status} onCancel={cancel} />
      {confirmation && (
        <ConfirmOverwrite
          sheet={confirmation.sheet}
          conflicts={confirmation.conflicts}
          onKeep={() => void fill("conserver")}
          onCancel={dismiss}
          onReplace={() => void fill("remplacer")}
        />
      )}
      <StaleResult changed={changed}>
        {shown.kind === "remplissage" && <FillSummary result={shown.fill} onSelect={select} />}
        {shown.kind !== "rien" && <Divider />}
        {shown.kind === "verification" && (
          <DiagnosticList sheet={shown.check.sheet} diagnostics={shown.check.diagnostics} onSelect={select} />
        )}
        {shown.kind === "remplissage" && (
          <DiagnosticList sheet={shown.fill.sheet} diagnostics={shown.fill.diagnostics} onSelect={select} />
        )}
      </StaleResult>
    </div>
  );
}
