/**
 * The task pane's first screen: what GEF offers in this workbook. The template and breakdown
 * actions come with the next issues; this screen already runs in the shared runtime.
 */
import { Body1, Link, makeStyles, Subtitle2, Text, Title3, tokens } from "@fluentui/react-components";
import { FUNCTIONS } from "./functions-list";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

export interface AppProps {
  /** Address of the help page (same origin as the pane). */
  readonly helpUrl: string;
}

export function App({ helpUrl }: AppProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.root} aria-labelledby="gef-titre">
      <Title3 as="h1" id="gef-titre">
        GEF – Gestion en flux
      </Title3>
      <Body1>Tapez « =GEF. » dans une cellule pour utiliser les fonctions de la gestion en flux :</Body1>
      <ul className={styles.list}>
        {FUNCTIONS.map((f) => (
          <li key={f.nom}>
            <Subtitle2 as="h2">
              <Link href={`${helpUrl}#${f.ancre}`} target="_blank">
                {f.nom}
              </Link>
            </Subtitle2>
            <Text block>{f.role}</Text>
            <Text block className={styles.code}>
              {f.exemple}
            </Text>
          </li>
        ))}
      </ul>
    </main>
  );
}
