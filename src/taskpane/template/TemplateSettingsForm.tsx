/** The fill's settings: the State's two shares, the rotation method and the number of years. */
import { Dropdown, Field, Input, Option, makeStyles, tokens } from "@fluentui/react-components";
import type { MethodeRotation } from "../../domain";
import type { TemplateSettings } from "../../excel/action-types";

const METHODES: Record<MethodeRotation, string> = {
  ENTREES: "Entrées (baux signés)",
  DEPARTS: "Départs",
  MOYENNE: "Moyenne des entrées et des départs",
};

const useStyles = makeStyles({
  grid: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** "25" or "25 %" or "0,25" → 0.25; undefined when unreadable or outside 0..100 %. */
export function parsePercent(text: string): number | undefined {
  const cleaned = text.replace(/\s|%/g, "").replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return undefined;
  const n = Number(cleaned);
  const fraction = n > 1 ? n / 100 : n;
  return fraction >= 0 && fraction <= 1 ? fraction : undefined;
}

const showPercent = (x: number): string => `${(x * 100).toLocaleString("fr-FR", { maximumFractionDigits: 2 })}`;

export interface TemplateSettingsFormProps {
  readonly value: TemplateSettings;
  readonly onChange: (value: TemplateSettings) => void;
  readonly disabled: boolean;
}

export function TemplateSettingsForm({ value, onChange, disabled }: TemplateSettingsFormProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.grid}>
      <PercentField
        label="Part prioritaires de l'État (%)"
        hint="25 % au plus (CCH R.441-5-2)"
        value={value.partPrioritaires}
        max={0.25}
        disabled={disabled}
        onChange={(x) => onChange({ ...value, partPrioritaires: x })}
      />
      <PercentField
        label="Part fonctionnaires de l'État (%)"
        hint="5 % au plus"
        value={value.partFonctionnaires}
        max={0.05}
        disabled={disabled}
        onChange={(x) => onChange({ ...value, partFonctionnaires: x })}
      />
      <Field label="Méthode du taux de rotation">
        <Dropdown
          disabled={disabled}
          value={METHODES[value.methode]}
          selectedOptions={[value.methode]}
          onOptionSelect={(_, d) => onChange({ ...value, methode: d.optionValue as MethodeRotation })}
        >
          {(Object.keys(METHODES) as MethodeRotation[]).map((m) => (
            <Option key={m} value={m}>
              {METHODES[m]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Années de mouvements" hint="Vide : toutes les années du tableau">
        <Input
          disabled={disabled}
          inputMode="numeric"
          value={value.annees === undefined ? "" : String(value.annees)}
          onChange={(_, d) => {
            const n = Number(d.value);
            onChange({ ...value, annees: d.value.trim() === "" || !Number.isInteger(n) || n < 1 ? undefined : n });
          }}
        />
      </Field>
    </div>
  );
}

function PercentField(props: {
  label: string;
  hint: string;
  value: number;
  max: number;
  disabled: boolean;
  onChange: (x: number) => void;
}): React.JSX.Element {
  const [text, error] = [showPercent(props.value), props.value > props.max ? `Au-delà du plafond légal de ${showPercent(props.max)} %` : undefined];
  return (
    <Field label={props.label} hint={props.hint} validationMessage={error} validationState={error ? "warning" : "none"}>
      <Input
        key={text}
        disabled={props.disabled}
        defaultValue={text}
        inputMode="decimal"
        contentAfter="%"
        onBlur={(e) => {
          const x = parsePercent(e.currentTarget.value);
          if (x !== undefined) props.onChange(x);
          else e.currentTarget.value = text;
        }}
      />
    </Field>
  );
}
