/**
 * Entry of the task pane. Waits for Office, then shows the pane in Excel or, anywhere else, a
 * French explanation (never a blank page).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { missingApiSets, officeWorkbookActions } from "../excel/office";
import { OutsideOffice } from "./OutsideOffice";
import { Pane } from "./Pane";

const helpUrl = new URL("help.html", window.location.href).href;
const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  const show = (content: React.JSX.Element): void =>
    root.render(<FluentProvider theme={webLightTheme}>{content}</FluentProvider>);
  if (typeof Office === "undefined") {
    show(<OutsideOffice reason="office-absent" helpUrl={helpUrl} />);
  } else {
    void Office.onReady((info) => {
      if (info.host !== Office.HostType.Excel) {
        show(<OutsideOffice reason="autre-hote" helpUrl={helpUrl} />);
        return;
      }
      const missing = missingApiSets();
      show(
        missing.length === 0 ? (
          <Pane actions={officeWorkbookActions()} helpUrl={helpUrl} />
        ) : (
          <OutsideOffice reason="version" helpUrl={helpUrl} missing={missing} />
        ),
      );
    });
  }
}
