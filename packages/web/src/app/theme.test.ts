import { DEFAULT_THEME, luminance } from "@mantine/core";
import { describe, expect, it } from "vitest";
import { readableOnTint } from "./theme.js";

const contrast = (text: string, background: string) => (luminance(background) + 0.05) / (luminance(text) + 0.05);

describe("readableOnTint", () => {
  it("gives the light-variant text of every theme colour at least 4.5:1 on the palette's shade 1", () => {
    for (const [name, shades] of Object.entries(DEFAULT_THEME.colors)) {
      expect(contrast(readableOnTint(shades), shades[1] as string), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("leaves colours that already pass unchanged", () => {
    expect(readableOnTint(DEFAULT_THEME.colors.dark)).toBe(DEFAULT_THEME.colors.dark[9]);
  });
});
