/**
 * The help pages of `gef` (`gef --aide`, `gef <commande> --aide`), in French; objectifs, bilan and programme keep
 * theirs beside their command.
 */
import { AIDE_BILAN } from "./commands/bilan";
import { AIDE_OBJECTIFS } from "./commands/objectifs";
import { AIDE_PROGRAMME } from "./commands/programme";
import { AIDE_ECHEANCES } from "./commands/echeances";
import { AIDE_NAVETTE } from "./commands/navette";
import { AIDE_VACANCE } from "./commands/vacance";

export const AIDE = `gef — gestion en flux des droits de réservation, sur des classeurs .xlsx (sans ouvrir Excel)

Usage : gef <commande> [options]

Commandes :
  verifier <fichiers.xlsx…>                  vérifie le modèle DDETS « calcul de l'assiette » de chaque fichier
  remplir <classeur.xlsx> -o <sortie.xlsx>   remplit les colonnes EPCI (formules et valeurs), comme le volet
  consolider <fichiers.xlsx…> -o <sortie.xlsx>   une feuille par EPCI, une ligne par bailleur, et les problèmes
             --bilans <bilans.xlsx…>           les bilans reçus des bailleurs, pour un réservataire
  decompte <journal.xlsx> [--debut D] [--fin D] [-o bilan.xlsx]   bilan par réservataire et étape
  repartitions <classeur.xlsx> -o <sortie.xlsx> [--epci SIGLE]   répartitions « style ERILIA » (+ rapport HTML)
  objectifs <classeur.xlsx> [-o objectifs.xlsx] [--epci SIGLE]   objectif annuel de chaque réservataire par EPCI
  bilan <journal.xlsx> --periode S1|S2|annee [--annee AAAA] [-o bilan.xlsx]   bilan du flux (ou --annuel AAAA)
  programme <operation.xlsx> [--part "NOM=POURCENT" …] [-o repartition.xlsx]   premières locations d'une opération neuve
  echeances <journal.xlsx> [--au AAAA-MM-JJ] [--jours 7] [--tout]   vacances à relancer (date limite passée ou proche)
  navette <parc.xlsx> --journal <journal.xlsx> [--logement ID…] -o <dossier/>   fiches navettes et brouillons de courriel
  vacance <parc.xlsx> --journal <journal.xlsx> --logement ID --date D -o <journal-a-jour.xlsx>   note une mise à disposition

Les fichiers peuvent être donnés un à un, par un motif (dossier/*.xlsx) ou par un dossier. GEF lit les
.xlsx et les .csv (« ; » ou « , », UTF-8 ou Windows-1252, dont les fichiers RPLS en open data), et les
.ods ou .xls par LibreOffice s'il est installé. Aucune commande n'écrit sur le fichier qu'elle lit.
Options communes : --json (sortie pour les scripts), --aide (aide d'une commande : gef verifier --aide).
Codes de sortie : 0 sans problème, 1 problèmes trouvés, 2 fichier ou arguments inutilisables.`;

const PARTS = `  --part-prioritaires <P>    part de l'État pour ses demandeurs prioritaires, en points : 25 ou « 25 % » (défaut 25, le plafond légal)
  --part-fonctionnaires <P>  part de l'État pour ses agents, en % (défaut 5, le plafond légal)
  --convention               une convention signée fixe une part au-delà des plafonds légaux (25 % et 5 %)`;

