import {
  IconAdjustments,
  IconBooks,
  IconBriefcase,
  IconBuildingCommunity,
  IconCalendarStats,
  IconChartDots3,
  IconClipboardData,
  IconFileCode,
  IconFileImport,
  IconLayoutList,
  IconTable,
  IconTargetArrow,
  IconUserPlus,
  IconUserSquareRounded,
  IconUsers,
  IconUsersGroup,
} from "@tabler/icons-react";
import type { MembershipRole } from "../auth/session.types.js";

export interface NavItem {
  to:
    | "/strategy"
    | "/org-units"
    | "/roles"
    | "/kpis"
    | "/library"
    | "/frameworks"
    | "/alignment"
    | "/framework-file"
    | "/people"
    | "/cycles"
    | "/my-scorecard"
    | "/team"
    | "/team/entry"
    | "/imports"
    | "/settings"
    | "/members";
  label: string;
  icon: typeof IconTargetArrow;
  /** Only these membership roles see the item; everyone when absent. */
  roles?: readonly MembershipRole[];
}

export const NAV_SECTIONS: { label: string; items: NavItem[] }[] = [
  {
    label: "Performance",
    items: [
      { to: "/my-scorecard", label: "My scorecard", icon: IconClipboardData },
      { to: "/team", label: "Team overview", icon: IconUsersGroup, roles: ["admin", "hr", "manager"] },
      { to: "/team/entry", label: "Enter values", icon: IconTable, roles: ["admin", "hr", "manager"] },
    ],
  },
  {
    label: "Design",
    items: [
      { to: "/strategy", label: "Strategy", icon: IconTargetArrow },
      { to: "/org-units", label: "Org units", icon: IconBuildingCommunity },
      { to: "/roles", label: "Roles", icon: IconBriefcase },
      { to: "/kpis", label: "KPI library", icon: IconLayoutList },
      { to: "/library", label: "Starter library", icon: IconBooks, roles: ["admin", "hr"] },
      { to: "/frameworks", label: "Frameworks", icon: IconUserSquareRounded },
      { to: "/alignment", label: "Alignment", icon: IconChartDots3 },
      { to: "/framework-file", label: "Framework file", icon: IconFileCode },
    ],
  },
  {
    label: "Administration",
    items: [
      { to: "/people", label: "People", icon: IconUsers, roles: ["admin", "hr"] },
      { to: "/cycles", label: "Review cycles", icon: IconCalendarStats, roles: ["admin", "hr"] },
      { to: "/imports", label: "Import data", icon: IconFileImport, roles: ["admin", "hr"] },
      { to: "/members", label: "Members", icon: IconUserPlus, roles: ["admin", "hr"] },
      { to: "/settings", label: "Settings", icon: IconAdjustments, roles: ["admin", "hr"] },
    ],
  },
];

/**
 * The nav item a path belongs to: the longest item path that is the path itself or a parent of it,
 * so /team/entry highlights "Enter values" and not also "Team overview".
 */
export function activeNavItemPath(pathname: string): NavItem["to"] | undefined {
  let best: NavItem["to"] | undefined;
  for (const item of NAV_SECTIONS.flatMap((section) => section.items)) {
    const matches = pathname === item.to || pathname.startsWith(`${item.to}/`);
    if (matches && (!best || item.to.length > best.length)) best = item.to;
  }
  return best;
}
