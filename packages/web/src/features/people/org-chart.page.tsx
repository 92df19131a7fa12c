import { Badge, Group, Text } from "@mantine/core";
import { IconSitemap } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { EmptyState } from "../../components/empty-state.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { ListSkeleton } from "../../components/list-skeleton.js";
import { PageHeader } from "../../components/page-header.js";
import { RouterAnchor } from "../../components/router-link.js";
import { TreeList } from "../../components/tree-list.js";
import { flattenOrgChart } from "./org-chart.flatten.js";
import { orgChartQuery } from "./people.queries.js";

/** Who reports to whom, as a collapsible tree of the people the caller may see. */
export function OrgChartPage() {
  const chart = useQuery(orgChartQuery);
  const items = flattenOrgChart(chart.data ?? []);
  return (
    <>
      <PageHeader
        title="Org chart"
        description="Active people nested under their managers."
        above={
          <RouterAnchor to="/people" size="sm">
            ← People
          </RouterAnchor>
        }
      />
      {chart.isPending && <ListSkeleton label="Loading the org chart" />}
      {chart.isError && (
        <ErrorAlert error={chart.error} title="Could not load the org chart" onRetry={() => chart.refetch()} />
      )}
      {chart.isSuccess && items.length === 0 && (
        <EmptyState
          icon={<IconSitemap size={28} aria-hidden />}
          title="Nobody to show"
          description="Add people with their managers on the People page to see the chart."
        />
      )}
      {items.length > 0 && (
        <TreeList
          items={items}
          label="Org chart"
          nameOf={(p) => p.name}
          renderRow={(p) => (
            <Group gap="xs" wrap="wrap">
              <Text fw={500} size="sm">
                {p.name}
              </Text>
              <Text size="sm" c="dimmed">
                {p.roleTitle}
              </Text>
              {p.orgUnitName && (
                <Badge variant="light" color="gray" size="sm">
                  {p.orgUnitName}
                </Badge>
              )}
              {p.reportCount > 0 && (
                <Text size="xs" c="dimmed">
                  {p.reportCount} direct {p.reportCount === 1 ? "report" : "reports"}
                </Text>
              )}
            </Group>
          )}
        />
      )}
    </>
  );
}
