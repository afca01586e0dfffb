/**
 * What the help says of each custom function beyond its JSDoc (functions.ts): presentation, details
 * of the arguments, errors and worked examples. `npm run help` (scripts/help/) joins the two into
 * src/help/help.html, src/taskpane/functions-list.ts and README.md's table; a test fails when they
 * drift. The JSDoc gives the name, the anchor, the summary, each argument (name, optional, first
 * sentence) and the result; nothing here repeats it. Text is French, HTML where said; every formula
 * is written as a French Excel writes it (`;`, decimal comma, French function names).
 */

/** An argument's help beyond its JSDoc sentence. */
export interface ArgumentHelp {
  /** HTML: the value taken when the argument is left out, shown as « Non (…) ». */
  readonly omitted?: string;
  /** HTML appended to the JSDoc sentence in the arguments table. */
  readonly details?: string;
}

export interface ErrorHelp {
  readonly error: "#VALEUR!" | "#DIV/0!" | "#N/A";
  /** HTML. */
  readonly when: string;
}

/** The example shown in the pane, in README.md's table and highlighted in the help. */
export interface MainExample {
  /** The formula, French Excel syntax. */
  readonly formula: string;
  /** Plain text: the result, for the pane and README.md. */
  readonly resultText: string;
  /** Plain text: what the cells hold, for README.md. */
  readonly context?: string;
  /** HTML: the result as the help shows it after « → » (default: `resultText`); null: no arrow. */
  readonly resultHtml?: string | null;
  /** HTML after the result, on the same line. */
  readonly after?: string;
}

export interface FunctionHelp {
  /** Plain text: the sommaire's words after the name (« l'assiette »). */
  readonly title: string;
  /** Plain text: one line for the pane's list. */
  readonly role: string;
  /** HTML after the JSDoc summary. */
  readonly intro: string;
  /** Keyed by the JSDoc parameter name; every parameter has an entry, even empty. */
  readonly arguments: Readonly<Record<string, ArgumentHelp>>;
  /** Sections between the arguments and the result (HTML bodies). */
  readonly sections?: readonly { readonly title: string; readonly html: string }[];
  /** HTML after the JSDoc @returns sentence. */
  readonly result?: string;
  readonly errors: readonly ErrorHelp[];
  readonly example: { readonly before?: string; readonly main: MainExample; readonly after?: string };
}

const TABLE_ROTATION = `<div class="defile" role="region" aria-label="Exemple de GEF.TAUX_ROTATION" tabindex="0">
<table class="feuille">
<caption>Trois années, de la plus ancienne (colonne B) à la plus récente (colonne D)</caption>
<thead><tr><th scope="col"><span class="discret">Ligne</span></th><th scope="col">A</th><th scope="col">B</th><th scope="col">C</th><th scope="col">D</th></tr></thead>
<tbody>
<tr><th scope="row">1</th><td></td><td>Année 1</td><td>Année 2</td><td>Année 3</td></tr>
<tr><th scope="row">2</th><td>Parc</td><td class="n">5&nbsp;300</td><td class="n">5&nbsp;350</td><td class="n">5&nbsp;367</td></tr>
<tr><th scope="row">3</th><td>Entrées</td><td class="n">290</td><td class="n">262</td><td class="n">253</td></tr>
</tbody>
</table>
</div>`;

const JOURNAL = [
  ["logement", "réservataire", "étape", "date"],
  ["L1", "PREFECTURE", "MISE_A_DISPOSITION", "15/12/2023"],
  ["L1", "ACTION LOGEMENT", "MISE_A_DISPOSITION", "10/01/2024"],
  ["L1", "ACTION LOGEMENT", "ATTRIBUTION", "20/01/2024"],
  ["L1", "ACTION LOGEMENT", "BAIL", "01/02/2024"],
  ["L2", "VILLE DE NICE", "MISE_A_DISPOSITION", "05/03/2024"],
  ["L2", "VILLE DE NICE", "ATTRIBUTION", "20/03/2024"],
];

