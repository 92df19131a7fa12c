import { Button, Group, Select } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import type { Kpi } from "../kpis/kpi.types.js";

interface Props {
  kpis: Kpi[];
  /** KPI keys already in the framework; not offered again (no KPI twice). */
  used: Set<string>;
  onAdd: (kpi: Kpi) => void;
}

/** Search the organization's KPI library and add a KPI to the framework. */
export function KpiPicker({ kpis, used, onAdd }: Props) {
  const [selected, setSelected] = useState<string | null>(null);
  const byId = useMemo(() => new Map(kpis.map((k) => [k.id, k])), [kpis]);
  const options = useMemo(() => {
    const groups = new Map<string, { value: string; label: string }[]>();
    for (const k of kpis) {
      if (k.archived || used.has(k.key)) continue;
      const group = k.family ?? "Other";
      groups.set(group, [...(groups.get(group) ?? []), { value: k.id, label: `${k.name} (${k.key})` }]);
    }
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([group, items]) => ({ group, items }));
  }, [kpis, used]);
  const add = () => {
    const kpi = selected ? byId.get(selected) : undefined;
    if (!kpi) return;
    onAdd(kpi);
    setSelected(null);
  };
  return (
    <Group align="flex-end" gap="xs" wrap="wrap">
      <Select
        label="Add a KPI from the library"
        placeholder={options.length ? "Search by name or key" : "Every library KPI is already in this framework"}
        data={options}
        value={selected}
        onChange={setSelected}
        searchable
        clearable
        nothingFoundMessage="No KPI matches; create it in the KPI library first"
        style={{ flex: "1 1 280px" }}
        maw={520}
        onKeyDown={(e) => {
          if (e.key === "Enter" && selected) add();
        }}
      />
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={add} disabled={!selected}>
        Add KPI
      </Button>
    </Group>
  );
}
