import { DEFAULT_THEME, luminance } from "@mantine/core";
import { describe, expect, it } from "vitest";
import { readableOnTint } from "./theme.js";

/** A 10% tint of a colour on white, as Mantine's "light" variant paints badge and alert backgrounds. */
function tintOf(hex: string): string {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const mixed = channels.map((c) => Math.round(255 * 0.9 + c * 0.1));
  return `#${mixed.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

const contrast = (text: string, background: string) => (luminance(background) + 0.05) / (luminance(text) + 0.05);

describe("readableOnTint", () => {
  it("gives the light-variant text of every theme colour at least 4.5:1 on its tint", () => {
    for (const [name, shades] of Object.entries(DEFAULT_THEME.colors)) {
      const text = readableOnTint(shades[9] as string);
      expect(contrast(text, tintOf(shades[6] as string)), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("leaves colours that already pass unchanged", () => {
    expect(readableOnTint(DEFAULT_THEME.colors.dark[9] as string)).toBe(DEFAULT_THEME.colors.dark[9]);
  });
});
