/** Shown when the pane is opened outside Excel: how to open it where it works, instead of a blank page. */
import { Body1, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface OutsideOfficeProps {
  /** `office-absent`: office.js did not load; `autre-hote`: loaded, but not in Excel. */
  readonly reason: "office-absent" | "autre-hote";
  readonly helpUrl: string;
}

export function OutsideOffice({ reason, helpUrl }: OutsideOfficeProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>Ouvrez GEF depuis Excel</MessageBarTitle>
          {reason === "office-absent"
            ? "La bibliothèque Office n'a pas pu être chargée : ce volet ne fonctionne que dans Excel."
            : "Ce volet est ouvert hors d'Excel : il ne fonctionne que dans Excel."}
        </MessageBarBody>
      </MessageBar>
      <Body1>
        Dans Excel (Windows, Mac ou Excel sur le web), ouvrez l'onglet Accueil puis Compléments, choisissez
        GEF et cliquez sur « Ouvrir GEF ». Si GEF n'apparaît pas, demandez à votre administrateur de le
        déployer depuis le Centre d'administration Microsoft 365.
      </Body1>
      <Link href={`${helpUrl}#installation`}>Aide : installer et utiliser GEF</Link>
    </main>
  );
}
