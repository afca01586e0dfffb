/** The help of GEF.TAUX_CHUTE beyond its JSDoc (functions.ts); see ../functions-help.ts. */
import { NOT_A_NUMBER, type FunctionHelp } from "./function-help";

export const TAUX_CHUTE_HELP: FunctionHelp = {
  title: "le taux de chute",
  role: "Taux de chute",
  intro: `<p class="formule">taux de chute = 1 − attributions ÷ mises à disposition</p>`,
  arguments: { mises_a_disposition: {}, attributions: {} },
  errors: [
    { error: "#DIV/0!", when: "Aucune mise à disposition (0)." },
    {
      error: "#VALEUR!",
      when: `Les attributions dépassent les mises à disposition (souvent les deux arguments inversés)&nbsp;; un nombre négatif&nbsp;; ${NOT_A_NUMBER}.`,
    },
  ],
  example: {
    main: { formula: "=GEF.TAUX_CHUTE(1000;800)", resultText: "20\u00a0%", resultHtml: "0,2 soit 20&nbsp;%" },
    after: `<p>1&nbsp;000 logements mis à disposition, 800 attribués&nbsp;: 1 − 800 ÷ 1&nbsp;000 = 20&nbsp;%. Le bilan de <a href="#decompte">GEF.DECOMPTE</a> donne ce taux pour chaque réservataire, sur la cohorte de la période&nbsp;: les attributions comptées sont celles des logements mis à disposition dans la période, pas toutes les attributions datées de la période (qui peuvent dépasser les mises à disposition).</p>`,
  },
};
