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

/** WCAG contrast of two colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Text colour for a "light" badge or alert of one palette: shade 9, darkened until it reaches
 * 4.5:1 (WCAG AA) on the palette's shade 1, the darkest background the light variant paints.
 */
export function readableOnTint(shades: readonly string[]): string {
  const text = shades[9] ?? "#000000";
  const background = shades[1] ?? "#ffffff";
  let color = text;
  for (let amount = 0.05; contrast(color, background) < 4.6 && amount < 0.9; amount += 0.05) {
    color = darken(text, amount);
  }
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
    lightText[`--mantine-color-${name}-light-color`] = readableOnTint(shades);
  }
  return {
    variables: {},
    light: { "--mantine-color-dimmed": t.colors.gray[7] ?? "#495057", ...lightText },
    dark: {},
  };
};
