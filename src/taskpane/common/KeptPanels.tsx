/**
 * Tab panels that stay mounted once opened: switching tabs hides a panel instead of unmounting it,
 * so what the user typed in its fields (valid or not, with its message), its last result and its
 * running action are there again on return (issue 24: « 30 » typed as a share came back as « 25 »
 * after a visit to another tab). A panel is mounted at its first visit only, so a tab's chunk is
 * still fetched when first opened. Cost: the DOM of the tabs already visited (four at most), kept
 * hidden; a hidden panel renders only when its own state changes. Settings are loaded once per
 * pane instead of at each visit.
 */
import { useState, type ReactNode } from "react";

export interface KeptPanelsProps<Id extends string> {
  /** Every tab, in order. */
  readonly ids: readonly Id[];
  readonly selected: Id;
  /** The accessible name of a tab's panel. */
  readonly label: (id: Id) => string;
  readonly render: (id: Id) => ReactNode;
}

export function KeptPanels<Id extends string>({
  ids,
  selected,
  label,
  render,
}: KeptPanelsProps<Id>): React.JSX.Element {
  const [visited, setVisited] = useState<ReadonlySet<Id>>(() => new Set([selected]));
  // Adjusting state while rendering (React's documented pattern): the new tab mounts in this render.
  if (!visited.has(selected)) setVisited(new Set([...visited, selected]));
  return (
    <>
      {ids
        .filter((id) => id === selected || visited.has(id))
        .map((id) => (
          <div key={id} role="tabpanel" aria-label={label(id)} hidden={id !== selected}>
            {render(id)}
          </div>
        ))}
    </>
  );
}
