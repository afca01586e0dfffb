/**
 * What the « Répartitions » tab shows after a preview or a drawing: the labels no rule classifies
 * (to classify in AUTRES RESERVATAIRES only with the user's consent), the totals that do not agree,
 * the rows not read or not classified, and the status line summing it up.
 */
import { Checkbox, Text } from "@fluentui/react-components";
import { LIBELLES_CATEGORIES, accord, formatNombre } from "../../domain";
import type { RepartitionResult } from "../../excel/repartition-actions";
import type { Status } from "../common/ActionStatus";

type Shown = Extract<RepartitionResult, { kind: "apercu" | "trace" }>;
type Computed = Shown["repartition"];

/** A list with a consent box under it: checked, disabled while an action runs. */
interface ConsentProps {
  readonly checked: boolean;
  readonly disabled: boolean;
  readonly onChange: (on: boolean) => void;
}

/** The status after a preview or a drawing: where it went, how many logements, what is left to examine. */
export function shownStatus(r: Shown, autresAvecConsentement: boolean): Status {
  const rep = r.repartition.repartition;
  const unmapped = rep.nonMappes.length > 0 && !autresAvecConsentement ? rep.nonMappes.length : 0;
  // Rows left out of the counts or counted with a value not recognised: listed below, to examine.
  const rows = rep.lignesNonLues.length + rep.totalRows;
  const left = [
    unmapped > 0 ? accord(unmapped, "libellé non classé", "libellés non classés") : "",
    rows > 0 ? accord(rows, "ligne", "lignes") : "",
  ].filter(Boolean);
  const pending = left.length > 0;
  const where = r.kind === "trace" ? (r.written?.sheet ?? r.layout.sheetName) : r.layout.sheetName;
  const done =
    r.kind === "trace" ? `Répartitions tracées dans la feuille « ${where} »` : `Aperçu à partir de « ${r.sheet} »`;
  const notes = [
    `${accord(rep.total, "logement lu", "logements lus")} dans « ${r.sheet} ».`,
    r.kind === "trace" && r.written?.besideUserSheet === true
      ? `Votre feuille « ${r.layout.sheetName} » est conservée telle quelle : GEF a écrit dans « ${where} ».`
      : "",
    r.kind === "trace" && r.written?.replaced === true
      ? "La feuille tracée la fois précédente a été remplacée : Excel ne peut plus annuler (Ctrl+Z) les actions faites avant ce tracé."
      : "",
  ];
  return {
    kind: "fini",
    intent: pending ? "warning" : "success",
    title: pending ? `${done} ; ${left.join(" et ")} à examiner` : done,
    detail: notes.filter(Boolean).join(" "),
    stats: r.stats,
  };
}

export function UnmatchedLabels({
  nonMappes,
  checked,
  disabled,
  onChange,
}: ConsentProps & { readonly nonMappes: Computed["repartition"]["nonMappes"] }): React.JSX.Element {
  return (
    <section aria-label="Libellés non classés">
      <Text block weight="semibold">
        {nonMappes.length === 1
          ? "Un libellé de réservataire ne correspond à aucune règle :"
          : `${formatNombre(nonMappes.length)} libellés de réservataire ne correspondent à aucune règle :`}
      </Text>
      <ul>
        {nonMappes.slice(0, 50).map((l) => (
          <li key={l.libelle}>{`« ${l.libelle} » : ${accord(l.logements, "logement")}`}</li>
        ))}
      </ul>
      {nonMappes.length > 50 && (
        <Text block>{`Les 50 premiers sont listés, sur ${formatNombre(nonMappes.length)}.`}</Text>
      )}
      <Checkbox
        disabled={disabled}
        checked={checked}
        onChange={(_, d) => onChange(d.checked === true)}
        label={`Classer ces libellés en ${LIBELLES_CATEGORIES["AUTRES RESERVATAIRES"]}`}
      />
    </section>
  );
}

export function IncoherenceList({
  incoherences,
  checked,
  disabled,
  onChange,
}: ConsentProps & { readonly incoherences: Computed["incoherences"] }): React.JSX.Element {
  return (
    <section aria-label="Totaux qui ne concordent pas">
      <ul>
        {incoherences.map((i) => (
          <li key={`${i.cell}-${i.kind}`}>{`${i.cell} : ${i.message}`}</li>
        ))}
      </ul>
      <Checkbox
        disabled={disabled}
        checked={checked}
        onChange={(_, d) => onChange(d.checked === true)}
        label="Tracer quand même à partir des cellules de détail"
      />
    </section>
  );
}

/** Rows not read, and rows counted with a value not recognised: the heading counts what the list holds. */
export function ProblemRows({
  result,
}: {
  readonly result: Extract<RepartitionResult, { kind: "apercu" | "trace" }>;
}): React.JSX.Element | null {
  const rep = result.repartition.repartition;
  const total = rep.lignesNonLues.length + rep.totalRows;
  if (total === 0) return null;
  const rows = [...rep.lignesNonLues, ...rep.lignes];
  const heading = [
    rep.lignesNonLues.length > 0 ? accord(rep.lignesNonLues.length, "ligne illisible", "lignes illisibles") : undefined,
    rep.totalRows > 0
      ? accord(
          rep.totalRows,
          "ligne comptée avec une valeur non reconnue",
          "lignes comptées avec une valeur non reconnue",
        )
      : undefined,
  ]
    .filter(Boolean)
    .join(" et ");
  return (
    <details>
      <summary>{`${heading} dans « ${result.sheet} »`}</summary>
      <ul>
        {rows.slice(0, 200).map((l, i) => (
          <li key={`${l.ligne}-${i}`}>{`Ligne ${l.ligne} : ${l.raison}`}</li>
        ))}
      </ul>
      {total > Math.min(200, rows.length) && (
        <Text
          block
        >{`Les ${formatNombre(Math.min(200, rows.length))} premières sont listées, sur ${formatNombre(total)}.`}</Text>
      )}
    </details>
  );
}
