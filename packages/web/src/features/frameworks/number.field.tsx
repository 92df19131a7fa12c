import { NumberInput, type NumberInputProps } from "@mantine/core";

interface Props extends Omit<NumberInputProps, "value" | "onChange"> {
  value: number | undefined;
  /** A cleared input reports NaN (required fields) or undefined (`optional`), never a stale number. */
  onChange: (value: number) => void;
  onClear?: () => void;
}

/**
 * A number input over the draft's numbers: a blank required field is held as NaN so the live
 * findings flag it and the draft is not saved until it is filled in, without snapping back to
 * the old value while someone retypes it.
 */
export function NumberField({ value, onChange, onClear, ...props }: Props) {
  return (
    <NumberInput
      {...props}
      value={value === undefined || Number.isNaN(value) ? "" : value}
      onChange={(next) => {
        if (next === "" || next === "-") {
          if (onClear) onClear();
          else onChange(Number.NaN);
          return;
        }
        const parsed = typeof next === "number" ? next : Number(next);
        onChange(Number.isFinite(parsed) ? parsed : Number.NaN);
      }}
    />
  );
}
