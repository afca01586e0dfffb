/** The props of a form that edits one value: what it shows, how it reports a change, and whether it is locked while an action runs. */
export interface FormProps<T> {
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly disabled: boolean;
  /**
   * Told of each field whose text is not applied (unreadable, or refused) with its message, and of
   * its fix (`undefined`): an action must not run on the last value applied while the field shows
   * another one.
   */
  readonly onFieldError?: (field: string, message: string | undefined) => void;
}
