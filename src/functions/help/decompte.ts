/** The help of GEF.DECOMPTE beyond its JSDoc (functions.ts); see ../functions-help.ts. */
import type { FunctionHelp } from "./function-help";

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

export const DECOMPTE_HELP: FunctionHelp = {
  title: "le décompte et le bilan",
  role: "Décompte et bilan par réservataire",
  intro: `<p>Un logement réinjecté n'est pas compté deux fois.</p>`,
  arguments: {
    journal: {
      details:
        "<strong>Ligne d'en-têtes comprise</strong>, les autres colonnes sont ignorées&nbsp;; puis un événement par ligne. Les lignes entièrement vides sont ignorées.",
    },
    reservataire: {
      details:
        "Le compte est celui de l'étape choisie. Le nom est comparé sans tenir compte des majuscules, accents et espaces&nbsp;; un nom sans événement compté donne 0.",
    },
    etape: {
      omitted: `<code>"MISE_A_DISPOSITION"</code>`,
      details: "L'étape comptée quand un réservataire est donné&nbsp;; le bilan montre toujours les quatre.",
    },
    debut: {
      omitted: "sans limite",
      details: `Une cellule date, <code>DATE(2024;1;1)</code>, ou un texte <code>"01/01/2024"</code> ou <code>"2024-01-01"</code>.`,
    },
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
    {
      error: "#VALEUR!",
      when: "Le journal est vide, ses en-têtes sont introuvables dans ses 100 premières lignes (un titre ou des notes peuvent les précéder), ou une colonne manque&nbsp;: le message nomme la colonne et ses synonymes acceptés.",
    },
    {
      error: "#VALEUR!",
      when: "Une ligne du journal a une étape inconnue, une date illisible ou l'un des quatre champs vide&nbsp;: le message donne le numéro de ligne, <strong>la première ligne de la plage comptant pour la ligne 1</strong> (c'est la ligne d'en-têtes quand rien ne la précède&nbsp;; ligne 4 = quatrième ligne de la plage).",
    },
    {
      error: "#VALEUR!",
      when: "L'argument etape est inconnu, debut ou fin est illisible, ou debut est postérieur à fin.",
    },
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
};
