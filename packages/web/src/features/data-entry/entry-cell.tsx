import { Table, Text, TextInput } from "@mantine/core";
import type { KeyboardEvent } from "react";

interface Props {
  id: string;
  label: string;
  value: string;
  /** The saved value, shown when the cell is unchanged and used to tell whether it changed. */
  saved: string;
  error?: string;
  saving: boolean;
  disabled: boolean;
  onChange: (value: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/** One number input of the grid, with its problem written under it. */
export function EntryCell({ id, label, value, saved, error, saving, disabled, onChange, onKeyDown }: Props) {
  const dirty = value !== saved;
  return (
    <Table.Td style={{ minWidth: 110, verticalAlign: "top" }}>
      <TextInput
        id={id}
        size="xs"
        aria-label={label}
        value={value}
        inputMode="decimal"
        autoComplete="off"
        disabled={disabled || saving}
        error={error}
        onChange={(e) => onChange(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        styles={{
          input: {
            textAlign: "right",
            fontWeight: dirty ? 600 : undefined,
            backgroundColor: dirty && !error ? "var(--mantine-color-yellow-light)" : undefined,
          },
        }}
      />
      {dirty && !error && (
        <Text size="xs" c="dimmed">
          {saving ? "saving…" : "not saved"}
        </Text>
      )}
    </Table.Td>
  );
}
