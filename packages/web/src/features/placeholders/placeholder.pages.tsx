import { IconAdjustments, IconChartDots3, IconUserSquareRounded, IconUsers } from "@tabler/icons-react";
import { EmptyState } from "../../components/empty-state.js";
import { PageHeader } from "../../components/page-header.js";

// Pages whose screens come next; each keeps its route and navigation entry stable meanwhile.

export function FrameworksPage() {
  return (
    <>
      <PageHeader
        title="Frameworks"
        description="Every role's KPI framework: versions, weights, scoring, publishing."
      />
      <EmptyState
        icon={<IconUserSquareRounded size={28} aria-hidden />}
        title="Framework overview is coming"
        description="Until then, open a role from Roles to see its framework section."
      />
    </>
  );
}

export function AlignmentPage() {
  return (
    <>
      <PageHeader title="Alignment" description="Which objectives are served by which roles' KPIs." />
      <EmptyState
        icon={<IconChartDots3 size={28} aria-hidden />}
        title="Alignment map is coming"
        description="It will show objectives, roles and KPIs as a graph, with gaps highlighted."
      />
    </>
  );
}

export function PeoplePage() {
  return (
    <>
      <PageHeader title="People" description="Members of your organization, their roles and invitations." />
      <EmptyState
        icon={<IconUsers size={28} aria-hidden />}
        title="People management is coming"
        description="Invite colleagues and assign them roles here."
      />
    </>
  );
}

export function SettingsPage() {
  return (
    <>
      <PageHeader title="Settings" description="Organization name, rating scale, quality checks." />
      <EmptyState
        icon={<IconAdjustments size={28} aria-hidden />}
        title="Settings are coming"
        description="Organization-wide settings will be edited here."
      />
    </>
  );
}
