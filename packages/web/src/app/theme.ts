import { type CSSVariablesResolver, createTheme, darken, luminance, Notification } from "@mantine/core";

export const theme = createTheme({
  primaryColor: "indigo",
  // Shade 7 of indigo reaches 4.5:1 against white (shade 6 is 4.3:1), so primary buttons, links
  // and badges stay readable for everyone (WCAG AA).
  primaryShade: { light: 7, dark: 5 },
  // Filled badges and buttons pick black or white text by their background (white on green 6 is 2.7:1).
  autoContrast: true,
  defaultRadius: "md",
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  // A visible focus ring for keyboard users everywhere (not only on some components).
  focusRing: "auto",
  components: {
    // The close button is an icon; without a name screen readers announce only "button".
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { "aria-label": "Close notification" } } }),
  },
});

/** Contrast of a colour against white, per WCAG. */
const contrastOnWhite = (color: string) => 1.05 / (luminance(color) + 0.05);

/**
 * Shade 9 of a colour, darkened until it reaches 5:1 on white. "Light" badges and alerts sit on a
 * 10% tint of their colour, which costs about 0.4 of contrast, so 5:1 on white is 4.5:1 there.
 */
export function readableOnTint(shade9: string): string {
  let color = shade9;
  for (let amount = 0.1; contrastOnWhite(color) < 5 && amount < 0.9; amount += 0.1) color = darken(shade9, amount);
  return color;
}

/**
 * Contrast fixes for the light scheme (WCAG AA, 4.5:1): Mantine's dimmed grey (#868e96) is 3.3:1
 * on white, gray 7 is 8:1 and still reads as secondary; the text of "light" badges and alerts
 * (green, orange and yellow fall to 2.7 to 3.8:1 by default) is darkened until it passes.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const lightText: Record<string, string> = {};
  for (const [name, shades] of Object.entries(t.colors)) {
    const darkest = shades[9];
    if (darkest) lightText[`--mantine-color-${name}-light-color`] = readableOnTint(darkest);
  }
  return {
    variables: {},
    light: { "--mantine-color-dimmed": t.colors.gray[7] ?? "#495057", ...lightText },
    dark: {},
  };
};
