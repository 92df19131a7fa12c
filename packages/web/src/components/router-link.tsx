import { Anchor, type AnchorProps, Button, type ButtonProps, NavLink, type NavLinkProps } from "@mantine/core";
import { createLink } from "@tanstack/react-router";
import type { ComponentPropsWithRef } from "react";

// Mantine's polymorphic components lose their own props through createLink; these thin anchors
// pin the element to <a> so both the router's typed `to`/`params` and Mantine's props check.
type AnchorElementProps<P> = P & Omit<ComponentPropsWithRef<"a">, keyof P>;

function AnchorElement(props: AnchorElementProps<AnchorProps>) {
  return <Anchor component="a" {...props} />;
}
function ButtonElement(props: AnchorElementProps<ButtonProps>) {
  return <Button component="a" {...props} />;
}
function NavLinkElement(props: AnchorElementProps<NavLinkProps>) {
  return <NavLink component="a" {...props} />;
}

/** Mantine components that navigate with the router (typed `to`/`params`/`search`). */
export const RouterAnchor = createLink(AnchorElement);
export const RouterButton = createLink(ButtonElement);
export const RouterNavLink = createLink(NavLinkElement);
