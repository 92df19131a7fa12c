import { Group, NativeSelect, Pagination, Paper, Table, Text } from "@mantine/core";
import { useState } from "react";
import { formatCount } from "./import-format.js";
import type { RowProblem } from "./imports.types.js";

const PAGE_SIZE = 25;

interface Props {
  problems: RowProblem[];
  /** All problems found; more than listed when the server capped the list. */
  total: number;
  headingId: string;
}

/** Every problem by row and column with its message, a page at a time, filterable by column. */
export function ProblemsTable({ problems, total, headingId }: Props) {
  const [page, setPage] = useState(1);
  const [column, setColumn] = useState("");
  const columns = [...new Set(problems.map((p) => p.column ?? "(whole row)"))].sort();
  const shown = column ? problems.filter((p) => (p.column ?? "(whole row)") === column) : problems;
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const slice = shown.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const first = shown.length === 0 ? 0 : (current - 1) * PAGE_SIZE + 1;
  const last = slice.length === 0 ? 0 : first + slice.length - 1;
  const capped = total > problems.length;
  return (
    <Paper withBorder radius="md" p="sm">
      <Group justify="space-between" align="flex-end" mb="xs" wrap="wrap">
        <Text size="sm" id={`${headingId}-range`}>
          Showing {formatCount(first)}–{formatCount(last)} of {formatCount(shown.length)}
          {column ? ` in “${column}”` : ""}
          {capped && !column ? ` (the first ${formatCount(problems.length)} of ${formatCount(total)} problems)` : ""}
        </Text>
        {columns.length > 1 && (
          <NativeSelect
            label="Column"
            size="xs"
            value={column}
            onChange={(event) => {
              setColumn(event.currentTarget.value);
              setPage(1);
            }}
            data={[{ value: "", label: "All columns" }, ...columns]}
            w={200}
          />
        )}
      </Group>
      <Table.ScrollContainer minWidth={600}>
        <Table verticalSpacing={6} striped aria-labelledby={headingId} aria-describedby={`${headingId}-range`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={70}>
                Row
              </Table.Th>
              <Table.Th scope="col">Column</Table.Th>
              <Table.Th scope="col">Value</Table.Th>
              <Table.Th scope="col">Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {slice.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a row can have two problems with the same code and column
              <Table.Tr key={`${p.row}:${p.column}:${p.code}:${i + first}`}>
                <Table.Td>{p.row > 0 ? formatCount(p.row) : "—"}</Table.Td>
                <Table.Td>
                  {p.column ?? (
                    <Text c="dimmed" size="sm">
                      (whole row)
                    </Text>
                  )}
                </Table.Td>
                <Table.Td miw={110} style={{ overflowWrap: "anywhere" }}>
                  {p.value === undefined || p.value === "" ? (
                    <Text c="dimmed" size="sm">
                      (empty)
                    </Text>
                  ) : (
                    <code>{p.value}</code>
                  )}
                </Table.Td>
                <Table.Td>{p.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && (
        <Group justify="center" mt="sm">
          <Pagination
            total={pages}
            value={current}
            onChange={setPage}
            size="sm"
            getControlProps={(control) => ({
              "aria-label": control === "previous" ? "Previous page of problems" : "Next page of problems",
            })}
            getItemProps={(n) => ({ "aria-label": `Problems page ${n}` })}
          />
        </Group>
      )}
    </Paper>
  );
}
