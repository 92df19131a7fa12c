import { describe, expect, it } from "vitest";
import { moveForKey, nextCell } from "./grid-navigation.js";

describe("nextCell", () => {
  const size = { rows: 3, cols: 3 };
  const holes = new Set(["1:1"]);
  const editable = ({ row, col }: { row: number; col: number }) => !holes.has(`${row}:${col}`);

  it("moves one cell and skips cells without an input", () => {
    expect(nextCell({ row: 0, col: 0 }, "down", size, editable)).toEqual({ row: 1, col: 0 });
    expect(nextCell({ row: 0, col: 1 }, "down", size, editable)).toEqual({ row: 2, col: 1 });
    expect(nextCell({ row: 1, col: 0 }, "right", size, editable)).toEqual({ row: 1, col: 2 });
  });

  it("stays put at the edges", () => {
    expect(nextCell({ row: 0, col: 0 }, "up", size, editable)).toEqual({ row: 0, col: 0 });
    expect(nextCell({ row: 2, col: 2 }, "right", size, editable)).toEqual({ row: 2, col: 2 });
    expect(nextCell({ row: 0, col: 1 }, "down", size, () => false)).toEqual({ row: 0, col: 1 });
  });
});

describe("moveForKey", () => {
  it("moves up and down always, sideways only from the edge of the text", () => {
    expect(moveForKey("ArrowUp", { start: 1, end: 1, length: 3 })).toBe("up");
    expect(moveForKey("ArrowDown", { start: 1, end: 1, length: 3 })).toBe("down");
    expect(moveForKey("ArrowLeft", { start: 0, end: 0, length: 3 })).toBe("left");
    expect(moveForKey("ArrowLeft", { start: 2, end: 2, length: 3 })).toBeNull();
    expect(moveForKey("ArrowRight", { start: 3, end: 3, length: 3 })).toBe("right");
    expect(moveForKey("ArrowRight", { start: 1, end: 2, length: 3 })).toBeNull();
    expect(moveForKey("a", { start: 0, end: 0, length: 0 })).toBeNull();
  });

  it("moves sideways when the whole text is selected, as on arriving in a cell", () => {
    expect(moveForKey("ArrowRight", { start: 0, end: 3, length: 3 })).toBe("right");
    expect(moveForKey("ArrowLeft", { start: 0, end: 3, length: 3 })).toBe("left");
  });
});
