/**
 * The task pane: one tab per job. Workbook actions come in as props (src/excel in Excel, the
 * simulated workbook in the sandbox), so the pane runs the same everywhere.
 *
 * First load: only the « Modèle DDETS » tab, shown first, is in the script loaded before the first
 * paint; the other tabs are webpack chunks of their own, fetched when the user first opens them
 * (React.lazy), with a spinner meanwhile and a French message if the chunk cannot be fetched.
 * A tab once opened stays mounted, hidden while another is shown (KeptPanels).
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Title3,
  Tooltip,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Component, Suspense, lazy, useState, type ReactNode } from "react";
import type { WorkbookActions } from "../excel/office";
import { KeptPanels } from "./common/KeptPanels";
import { HistoryProvider } from "./common/history-context";
import { UndoBar } from "./common/UndoBar";
import { ModeleTab } from "./modele/ModeleTab";

const RepartitionTab = lazy(() =>
  import(/* webpackChunkName: "onglet-repartitions" */ "./repartition/RepartitionTab").then((m) => ({
    default: m.RepartitionTab,
  })),
);
const SuiviTab = lazy(() =>
  import(/* webpackChunkName: "onglet-suivi" */ "./suivi/SuiviTab").then((m) => ({ default: m.SuiviTab })),
);
const FunctionsTab = lazy(() =>
  import(/* webpackChunkName: "onglet-fonctions" */ "./FunctionsTab").then((m) => ({ default: m.FunctionsTab })),
);

/** Catches a tab whose chunk could not be fetched (server updated, network cut) and offers to retry. */
class TabLoadBoundary extends Component<{ readonly children: ReactNode }, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          Cet onglet n'a pas pu être chargé (connexion interrompue ou complément mis à jour).{" "}
          <Button appearance="transparent" size="small" onClick={() => window.location.reload()}>
            Recharger le volet
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    maxWidth: "100%",
    minWidth: 0,
    containerType: "inline-size",
  },
  /** One row of tabs at 320 px: short names there, full names from 480 px of room. */
  tabs: { flexWrap: "nowrap", minWidth: 0 },
  tab: { paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalXXS },
  short: { "@container (min-width: 480px)": { display: "none" } },
  full: { display: "none", "@container (min-width: 480px)": { display: "inline" } },
});

export interface PaneProps {
  readonly actions: WorkbookActions;
  /** Address of the help page (same origin as the pane). */
  readonly helpUrl: string;
}

type TabId = "modele" | "repartitions" | "suivi" | "fonctions";

const TAB_NAMES: Record<TabId, string> = {
  modele: "Modèle DDETS",
  repartitions: "Répartitions du parc",
  suivi: "Suivi du flux",
  fonctions: "Fonctions",
};
/** What a tab shows in a narrow pane; its full name is its accessible name and its tooltip. */
const TAB_SHORT: Record<TabId, string> = {
  modele: "Modèle",
  repartitions: "Parc",
  suivi: "Suivi",
  fonctions: "Fonctions",
};

/** The pane, under the one store of its tabs: the history of GEF's writes (UndoBar undoes them). */
export function Pane(props: PaneProps): React.JSX.Element {
  return (
    <HistoryProvider history={props.actions.history}>
      <PaneBody {...props} />
    </HistoryProvider>
  );
}

function PaneBody({ actions, helpUrl }: PaneProps): React.JSX.Element {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>("modele");
  return (
    <main className={styles.root} aria-labelledby="gef-titre">
      <Title3 as="h1" id="gef-titre">
        GEF – Gestion en flux
      </Title3>
      <TabList
        size="small"
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as TabId)}
        aria-label="Travaux GEF"
      >
        {(Object.keys(TAB_NAMES) as TabId[]).map((id) => (
          <Tooltip key={id} content={TAB_NAMES[id]} relationship="label" positioning="below">
            <Tab value={id} className={styles.tab}>
              <span className={styles.short}>{TAB_SHORT[id]}</span>
              <span className={styles.full}>{TAB_NAMES[id]}</span>
            </Tab>
          </Tooltip>
        ))}
      </TabList>
      <UndoBar />
      {/* Tabs stay mounted once opened: what was typed and shown there is kept (KeptPanels). */}
      <KeptPanels
        ids={Object.keys(TAB_NAMES) as TabId[]}
        selected={tab}
        label={(id) => TAB_NAMES[id]}
        render={(id) =>
          id === "modele" ? (
            <ModeleTab actions={actions.modele} />
          ) : (
            <TabLoadBoundary>
              <Suspense fallback={<Spinner size="small" label="Chargement de l'onglet…" />}>
                {id === "repartitions" && <RepartitionTab actions={actions.repartitions} />}
                {id === "suivi" && (
                  <SuiviTab actions={actions.suivi} vacances={actions.vacances} programme={actions.programme} />
                )}
                {id === "fonctions" && <FunctionsTab helpUrl={helpUrl} />}
              </Suspense>
            </TabLoadBoundary>
          )
        }
      />
    </main>
  );
}
