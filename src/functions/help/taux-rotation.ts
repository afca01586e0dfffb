/** The help of GEF.TAUX_ROTATION beyond its JSDoc (functions.ts); see ../functions-help.ts. */
import type { FunctionHelp } from "./function-help";

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

export const TAUX_ROTATION_HELP: FunctionHelp = {
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
    annees: {
      omitted: "toutes",
      details:
        "Un nombre entier de 1 au nombre d'années données&nbsp;; par exemple 1 pour la dernière année seulement.",
    },
  },
  result: `<p>Un taux de 100&nbsp;% exactement est accepté.</p>
<div class="note">
<p>Un taux hors de 1&nbsp;% à 20&nbsp;% est inhabituel et mérite une vérification&nbsp;: le taux de mobilité du parc social était de 5,6&nbsp;% dans les Alpes-Maritimes en 2021 (6,8&nbsp;% en PACA, 8,6&nbsp;% en France métropolitaine). L'erreur la plus fréquente est de taper 5 au lieu de 5&nbsp;% dans une cellule de taux.</p>
</div>`,
  errors: [
    {
      error: "#VALEUR!",
      when: `Un texte qui n'est pas un nombre, un nombre négatif&nbsp;; un bloc de plusieurs lignes et colonnes&nbsp;; des listes parc, entrees, departs de longueurs différentes&nbsp;; une méthode inconnue&nbsp;; DEPARTS ou MOYENNE sans departs&nbsp;; annees qui n'est pas un entier de 1 au nombre d'années.`,
    },
    {
      error: "#VALEUR!",
      when: "Le taux calculé dépasse 100&nbsp;%&nbsp;: les mouvements dépassent le parc (souvent un parc saisi en pourcentage).",
    },
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
};
