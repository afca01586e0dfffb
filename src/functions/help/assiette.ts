/** The help of GEF.ASSIETTE beyond its JSDoc (functions.ts); see ../functions-help.ts. */
import type { FunctionHelp } from "./function-help";

export const ASSIETTE_HELP: FunctionHelp = {
  title: "l'assiette",
  role: "Assiette à répartir",
  intro: `<p class="formule">assiette = patrimoine − exclus − soustraits + nouvelles opérations</p>
<p>C'est le calcul de la ligne «&nbsp;Assiette à répartir entre les réservataires&nbsp;» du modèle de la DDETS des Alpes-Maritimes.</p>`,
  arguments: {
    patrimoine: {},
    exclus: {
      omitted: "0",
      details:
        "En détail&nbsp;: PLI, foyers de travailleurs migrants, structures médico-sociales, CHRS et résidences sociales, logements étudiants, réservations défense nationale ou sécurité intérieure. La plage des lignes «&nbsp;dont&nbsp;» du modèle convient.",
    },
    soustraits: {
      omitted: "0",
      details:
        "Ceux de l'année&nbsp;: mutations internes, relogements ANRU et hors ANRU, logements insalubres avec obligation de relogement, ventes.",
    },
    nouvelles_operations: { omitted: "0", details: "Les mises en service." },
  },
  errors: [
    {
      error: "#VALEUR!",
      when: "Une cellule contient un texte qui n'est pas un nombre, VRAI ou FAUX, une erreur, ou un nombre négatif (même une seule cellule d'une plage).",
    },
    {
      error: "#VALEUR!",
      when: "Le résultat serait négatif. Le message donne le calcul complet et ses deux côtés&nbsp;: les retraits (exclus + soustraits) et les ressources (patrimoine + nouvelles opérations).",
    },
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
};
