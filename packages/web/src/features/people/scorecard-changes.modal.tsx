import { Badge, Button, Group, List, Modal, Stack, Text } from "@mantine/core";
import { RouterAnchor } from "../../components/router-link.js";
import type { ScorecardChange } from "./person.types.js";

const ACTION_LABELS: Record<ScorecardChange["action"], { label: string; color: string }> = {
  created: { label: "New scorecard", color: "green" },
  superseded: { label: "Superseded", color: "orange" },
  ended: { label: "Ended", color: "gray" },
  skipped: { label: "No scorecard", color: "red" },
};

interface Props {
  /** The person the change was about, for the title. */
  personName: string;
  changes: ScorecardChange[] | null;
  onClose: () => void;
}

/** Says what a people change did to scorecards of open cycles, so nothing happens silently. */
export function ScorecardChangesModal({ personName, changes, onClose }: Props) {
  return (
    <Modal
      closeButtonProps={{ "aria-label": "Close" }}
      opened={changes !== null}
      onClose={onClose}
      title={`Scorecards of ${personName}`}
      centered
    >
      <Stack gap="sm">
        {changes?.length === 0 && <Text size="sm">No open review cycle was affected.</Text>}
        {changes && changes.length > 0 && (
          <List spacing="sm" listStyleType="none" p={0}>
            {changes.map((change) => {
              const action = ACTION_LABELS[change.action];
              return (
                <List.Item key={`${change.cycleId}:${change.action}:${change.scorecardId ?? ""}`}>
                  <Group gap="xs" wrap="wrap">
                    <Badge color={action.color} variant="light">
                      {action.label}
                    </Badge>
                    <Text size="sm" fw={500}>
                      {change.cycleName}
                    </Text>
                    {change.scorecardId && (
                      <RouterAnchor
                        size="sm"
                        to="/scorecards/$scorecardId"
                        params={{ scorecardId: change.scorecardId }}
                      >
                        Open scorecard
                      </RouterAnchor>
                    )}
                  </Group>
                  <Text size="sm" c="dimmed">
                    {change.reason}
                    {change.validFrom || change.validTo
                      ? ` (valid ${change.validFrom ?? "…"} to ${change.validTo ?? "…"})`
                      : ""}
                  </Text>
                </List.Item>
              );
            })}
          </List>
        )}
        <Group justify="flex-end">
          <Button onClick={onClose} data-autofocus>
            Done
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
