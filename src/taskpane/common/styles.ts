/** Styles shared by the pane's forms: a field as wide as the pane, never wider (320 px panes). */
import { makeStyles } from "@fluentui/react-components";

export const useFieldStyles = makeStyles({
  fill: { width: "100%", maxWidth: "100%", minWidth: 0, boxSizing: "border-box" },
});
