import { type CSSVariablesResolver, createTheme } from "@mantine/core";

export const theme = createTheme({
  primaryColor: "indigo",
  // Shade 7 of indigo reaches 4.5:1 against white (shade 6 is 4.3:1), so primary buttons, links
  // and badges stay readable for everyone (WCAG AA).
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: "md",
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  // A visible focus ring for keyboard users everywhere (not only on some components).
  focusRing: "auto",
});

/** Mantine's dimmed grey (#868e96) is 3.3:1 on white; gray 7 is 8:1 and still reads as secondary. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { "--mantine-color-dimmed": t.colors.gray[7] ?? "#495057" },
  dark: {},
});
