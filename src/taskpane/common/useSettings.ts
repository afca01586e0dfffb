/**
 * Settings kept in the workbook: loaded once when the tab opens (checked field by field, see
 * src/excel/settings.ts), saved on every change. What was not reusable in the workbook, and a save
 * that failed, are told to the user through `onNotice`, never swallowed.
 */
import { useEffect, useRef, useState } from "react";
import { settingsMessage, paneMessage, type SettingsRead } from "../../domain";
import { frenchError } from "../../excel/office-errors";

export interface SettingsSource<T> {
  loadSettings(): Promise<SettingsRead<T>>;
  saveSettings(value: T): Promise<void>;
}

/** What the pane shows about settings: a refusal (values replaced by defaults) or a failure (Excel). */
export interface SettingsNotice {
  readonly kind: "refus" | "erreur";
  readonly title: string;
  readonly detail: string;
}

export function useSettings<T>(
  source: SettingsSource<T>,
  initial: T,
  onNotice?: (notice: SettingsNotice) => void,
): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(initial);
  const notify = useRef(onNotice);
  notify.current = onNotice;
  useEffect(() => {
    let live = true;
    source.loadSettings().then(
      (read) => {
        if (!live) return;
        setValue(read.value);
        if (read.problems.length > 0) {
          notify.current?.({
            kind: "refus",
            title: paneMessage("REGLAGES_NON_CHARGES"),
            detail: read.problems.map((p) => p.message).join(" "),
          });
        }
      },
      (e: unknown) => {
        if (live)
          notify.current?.({
            kind: "erreur",
            title: paneMessage("REGLAGES_NON_CHARGES"),
            detail: settingsMessage("REGLAGES_NON_CHARGES", { detail: frenchError(e) }),
          });
      },
    );
    return () => {
      live = false;
    };
  }, [source]);
  const change = (v: T): void => {
    setValue(v);
    source.saveSettings(v).catch((e: unknown) => {
      notify.current?.({
        kind: "erreur",
        title: paneMessage("REGLAGES_NON_ENREGISTRES"),
        detail: settingsMessage("REGLAGES_NON_ENREGISTRES", { detail: frenchError(e) }),
      });
    });
  };
  return [value, change];
}
