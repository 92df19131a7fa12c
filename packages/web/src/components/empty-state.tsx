import { EmptyState as MantineEmptyState, Paper } from "@mantine/core";
import type { ReactNode } from "react";

interface Props {
  title: string;
  description: ReactNode;
  icon?: ReactNode;
  /** The call to action, usually one primary button. */
  action?: ReactNode;
}

/** What a list shows when there is nothing in it yet: what this is, and the next step. */
export function EmptyState({ title, description, icon, action }: Props) {
  return (
    <Paper withBorder radius="md" p="xl">
      <MantineEmptyState title={title} description={description} icon={icon}>
        {action}
      </MantineEmptyState>
    </Paper>
  );
}
