import { Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

interface Props {
  title: string;
  description?: ReactNode;
  /** Buttons on the right (e.g. "New objective"). */
  actions?: ReactNode;
  /** Above the title, e.g. a back link. */
  above?: ReactNode;
}

/** Every page starts with one h1 so people and tests can tell where they are. */
export function PageHeader({ title, description, actions, above }: Props) {
  return (
    <Stack gap={4} mb="lg">
      {above}
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ flex: "1 1 320px" }}>
          <Title order={1} size="h2">
            {title}
          </Title>
          {description && (
            <Text c="dimmed" size="sm">
              {description}
            </Text>
          )}
        </Stack>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
    </Stack>
  );
}
