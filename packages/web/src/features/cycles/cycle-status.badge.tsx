import { Badge } from "@mantine/core";
import { type CycleStatus, STATUS_COLORS, STATUS_LABELS } from "./cycle.types.js";

export function CycleStatusBadge({ status }: { status: CycleStatus }) {
  return (
    <Badge miw="max-content" color={STATUS_COLORS[status]} variant={status === "open" ? "filled" : "light"}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
