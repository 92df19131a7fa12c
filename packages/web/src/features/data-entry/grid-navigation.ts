export interface CellPosition {
  row: number;
  col: number;
}

export type GridMove = "up" | "down" | "left" | "right";

/**
 * The next editable cell from `from` in a direction, skipping cells without an input (a KPI not
 * on that person's scorecard). Stays put at the edge of the grid.
 */
export function nextCell(
  from: CellPosition,
  move: GridMove,
  size: { rows: number; cols: number },
  isEditable: (pos: CellPosition) => boolean,
): CellPosition {
  const step = { up: [-1, 0], down: [1, 0], left: [0, -1], right: [0, 1] }[move] as [number, number];
  let { row, col } = from;
  for (;;) {
    row += step[0];
    col += step[1];
    if (row < 0 || col < 0 || row >= size.rows || col >= size.cols) return from;
    if (isEditable({ row, col })) return { row, col };
  }
}

/**
 * Which key moves where: arrows always up/down; left/right when the caret is at that edge of the
 * text, or when the whole text is selected (as it is on arriving in a cell), like a spreadsheet.
 */
export function moveForKey(
  key: string,
  caret: { start: number | null; end: number | null; length: number },
): GridMove | null {
  if (key === "ArrowUp") return "up";
  if (key === "ArrowDown") return "down";
  const whole = caret.start === 0 && caret.end === caret.length;
  if (whole && key === "ArrowLeft") return "left";
  if (whole && key === "ArrowRight") return "right";
  const collapsed = caret.start === caret.end;
  if (key === "ArrowLeft" && collapsed && (caret.start ?? 0) === 0) return "left";
  if (key === "ArrowRight" && collapsed && (caret.end ?? caret.length) === caret.length) return "right";
  return null;
}
