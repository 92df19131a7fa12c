import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, type ListResponse } from "../../api/api-client.js";
import type { ImportResult, LibraryFamily, LibraryImportInput } from "./library.types.js";

export const libraryQuery = queryOptions({
  queryKey: ["library"],
  queryFn: () => api.get<ListResponse<LibraryFamily>>("/library"),
  select: (data) => data.items,
  staleTime: Number.POSITIVE_INFINITY,
});

/** Adopts library content; everything the import may create is refetched afterwards. */
export function useAdoptFromLibrary() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LibraryImportInput) => api.post<ImportResult>("/library/import", input),
    onSuccess: async () => {
      await Promise.all(
        ["kpis", "roles", "objectives", "org-units"].map((key) => queryClient.invalidateQueries({ queryKey: [key] })),
      );
    },
  });
}
