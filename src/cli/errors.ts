/**
 * Errors of the command line itself (files, arguments), with their French messages and exit code.
 * Domain errors keep their own catalogue (src/domain/errors.ts); the template checker's findings
 * keep theirs (src/domain/template/diagnostics.ts).
 */

export interface CliParams {
  fichier?: string;
  detail?: string;
  option?: string;
  commande?: string;
  /** The known command closest to what was typed. */
  suggestion?: string;
}

const MESSAGES = {
  FICHIER_ABSENT: (p: CliParams) => `Fichier introuvable ou illisible : ${p.fichier ?? "?"}. Vérifiez le chemin.`,
  CSV_ILLISIBLE: (p: CliParams) => `${p.fichier ?? "?"} : fichier CSV illisible (${p.detail ?? ""}).`,
  CONVERSION_IMPOSSIBLE: (p: CliParams) =>
    `${p.fichier ?? "?"} est au format ${p.option === ".ods" || p.option === ".fods" ? "OpenDocument (.ods)" : `Excel ancien (${p.option ?? ".xls"})`} et GEF ne peut pas le convertir : ${p.detail ?? ""}. ` +
    `Ouvrez-le dans Excel ou LibreOffice Calc et enregistrez-le au format « Classeur Excel (.xlsx) » (Fichier > Enregistrer sous), ` +
    `ou installez LibreOffice pour que GEF le convertisse lui-même.`,
  REMPLIR_XLSX: (p: CliParams) =>
    `gef remplir écrit dans le classeur du bailleur : il lui faut un .xlsx (reçu : ${p.fichier ?? "?"}). Enregistrez-le en « Classeur Excel (.xlsx) », puis relancez.`,
  FICHIER_VIDE: (p: CliParams) => `${p.fichier ?? "?"} est vide (0 octet) : la copie a sans doute échoué. Demandez à nouveau le fichier.`,
  PAS_UN_XLSX: (p: CliParams) =>
    `${p.fichier ?? "?"} n'est pas un classeur .xlsx. Ouvrez-le dans Excel et enregistrez-le au format « Classeur Excel (.xlsx) ».`,
  FICHIER_PROTEGE_OU_XLS: (p: CliParams) =>
    `${p.fichier ?? "?"} est protégé par un mot de passe ou au format .xls. ` +
    `Enregistrez-le en .xlsx sans mot de passe (Fichier > Informations > Protéger le classeur).`,
  XLSX_ILLISIBLE: (p: CliParams) =>
    `${p.fichier ?? "?"} est endommagé ou illisible : le fichier est peut-être incomplet (copie interrompue) ou n'est pas un vrai ` +
    `classeur .xlsx. Rouvrez-le dans Excel et enregistrez-le à nouveau (détail technique : ${p.detail ?? ""}).`,
  ARGUMENTS: (p: CliParams) => `${p.detail ?? "Arguments invalides"}. Tapez « gef ${p.commande ? `${p.commande} ` : ""}--aide ».`,
  COMMANDE_INCONNUE: (p: CliParams) =>
    `Commande inconnue : « ${p.commande ?? ""} ».${p.suggestion === undefined ? "" : ` Vouliez-vous dire « ${p.suggestion} » ?`} ` +
    `Commandes : ${p.detail ?? "verifier, remplir, repartitions, decompte, consolider, objectifs, bilan"}. Tapez « gef --aide ».`,
  JOURNAL_INTROUVABLE: (p: CliParams) =>
    `Aucune feuille de ${p.fichier ?? "?"} ne contient de journal (en-têtes logement, réservataire, étape, date). ${p.detail ?? ""}`,
  DATE_OPTION: (p: CliParams) => `L'option --${p.option ?? "?"} attend une date comme 2024-12-31 ou 31/12/2024 (reçu : « ${p.detail ?? ""} »).`,
  PART_OPTION: (p: CliParams) =>
    `L'option --${p.option ?? "?"} attend un pourcentage de 0 à 100, comme 25 ou « 25 % » (reçu : « ${p.detail ?? ""} »).`,
  PART_PLAFOND: (p: CliParams) => `L'option --${p.option ?? "?"} : ${p.detail ?? ""} Pour le confirmer, ajoutez --convention.`,
  ANNEES_OPTION: (p: CliParams) => `L'option --annees attend un nombre entier d'années, 1 ou plus (reçu : « ${p.detail ?? ""} »).`,
  METHODE_OPTION: (p: CliParams) => `L'option --methode : ${p.detail ?? ""}`,
  ECRITURE: (p: CliParams) => `Impossible d'écrire ${p.fichier ?? "?"} (${p.detail ?? ""}). Le fichier est-il ouvert dans Excel ?`,
  AUCUN_FICHIER: (p: CliParams) => `Aucun classeur .xlsx ne correspond à « ${p.fichier ?? ""} ». Vérifiez le chemin ou le motif.`,
  SORTIE_MANQUANTE: (p: CliParams) =>
    `Indiquez le classeur à écrire avec -o, par exemple « gef ${p.commande ?? ""} ${p.detail ?? ""} -o sortie.xlsx ».`,
  SORTIE_EST_ENTREE: (p: CliParams) =>
    `-o désigne le classeur lu (${p.fichier ?? "?"}). GEF ne le remplace qu'avec --ecraser ; sinon choisissez un autre nom de sortie.`,
  SORTIE_EST_LECTURE: (p: CliParams) =>
    `${p.option ?? "-o"} désigne le fichier lu (${p.fichier ?? "?"}) : GEF ne remplace jamais le fichier qu'il lit par son résultat. Choisissez un autre nom de sortie.`,
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
  AUCUN_LISIBLE: (p: CliParams) => `Aucun des fichiers donnés (${p.detail ?? ""}) n'est utilisable : rien à ${p.option ?? "traiter"}.`,
} as const;