export const AIDES: Record<string, string> = {
  objectifs: AIDE_OBJECTIFS,
  bilan: AIDE_BILAN,
  programme: AIDE_PROGRAMME,
  echeances: AIDE_ECHEANCES,
  navette: AIDE_NAVETTE,
  vacance: AIDE_VACANCE,
  verifier: `gef verifier <fichiers.xlsx…> [options]

Vérifie le modèle DDETS « Calcul de l'assiette » de chaque classeur, avec les règles, les codes et les
messages du volet : lignes et colonnes EPCI manquantes ou en double, montants illisibles, négatifs ou
non entiers, totaux et assiette faux, taux saisi « 5 » au lieu de « 5 % » ou inhabituel, demandes de
l'État au-delà des plafonds, réponses OUI/NON et adresse mail. Le modèle est cherché sur la feuille
active du classeur, puis sur les autres, dans leurs 1 024 premières lignes : une table de logements
à côté du modèle n'est lue que sur ces lignes, et sa vérification ne coûte presque rien.

Pour chaque fichier : la liste des problèmes (gravité, cellule, message, code) et un verdict,
« conforme » ou « N erreur(s), M avertissement(s) ».

${PARTS}
  --infos                    affiche aussi les informations (colonnes ignorées, demandes sous le plafond…)
  --json                     sortie JSON (tous les constats, informations comprises)

Code de sortie : 0 si aucun fichier n'a d'erreur (les avertissements n'échouent pas), 1 si un fichier
a une erreur ou est inutilisable, 2 si aucun fichier n'a pu être lu.

Exemple : gef verifier "Conventions 2024/*.xlsx"`,

  remplir: `gef remplir <classeur.xlsx> -o <sortie.xlsx> [options]

Remplit les colonnes EPCI (CAPG, CAPL, CASA, MNCA, CARF) du modèle DDETS, comme le bouton
« Remplir les colonnes EPCI » du volet :
  - les lignes calculées reçoivent des formules Excel (SOMME, ARRONDI.INF…) qui restent justes ;
  - si le classeur contient une table des logements (extraction RPLS ou liste du bailleur), le
    patrimoine, les PLI, les logements étudiants, PMR et PLAI adaptés sont comptés par EPCI ;
  - si le classeur contient une table des mouvements (EPCI, année, entrées, départs, parc,
    mutations), le taux de rotation et le volume des mutations en sont tirés.
Une cellule qui contient déjà une valeur saisie n'est jamais remplacée sans --ecraser : elle est
listée, et le code de sortie est 1. Une cellule prise dans une zone fusionnée n'est jamais écrite :
elle est listée aussi (défusionnez la zone, puis relancez). Seule la feuille du modèle est réécrite ;
le reste du classeur (autres feuilles, mises en forme, commentaires, graphiques, images) est recopié
octet pour octet. Le classeur lu n'est jamais modifié, sauf si -o le désigne et que --ecraser est donné.

  -o, --sortie <f.xlsx>      classeur à écrire (obligatoire)
  --ecraser                  remplace aussi les valeurs saisies (et autorise -o = classeur lu)
  --methode <M>              taux de rotation : ENTREES (défaut), DEPARTS ou MOYENNE
  --annees <N>               nombre d'années les plus récentes de la table des mouvements, de 1 à 50 (défaut : toutes)
${PARTS}
  --json                     sortie JSON

Code de sortie : 0 rempli, 1 rempli mais des cellules ont été conservées ou des erreurs restent,
2 classeur ou arguments inutilisables.

Exemple : gef remplir bailleur.xlsx -o bailleur-rempli.xlsx --methode MOYENNE --annees 3`,

  consolider: `gef consolider <fichiers.xlsx…> -o <consolidation.xlsx> [options]

Rassemble les modèles « Calcul de l'assiette » de plusieurs bailleurs dans un classeur :
  - une feuille par EPCI (CAPG, CAPL, CASA, MNCA, CARF), une ligne par bailleur : patrimoine,
    logements exclus, soustraits, nouvelles opérations, assiette, taux de rotation, volume annuel,
    demandes prioritaires et fonctionnaires de l'État ; une ligne Total en formules Excel (le taux
    total est Σ volume ÷ Σ assiette) ;
  - une feuille « Problèmes » : chaque constat de chaque fichier (fichier, gravité, cellule, code,
    message), et les fichiers inutilisables (pas un .xlsx, protégé, sans modèle, autre département) ;
    s'y ajoutent les valeurs qui faussent les totaux : un nombre de logements négatif, un taux de
    rotation hors de 0 à 100 % (« 5 » saisi pour 5 %), un bailleur donné dans deux fichiers.
Le nom du bailleur est lu sur la ligne « Nom du bailleur », à défaut le nom du fichier.

  -o, --sortie <f.xlsx>      classeur à écrire (obligatoire)
${PARTS}
  --json                     sortie JSON

Code de sortie : 0 tous les modèles conformes, 1 une erreur, une valeur hors bornes, un bailleur en
double ou un fichier inutilisable, 2 aucun fichier utilisable (rien n'est écrit).

Exemple : gef consolider dossier/*.xlsx -o consolidation-2024.xlsx

gef consolider --bilans <bilan1.xlsx> <bilan2.xlsx>… [-o <bilans-recus.xlsx>] [--json]

Rassemble, pour un réservataire, les bilans du flux reçus de ses bailleurs (écrits par
gef bilan --par-reservataire ou par le volet, onglet Suivi du flux), reconnus à leur disposition ;
un autre fichier est refusé en le nommant, les autres sont consolidés. Feuille « Bilans reçus » :
par bailleur × EPCI × réservataire l'objectif, les mises à disposition, propositions, attributions,
baux signés, l'atteinte, l'écart à l'attendu et le taux de chute, un total par EPCI et un total
général, et un graphique natif de l'atteinte par bailleur. Des bilans de périodes différentes (S1 et
année) sont signalés et ont chacun leur tableau : jamais additionnés.
  --json                     { lignes: [{ bailleur, epci, objectif, misesADisposition, propositions,
                             attributions, baux }…], totaux } (totaux vaut null si les périodes diffèrent)

Code de sortie : 0 tout consolidé, 1 un fichier refusé, un bilan en double ou des périodes
différentes, 2 aucun bilan utilisable (rien n'est écrit).

Exemple : gef consolider --bilans recus/*.xlsx -o bilans-recus-S1-2024.xlsx`,

  decompte: `gef decompte <journal.xlsx> [options]

Compte le flux par réservataire et par étape (mise à disposition, proposition, attribution, bail),
avec les règles de =GEF.DECOMPTE : une vacance compte au plus une fois par étape, pour le
réservataire de son dernier événement de cette étape.

  --debut <date>     première date de la période, incluse (2024-01-01 ou 01/01/2024)
  --fin <date>       dernière date de la période, incluse
  --feuille <nom>    feuille du journal (par défaut : la première qui en contient un)
  -o, --sortie <f>   écrit le bilan dans un classeur .xlsx
  --json             sortie JSON`,

  repartitions: `gef repartitions <classeur.xlsx> [-o repartitions.xlsx] [options]

Les trois répartitions « style ERILIA » (catégorie de réservataire × financement, plafond, typologie)
d'une table des logements ou d'un état des lieux : tableaux dans un .xlsx et rapport HTML imprimable
avec les trois graphiques (SVG), les graphiques Excel natifs étant tracés par le volet.

  -o, --sortie <f>         classeur .xlsx des tableaux (le rapport va à côté, en .html)
  --html <f>               chemin du rapport HTML
  --epci <EPCI>            un seul EPCI (sigle, nom ou SIREN) ; par défaut tous
  --bailleur <nom>         nom du bailleur dans les titres
  --regles <f.json>        règles libellé → catégorie (exportées du volet) ; par défaut celles de GEF
  --autres                 compte les libellés non classés en AUTRES RESERVATAIRES
  --malgre-incoherences    trace un état des lieux dont les totaux ne concordent pas
  --json                   sortie JSON
Code de sortie 1 quand des libellés ou des lignes ne sont pas classés.`,
};
