/** Settings kept in the workbook: loaded once when the tab opens, saved on every change. */
import { useEffect, useState } from "react";

export interface SettingsSource<T> {
  loadSettings(): Promise<T>;
  saveSettings(value: T): Promise<void>;
}

export function useSettings<T>(source: SettingsSource<T>, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let live = true;
    source.loadSettings().then(
      (v) => live && setValue(v),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [source]);
  const change = (v: T): void => {
    setValue(v);
    void source.saveSettings(v).catch(() => undefined);
  };
  return [value, change];
}
