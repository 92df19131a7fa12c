import {
  IconAdjustments,
  IconBooks,
  IconBriefcase,
  IconBuildingCommunity,
  IconChartDots3,
  IconLayoutList,
  IconTargetArrow,
  IconUserSquareRounded,
  IconUsers,
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
    | "/people"
    | "/settings";
  label: string;
  icon: typeof IconTargetArrow;
  /** Only these membership roles see the item; everyone when absent. */
  roles?: readonly MembershipRole[];
}

export const NAV_SECTIONS: { label: string; items: NavItem[] }[] = [
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
    ],
  },
  {
    label: "Administration",
    items: [
      { to: "/people", label: "People", icon: IconUsers, roles: ["admin"] },
      { to: "/settings", label: "Settings", icon: IconAdjustments, roles: ["admin"] },
    ],
  },
];
