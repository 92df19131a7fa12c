import type { QueryClient } from "@tanstack/react-query";
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from "@tanstack/react-router";
import { setUnauthorizedHandler } from "../api/api-client.js";
import { PageSkeleton } from "../components/list-skeleton.js";
import { meQuery, setupStatusQuery } from "../features/auth/session.queries.js";
import { SignInPage } from "../features/auth/sign-in.page.js";
import { AppLayout } from "../features/shell/app.layout.js";
import { NotFoundPage } from "../features/shell/not-found.page.js";
import { RouteErrorPage } from "../features/shell/route-error.page.js";
import { safeRedirect } from "./safe-redirect.js";

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

// First run: the setup page only exists while the instance has no user.
const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/setup",
  beforeLoad: async ({ context }) => {
    const status = await context.queryClient.ensureQueryData(setupStatusQuery);
    if (!status.needsSetup) throw redirect({ to: "/sign-in" });
  },
  component: lazyRouteComponent(() => import("../features/auth/setup.page.js"), "SetupPage"),
});

export interface SignInSearch {
  redirect?: string;
  expired?: boolean;
}

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  validateSearch: (search: Record<string, unknown>): SignInSearch => ({
    redirect: typeof search.redirect === "string" ? search.redirect : undefined,
    expired: search.expired === true || search.expired === "true" || search.expired === 1 ? true : undefined,
  }),
  beforeLoad: async ({ context, search }) => {
    const status = await context.queryClient.ensureQueryData(setupStatusQuery);
    if (status.needsSetup) throw redirect({ to: "/setup" });
    // Already signed in (e.g. a bookmarked sign-in page): go where they were headed.
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (me) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: SignInPage,
});

const acceptInviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/accept-invite",
  validateSearch: (search: Record<string, unknown>): { token?: string } => ({
    token: typeof search.token === "string" ? search.token : undefined,
  }),
  component: lazyRouteComponent(() => import("../features/auth/accept-invite.page.js"), "AcceptInvitePage"),
});

// Everything behind sign-in shares the shell; the guard sends people to setup or sign-in first.
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "app",
  beforeLoad: async ({ context, location }) => {
    const status = await context.queryClient.ensureQueryData(setupStatusQuery);
    if (status.needsSetup) throw redirect({ to: "/setup" });
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect({ to: "/sign-in", search: { redirect: location.href } });
    return { me };
  },
  component: AppLayout,
  errorComponent: RouteErrorPage,
});

const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/",
  beforeLoad: () => {
    throw redirect({ to: "/strategy" });
  },
});

const strategyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/strategy",
  component: lazyRouteComponent(() => import("../features/strategy/strategy.page.js"), "StrategyPage"),
});
const orgUnitsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/org-units",
  component: lazyRouteComponent(() => import("../features/org-units/org-units.page.js"), "OrgUnitsPage"),
});
const rolesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/roles",
  validateSearch: (search: Record<string, unknown>): { q?: string; family?: string } => ({
    q: typeof search.q === "string" && search.q ? search.q : undefined,
    family: typeof search.family === "string" && search.family ? search.family : undefined,
  }),
  component: lazyRouteComponent(() => import("../features/roles/roles.page.js"), "RolesPage"),
});
const roleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/roles/$roleId",
  component: lazyRouteComponent(() => import("../features/roles/role.page.js"), "RolePage"),
});

