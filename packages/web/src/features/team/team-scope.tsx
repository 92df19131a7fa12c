import { Group, Select } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useCanDesign } from "../auth/use-can-design.js";
import type { Cycle } from "../cycles/cycle.types.js";
import { cyclesQuery } from "../cycles/cycles.queries.js";
import { useMyPerson } from "../people/my-person.js";
import { peopleQuery } from "../people/people.queries.js";
import type { Person } from "../people/person.types.js";

export interface TeamScope {
  cycles: Cycle[];
  cycle: Cycle | undefined;
  /** Whose reporting line: undefined means "mine" (the API's default). */
  managerId: string | undefined;
  managers: Person[];
  /** HR and admin pick any manager; everyone else looks at their own line. */
  canPickManager: boolean;
  isPending: boolean;
  error: unknown;
}

/** Cycles that have scorecards: open ones first, then closed, newest first within each. */
function usableCycles(cycles: readonly Cycle[]): Cycle[] {
  const rank = (c: Cycle) => (c.status === "open" ? 0 : 1);
  return cycles
    .filter((c) => c.status !== "draft")
    .sort((a, b) => rank(a) - rank(b) || b.startDate.localeCompare(a.startDate));
}

/** Resolves which cycle and whose team a team page shows, from the URL choice and sensible defaults. */
export function useTeamScope(chosenCycleId: string | undefined, chosenManagerId: string | undefined): TeamScope {
  const canPickManager = useCanDesign();
  const cyclesResult = useQuery(cyclesQuery);
  const people = useQuery({ ...peopleQuery, enabled: canPickManager });
  const mine = useMyPerson();
  const cycles = usableCycles(cyclesResult.data ?? []);
  const cycle = cycles.find((c) => c.id === chosenCycleId) ?? cycles[0];
  const managerIds = new Set((people.data ?? []).filter((p) => p.active && p.managerId).map((p) => p.managerId));
  const managers = (people.data ?? []).filter((p) => p.active && managerIds.has(p.id));
  let managerId = chosenManagerId;
  if (canPickManager && !managerId) {
    const own = mine.person && managerIds.has(mine.person.id) ? mine.person : undefined;
    managerId = own?.id ?? managers.find((m) => !m.managerId)?.id ?? managers[0]?.id;
  }
  return {
    cycles,
    cycle,
    managerId: canPickManager ? managerId : undefined,
    managers,
    canPickManager,
    isPending: cyclesResult.isPending || (canPickManager && (people.isPending || mine.isPending)),
    error: cyclesResult.error ?? people.error,
  };
}

interface ControlsProps {
  scope: TeamScope;
  onCycle: (cycleId: string) => void;
  onManager: (managerId: string) => void;
  children?: React.ReactNode;
}

/** The cycle (and, for HR, manager) selectors at the top of the team pages. */
export function TeamScopeControls({ scope, onCycle, onManager, children }: ControlsProps) {
  return (
    <Group mb="md" align="flex-end" wrap="wrap">
      <Select
        label="Review cycle"
        allowDeselect={false}
        data={scope.cycles.map((c) => ({ value: c.id, label: `${c.name}${c.status === "closed" ? " (closed)" : ""}` }))}
        value={scope.cycle?.id ?? null}
        onChange={(v) => v && onCycle(v)}
        w={240}
      />
      {scope.canPickManager && (
        <Select
          label="Team of"
          searchable
          allowDeselect={false}
          placeholder="Choose a manager"
          nothingFoundMessage="No manager matches"
          data={scope.managers.map((m) => ({ value: m.id, label: `${m.name} (${m.roleTitle})` }))}
          value={scope.managerId ?? null}
          onChange={(v) => v && onManager(v)}
          w={280}
        />
      )}
      {children}
    </Group>
  );
}
