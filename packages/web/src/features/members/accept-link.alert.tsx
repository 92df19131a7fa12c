import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from "@mantine/core";
import { IconCheck, IconCopy, IconLink } from "@tabler/icons-react";
import type { CreatedInvitation } from "./invitation.types.js";

interface Props {
  invitation: CreatedInvitation;
  onDone: () => void;
}

/** The one-time accept link of a new invitation: the server never shows it again and sends no email. */
export function AcceptLinkAlert({ invitation, onDone }: Props) {
  const link = new URL(invitation.acceptUrl, window.location.origin).href;
  return (
    <Alert
      color="green"
      variant="light"
      icon={<IconLink aria-hidden />}
      title={`Invitation for ${invitation.name} created`}
      role="status"
    >
      <Stack gap="xs">
        <Text size="sm">
          Copy this link and send it to {invitation.email} yourself: Yardstick does not send email. The link is shown
          only now; if it gets lost, revoke the invitation and create a new one. It works until{" "}
          {invitation.expiresAt.slice(0, 10)}.
        </Text>
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            label="Accept link"
            value={link}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            style={{ flex: "1 1 320px" }}
          />
          <CopyButton value={link}>
            {({ copied, copy }) => (
              <Button
                color={copied ? "teal" : "blue"}
                leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                onClick={copy}
              >
                {copied ? "Copied" : "Copy link"}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" onClick={onDone}>
            Done
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
