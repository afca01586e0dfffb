/** Styles shared by the pane's forms: a field as wide as the pane, never wider (320 px panes). */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useFieldStyles = makeStyles({
  fill: { width: "100%", maxWidth: "100%", minWidth: 0, boxSizing: "border-box" },
});

/** A column of blocks: `s` between a form's fields, `xs` between tight lines. */
export const useStackStyles = makeStyles({
  s: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  xs: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});
