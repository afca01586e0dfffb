/** The custom functions as the pane presents them, each linked to its help section. */
import { Body1, Link, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { FUNCTIONS } from "./functions-list";
import { functionsIn, readNamespace } from "./namespace";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

export function FunctionsTab({ helpUrl }: { readonly helpUrl: string }): React.JSX.Element {
  const styles = useStyles();
  const namespace = readNamespace();
  return (
    <section aria-labelledby="gef-fonctions">
      <Subtitle2 as="h2" id="gef-fonctions">
        Fonctions GEF
      </Subtitle2>
      <Body1 block>
        Calculer dans vos propres cellules l'assiette, le taux de rotation, le flux de chaque réservataire, le décompte,
        le taux de chute et le prochain réservataire à servir : tapez « ={namespace}. » dans une cellule. Les exemples
        sont écrits pour un Excel français (« ; » entre les arguments).
      </Body1>
      <ul className={styles.list}>
        {functionsIn(FUNCTIONS, namespace).map((f) => (
          <li key={f.nom}>
            <Link href={`${helpUrl}#${f.ancre}`} target="_blank">
              {f.nom}
            </Link>
            <Text block>{f.role}</Text>
            <Text block className={styles.code}>
              {f.exemple}
            </Text>
          </li>
        ))}
      </ul>
      <Link href={helpUrl} target="_blank">
        Aide complète : arguments, erreurs et exemples de chaque fonction
      </Link>
    </section>
  );
}
