/**
 * The « Suivi du flux » tab: each réservataire's objectives per EPCI, the bilan of a period (S1, S2,
 * the year or two dates) at the convention's counting stage, and the legal annual bilan, computed by
 * src/domain/suivi and written as sheets with native formulas and charts. Nothing is written
 * without a click; a user's sheet is never replaced.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ProgrammeActions } from "../../excel/programme-actions";
import type { SuiviActions } from "../../excel/suivi-actions";
import { ActionStatus } from "../common/ActionStatus";
import { StaleResult } from "../common/StaleResult";
import { ProgrammeSection } from "./ProgrammeSection";
import { AnnuelSection, BilanSection, ObjectifsSection } from "./SuiviSections";
import { AnnuelTable, BilanTables, SuiviDiagnosticList, ObjectifsTables } from "./SuiviTables";
import { useSuiviTab } from "./useSuiviTab";
import type { VacancesActions } from "../../excel/vacances-actions";
import { VacancesSection } from "../vacances/VacancesSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** `vacances`, `programme`: the « Vacances » and « Programme neuf » sections' actions, shown under the bilans when given. */
export function SuiviTab({
  actions,
  vacances,
  programme,
}: {
  readonly actions: SuiviActions;
  readonly vacances?: VacancesActions | undefined;
  readonly programme?: ProgrammeActions | undefined;
}): React.JSX.Element {
  const styles = useStyles();
  const { status, busy, cancel, s, change, shown, changed, origin, setOrigin, objectifs, bilan, annuel, select } =
    useSuiviTab(actions);
  const resultat = (
    <>
      <ActionStatus status={status} onCancel={cancel} />
      <StaleResult changed={changed}>
        {shown?.kind === "objectifs" && shown.travail.result && <ObjectifsTables epci={shown.travail.result.epci} />}
        {shown?.kind === "bilan" && shown.travail.bilan && (
          <BilanTables bilan={shown.travail.bilan} desequilibres={shown.travail.desequilibres} />
        )}
        {shown?.kind === "annuel" && shown.travail.bilan && <AnnuelTable bilan={shown.travail.bilan} />}
        {shown && <SuiviDiagnosticList diagnostics={shown.travail.diagnostics} onSelect={select} />}
      </StaleResult>
    </>
  );

  return (
    <div className={styles.root}>
      <ObjectifsSection
        s={s}
        change={change}
        busy={busy}
        incoherent={shown?.kind === "objectifs" && shown.travail.incoherent}
        onRun={(write) => {
          setOrigin("objectifs");
          void objectifs(write);
        }}
      />
      {origin === "objectifs" && resultat}
      <BilanSection
        s={s}
        change={change}
        busy={busy}
        onRun={(write) => {
          setOrigin("bilan");
          void bilan(write);
        }}
      />
      {origin === "bilan" && resultat}
      <AnnuelSection
        s={s}
        change={change}
        busy={busy}
        onRun={() => {
          setOrigin("annuel");
          void annuel();
        }}
      />
      {origin === "annuel" && resultat}
      {vacances && <VacancesSection actions={vacances} />}
      {programme && <ProgrammeSection actions={programme} />}
    </div>
  );
}
