import { Select, SimpleGrid, Stack } from "@mantine/core";
import { type ScoringConfig, type ScoringMethod, scoringMethods } from "@yardstick/core";
import { BandsEditor } from "./bands.editor.js";
import { CurvePointsEditor } from "./curve-points.editor.js";
import { METHOD_LABELS, type ScoringHints, scoringFor } from "./default-scoring.js";
import { assignmentFieldId } from "./framework-lint.js";
import { NumberField } from "./number.field.js";

interface Props {
  index: number;
  config: ScoringConfig;
  kpi: ScoringHints | undefined;
  unit?: string | null;
  onChange: (config: ScoringConfig) => void;
  errorFor: (field: string) => string | undefined;
}

const DIRECTION_OPTIONS = [
  { value: "higher", label: "Higher is better" },
  { value: "lower", label: "Lower is better" },
];

/** Removes an optional number when its input is cleared, instead of storing a blank. */
function without<T extends object, K extends keyof T>(config: T, key: K): T {
  const { [key]: _removed, ...rest } = config;
  return rest as T;
}

/** The method of one assignment and that method's fields. */
export function ScoringEditor({ index, config, kpi, unit, onChange, errorFor }: Props) {
  const id = (field: string) => assignmentFieldId(index, `scoring.${field}`);
  const err = (field: string) => errorFor(`scoring.${field}`);
  const suffix = unit ? ` (${unit})` : "";

  // One typed setter per method keeps the union narrow without casts at every input.
  const num = <C extends ScoringConfig>(c: C, field: keyof C & string, label: string, optional = false) => (
    <NumberField
      key={field}
      id={id(field)}
      label={label}
      value={c[field] as number | undefined}
      onChange={(v) => onChange({ ...c, [field]: v })}
      onClear={optional ? () => onChange(without(c, field)) : undefined}
      error={err(field)}
      decimalScale={6}
    />
  );

  const direction = (c: Extract<ScoringConfig, { direction: unknown }>) => (
    <Select
      id={id("direction")}
      label="Direction"
      data={DIRECTION_OPTIONS}
      value={c.direction}
      allowDeselect={false}
      onChange={(v) => v && onChange({ ...c, direction: v as "higher" | "lower" })}
      error={err("direction")}
    />
  );

  let fields: React.ReactNode;
  switch (config.method) {
    case "linear":
      fields = (
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
          {num(config, "baseline", `Baseline${suffix} → 0%`)}
          {num(config, "target", `Target${suffix} → 100%`)}
          {num(config, "stretch", `Stretch${suffix} (optional)`, true)}
        </SimpleGrid>
      );
      break;
    case "ratio":
      fields = (
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
          {num(config, "target", `Target${suffix}`)}
          {direction(config)}
          {num(config, "stretch", `Stretch${suffix} (optional)`, true)}
        </SimpleGrid>
      );
      break;
    case "binary":
      fields = (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          {num(config, "target", `Target${suffix}`)}
          {direction(config)}
        </SimpleGrid>
      );
      break;
    case "range":
      fields = (
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
          {num(config, "low", `Low${suffix}`)}
          {num(config, "high", `High${suffix}`)}
          {num(config, "tolerance", `Tolerance${suffix}`)}
        </SimpleGrid>
      );
      break;
    case "curve":
      fields = (
        <CurvePointsEditor
          index={index}
          points={config.points}
          onChange={(points) => onChange({ ...config, points })}
          errorFor={errorFor}
        />
      );
      break;
    case "bands":
      fields = (
        <BandsEditor
          index={index}
          bands={config.bands}
          onChange={(bands) => onChange({ ...config, bands })}
          errorFor={errorFor}
        />
      );
      break;
    case "rating":
      fields = (
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
          <NumberField
            id={id("scale.min")}
            label="Scale minimum (0%)"
            value={config.scale.min}
            onChange={(min) => onChange({ ...config, scale: { ...config.scale, min } })}
            error={err("scale.min") ?? err("scale")}
          />
          <NumberField
            id={id("scale.max")}
            label="Scale maximum"
            value={config.scale.max}
            onChange={(max) => onChange({ ...config, scale: { ...config.scale, max } })}
            error={err("scale.max")}
          />
          {num(config, "targetRating", "Target rating (100%)")}
        </SimpleGrid>
      );
      break;
  }

  return (
    <Stack gap="xs">
      <Select
        id={id("method")}
        label="Scoring method"
        data={scoringMethods.map((m) => ({ value: m, label: METHOD_LABELS[m] }))}
        value={config.method}
        allowDeselect={false}
        onChange={(m) => m && m !== config.method && onChange(scoringFor(m as ScoringMethod, kpi, config))}
        error={err("method")}
        maw={320}
      />
      {fields}
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
        {num(config, "floor", "Floor score (default 0)", true)}
        {num(config, "cap", "Cap score (default 1.2)", true)}
      </SimpleGrid>
    </Stack>
  );
}
