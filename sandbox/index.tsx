/**
 * The « bac à sable »: the real task pane, in a plain browser, against the simulated workbook
 * preloaded with the example. For people without Excel at hand and for the browser tests.
 */
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import type { ExcelRun } from "../src/excel/api";
import { createWorkbookActions } from "../src/excel/office";
import { Pane } from "../src/taskpane/Pane";
import { exampleSheets } from "./example";
import { FakeWorkbook } from "../excel-sim/fake-workbook";
import { ApiLog, WorkbookView } from "./WorkbookView";

const useStyles = makeStyles({
  layout: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalM,
    alignItems: "flex-start",
  },
  pane: {
    width: "360px",
    maxWidth: "100%",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    boxSizing: "border-box",
  },
  book: { flex: "1 1 400px", minWidth: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

declare global {
  interface Window {
    /** The simulated workbook, for the browser tests. */
    gefSandbox?: { book: FakeWorkbook; actions: { name: string; syncs: number }[] };
  }
}

function Sandbox(): React.JSX.Element {
  const styles = useStyles();
  const book = useMemo(() => new FakeWorkbook(exampleSheets(), "Calcul assiette"), []);
  const [version, setVersion] = useState(0);
  const [log, setLog] = useState<{ name: string; syncs: number }[]>([]);
  const actions = useMemo(() => {
    const run: ExcelRun = async (batch) => {
      const before = book.syncCount;
      try {
        return await book.run(batch);
      } finally {
        const entry = { name: `Action ${book.runs.length}`, syncs: book.syncCount - before };
        setLog((l) => [...l, entry]);
        setVersion((v) => v + 1);
      }
    };
    return createWorkbookActions(run);
  }, [book]);
  window.gefSandbox = { book, actions: log };
  const helpUrl = new URL("help.html", window.location.href).href;
  return (
    <>
      <MessageBar intent="info">
        <MessageBarBody>
          Bac à sable : le vrai volet GEF agit sur un classeur simulé (exemple généré : modèle DDETS 06, 4 000
          logements, mouvements, journal). Les graphiques sont dessinés d'après ce que le volet a demandé à Excel.
        </MessageBarBody>
      </MessageBar>
      <div className={styles.layout}>
        <div className={styles.pane}>
          <Pane actions={actions} helpUrl={helpUrl} />
        </div>
        <div className={styles.book}>
          <WorkbookView book={book} version={version} />
          <ApiLog book={book} actions={log} />
        </div>
      </div>
    </>
  );
}

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Sandbox />
    </FluentProvider>,
  );
}
