import { Skeleton, Stack } from "@mantine/core";

/** Placeholder rows while a list loads, announced to screen readers once. */
export function ListSkeleton({ rows = 5, label = "Loading" }: { rows?: number; label?: string }) {
  return (
    <Stack gap="xs" aria-busy="true" aria-label={label} role="status">
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders with no identity
        <Skeleton key={i} height={44} radius="sm" />
      ))}
    </Stack>
  );
}

/** Placeholder for a whole page (title + rows) while its code or data loads. */
export function PageSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading page" role="status">
      <Skeleton height={32} width="40%" radius="sm" />
      <Skeleton height={18} width="60%" radius="sm" />
      <ListSkeleton rows={4} label="Loading content" />
    </Stack>
  );
}
