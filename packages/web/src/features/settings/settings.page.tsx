import { Alert, Stack } from "@mantine/core";
import { IconUsers } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { ErrorAlert } from "../../components/error-alert.js";
import { ListSkeleton } from "../../components/list-skeleton.js";
import { PageHeader } from "../../components/page-header.js";
import { RouterButton } from "../../components/router-link.js";
import { meQuery } from "../auth/session.queries.js";
import { canDesign } from "../auth/session.types.js";
import { OrganizationSection } from "./organization.section.js";
import { QualityChecksSection } from "./quality-checks.section.js";
import { RatingScaleSection } from "./rating-scale.section.js";
import { lintRulesQuery, organizationQuery, settingsQuery } from "./settings.queries.js";

/**
 * Organization-wide settings. Who may change what follows the server: admins rename the
 * organization; admins and HR edit the rating scale and the quality checks; others only read.
 */
export function SettingsPage() {
  const { data: me } = useQuery(meQuery);
  const organization = useQuery(organizationQuery);
  const settings = useQuery(settingsQuery);
  const rules = useQuery(lintRulesQuery);
  const isAdmin = me?.role === "admin";
  const canEdit = canDesign(me ?? undefined);

  return (
    <>
      <PageHeader
        title="Settings"
        description="Your organization's name, the rating scale that turns scores into ratings, and which quality checks run."
        actions={
          canEdit && (
            <RouterButton to="/members" variant="default" leftSection={<IconUsers size={16} aria-hidden />}>
              Members & invitations
            </RouterButton>
          )
        }
      />
      <Stack gap="lg" maw={960}>
        {!canEdit && (
          <Alert color="blue" variant="light" title="Read only">
            Only admins and HR can change these settings.
          </Alert>
        )}
        {organization.isPending && <ListSkeleton rows={2} label="Loading the organization" />}
        {organization.isError && (
          <ErrorAlert
            error={organization.error}
            title="Could not load the organization"
            onRetry={() => organization.refetch()}
          />
        )}
        {organization.data && <OrganizationSection organization={organization.data} editable={isAdmin} />}
        {settings.isPending && <ListSkeleton rows={4} label="Loading the settings" />}
        {settings.isError && (
          <ErrorAlert error={settings.error} title="Could not load the settings" onRetry={() => settings.refetch()} />
        )}
        {settings.data && <RatingScaleSection settings={settings.data} editable={canEdit} />}
        {rules.isError && (
          <ErrorAlert error={rules.error} title="Could not load the quality checks" onRetry={() => rules.refetch()} />
        )}
        {settings.data && rules.isPending && <ListSkeleton rows={6} label="Loading the quality checks" />}
        {settings.data && rules.data && (
          <QualityChecksSection settings={settings.data} rules={rules.data} editable={canEdit} />
        )}
      </Stack>
    </>
  );
}
