import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/api-client.js";
import type { ImportResult } from "./framework-file.types.js";

/** The YAML download is a plain link: the server names the file and the browser saves it. */
export const EXPORT_YAML_URL = "/api/v1/framework/export?format=yaml";

/**
 * Plans (dry run) or applies an import. The YAML text travels as a JSON string, which the
 * endpoint reads as YAML, so the usual JSON client with its CSRF header can send it.
 */
export function useImportFramework() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ yaml, dryRun }: { yaml: string; dryRun: boolean }) =>
      api.post<ImportResult>("/framework/import", yaml, { query: { dryRun } }),
    onSuccess: (result) => {
      // An applied import can touch every record; refetch everything that is shown.
      if (!result.dryRun) void queryClient.invalidateQueries();
    },
  });
}
