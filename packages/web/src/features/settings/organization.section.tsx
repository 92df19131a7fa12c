import { Button, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { ErrorAlert } from "../../components/error-alert.js";
import { notifySuccess } from "../../components/notify.js";
import { useRenameOrganization } from "./settings.queries.js";
import type { Organization } from "./settings.types.js";

interface Props {
  organization: Organization;
  /** Only admins may rename the organization. */
  editable: boolean;
}

/** The organization's name (shown in the header for everyone) and its member count. */
export function OrganizationSection({ organization, editable }: Props) {
  const rename = useRenameOrganization();
  const [name, setName] = useState(organization.name);
  const trimmed = name.trim();
  const problem = trimmed ? (trimmed.length > 200 ? "Use at most 200 characters" : null) : "Enter a name";
  const changed = trimmed !== organization.name;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="organization-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="organization-heading">
          Organization
        </Title>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (problem || !changed) return;
            rename.mutate(trimmed, { onSuccess: (saved) => notifySuccess(`The organization is now “${saved.name}”.`) });
          }}
        >
          <Group align="flex-start" wrap="wrap">
            <TextInput
              label="Organization name"
              description={editable ? "Shown in the header and on invitations." : "Only admins can rename it."}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={changed ? problem : null}
              readOnly={!editable}
              maxLength={200}
              w={360}
              maw="100%"
            />
            {editable && (
              <Button
                type="submit"
                mt={{ base: 0, xs: 44 }}
                disabled={!changed || Boolean(problem)}
                loading={rename.isPending}
              >
                Rename
              </Button>
            )}
          </Group>
        </form>
        {rename.isError && <ErrorAlert error={rename.error} title="Could not rename the organization" />}
        <Text size="sm" c="dimmed">
          {organization.memberCount} active {organization.memberCount === 1 ? "member" : "members"} · created{" "}
          {organization.createdAt.slice(0, 10)}
        </Text>
      </Stack>
    </Paper>
  );
}
