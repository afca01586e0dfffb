/** Shown when the pane cannot run: how to open it where it works, instead of a blank page. */
import {
  Body1,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** The Excel versions GEF runs on (the shared runtime and ExcelApi 1.7 that the pane needs). */
export const VERSIONS_MINIMALES =
  "Microsoft 365 pour Windows (version 2002 ou plus récente), Excel 2021 ou plus récent, Excel pour Mac 16.35 ou plus récent, ou Excel sur le web";

export interface OutsideOfficeProps {
  /** `office-absent`: office.js did not load; `autre-hote`: loaded, but not in Excel; `version`: an Excel too old. */
  readonly reason: "office-absent" | "autre-hote" | "version";
  readonly helpUrl: string;
  /** For `version`: the API sets this Excel lacks. */
  readonly missing?: readonly string[];
}

export function OutsideOffice({ reason, helpUrl, missing = [] }: OutsideOfficeProps): React.JSX.Element {
  const styles = useStyles();
  if (reason === "version") {
    return (
      <main className={styles.root}>
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Cette version d'Excel est trop ancienne pour GEF</MessageBarTitle>
            {`Il lui manque ${missing.join(", ")}. Mettez Excel à jour, ou ouvrez le classeur dans Excel sur le web.`}
          </MessageBarBody>
        </MessageBar>
        <Body1>{`GEF fonctionne avec ${VERSIONS_MINIMALES}. Office 2016 et Office 2019 (licences en volume) ne peuvent pas l'exécuter.`}</Body1>
        <Link href={`${helpUrl}#installation`}>Aide : installer et utiliser GEF</Link>
      </main>
    );
  }
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
        Dans Excel (Windows, Mac ou Excel sur le web), onglet Accueil, groupe « Gestion en flux » : cliquez sur « Ouvrir
        GEF ». GEF apparaît jusqu'à 12 heures après son déploiement ; s'il n'apparaît toujours pas, demandez à votre DSI
        de vous l'attribuer dans le Centre d'administration Microsoft 365.
      </Body1>
      <Body1>{`Versions d'Excel prises en charge : ${VERSIONS_MINIMALES}.`}</Body1>
      <Link href={`${helpUrl}#installation`}>Aide : installer et utiliser GEF</Link>
    </main>
  );
}
