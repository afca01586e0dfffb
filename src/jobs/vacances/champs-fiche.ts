/**
 * The fields of the fiche navette (docs/regles/vacances.md), by section, with the headers that give
 * them in a dwelling table (RPLS names first). A field the table lacks reads « non renseigné », never
 * a guess; the dates and the réservataire come from the vacancy, the last lines are left for the
 * réservataire to fill.
 */
import { COLONNE_IDENTIFIANT, COLONNES_ATTRIBUTS, LOGEMENT_COLUMNS, type TableSpec } from "../../domain";

/** Dwelling-table columns the fiche reads. */
export const COLONNES_FICHE = {
  rpls: {
    nom: "identifiant RPLS",
    aliases: ["ident rep", "identifiant rpls", "numero rpls", "n rpls", "id rpls", "rpls id", "rpls"],
  },
  interne: {
    nom: "identifiant du bailleur",
    aliases: [
      "ident int",
      "identifiant interne",
      ...COLONNE_IDENTIFIANT.identifiant.aliases.filter((a) => !a.includes("rpls") && a !== "ident rep"),
    ],
  },
  residence: {
    nom: "résidence",
    aliases: [
      "residence",
      "nom residence",
      "nom de la residence",
      "programme",
      "nom du programme",
      "groupe",
      "ensemble immobilier",
    ],
  },
  numvoie: { nom: "numéro de voie", aliases: ["numvoie", "numero de voie", "n voie", "numero voie"] },
  typvoie: { nom: "type de voie", aliases: ["typvoie", "type de voie", "type voie"] },
  nomvoie: { nom: "voie", aliases: ["nomvoie", "nom de voie", "voie", "nom voie", "rue"] },
  adresse: { nom: "adresse", aliases: ["adresse", "adresse du logement", "adresse complete"] },
  codepostal: { nom: "code postal", aliases: ["codepostal", "code postal", "cp"] },
  bat: { nom: "bâtiment", aliases: ["bat", "batiment"] },
  esc: { nom: "escalier", aliases: ["esc", "escalier"] },
  etage: { nom: "étage", aliases: ["etage", "niveau"] },
  numappt: {
    nom: "numéro d'appartement",
    aliases: ["numappt", "numero d appartement", "n appartement", "appartement", "porte"],
  },
  commune: COLONNES_ATTRIBUTS.commune,
  epci: LOGEMENT_COLUMNS.epci,
  qpv: COLONNES_ATTRIBUTS.qpv,
  financement: COLONNES_ATTRIBUTS.financement,
  typologie: COLONNES_ATTRIBUTS.typologie,
  surface: {
    nom: "surface habitable",
    aliases: ["surfhab", "surface habitable", "surface", "shab", "surface habitable m2"],
  },
  construction: COLONNES_ATTRIBUTS.construction,
  ascenseur: { nom: "ascenseur", aliases: ["ascenseur", "presence ascenseur", "asc"] },
  annexes: { nom: "annexes", aliases: ["annexes", "annexe", "parking", "cave", "garage", "stationnement"] },
  loyer: {
    nom: "loyer principal",
    aliases: ["loyerprinc", "loyer principal", "loyer", "loyer hors charges", "loyer hc"],
  },
  loyerAcc: {
    nom: "loyer accessoire",
    aliases: ["loyeracc", "loyer accessoire", "loyers accessoires", "loyer annexes"],
  },
  charges: {
    nom: "charges",
    aliases: ["charges", "provisions pour charges", "provision charges", "charges locatives"],
  },
  pmr: LOGEMENT_COLUMNS.pmr,
  adaptation: {
    nom: "adaptation",
    aliases: ["adaptation", "logement adapte", "adapte", "adaptation handicap", "accessibilite"],
  },
  dpe: {
    nom: "DPE énergie",
    aliases: ["dpeenergie", "dpe energie", "dpe", "etiquette energie", "classe energie", "dpe classe energie"],
  },
  chauffage: {
    nom: "chauffage",
    aliases: ["chauffage", "mode de chauffage", "type de chauffage", "chauffage individuel collectif"],
  },
} as const satisfies TableSpec<string>;

export type ChampTable = keyof typeof COLONNES_FICHE;

/** One line of the fiche: its label and where its value comes from. */
export interface ChampFiche {
  readonly libelle: string;
  /** A column of the table, a computed value, or a blank for the réservataire. */
  readonly source:
    | ChampTable
    | "bailleur"
    | "fiche"
    | "adresse"
    | "total"
    | "conge"
    | "liberation"
    | "mad"
    | "limite"
    | "validation"
    | "reservataire"
    | "raison"
    | "blanc";
}

/** The fiche's sections, in the order printed. */
export const SECTIONS_FICHE: readonly { readonly titre: string; readonly champs: readonly ChampFiche[] }[] = [
  {
    titre: "Identification",
    champs: [
      { libelle: "Bailleur", source: "bailleur" },
      { libelle: "Numéro de fiche", source: "fiche" },
      { libelle: "Identifiant RPLS", source: "rpls" },
      { libelle: "Identifiant du bailleur", source: "interne" },
      { libelle: "Résidence", source: "residence" },
      { libelle: "Adresse", source: "adresse" },
      { libelle: "Bâtiment", source: "bat" },
      { libelle: "Escalier", source: "esc" },
      { libelle: "Étage", source: "etage" },
      { libelle: "N° d'appartement", source: "numappt" },
      { libelle: "Commune", source: "commune" },
      { libelle: "EPCI", source: "epci" },
      { libelle: "QPV", source: "qpv" },
    ],
  },
  {
    titre: "Le logement",
    champs: [
      { libelle: "Financement", source: "financement" },
      { libelle: "Typologie", source: "typologie" },
      { libelle: "Surface habitable (m²)", source: "surface" },
      { libelle: "Année de construction", source: "construction" },
      { libelle: "Ascenseur", source: "ascenseur" },
      { libelle: "Annexes", source: "annexes" },
    ],
  },
  {
    titre: "Le prix (par mois)",
    champs: [
      { libelle: "Loyer principal", source: "loyer" },
      { libelle: "Loyer accessoire", source: "loyerAcc" },
      { libelle: "Charges", source: "charges" },
      { libelle: "Total", source: "total" },
    ],
  },
  {
    titre: "Accessibilité",
    champs: [
      { libelle: "PMR", source: "pmr" },
      { libelle: "Adaptation", source: "adaptation" },
    ],
  },
  {
    titre: "Technique",
    champs: [
      { libelle: "DPE énergie", source: "dpe" },
      { libelle: "Chauffage", source: "chauffage" },
    ],
  },
  {
    titre: "Dates",
    champs: [
      { libelle: "Congé reçu le", source: "conge" },
      { libelle: "Libération prévue le", source: "liberation" },
      { libelle: "Mise à disposition le", source: "mad" },
      { libelle: "Date limite de désignation", source: "limite" },
      { libelle: "Date limite de validation", source: "validation" },
    ],
  },
  {
    titre: "Le réservataire",
    champs: [
      { libelle: "Réservataire", source: "reservataire" },
      { libelle: "Pourquoi lui", source: "raison" },
    ],
  },
  {
    titre: "À remplir par le réservataire",
    champs: [
      { libelle: "Candidat 1", source: "blanc" },
      { libelle: "Candidat 2", source: "blanc" },
      { libelle: "Candidat 3", source: "blanc" },
      { libelle: "Contact (nom, téléphone, courriel)", source: "blanc" },
      { libelle: "Date", source: "blanc" },
    ],
  },
];
