/**
 * The command line's own errors (files, arguments, options), part of the catalogue of
 * src/domain/messages/: src/cli/errors.ts turns them into lines and the exit code 2. Pure text: no
 * file is touched here.
 */

export interface CliParams {
  fichier?: string;
  detail?: string;
  option?: string;
  commande?: string;
  /** The known command closest to what was typed. */
  suggestion?: string;
  /** The folder a file was to be written in. */
  dossier?: string;
}

/** Code → message of the command line's own errors. Adding a code here is the only way to add one. */
export const MESSAGES_CLI = {
  FICHIER_ABSENT: (p: CliParams) => `Fichier introuvable ou illisible : ${p.fichier ?? "?"}. Vérifiez le chemin.`,
  CSV_ILLISIBLE: (p: CliParams) => `${p.fichier ?? "?"} : fichier CSV illisible (${p.detail ?? ""}).`,
  CONVERSION_IMPOSSIBLE: (p: CliParams) =>
    `${p.fichier ?? "?"} est au format ${p.option === ".ods" || p.option === ".fods" ? "OpenDocument (.ods)" : `Excel ancien (${p.option ?? ".xls"})`} et GEF ne peut pas le convertir : ${p.detail ?? ""}. ` +
    `Ouvrez-le dans Excel ou LibreOffice Calc et enregistrez-le au format « Classeur Excel (.xlsx) » (Fichier > Enregistrer sous), ` +
    `ou installez LibreOffice pour que GEF le convertisse lui-même.`,
  REMPLIR_XLSX: (p: CliParams) =>
    `gef remplir écrit dans le classeur du bailleur : il lui faut un .xlsx (reçu : ${p.fichier ?? "?"}). Enregistrez-le en « Classeur Excel (.xlsx) », puis relancez.`,
  FICHIER_VIDE: (p: CliParams) =>
    `${p.fichier ?? "?"} est vide (0 octet) : la copie a sans doute échoué. Demandez à nouveau le fichier.`,
  PAS_UN_XLSX: (p: CliParams) =>
    `${p.fichier ?? "?"} n'est pas un classeur .xlsx. Ouvrez-le dans Excel et enregistrez-le au format « Classeur Excel (.xlsx) ».`,
  FICHIER_PROTEGE_OU_XLS: (p: CliParams) =>
    `${p.fichier ?? "?"} est protégé par un mot de passe ou au format .xls. ` +
    `Enregistrez-le en .xlsx sans mot de passe (Fichier > Informations > Protéger le classeur).`,
  XLSX_ILLISIBLE: (p: CliParams) =>
    `${p.fichier ?? "?"} est endommagé ou illisible : le fichier est peut-être incomplet (copie interrompue) ou n'est pas un vrai ` +
    `classeur .xlsx. Rouvrez-le dans Excel et enregistrez-le à nouveau (détail technique : ${p.detail ?? ""}).`,
  ARGUMENTS: (p: CliParams) =>
    `${p.detail ?? "Arguments invalides"}. Tapez « gef ${p.commande ? `${p.commande} ` : ""}--aide ».`,
  COMMANDE_INCONNUE: (p: CliParams) =>
    `Commande inconnue : « ${p.commande ?? ""} ».${p.suggestion === undefined ? "" : ` Vouliez-vous dire « ${p.suggestion} » ?`} ` +
    `Commandes : ${p.detail ?? "verifier, remplir, repartitions, decompte, consolider, objectifs, bilan"}. Tapez « gef --aide ».`,
  JOURNAL_INTROUVABLE: (p: CliParams) =>
    `Aucune feuille de ${p.fichier ?? "?"} ne contient de journal (en-têtes logement, réservataire, étape, date). ${p.detail ?? ""}`,
  PART_PLAFOND: (p: CliParams) =>
    `L'option --${p.option ?? "?"} : ${p.detail ?? ""} Pour le confirmer, ajoutez --convention.`,
  METHODE_OPTION: (p: CliParams) => `L'option --methode : ${p.detail ?? ""}`,
  ECRITURE: (p: CliParams) => `Impossible d'écrire ${p.fichier ?? "?"} (${p.detail ?? ""}).`,
  FICHIER_OCCUPE: (p: CliParams) =>
    `Impossible de remplacer ${p.fichier ?? "?"} (${p.detail ?? ""}) : le fichier est-il ouvert dans Excel ? Fermez-le, puis relancez.`,
  DOSSIER_ABSENT: (p: CliParams) =>
    `Impossible d'écrire ${p.fichier ?? "?"} : le dossier ${p.dossier ?? "?"} n'existe pas. Créez-le ou choisissez un autre dossier, puis relancez.`,
  DOSSIER_INACCESSIBLE: (p: CliParams) =>
    `Impossible d'écrire ${p.fichier ?? "?"} : le dossier ${p.dossier ?? "?"} n'est pas accessible en écriture (${p.detail ?? ""}). ` +
    `Choisissez un dossier où vous pouvez écrire, ou demandez ce droit.`,
  SORTIE_VIDE: (p: CliParams) =>
    `L'option ${p.option ?? "-o"} a reçu un nom vide. Tapez le fichier à écrire, par exemple ${p.detail ?? "« -o sortie.xlsx »"}.`,
  SORTIES_IDENTIQUES: (p: CliParams) =>
    `${p.option ?? "-o"} et ${p.detail ?? "?"} désignent le même fichier (${p.fichier ?? "?"}) : GEF écrirait l'un par-dessus l'autre. Choisissez deux noms différents.`,
  NOM_TROP_LONG: (p: CliParams) =>
    `${p.option ?? "-o"} : le début des noms de fichiers (${p.fichier ?? "?"}) est trop long pour y ajouter le nom de chaque réservataire (255 octets au plus par nom de fichier). Choisissez un nom plus court, ou un dossier (« -o envois/ »).`,
  AUCUN_FICHIER: (p: CliParams) =>
    `Aucun classeur .xlsx ne correspond à « ${p.fichier ?? ""} ». Vérifiez le chemin ou le motif.`,
  SORTIE_MANQUANTE: (p: CliParams) =>
    `Indiquez le classeur à écrire avec -o, par exemple « gef ${p.commande ?? ""} ${p.detail ?? ""} -o sortie.xlsx ».`,
  SORTIE_EST_ENTREE: (p: CliParams) =>
    `-o désigne le classeur lu (${p.fichier ?? "?"}). GEF ne le remplace qu'avec --ecraser ; sinon choisissez un autre nom de sortie.`,
  SORTIE_EST_LECTURE: (p: CliParams) =>
    `${p.option ?? "-o"} désigne le fichier lu (${p.fichier ?? "?"}${p.detail === undefined ? "" : `, donné à ${p.detail}`}) : GEF ne remplace jamais le fichier qu'il lit par son résultat. Choisissez un autre nom de sortie.`,
  SORTIE_PARMI_ENTREES: (p: CliParams) =>
    `-o désigne l'un des classeurs à consolider (${p.fichier ?? "?"}). Choisissez un autre nom de sortie.`,
  SORTIE_PAS_XLSX: (p: CliParams) => `Le fichier de sortie doit se terminer par .xlsx (reçu : ${p.fichier ?? "?"}).`,
  MODELE_INTROUVABLE: (p: CliParams) =>
    `Aucune feuille de ${p.fichier ?? "?"} ne contient le modèle DDETS « Calcul de l'assiette » (${p.detail ?? ""}). ` +
    `Vérifiez qu'il s'agit bien du classeur du bailleur, ou insérez le modèle vierge avec le volet GEF.`,
  MODELE_INCOMPLET: (p: CliParams) =>
    `Le modèle de ${p.fichier ?? "?"} (feuille « ${p.detail ?? ""} ») est incomplet : GEF ne peut pas le remplir sans ses colonnes EPCI ` +
    `et sa ligne « Patrimoine locatif ». Corrigez les erreurs ci-dessus (liste complète : gef verifier ${p.fichier ?? ""}).`,
  AUTRE_DEPARTEMENT: (p: CliParams) =>
    `${p.fichier ?? "?"} : ${p.detail ?? ""} La consolidation porte sur les EPCI des Alpes-Maritimes (CAPG, CAPL, CASA, MNCA et CARF) : ` +
    `ce classeur n'y est pas repris. Vérifiez-le avec « gef verifier ».`,
  ERREUR_INATTENDUE: (p: CliParams) =>
    `Erreur inattendue en traitant ${p.fichier ?? "?"} (${p.detail ?? ""}). Signalez-la avec le fichier en cause.`,
  AUCUN_LISIBLE: (p: CliParams) =>
    `Aucun des fichiers donnés (${p.detail ?? ""}) n'est utilisable : rien à ${p.option ?? "traiter"}.`,
} as const;

