/**
 * The e-mail draft of a mise à disposition (docs/regles/vacances.md): subject and body in French with
 * the fiche's essentials and the date limite, which the user copies or opens in the mail program
 * (`mailto:`); GEF sends nothing.
 */
import { dateFr } from "../../domain";
import type { Fiche } from "./fiche";

/** The fields of the fiche the e-mail quotes, in this order. */
const ESSENTIELS = [
  "Identifiant RPLS",
  "Résidence",
  "Adresse",
  "Étage",
  "Commune",
  "EPCI",
  "QPV",
  "Financement",
  "Typologie",
  "Surface habitable (m²)",
  "Total",
  "PMR",
  "Libération prévue le",
];

export interface Courriel {
  readonly objet: string;
  readonly corps: string;
}

/** The draft for the réservataire of a vacancy. */
export function brouillonCourriel(
  e: {
    logement: string;
    reservataire: string;
    miseADisposition: number;
    dateLimite: number;
    bailleur?: string | undefined;
  },
  fiche: Fiche,
): Courriel {
  const objet = `Mise à disposition du logement ${e.logement} – désignation attendue au plus tard le ${dateFr(e.dateLimite)}`;
  const lignes = ESSENTIELS.flatMap((l) => {
    const c = fiche.champs.find((x) => x.libelle === l);
    return c === undefined ? [] : [`- ${l === "Total" ? "Loyer et charges (total mensuel)" : l} : ${c.texte}`];
  });
  const corps = [
    "Bonjour,",
    "",
    `Dans le cadre de la gestion en flux, nous mettons à votre disposition le logement ${e.logement}, le ${dateFr(e.miseADisposition)}.`,
    "",
    ...lignes,
    "",
    `Merci de nous désigner vos candidats (trois si possible) au plus tard le ${dateFr(e.dateLimite)}, en nous retournant la fiche navette jointe complétée.`,
    "Sans désignation à cette date, le logement pourra être repris par le bailleur.",
    "",
    "Cordialement,",
    e.bailleur?.trim() || "",
  ].join("\n");
  return { objet, corps: corps.trimEnd() };
}

/** Longest `mailto:` URL GEF builds: mail programs and browsers cut or refuse longer ones. */
export const MAILTO_MAX = 2000;

/** Percent-encoding of RFC 6068 (encodeURIComponent, line breaks as CRLF). */
const enc = (s: string): string => encodeURIComponent(s.replace(/\r?\n/g, "\r\n"));

/**
 * A `mailto:` URL for the draft, at most `max` characters: the body is cut at a line's end when too
 * long (`tronque` then says so, and the pane and `gef` tell the user to paste the full text).
 */
export function urlMailto(
  destinataire: string,
  c: Courriel,
  max = MAILTO_MAX,
): { readonly url: string; readonly tronque: boolean } {
  const head = `mailto:${enc(destinataire.trim())}?subject=${enc(c.objet)}`;
  const full = `${head}&body=${enc(c.corps)}`;
  if (full.length <= max) return { url: full, tronque: false };
  const lines = c.corps.split("\n");
  const note = "\n[…] (texte complet dans la fiche navette)";
  while (lines.length > 0) {
    lines.pop();
    const url = `${head}&body=${enc(lines.join("\n") + note)}`;
    if (url.length <= max) return { url, tronque: true };
  }
  return { url: head.length <= max ? head : "mailto:", tronque: true };
}
