import { Center, Paper, Stack, Text, Title } from "@mantine/core";
import { IconRulerMeasure } from "@tabler/icons-react";
import type { ReactNode } from "react";

/** The centred card of the pages before sign-in (setup, sign-in, invitation). */
export function AuthCard({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children: ReactNode }) {
  return (
    <Center component="main" mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={460}>
        <Stack gap="xs" mb="lg">
          <Text fw={700} c="indigo" size="sm" style={{ display: "flex", gap: 6, alignItems: "center" }}>
            <IconRulerMeasure size={20} aria-hidden /> Yardstick
          </Text>
          <Title order={1} size="h2">
            {title}
          </Title>
          {subtitle && (
            <Text c="dimmed" size="sm">
              {subtitle}
            </Text>
          )}
        </Stack>
        {children}
      </Paper>
    </Center>
  );
}
