import { ActionIcon, Box, Group, Paper } from "@mantine/core";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { buildTree, type TreeItem, type TreeNode } from "@yardstick/core";
import { type ReactNode, useState } from "react";

interface Props<T extends TreeItem> {
  items: readonly T[];
  /** Accessible name of the whole tree, e.g. "Objectives". */
  label: string;
  /** Text used to name the expand/collapse button of a row. */
  nameOf: (item: T) => string;
  renderRow: (item: T, depth: number) => ReactNode;
}

/**
 * A nested list with indentation: plain lists and buttons, so every row and its actions are
 * reachable with Tab and announced with their names (no custom arrow-key model to learn).
 */
export function TreeList<T extends TreeItem>({ items, label, nameOf, renderRow }: Props<T>) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const roots = buildTree(items);
  const renderLevel = (nodes: TreeNode<T>[], depth: number): ReactNode => (
    <Box component="ul" m={0} p={0} style={{ listStyle: "none" }}>
      {nodes.map((node) => {
        const isCollapsed = collapsed.has(node.id);
        return (
          <li key={node.id}>
            <Group
              gap="xs"
              wrap="nowrap"
              py={6}
              pr="sm"
              pl={`calc(${depth} * 1.5rem + 0.5rem)`}
              style={{ borderBottom: "1px solid var(--mantine-color-gray-2)" }}
            >
              {node.children.length > 0 ? (
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  onClick={() => toggle(node.id)}
                  aria-expanded={!isCollapsed}
                  aria-label={`${isCollapsed ? "Expand" : "Collapse"} ${nameOf(node)}`}
                >
                  {isCollapsed ? <IconChevronRight size={16} aria-hidden /> : <IconChevronDown size={16} aria-hidden />}
                </ActionIcon>
              ) : (
                <Box w={22} aria-hidden />
              )}
              <Box style={{ flex: 1, minWidth: 0 }}>{renderRow(node, depth)}</Box>
            </Group>
            {node.children.length > 0 && !isCollapsed && renderLevel(node.children, depth + 1)}
          </li>
        );
      })}
    </Box>
  );
  return (
    <Paper withBorder radius="md" component="section" aria-label={label}>
      {renderLevel(roots, 0)}
    </Paper>
  );
}
