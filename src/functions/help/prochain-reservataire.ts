/** The help of GEF.PROCHAIN_RESERVATAIRE beyond its JSDoc (functions.ts); see ../functions-help.ts. */
import { NOT_A_NUMBER, type FunctionHelp } from "./function-help";

export const PROCHAIN_RESERVATAIRE_HELP: FunctionHelp = {
  title: "à qui proposer le prochain logement",
  role: "Réservataire le plus en retard",
  intro: "<p>C'est la pratique retenue en PACA.</p>",
  arguments: {
    noms: {},
    objectifs: { details: "En même nombre que les noms. Un réservataire sans objectif n'est jamais choisi." },
    realises: { details: "En même nombre que les noms." },
  },
  result:
    "<p>Seuls comptent ceux qui ont un objectif et ne l'ont pas encore atteint. En cas d'égalité&nbsp;: le plus gros objectif, puis le premier de la liste.</p>",
  errors: [
    {
      error: "#VALEUR!",
      when: `Un objectif ou un réalisé négatif&nbsp;; ${NOT_A_NUMBER}&nbsp;; des listes de longueurs différentes&nbsp;; un réservataire qui a un objectif mais pas de nom.`,
    },
    {
      error: "#N/A",
      when: "Aucun réservataire n'est en retard&nbsp;: tous ont atteint leur objectif (ou aucun n'a d'objectif).",
    },
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
};