const TABLE_JOURNAL = `<div class="defile" role="region" aria-label="Journal de l'exemple de GEF.DECOMPTE" tabindex="0">
<table class="feuille">
<caption>Le journal, en A1:D7</caption>
<thead><tr><th scope="col"><span class="discret">Ligne</span></th><th scope="col">A</th><th scope="col">B</th><th scope="col">C</th><th scope="col">D</th></tr></thead>
<tbody>
${JOURNAL.map((r, i) => `<tr><th scope="row">${i + 1}</th>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("\n")}
</tbody>
</table>
</div>`;

const NOT_A_NUMBER = "un texte qui n'est pas un nombre";

export const FUNCTION_HELP: Readonly<Record<string, FunctionHelp>> = {
  ASSIETTE: {
    title: "l'assiette",
    role: "Assiette à répartir",
    intro: `<p class="formule">assiette = patrimoine − exclus − soustraits + nouvelles opérations</p>
<p>C'est le calcul de la ligne «&nbsp;Assiette à répartir entre les réservataires&nbsp;» du modèle de la DDETS des Alpes-Maritimes.</p>`,
    arguments: {
      patrimoine: {},
      exclus: { omitted: "0", details: "En détail&nbsp;: PLI, foyers de travailleurs migrants, structures médico-sociales, CHRS et résidences sociales, logements étudiants, réservations défense nationale ou sécurité intérieure. La plage des lignes «&nbsp;dont&nbsp;» du modèle convient." },
      soustraits: { omitted: "0", details: "Ceux de l'année&nbsp;: mutations internes, relogements ANRU et hors ANRU, logements insalubres avec obligation de relogement, ventes." },
      nouvelles_operations: { omitted: "0", details: "Les mises en service." },
    },
    errors: [
      { error: "#VALEUR!", when: "Une cellule contient un texte qui n'est pas un nombre, VRAI ou FAUX, une erreur, ou un nombre négatif (même une seule cellule d'une plage)." },
      { error: "#VALEUR!", when: "Le résultat serait négatif. Le message donne le calcul complet et ses deux côtés&nbsp;: les retraits (exclus + soustraits) et les ressources (patrimoine + nouvelles opérations)." },
    ],
    example: {
      before: `<div class="defile" role="region" aria-label="Exemple de GEF.ASSIETTE" tabindex="0">
<table>
<caption>Un bailleur sur un EPCI</caption>
<thead><tr><th scope="col">Ligne du modèle</th><th scope="col" class="n">Logements</th></tr></thead>
<tbody>
<tr><th scope="row">Patrimoine RPLS au 1<sup>er</sup> janvier</th><td class="n">5&nbsp;600</td></tr>
<tr><th scope="row">Total logements exclus de l'assiette</th><td class="n">150</td></tr>
<tr><th scope="row">Total logements soustraits du flux</th><td class="n">100</td></tr>
<tr><th scope="row">Nouvelles opérations</th><td class="n">17</td></tr>
<tr class="total"><th scope="row">Assiette</th><td class="n">5&nbsp;367</td></tr>
</tbody>
</table>
</div>`,
      main: { formula: "=GEF.ASSIETTE(5600;150;100;17)", resultText: "5\u00a0367" },
      after: `<p>5&nbsp;600 − 150 − 100 + 17 = 5&nbsp;367. Avec les cellules du modèle, on peut passer directement les plages des lignes «&nbsp;dont&nbsp;»&nbsp;: elles sont additionnées.</p>
<p>Si les retraits dépassent les ressources, par exemple <code>=GEF.ASSIETTE(100;150;10;17)</code>, le résultat est <span class="erreur">#VALEUR!</span> avec ce message&nbsp;:</p>
<blockquote>L'assiette serait négative&nbsp;: patrimoine 100 − exclus 150 − soustraits 10 + nouvelles opérations 17 = -43&nbsp;; retraits 160 &gt; ressources 117. Les logements exclus et soustraits ne peuvent pas dépasser le patrimoine augmenté des nouvelles opérations&nbsp;; vérifiez ces montants.</blockquote>`,
    },
  },
  TAUX_ROTATION: {
    title: "le taux de rotation",
    role: "Taux de rotation groupé sur plusieurs années",
    intro: `<p class="formule">taux = Σ mouvements ÷ Σ parc</p>
<p>C'est un taux <strong>groupé</strong>, pas la moyenne des taux annuels&nbsp;: une année au parc plus grand pèse davantage. C'est un choix de GEF, qui doit être indiqué dans le «&nbsp;mode de calcul du taux de rotation&nbsp;» du modèle.</p>`,
    arguments: {
      parc: { details: "Pas un bloc de plusieurs lignes et colonnes." },
      entrees: {},
      departs: { details: "En même nombre que le parc." },
      methode: {
        details: `Les mouvements comptés&nbsp;:
<ul>
<li><code>"ENTREES"</code>&nbsp;: les entrées (par défaut quand departs est vide)&nbsp;;</li>
<li><code>"DEPARTS"</code>&nbsp;: les départs&nbsp;;</li>
<li><code>"MOYENNE"</code>&nbsp;: la moyenne des entrées et des départs, (Σ entrées + Σ départs) ÷ 2 (par défaut quand departs est donné).</li>
</ul>`,
      },
      annees: { omitted: "toutes", details: "Un nombre entier de 1 au nombre d'années données&nbsp;; par exemple 1 pour la dernière année seulement." },
    },
    result: `<p>Un taux de 100&nbsp;% exactement est accepté.</p>
<div class="note">
<p>Un taux hors de 1&nbsp;% à 20&nbsp;% est inhabituel et mérite une vérification&nbsp;: le taux de mobilité du parc social était de 5,6&nbsp;% dans les Alpes-Maritimes en 2021 (6,8&nbsp;% en PACA, 8,6&nbsp;% en France métropolitaine). L'erreur la plus fréquente est de taper 5 au lieu de 5&nbsp;% dans une cellule de taux.</p>
</div>`,
    errors: [
      { error: "#VALEUR!", when: `Un texte qui n'est pas un nombre, un nombre négatif&nbsp;; un bloc de plusieurs lignes et colonnes&nbsp;; des listes parc, entrees, departs de longueurs différentes&nbsp;; une méthode inconnue&nbsp;; DEPARTS ou MOYENNE sans departs&nbsp;; annees qui n'est pas un entier de 1 au nombre d'années.` },
      { error: "#VALEUR!", when: "Le taux calculé dépasse 100&nbsp;%&nbsp;: les mouvements dépassent le parc (souvent un parc saisi en pourcentage)." },
      { error: "#DIV/0!", when: "La somme du parc des années retenues vaut 0." },
    ],
    example: {
      before: TABLE_ROTATION,
      main: {
        formula: "=GEF.TAUX_ROTATION(B2:D2;B3:D3)",
        context: "avec parc 5\u00a0300, 5\u00a0350, 5\u00a0367 et entrées 290, 262, 253",
        resultText: "5,03\u00a0% (805 ÷ 16\u00a0017, taux groupé)",
        resultHtml: "0,0503 soit 5,03&nbsp;%",
      },
      after: `<p>(290 + 262 + 253) ÷ (5&nbsp;300 + 5&nbsp;350 + 5&nbsp;367) = 805 ÷ 16&nbsp;017 ≈ 0,050259, soit 5,03&nbsp;%.</p>
<p class="formule"><code>=GEF.TAUX_ROTATION(B2:D2;B3:D3;;;1)</code> → <span class="resultat">0,0471 soit 4,71&nbsp;%</span></p>
<p>Dernière année seulement&nbsp;: 253 ÷ 5&nbsp;367 ≈ 0,047140, soit 4,71&nbsp;%.</p>
<p>La même chose sans cellules&nbsp;: <code>=GEF.TAUX_ROTATION({5300;5350;5367};{290;262;253})</code> → 5,03&nbsp;%.</p>
<p>Le volume annuel à attribuer est ensuite l'assiette multipliée par le taux retenu dans la convention&nbsp;: avec 5&nbsp;%, 5&nbsp;367 × 5&nbsp;% = 268,35, soit 268 logements (<code>=ARRONDI(5367*5%;0)</code>, ROUND en anglais). Voir <a href="#flux-reservataire">GEF.FLUX_RESERVATAIRE</a>.</p>`,
    },
  },
  FLUX_RESERVATAIRE: {
    title: "le flux de chaque réservataire",
    role: "Flux annuel de chaque réservataire",
    intro: `<p class="formule">flux d'un réservataire = volume × droit ÷ base</p>`,
    arguments: {
      volume: { details: "Par exemple 268,35 ou 268." },
      droits: { details: "Une colonne, une ligne ou une constante <code>{…}</code>&nbsp;; des logements réservés sont des droits de stock convertis." },
      base: { omitted: "somme des droits", details: "Vide&nbsp;: la somme des droits, et tout le volume est réparti." },
      arrondi: { omitted: `<code>"ENTIER"</code>`, details: `Avec <code>"EXACT"</code>, les valeurs décimales sont rendues sans arrondi.` },
    },
    result: `<p>Dans l'ordre et <strong>la forme des droits</strong>&nbsp;: trois droits en colonne donnent trois cellules en colonne (le résultat se propage).</p>
<p>Avec <code>"ENTIER"</code>, les logements sont répartis <strong>au plus fort reste</strong>&nbsp;: chacun reçoit d'abord la partie entière de sa part exacte, puis les logements restants vont un par un aux plus grandes parties décimales. À parties décimales égales, le logement va au plus gros droit, puis au premier de la liste. Les parts s'additionnent toujours à arrondi(volume × Σ droits ÷ base), arrondi au plus proche (0,5 vers le haut), et aucune ne s'écarte de plus d'un logement de sa part exacte.</p>`,
    errors: [
      { error: "#VALEUR!", when: `Un volume ou un droit négatif, ou ${NOT_A_NUMBER}&nbsp;; une base négative&nbsp;; un arrondi autre que ENTIER ou EXACT.` },
      { error: "#VALEUR!", when: "La somme des droits dépasse la base&nbsp;: par exemple des pourcentages tapés 20 au lieu de 20&nbsp;% avec une base 1, ou une base plus petite que les droits en logements." },
      { error: "#DIV/0!", when: "La base vaut 0 (ou, sans base, tous les droits valent 0)." },
    ],
    example: {
      before: `<p>Un EPCI, une assiette de 5&nbsp;367 logements, un taux de 5&nbsp;%&nbsp;: volume 5&nbsp;367 × 5&nbsp;% = 268,35, soit 268. Trois réservataires détiennent 2&nbsp;000, 2&nbsp;760 et 607 logements (B2:B4).</p>
<div class="defile" role="region" aria-label="Exemple de GEF.FLUX_RESERVATAIRE" tabindex="0">
<table>
<caption>Répartition de 268 logements</caption>
<thead><tr><th scope="col">Réservataire</th><th scope="col" class="n">Droits</th><th scope="col" class="n">Part</th><th scope="col" class="n">Flux exact</th><th scope="col" class="n">Flux entier</th></tr></thead>
<tbody>
<tr><th scope="row">Réservataire 1</th><td class="n">2&nbsp;000</td><td class="n">37,26&nbsp;%</td><td class="n">99,87</td><td class="n">100</td></tr>
<tr><th scope="row">Réservataire 2</th><td class="n">2&nbsp;760</td><td class="n">51,43&nbsp;%</td><td class="n">137,82</td><td class="n">138</td></tr>
<tr><th scope="row">Réservataire 3</th><td class="n">607</td><td class="n">11,31&nbsp;%</td><td class="n">30,31</td><td class="n">30</td></tr>
<tr class="total"><th scope="row">Total</th><td class="n">5&nbsp;367</td><td class="n">100&nbsp;%</td><td class="n">268,00</td><td class="n">268</td></tr>
</tbody>
</table>
</div>`,
      main: {
        formula: "=GEF.FLUX_RESERVATAIRE(268;{2000;2760;607})",
        resultText: "100 ; 138 ; 30, au plus fort reste",
        resultHtml: "{100;138;30}",
        after: ", sur trois cellules en colonne",
      },
      after: `<p>Parties entières&nbsp;: 99 + 137 + 30 = 266. Il reste 268 − 266 = 2 logements, qui vont aux deux plus grandes parties décimales, 0,87 et 0,82&nbsp;: 100, 138 et 30.</p>
<ul>
<li><code>=GEF.FLUX_RESERVATAIRE(268;B2:B4;;"EXACT")</code> → 99,87&nbsp;; 137,82&nbsp;; 30,31 (valeurs arrondies ici à deux décimales).</li>
<li><code>=GEF.FLUX_RESERVATAIRE(5367*5%;B2:B4)</code> → 100&nbsp;; 138&nbsp;; 30 aussi&nbsp;: le total est arrondi(268,35) = 268.</li>
<li>Un seul réservataire, rapporté à l'assiette&nbsp;: <code>=GEF.FLUX_RESERVATAIRE(268;2000;5367)</code> → 100.</li>
<li>Droits en pourcentages, 20&nbsp;% et 12,5&nbsp;% en C2:C3&nbsp;: <code>=GEF.FLUX_RESERVATAIRE(268;C2:C3;1)</code> → 54 et 33 (exact 53,6 et 33,5&nbsp;; total arrondi(268 × 32,5&nbsp;%) = arrondi(87,1) = 87).</li>
<li>Égalité des restes&nbsp;: <code>=GEF.FLUX_RESERVATAIRE(2;{1;3})</code> → {0;2}&nbsp;: parts exactes 0,5 et 1,5, le logement restant va au plus gros droit.</li>
</ul>
<div class="note">
<p><strong>Plafonds réglementaires.</strong> La part du préfet est un plafond («&nbsp;au plus&nbsp;»)&nbsp;: 25&nbsp;% du flux pour les ménages prioritaires et 5&nbsp;% pour les agents de l'État (CCH R.441-5-2). Le plus fort reste pouvant arrondir une part vers le haut, ne l'utilisez pas pour un plafond&nbsp;: arrondissez à l'entier inférieur, comme les lignes État du modèle DDETS.</p>
<p><code>=ARRONDI.INF(5367*5%*25%;0)</code> → 67 (67,09) et <code>=ARRONDI.INF(5367*5%*5%;0)</code> → 13 (13,42)&nbsp;; ROUNDDOWN en anglais.</p>
</div>`,
    },
  },
  DECOMPTE: {
    title: "le décompte et le bilan",
    role: "Décompte et bilan par réservataire",
    intro: `<p>Un logement réinjecté n'est pas compté deux fois.</p>`,
    arguments: {
      journal: { details: "<strong>Ligne d'en-têtes comprise</strong>, les autres colonnes sont ignorées&nbsp;; puis un événement par ligne. Les lignes entièrement vides sont ignorées." },
      reservataire: { details: "Le compte est celui de l'étape choisie. Le nom est comparé sans tenir compte des majuscules, accents et espaces&nbsp;; un nom sans événement compté donne 0." },
      etape: { omitted: `<code>"MISE_A_DISPOSITION"</code>`, details: "L'étape comptée quand un réservataire est donné&nbsp;; le bilan montre toujours les quatre." },
      debut: { omitted: "sans limite", details: `Une cellule date, <code>DATE(2024;1;1)</code>, ou un texte <code>"01/01/2024"</code> ou <code>"2024-01-01"</code>.` },
      fin: { omitted: "sans limite", details: "Sous les mêmes formes." },
    },
    sections: [
      {
        title: "Le journal",
        html: `<ul>
<li><strong>En-têtes</strong>&nbsp;: majuscules, accents et ponctuation ignorés, avec des synonymes courants. Logement&nbsp;: «&nbsp;n°&nbsp;logement&nbsp;», «&nbsp;identifiant&nbsp;», «&nbsp;référence logement&nbsp;», «&nbsp;RPLS&nbsp;»…&nbsp;; réservataire&nbsp;: «&nbsp;contingent&nbsp;», «&nbsp;bénéficiaire&nbsp;», «&nbsp;réservation&nbsp;»…&nbsp;; étape&nbsp;: «&nbsp;stade&nbsp;», «&nbsp;événement&nbsp;», «&nbsp;statut&nbsp;», «&nbsp;type&nbsp;»&nbsp;; date&nbsp;: «&nbsp;date événement&nbsp;» ou tout en-tête commençant par «&nbsp;date&nbsp;».</li>
<li><strong>Étapes</strong>&nbsp;: MISE_A_DISPOSITION, PROPOSITION, ATTRIBUTION, BAIL, ou leurs libellés français&nbsp;: «&nbsp;mise à disposition&nbsp;», «&nbsp;MAD&nbsp;», «&nbsp;proposition de candidats&nbsp;», «&nbsp;attribution CALEOL&nbsp;», «&nbsp;décision CALEOL&nbsp;», «&nbsp;bail signé&nbsp;», «&nbsp;signature du bail&nbsp;»…</li>
<li><strong>Dates</strong>&nbsp;: des dates Excel, ou des textes jour/mois/année (31/12/2024, 31-12-24, 31.12.2024) ou année-mois-jour (2024-12-31)&nbsp;; une heure qui suit est ignorée. Un texte est toujours lu jour d'abord, même dans un Excel en anglais.</li>
</ul>`,
      },
      {
        title: "Règles de comptage",
        html: `<ol>
<li>Les événements d'un même logement sont rangés par date, puis par étape (mise à disposition, proposition, attribution, bail), puis dans l'ordre des lignes.</li>
<li>Une vacance court du premier événement jusqu'à la signature du bail&nbsp;; un événement postérieur au bail ouvre une nouvelle vacance du même logement.</li>
<li>À chaque étape, une vacance compte au plus une fois, pour le réservataire de son <strong>dernier</strong> événement de cette étape&nbsp;: une réinjection vers un autre réservataire remplace la mise à disposition précédente.</li>
<li>C'est la date de ce dernier événement qui décide s'il tombe dans la période. Un logement proposé en décembre puis réinjecté en janvier compte donc une seule fois, l'année de la dernière mise à disposition.</li>
<li>Une ligne qui répète à l'identique une ligne précédente (même logement, étape, date et réservataire&nbsp;: une séquence collée deux fois) est ignorée&nbsp;: la séquence mise à disposition, attribution, bail collée deux fois compte 1, 1 et 1, pas 2 baux. Les bilans du volet et de <code>gef bilan</code> disent combien de lignes ont été ignorées.</li>
</ol>`,
      },
    ],
    result: `<ul>
<li><strong>Avec un réservataire</strong>&nbsp;: un nombre, son compte à l'étape choisie dans la période.</li>
<li><strong>Sans réservataire</strong>&nbsp;: le bilan, qui se propage sur 6 colonnes&nbsp;: une ligne d'en-têtes (Réservataire, Mises à disposition, Propositions, Attributions, Baux signés, Taux de chute), une ligne par réservataire trié par nom, puis une ligne Total. Un réservataire qui n'a rien de compté dans la période n'a pas de ligne. Le taux de chute (une fraction&nbsp;: format Pourcentage) se calcule sur la <strong>cohorte</strong> de la période&nbsp;: des logements mis à disposition du réservataire dans la période (sa colonne Mises à disposition), la part qui n'a pas abouti à une attribution à ce même réservataire, même datée après la période. Les attributions de la période, elles, comptent aussi des logements mis à disposition avant elle&nbsp;: elles n'entrent pas dans le taux, si bien qu'il reste entre 0 et 100&nbsp;% et que celui du Total est la moyenne des lignes pondérée par leurs mises à disposition. Cellule vide sans mise à disposition.</li>
</ul>`,
    errors: [
      { error: "#VALEUR!", when: "Le journal est vide, ses en-têtes sont introuvables dans ses 100 premières lignes (un titre ou des notes peuvent les précéder), ou une colonne manque&nbsp;: le message nomme la colonne et ses synonymes acceptés." },
      { error: "#VALEUR!", when: "Une ligne du journal a une étape inconnue, une date illisible ou l'un des quatre champs vide&nbsp;: le message donne le numéro de ligne, <strong>la première ligne de la plage comptant pour la ligne 1</strong> (c'est la ligne d'en-têtes quand rien ne la précède&nbsp;; ligne 4 = quatrième ligne de la plage)." },
      { error: "#VALEUR!", when: "L'argument etape est inconnu, debut ou fin est illisible, ou debut est postérieur à fin." },
    ],
    example: {
      before: TABLE_JOURNAL,
      main: {
        formula: `=GEF.DECOMPTE(A1:D7;;;"01/01/2024";"31/12/2024")`,
        context: "sur le journal de l'aide en A1:D7",
        resultText: "le bilan 2024 par réservataire (tableau)",
        resultHtml: null,
      },
      after: `<p>Le bilan de l'année 2024 se propage depuis la cellule de la formule (taux de chute au format Pourcentage)&nbsp;:</p>
<div class="defile" role="region" aria-label="Bilan 2024 de l'exemple" tabindex="0">
<table>
<caption>Bilan 2024</caption>
<thead><tr><th scope="col">Réservataire</th><th scope="col" class="n">Mises à disposition</th><th scope="col" class="n">Propositions</th><th scope="col" class="n">Attributions</th><th scope="col" class="n">Baux signés</th><th scope="col" class="n">Taux de chute</th></tr></thead>
<tbody>
<tr><th scope="row">ACTION LOGEMENT</th><td class="n">1</td><td class="n">0</td><td class="n">1</td><td class="n">1</td><td class="n">0&nbsp;%</td></tr>
<tr><th scope="row">VILLE DE NICE</th><td class="n">1</td><td class="n">0</td><td class="n">1</td><td class="n">0</td><td class="n">0&nbsp;%</td></tr>
<tr class="total"><th scope="row">Total</th><td class="n">2</td><td class="n">0</td><td class="n">2</td><td class="n">1</td><td class="n">0&nbsp;%</td></tr>
</tbody>
</table>
</div>
<ul>
<li>Le logement L1, mis à disposition de PREFECTURE le 15/12/2023 puis réinjecté vers ACTION LOGEMENT le 10/01/2024, forme une seule vacance (jusqu'au bail du 01/02/2024). Sa dernière mise à disposition est celle d'ACTION LOGEMENT&nbsp;: PREFECTURE n'a donc pas de ligne. Sur 2023, <code>=GEF.DECOMPTE(A1:D7;;;"01/01/2023";"31/12/2023")</code> ne compte rien non plus pour L1&nbsp;: le bilan n'a que sa ligne Total, à 0, taux de chute vide.</li>
<li>Le logement L2 est mis à disposition puis attribué en mars, sans bail signé à ce jour&nbsp;: 0 bail pour VILLE DE NICE.</li>
<li>Le journal ne contient aucune proposition&nbsp;: la colonne Propositions est à 0.</li>
</ul>
<p class="formule"><code>=GEF.DECOMPTE(A1:D7;"ACTION LOGEMENT";"BAIL")</code> → <span class="resultat">1</span></p>
<p>Sans période, toutes les dates comptent. De même <code>=GEF.DECOMPTE(A1:D7;"PREFECTURE")</code> → 0.</p>
<p>Si la cellule D4 contenait 32/01/2024, la fonction renverrait <span class="erreur">#VALEUR!</span> avec le message&nbsp;:</p>
<blockquote>Ligne 4 du journal&nbsp;: la date «&nbsp;32/01/2024&nbsp;» est illisible. Tapez une date Excel ou un texte comme 31/12/2024 ou 2024-12-31.</blockquote>`,
    },
  },
  TAUX_CHUTE: {
    title: "le taux de chute",
    role: "Taux de chute",
    intro: `<p class="formule">taux de chute = 1 − attributions ÷ mises à disposition</p>`,
    arguments: { mises_a_disposition: {}, attributions: {} },
    errors: [
      { error: "#DIV/0!", when: "Aucune mise à disposition (0)." },
      { error: "#VALEUR!", when: `Les attributions dépassent les mises à disposition (souvent les deux arguments inversés)&nbsp;; un nombre négatif&nbsp;; ${NOT_A_NUMBER}.` },
    ],
    example: {
      main: { formula: "=GEF.TAUX_CHUTE(1000;800)", resultText: "20\u00a0%", resultHtml: "0,2 soit 20&nbsp;%" },
      after: `<p>1&nbsp;000 logements mis à disposition, 800 attribués&nbsp;: 1 − 800 ÷ 1&nbsp;000 = 20&nbsp;%. Le bilan de <a href="#decompte">GEF.DECOMPTE</a> donne ce taux pour chaque réservataire, sur la cohorte de la période&nbsp;: les attributions comptées sont celles des logements mis à disposition dans la période, pas toutes les attributions datées de la période (qui peuvent dépasser les mises à disposition).</p>`,
    },
  },
  PROCHAIN_RESERVATAIRE: {
    title: "à qui proposer le prochain logement",
    role: "Réservataire le plus en retard",
    intro: "<p>C'est la pratique retenue en PACA.</p>",
    arguments: {
      noms: {},
      objectifs: { details: "En même nombre que les noms. Un réservataire sans objectif n'est jamais choisi." },
      realises: { details: "En même nombre que les noms." },
    },
    result: "<p>Seuls comptent ceux qui ont un objectif et ne l'ont pas encore atteint. En cas d'égalité&nbsp;: le plus gros objectif, puis le premier de la liste.</p>",
    errors: [
      { error: "#VALEUR!", when: `Un objectif ou un réalisé négatif&nbsp;; ${NOT_A_NUMBER}&nbsp;; des listes de longueurs différentes&nbsp;; un réservataire qui a un objectif mais pas de nom.` },
      { error: "#N/A", when: "Aucun réservataire n'est en retard&nbsp;: tous ont atteint leur objectif (ou aucun n'a d'objectif)." },
    ],
    example: {
      before: `<div class="defile" role="region" aria-label="Exemple de GEF.PROCHAIN_RESERVATAIRE" tabindex="0">
<table class="feuille">
<caption>Avancement en A1:C4</caption>
<thead><tr><th scope="col"><span class="discret">Ligne</span></th><th scope="col">A</th><th scope="col">B</th><th scope="col">C</th><th scope="col"><span class="discret">Réalisés ÷ objectif</span></th></tr></thead>
<tbody>
<tr><th scope="row">1</th><td>Réservataire</td><td>Objectif</td><td>Réalisés</td><td></td></tr>
<tr><th scope="row">2</th><td>ÉTAT</td><td class="n">67</td><td class="n">20</td><td class="n">0,299</td></tr>
<tr><th scope="row">3</th><td>ACTION LOGEMENT</td><td class="n">100</td><td class="n">35</td><td class="n">0,350</td></tr>
<tr><th scope="row">4</th><td>VILLE</td><td class="n">30</td><td class="n">9</td><td class="n">0,300</td></tr>
</tbody>
</table>
</div>`,
      main: {
        formula: "=GEF.PROCHAIN_RESERVATAIRE(A2:A4;B2:B4;C2:C4)",
        context: "avec ÉTAT, ACTION LOGEMENT, VILLE, objectifs 67, 100, 30 et réalisés 20, 35, 9",
        resultText: "ÉTAT, le plus en retard (20 ÷ 67)",
        resultHtml: "ÉTAT",
      },
      after: `<p>20 ÷ 67 ≈ 0,299 est le rapport le plus bas, juste devant VILLE (9 ÷ 30 = 0,30). Une fois ce logement compté pour l'État (21 ÷ 67 ≈ 0,313), VILLE devient le prochain réservataire.</p>
<p>Sans cellules&nbsp;: <code>=GEF.PROCHAIN_RESERVATAIRE({"ÉTAT";"ACTION LOGEMENT";"VILLE"};{67;100;30};{20;35;9})</code> → ÉTAT.</p>`,
    },
  },
};
