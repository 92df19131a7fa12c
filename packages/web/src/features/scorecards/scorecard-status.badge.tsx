import { Badge } from "@mantine/core";
import type { ScorecardStatus } from "./scorecard.types.js";

const LABELS: Record<ScorecardStatus, { label: string; color: string }> = {
  active: { label: "Active", color: "green" },
  superseded: { label: "Superseded", color: "orange" },
  ended: { label: "Ended", color: "gray" },
};

export function ScorecardStatusBadge({ status }: { status: ScorecardStatus }) {
  const { label, color } = LABELS[status];
  return (
    <Badge miw="max-content" color={color} variant="light">
      {label}
    </Badge>
  );
}
