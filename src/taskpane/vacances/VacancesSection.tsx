/**
 * « Vacances », a section of the Suivi du flux tab (docs/choix.md « Vacances : une section de Suivi du flux »):
 * the workbook is read once (« Lire le classeur »), then « Nouvelle vacance » and « À relancer » work
 * on what was read; each write (the event appended to the journal, the fiche navette) is said before
 * it is made, reported with what it wrote, and undone by the pane's « Annuler »; after a write or an
 * undo the workbook is read again.
 */
import { Button, Divider, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { NOMS_EVENEMENTS, type EvenementSaisi } from "../../domain";
import type { Courriel, VacancePreparee } from "../../jobs";
import type { ClasseurLu, EcritureVacance, ResultatVacance, VacancesActions } from "../../excel/vacances-actions";
import { ActionStatus } from "../common/ActionStatus";
import { useUndone } from "../common/history-context";
import { useAction } from "../common/useAction";
import { ARelancer } from "./ARelancer";
import { CourrielBrouillon } from "./CourrielBrouillon";
import { NouvelleVacance } from "./NouvelleVacance";
import { identifiantsLogements } from "./vacances-model";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** What a write adds to its result: the lists and page setup an older Excel could not set. */
function notes(r: ResultatVacance): string {
  const out = [
    r.journal.creee
      ? `GEF a créé la feuille « ${r.journal.feuille} ».`
      : `Ligne ${r.journal.premiereLigne + 1} de « ${r.journal.feuille} ».`,
  ];
  if (r.journal.colonnesAjoutees.length > 0)
    out.push(`Colonnes ajoutées à droite de votre journal : ${r.journal.colonnesAjoutees.join(", ")}.`);
  if (r.listes === "sans-api")
    out.push(
      "Cet Excel ne sait pas poser de listes déroulantes (il faut ExcelApi 1.8) : le journal est écrit sans elles, GEF vérifie ce qu'il y écrit.",
    );
  if (r.fiche?.renomme)
    out.push(`Une feuille à vous portait ce nom : la fiche est écrite à côté, dans « ${r.fiche.feuille} ».`);
  if (r.fiche?.miseEnPage === "sans-api") {
    out.push(
      `Cet Excel ne sait pas régler la mise en page (il faut ExcelApi 1.9) : dans « ${r.fiche.feuille} », choisissez Mise en page > Zone d'impression > Définir, A4 portrait, et Ajuster à 1 page en largeur et en hauteur.`,
    );
  } else if (r.fiche) out.push(`Fiche « ${r.fiche.feuille} » prête à imprimer sur une page A4.`);
  return out.join(" ");
}

export function VacancesSection({ actions }: { readonly actions: VacancesActions }): React.JSX.Element {
  const styles = useStyles();
  const { status, busy, setStatus, run, cancel } = useAction();
  const [classeur, setClasseur] = useState<ClasseurLu | undefined>();
  const [courriel, setCourriel] = useState<Courriel | undefined>();
  const ids = useMemo(() => (classeur ? identifiantsLogements(classeur.sheets) : []), [classeur]);
  useUndone("suivi", () => {
    setCourriel(undefined);
    if (classeur) void lire();
  });

  const lire = async (): Promise<void> => {
    const r = await run((c) => actions.lire(c));
    if (!r) return;
    setClasseur(r);
    setStatus({ kind: "repos" });
  };

  const ecrire = async (e: EcritureVacance, titre: string, apres?: Courriel): Promise<void> => {
    setCourriel(undefined);
    const r = await run((c) => actions.ecrire(e, true, c));
    if (!r) return;
    setStatus({
      kind: "fini",
      intent: r.listes === "sans-api" || r.fiche?.miseEnPage === "sans-api" ? "warning" : "success",
      title: titre,
      detail: notes(r),
      stats: r.stats,
    });
    setCourriel(apres);
    const relu = await actions.lire().catch(() => undefined);
    if (relu) setClasseur(relu);
  };

  const mettreADisposition = (p: VacancePreparee): void => {
    if (!p.evenement || !p.fiche) return;
    const titre = `Logement ${p.evenement.logement} mis à disposition de ${p.evenement.reservataire}`;
    void ecrire(
      { lignes: [p.evenement], reservataires: p.proposition?.candidats ?? [], fiche: p.fiche.plan },
      titre,
      p.courriel,
    );
  };
  const enregistrer = (ev: EvenementSaisi): void =>
    void ecrire(
      { lignes: [ev], reservataires: [] },
      `« ${NOMS_EVENEMENTS[ev.etape]} » enregistrée pour le logement ${ev.logement}`,
    );

  return (
    <section className={styles.root} aria-labelledby="vacances-titre">
      <Divider />
      <Subtitle2 as="h2" id="vacances-titre">
        Vacances
      </Subtitle2>
      <Text>
        Une vacance à la fois : le réservataire le plus en retard de son objectif, la mise à disposition avec sa date
        limite, sa fiche navette et son courriel, puis les relances. Chaque écriture s'annule par « Annuler ».
      </Text>
      <div>
        <Button disabled={busy} onClick={() => void lire()}>
          {classeur ? "Relire le classeur" : "Lire le classeur"}
        </Button>
      </div>
      <ActionStatus status={status} onCancel={cancel} />
      {courriel && <CourrielBrouillon courriel={courriel} />}
      {classeur && (
        <>
          <NouvelleVacance sheets={classeur.sheets} ids={ids} busy={busy} onMettreADisposition={mettreADisposition} />
          <ARelancer sheets={classeur.sheets} busy={busy} onEnregistrer={enregistrer} />
        </>
      )}
    </section>
  );
}
