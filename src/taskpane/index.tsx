/**
 * Entry of the task pane. Waits for Office, then shows the pane in Excel or, anywhere else, a
 * French explanation (never a blank page).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { officeWorkbookActions } from "../excel/office";
import { OutsideOffice } from "./OutsideOffice";
import { Pane } from "./Pane";

const helpUrl = new URL("help.html", window.location.href).href;
const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  const show = (content: React.JSX.Element): void => root.render(<FluentProvider theme={webLightTheme}>{content}</FluentProvider>);
  if (typeof Office === "undefined") {
    show(<OutsideOffice reason="office-absent" helpUrl={helpUrl} />);
  } else {
    void Office.onReady((info) => {
      show(
        info.host === Office.HostType.Excel ? (
          <Pane actions={officeWorkbookActions()} helpUrl={helpUrl} />
        ) : (
          <OutsideOffice reason="autre-hote" helpUrl={helpUrl} />
        ),
      );
    });
  }
}
