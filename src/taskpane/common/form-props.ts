/** The props of a form that edits one value: what it shows, how it reports a change, and whether it is locked while an action runs. */
export interface FormProps<T> {
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly disabled: boolean;
}
