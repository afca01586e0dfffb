/**
 * The task pane: one tab per job. Workbook actions come in as props (src/excel in Excel, the
 * simulated workbook in the sandbox), so the pane runs the same everywhere.
 */
import { Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookActions } from "../excel/office";
import { BreakdownTab } from "./breakdown/BreakdownTab";
import { FunctionsTab } from "./FunctionsTab";
import { SuiviTab } from "./suivi/SuiviTab";
import { TemplateTab } from "./template/TemplateTab";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    maxWidth: "100%",
    minWidth: 0,
  },
  tabs: { flexWrap: "wrap" },
});

export interface PaneProps {
  readonly actions: WorkbookActions;
  /** Address of the help page (same origin as the pane). */
  readonly helpUrl: string;
}

type TabId = "modele" | "repartitions" | "suivi" | "fonctions";

const TAB_NAMES: Record<TabId, string> = { modele: "Modèle DDETS", repartitions: "Répartitions du parc", suivi: "Suivi du flux", fonctions: "Fonctions" };

export function Pane({ actions, helpUrl }: PaneProps): React.JSX.Element {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>("modele");
  return (
    <main className={styles.root} aria-labelledby="gef-titre">
      <Title3 as="h1" id="gef-titre">
        GEF – Gestion en flux
      </Title3>
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label="Travaux GEF">
        {(Object.keys(TAB_NAMES) as TabId[]).map((id) => (
          <Tab key={id} value={id}>
            {TAB_NAMES[id]}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-label={TAB_NAMES[tab]}>
        {tab === "modele" && <TemplateTab actions={actions.template} />}
        {tab === "repartitions" && <BreakdownTab actions={actions.repartitions} />}
        {tab === "suivi" && <SuiviTab actions={actions.suivi} />}
        {tab === "fonctions" && <FunctionsTab helpUrl={helpUrl} />}
      </div>
    </main>
  );
}