export interface KpiSearch {
  q?: string;
  family?: string;
  kind?: string;
  timing?: string;
  focus?: string;
}
const kpisRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/kpis",
  validateSearch: (search: Record<string, unknown>): KpiSearch => {
    const text = (v: unknown) => (typeof v === "string" && v ? v : undefined);
    return {
      q: text(search.q),
      family: text(search.family),
      kind: text(search.kind),
      timing: text(search.timing),
      focus: text(search.focus),
    };
  },
  component: lazyRouteComponent(() => import("../features/kpis/kpi-library.page.js"), "KpiLibraryPage"),
});
const kpiRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/kpis/$kpiId",
  component: lazyRouteComponent(() => import("../features/kpis/kpi.page.js"), "KpiPage"),
});
const libraryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/library",
  component: lazyRouteComponent(() => import("../features/library/starter-library.page.js"), "StarterLibraryPage"),
});
export interface FrameworksSearch {
  q?: string;
  family?: string;
  status?: "none" | "draft" | "published" | "pending";
}
const frameworksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/frameworks",
  validateSearch: (search: Record<string, unknown>): FrameworksSearch => {
    const text = (v: unknown) => (typeof v === "string" && v ? v : undefined);
    const status = text(search.status);
    return {
      q: text(search.q),
      family: text(search.family),
      status:
        status === "none" || status === "draft" || status === "published" || status === "pending" ? status : undefined,
    };
  },
  component: lazyRouteComponent(
    () => import("../features/frameworks-overview/frameworks-overview.page.js"),
    "FrameworksOverviewPage",
  ),
});
const alignmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/alignment",
  validateSearch: (search: Record<string, unknown>): { drafts?: boolean } => ({
    drafts: search.drafts === true || search.drafts === "true" ? true : undefined,
  }),
  component: lazyRouteComponent(() => import("../features/alignment/alignment.page.js"), "AlignmentPage"),
});
const frameworkEditorRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/roles/$roleId/framework",
  validateSearch: (search: Record<string, unknown>): { version?: number } => {
    const version = Number(search.version);
    return { version: Number.isInteger(version) && version > 0 ? version : undefined };
  },
  component: lazyRouteComponent(() => import("../features/frameworks/framework-editor.page.js"), "FrameworkEditorPage"),
});
const frameworkHistoryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/roles/$roleId/framework/history",
  component: lazyRouteComponent(
    () => import("../features/frameworks/framework-history.page.js"),
    "FrameworkHistoryPage",
  ),
});
const frameworkFileRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/framework-file",
  component: lazyRouteComponent(() => import("../features/framework-file/framework-file.page.js"), "FrameworkFilePage"),
});
const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/people",
  component: lazyRouteComponent(() => import("../features/people/people.page.js"), "PeoplePage"),
});
const orgChartRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/people/org-chart",
  component: lazyRouteComponent(() => import("../features/people/org-chart.page.js"), "OrgChartPage"),
});
const cyclesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/cycles",
  component: lazyRouteComponent(() => import("../features/cycles/cycles.page.js"), "CyclesPage"),
});
const cycleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/cycles/$cycleId",
  component: lazyRouteComponent(() => import("../features/cycles/cycle.page.js"), "CyclePage"),
});
const myScorecardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/my-scorecard",
  component: lazyRouteComponent(() => import("../features/scorecards/my-scorecard.page.js"), "MyScorecardPage"),
});
const scorecardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/scorecards/$scorecardId",
  component: lazyRouteComponent(() => import("../features/scorecards/scorecard.page.js"), "ScorecardPage"),
});
export interface TeamSearch {
  cycleId?: string;
  managerId?: string;
  period?: string;
}
const teamSearch = (search: Record<string, unknown>): TeamSearch => {
  const text = (v: unknown) => (typeof v === "string" && v ? v : undefined);
  return { cycleId: text(search.cycleId), managerId: text(search.managerId), period: text(search.period) };
};
const teamRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/team",
  validateSearch: teamSearch,
  component: lazyRouteComponent(() => import("../features/team/team-overview.page.js"), "TeamOverviewPage"),
});
const dataEntryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/team/entry",
  validateSearch: teamSearch,
  component: lazyRouteComponent(() => import("../features/data-entry/data-entry.page.js"), "DataEntryPage"),
});
const importsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/imports",
  component: lazyRouteComponent(() => import("../features/imports/imports.page.js"), "ImportsPage"),
});
const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/settings",
  component: lazyRouteComponent(() => import("../features/settings/settings.page.js"), "SettingsPage"),
});
const membersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/members",
  component: lazyRouteComponent(() => import("../features/members/members.page.js"), "MembersPage"),
});

const routeTree = rootRoute.addChildren([
  setupRoute,
  signInRoute,
  acceptInviteRoute,
  appRoute.addChildren([
    indexRoute,
    strategyRoute,
    orgUnitsRoute,
    rolesRoute,
    roleRoute,
    kpisRoute,
    kpiRoute,
    libraryRoute,
    frameworksRoute,
    alignmentRoute,
    frameworkEditorRoute,
    frameworkHistoryRoute,
    frameworkFileRoute,
    peopleRoute,
    orgChartRoute,
    cyclesRoute,
    cycleRoute,
    myScorecardRoute,
    scorecardRoute,
    teamRoute,
    dataEntryRoute,
    importsRoute,
    settingsRoute,
    membersRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  const router = createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: "intent",
    defaultPendingComponent: PageSkeleton,
    defaultPendingMs: 150,
    scrollRestoration: true,
  });
  // A 401 from any API call means the session ended (expired, signed out elsewhere):
  // forget the user and go to sign-in, coming back here afterwards.
  setUnauthorizedHandler(() => {
    queryClient.setQueryData(meQuery.queryKey, null);
    const { pathname, href } = router.state.location;
    if (pathname === "/sign-in" || pathname === "/setup" || pathname === "/accept-invite") return;
    void router.navigate({ to: "/sign-in", search: { redirect: href, expired: true } });
  });
  return router;
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
