import { Stack, Text, Title } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { RouterButton } from "../../components/router-link.js";

/**
 * What someone sees for a scorecard that does not exist or is not theirs to see. The two read the
 * same on purpose, as in the API: telling them apart would reveal that the scorecard exists.
 */
export function ScorecardNotFound() {
  return (
    <Stack align="flex-start" gap="md" py="xl" maw={560}>
      <IconLock size={32} aria-hidden color="var(--mantine-color-gray-6)" />
      <Title order={1} size="h2">
        Scorecard not found
      </Title>
      <Text c="dimmed">
        There is no scorecard at this address that you can open. Scorecards are visible to the employee, the managers in
        their reporting line, and HR. Check the link, or go to your own scorecard.
      </Text>
      <RouterButton to="/my-scorecard">Go to my scorecard</RouterButton>
    </Stack>
  );
}