export type CliCode = keyof typeof MESSAGES;

/** An unusable input or argument: exit code 2, a French message, never a stack trace. */
export class CliError extends Error {
  readonly exitCode = 2;
  constructor(
    readonly code: CliCode,
    readonly params: CliParams = {},
  ) {
    super(MESSAGES[code](params));
  }
}

/** What the system said, in French, for the errors a user can act on. */
const SYSTEM: Readonly<Record<string, string>> = {
  ENOSPC: "disque plein : libérez de la place ou écrivez ailleurs",
  EDQUOT: "quota disque dépassé : libérez de la place ou écrivez ailleurs",
  EACCES: "accès refusé : vérifiez les droits sur le dossier",
  EPERM: "opération refusée par le système : vérifiez les droits sur le dossier",
  EROFS: "le disque est en lecture seule",
  ENOENT: "dossier introuvable",
  ENOTDIR: "un élément du chemin n'est pas un dossier",
  EISDIR: "le chemin désigne un dossier",
  EBUSY: "fichier occupé par un autre programme (ouvert dans Excel ?)",
  EMFILE: "trop de fichiers ouverts",
  ENAMETOOLONG: "nom de fichier trop long",
  EIO: "erreur d'entrée-sortie du disque",
};

/** A French detail for an error thrown by the system or by GEF; never English text from Node. */
export function systemDetail(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === "string" && SYSTEM[code] !== undefined) return SYSTEM[code];
  if (e instanceof RangeError) return "mémoire ou limite de taille dépassée";
  if (typeof code === "string") return `erreur système ${code}`;
  return `erreur interne de GEF${e instanceof Error ? ` (${e.name})` : ""}`;
}

/** The French message of anything thrown while handling one file (a CliError keeps its own). */
export function problemOf(e: unknown, fichier: string): CliError {
  if (e instanceof CliError) return e;
  return new CliError("ERREUR_INATTENDUE", { fichier, detail: systemDetail(e) });
}

/** Edit distance between two short words (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * The error for an unknown command, with the closest known one [D]: accents and case ignored
 * (« vérifier », « VERIFIER »), a prefix (« verif ») or at most 2 typing errors (« verifeir »).
 */
export function unknownCommand(typed: string, known: readonly string[]): CliError {
  const fold = (s: string): string => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  const t = fold(typed.slice(0, 40));
  let best: string | undefined;
  let bestScore = Infinity;
  for (const k of known) {
    const score = t.length >= 3 && k.startsWith(t) ? 0 : distance(t, k);
    if (score < bestScore) [best, bestScore] = [k, score];
  }
  const suggestion = bestScore <= Math.min(2, Math.max(1, Math.floor(t.length / 3))) || (t !== "" && bestScore === 0) ? best : undefined;
  return new CliError("COMMANDE_INCONNUE", { commande: typed, detail: known.join(", "), ...(suggestion === undefined ? {} : { suggestion }) });
}
