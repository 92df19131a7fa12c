import { Text } from "@mantine/core";
import { IconFileSpreadsheet } from "@tabler/icons-react";
import { type DragEvent, useId, useState } from "react";
import classes from "./file-drop.module.css";
import { formatBytes } from "./import-format.js";

interface Props {
  label: string;
  file: File | null;
  onFile: (file: File) => void;
  disabled?: boolean;
  /** e.g. the upload limit, read by screen readers with the input. */
  description: string;
}

/**
 * A labelled file input shown as a drop area: click or keyboard opens the file picker, and a file
 * dragged from the desktop can be dropped on it.
 */
export function FileDropField({ label, file, onFile, disabled, description }: Props) {
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped && !disabled) onFile(dropped);
  };
  const className = [classes.area, dragging && classes.dragging, disabled && classes.disabled]
    .filter(Boolean)
    .join(" ");
  return (
    <label
      htmlFor={id}
      className={className}
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <IconFileSpreadsheet size={32} aria-hidden />
      <Text fw={600} id={`${id}-label`}>
        {label}
      </Text>
      <Text size="sm" c="dimmed" id={`${id}-description`}>
        {description}
      </Text>
      {file && (
        <Text size="sm" aria-live="polite">
          Selected: <strong>{file.name}</strong> ({formatBytes(file.size)})
        </Text>
      )}
      <input
        id={id}
        className={classes.input}
        type="file"
        accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-description`}
        disabled={disabled}
        onChange={(event) => {
          const chosen = event.currentTarget.files?.[0];
          if (chosen) onFile(chosen);
          // Choosing the same file again (after fixing it) must fire another change.
          event.currentTarget.value = "";
        }}
      />
    </label>
  );
}
