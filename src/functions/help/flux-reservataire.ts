/** The help of GEF.FLUX_RESERVATAIRE beyond its JSDoc (functions.ts); see ../functions-help.ts. */
import { NOT_A_NUMBER, type FunctionHelp } from "./function-help";

export const FLUX_RESERVATAIRE_HELP: FunctionHelp = {
  title: "le flux de chaque réservataire",
  role: "Flux annuel de chaque réservataire",
  intro: `<p class="formule">flux d'un réservataire = volume × droit ÷ base</p>`,
  arguments: {
    volume: { details: "Par exemple 268,35 ou 268." },
    droits: {
      details:
        "Une colonne, une ligne ou une constante <code>{…}</code>&nbsp;; des logements réservés sont des droits de stock convertis.",
    },
    base: { omitted: "somme des droits", details: "Vide&nbsp;: la somme des droits, et tout le volume est réparti." },
    arrondi: {
      omitted: `<code>"ENTIER"</code>`,
      details: `Avec <code>"EXACT"</code>, les valeurs décimales sont rendues sans arrondi.`,
    },
  },
  result: `<p>Dans l'ordre et <strong>la forme des droits</strong>&nbsp;: trois droits en colonne donnent trois cellules en colonne (le résultat se propage).</p>
<p>Avec <code>"ENTIER"</code>, les logements sont répartis <strong>au plus fort reste</strong>&nbsp;: chacun reçoit d'abord la partie entière de sa part exacte, puis les logements restants vont un par un aux plus grandes parties décimales. À parties décimales égales, le logement va au plus gros droit, puis au premier de la liste. Les parts s'additionnent toujours à arrondi(volume × Σ droits ÷ base), arrondi au plus proche (0,5 vers le haut), et aucune ne s'écarte de plus d'un logement de sa part exacte.</p>`,
  errors: [
    {
      error: "#VALEUR!",
      when: `Un volume ou un droit négatif, ou ${NOT_A_NUMBER}&nbsp;; une base négative&nbsp;; un arrondi autre que ENTIER ou EXACT.`,
    },
    {
      error: "#VALEUR!",
      when: "La somme des droits dépasse la base&nbsp;: par exemple des pourcentages tapés 20 au lieu de 20&nbsp;% avec une base 1, ou une base plus petite que les droits en logements.",
    },
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
};
