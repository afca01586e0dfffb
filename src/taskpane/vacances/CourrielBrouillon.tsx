/**
 * The e-mail draft of a mise à disposition: its subject and body to copy, and a `mailto:` link that
 * opens the user's mail program with them. GEF sends nothing (docs/choix.md « Vacances : courriel copié ou ouvert dans la messagerie »).
 */
import { Button, Field, Link, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { urlMailto, type Courriel } from "../../jobs";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export function CourrielBrouillon({ courriel }: { readonly courriel: Courriel }): React.JSX.Element {
  const styles = useStyles();
  const [copie, setCopie] = useState<"" | "fait" | "refus">("");
  const texte = `Objet : ${courriel.objet}\n\n${courriel.corps}`;
  const mail = urlMailto("", courriel);
  const copier = (): void => {
    const clip = typeof navigator === "undefined" ? undefined : navigator.clipboard;
    if (clip === undefined) {
      setCopie("refus");
      return;
    }
    clip.writeText(texte).then(
      () => setCopie("fait"),
      () => setCopie("refus"),
    );
  };
  return (
    <section className={styles.root} aria-label="Courriel au réservataire">
      <Text weight="semibold">Courriel au réservataire (brouillon : GEF n'envoie rien)</Text>
      <Field label="Objet">
        <Textarea readOnly value={courriel.objet} resize="vertical" />
      </Field>
      <Field label="Texte">
        <Textarea readOnly value={courriel.corps} rows={10} resize="vertical" />
      </Field>
      <div className={styles.row}>
        <Button onClick={copier}>Copier</Button>
        <Link href={mail.url} target="_blank" rel="noreferrer">
          Ouvrir dans la messagerie
        </Link>
      </div>
      <Text role="status">
        {copie === "fait"
          ? "Objet et texte copiés : collez-les dans votre messagerie, avec la fiche navette en pièce jointe."
          : copie === "refus"
            ? "La copie a été refusée par le navigateur : sélectionnez le texte ci-dessus et copiez-le (Ctrl+C)."
            : ""}
      </Text>
      {mail.tronque && (
        <Text>
          Le lien de messagerie ne porte que le début du texte (les messageries refusent les liens trop longs) : copiez
          le texte complet.
        </Text>
      )}
    </section>
  );
}
