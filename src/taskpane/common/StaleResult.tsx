/**
 * A result shown in a tab is tied to the inputs it came from (issue 24: the previous bilan's tables
 * stayed under a new refusal, as if current). Rules, the same in every tab:
 * - a new action clears the result shown as soon as it starts: a refusal, a failure or a
 *   cancellation is never followed by the tables of an earlier run;
 * - once an input the result came from changes (or a field shows a text not applied), the result
 *   stays, dimmed, under a « Résultat périmé » notice naming the fields changed;
 * - a refusal of what was typed (« « 150 » est hors des bornes ») goes as soon as an input changes:
 *   the field's own message then says what is wrong with the new text (useRefusalCleared).
 */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import { useCallback, useEffect, useState, type ReactNode } from "react";
import { paneMessage } from "../../domain";

const useStyles = makeStyles({
  stale: { opacity: 0.55 },
});

/** The fields whose value differs from the one the result came from, by their labels. */
export function useStaleInputs<T extends object>(
  current: T,
  labels: Partial<Record<keyof T & string, string>>,
): {
  /** Remembers the inputs a result came from. */
  readonly mark: (inputs: T) => void;
  /** The labels of the fields changed since (empty when fresh or when nothing is shown). */
  readonly changed: readonly string[];
} {
  const [basis, setBasis] = useState<T | undefined>();
  const mark = useCallback((inputs: T) => setBasis(inputs), []);
  const changed =
    basis === undefined
      ? []
      : (Object.keys(labels) as (keyof T & string)[])
          .filter((k) => JSON.stringify(basis[k]) !== JSON.stringify(current[k]))
          .map((k) => labels[k] ?? k);
  return { mark, changed };
}

/**
 * Clears a refusal banner once the inputs it was about change: call `refused(inputs)` with the
 * inputs refused; the next change of them takes the banner away (when it is still the one shown).
 */
export function useRefusalCleared<T>(
  current: T,
  isRefusal: boolean,
  clear: () => void,
): { readonly refused: (inputs: T) => void } {
  const [basis, setBasis] = useState<string | undefined>();
  const key = JSON.stringify(current);
  const refused = useCallback((inputs: T) => setBasis(JSON.stringify(inputs)), []);
  useEffect(() => {
    if (basis === undefined || basis === key) return;
    setBasis(undefined);
    if (isRefusal) clear();
  }, [basis, key, isRefusal, clear]);
  return { refused };
}

/** A result, with the « Résultat périmé » notice above it when fields it came from have changed. */
export function StaleResult({
  changed,
  children,
}: {
  readonly changed: readonly string[];
  readonly children: ReactNode;
}): React.JSX.Element {
  const styles = useStyles();
  const unique = [...new Set(changed)];
  if (unique.length === 0) return <>{children}</>;
  const detail = unique.map((c) => `«\u00a0${c}\u00a0»`).join(", ");
  return (
    <>
      <MessageBar intent="warning" role="status" data-perime="">
        <MessageBarBody>
          <MessageBarTitle>{paneMessage("RESULTAT_PERIME")}</MessageBarTitle>
          {paneMessage("RESULTAT_PERIME_DETAIL", { detail: `${detail} ${unique.length === 1 ? "a" : "ont"} changé` })}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.stale} aria-label={paneMessage("RESULTAT_PERIME")}>
        {children}
      </div>
    </>
  );
}