/** Stable codes of the command line's errors. */
export type CliCode = keyof typeof MESSAGES_CLI;

/** What the system said, in French, for the errors a user can act on. */
export const SYSTEM_DETAILS: Readonly<Record<string, string>> = {
  ENOSPC: "disque plein : libérez de la place ou écrivez ailleurs",
  EDQUOT: "quota disque dépassé : libérez de la place ou écrivez ailleurs",
  EACCES: "accès refusé : vérifiez les droits sur le dossier",
  EPERM: "opération refusée par le système : vérifiez les droits sur le dossier",
  EROFS: "le disque est en lecture seule",
  ENOENT: "dossier introuvable",
  ENOTDIR: "un élément du chemin n'est pas un dossier",
  EISDIR: "le chemin désigne un dossier",
  EBUSY: "fichier occupé par un autre programme",
  EMFILE: "trop de fichiers ouverts",
  ENAMETOOLONG: "nom de fichier trop long",
  EIO: "erreur d'entrée-sortie du disque",
};

/** Notes a command prints under what it wrote. */
export const NOTES_CLI = {
  caracteresRetires: (n: number): string =>
    `${n} caractère${n >= 2 ? "s" : ""} invalide${n >= 2 ? "s" : ""} retiré${n >= 2 ? "s" : ""} des textes écrits ` +
    `(caractères de contrôle ou non-caractères qu'un classeur .xlsx ne peut pas contenir, souvent venus d'un copier-coller).`,
  nomsNumerotes: (n: number): string =>
    `${n === 1 ? "Un nom de fichier a reçu" : `${n} noms de fichiers ont reçu`} un numéro, comme « (2) », car deux réservataires ` +
    `donnaient le même nom de fichier (noms identiques une fois coupés, ou différents seulement par la casse ou des caractères interdits).`,
} as const;

/** Details of the errors the CLI meets outside the system's codes. */
export const DETAILS_CLI = {
  memoire: "mémoire ou limite de taille dépassée",
  pasUnDossier: "c'est un fichier, pas un dossier",
  systeme: (code: string): string => `erreur système ${code}`,
  interne: (nom: string | undefined): string => `erreur interne de GEF${nom === undefined ? "" : ` (${nom})`}`,
} as const;
