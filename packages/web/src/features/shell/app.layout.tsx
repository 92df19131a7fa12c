import {
  AppShell,
  Avatar,
  Badge,
  Burger,
  Button,
  Group,
  ScrollArea,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconLogout, IconRulerMeasure } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Outlet, useLocation, useNavigate } from "@tanstack/react-router";
import { useEffect } from "react";
import { notifyError } from "../../components/notify.js";
import { RouterNavLink } from "../../components/router-link.js";
import { meQuery, useSignOut } from "../auth/session.queries.js";
import { ROLE_LABELS } from "../auth/session.types.js";
import classes from "./app.layout.module.css";
import { activeNavItemPath, NAV_SECTIONS } from "./nav-items.js";

/** The signed-in frame: header (organization, user, sign-out), navigation, and the page. */
export function AppLayout() {
  const { data: me } = useQuery(meQuery);
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const activeNavPath = activeNavItemPath(pathname);
  const navigate = useNavigate();
  const signOut = useSignOut();

  // On a tablet the navigation is a drawer: close it once a page was picked.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation by design
  useEffect(() => close(), [pathname]);

  if (!me) return null;

  const onSignOut = () =>
    signOut.mutate(undefined, {
      onSuccess: () => void navigate({ to: "/sign-in" }),
      onError: (error) => notifyError(error, "Could not sign out"),
    });

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: "md", collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <a href="#main-content" className={classes.skipLink}>
        Skip to main content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={opened ? "Close navigation" : "Open navigation"}
              aria-expanded={opened}
              aria-controls="app-navigation"
            />
            <IconRulerMeasure aria-hidden size={26} color="var(--mantine-color-indigo-6)" />
            <Title order={2} size="h4" style={{ whiteSpace: "nowrap" }}>
              Yardstick
            </Title>
            <Text c="dimmed" size="sm" truncate="end" visibleFrom="xs" data-testid="organization-name">
              <VisuallyHidden>Organization: </VisuallyHidden>
              {me.organization.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Group gap="xs" wrap="nowrap" visibleFrom="sm">
              <Avatar name={me.name} color="initials" size="sm" aria-hidden />
              <Stack gap={0}>
                <Text size="sm" fw={500} lh={1.2}>
                  {me.name}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2}>
                  {me.email}
                </Text>
              </Stack>
              <Badge variant="light" aria-label={`Your role: ${ROLE_LABELS[me.role]}`}>
                {ROLE_LABELS[me.role]}
              </Badge>
            </Group>
            <Button
              variant="subtle"
              color="gray"
              leftSection={<IconLogout size={16} aria-hidden />}
              onClick={onSignOut}
              loading={signOut.isPending}
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id="app-navigation" p="xs" aria-label="Main navigation">
        <AppShell.Section grow component={ScrollArea}>
          {NAV_SECTIONS.map((section) => {
            const items = section.items.filter((item) => !item.roles || item.roles.includes(me.role));
            if (items.length === 0) return null;
            return (
              <Stack key={section.label} gap={2} mb="md" component="nav" aria-label={section.label}>
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" py={4} aria-hidden>
                  {section.label}
                </Text>
                {items.map((item) => (
                  <RouterNavLink
                    key={item.to}
                    to={item.to}
                    label={item.label}
                    leftSection={<item.icon size={18} aria-hidden />}
                    active={item.to === activeNavPath}
                    // The router marks every ancestor path active; only the most specific item is current.
                    activeOptions={{ exact: true }}
                    aria-current={item.to === activeNavPath ? "page" : undefined}
                  />
                ))}
              </Stack>
            );
          })}
        </AppShell.Section>
        <AppShell.Section hiddenFrom="sm" p="sm">
          <Text size="sm" fw={500}>
            {me.name}
          </Text>
          <Text size="xs" c="dimmed">
            {me.organization.name} · {ROLE_LABELS[me.role]}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
