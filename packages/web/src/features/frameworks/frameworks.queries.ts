import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { FrameworkDocument } from "@yardstick/core";
import { api, type ListResponse } from "../../api/api-client.js";
import type { FrameworkContent, PublishInput, Version, VersionDiff, VersionSummary } from "./framework.types.js";

const base = (roleId: string) => `/roles/${roleId}/framework/versions`;

export const versionsQuery = (roleId: string) =>
  queryOptions({
    queryKey: ["frameworks", roleId, "versions"],
    queryFn: () => api.get<ListResponse<VersionSummary>>(base(roleId)),
    select: (data) => data.items,
  });

export const versionQuery = (roleId: string, version: number) =>
  queryOptions({
    queryKey: ["frameworks", roleId, "version", version],
    queryFn: () => api.get<Version>(`${base(roleId)}/${version}`),
  });

export const diffQuery = (roleId: string, from: number, to: number) =>
  queryOptions({
    queryKey: ["frameworks", roleId, "diff", from, to],
    queryFn: () => api.get<VersionDiff>(`${base(roleId)}/diff`, { query: { from, to } }),
  });

/**
 * The organization's whole framework as one document (objectives, roles, KPIs, and per role the
 * latest published version and the draft): the same document the server lints, so the editor's
 * live findings match what publishing will check. The alignment map reads it too.
 */
export const organizationDocumentQuery = queryOptions({
  queryKey: ["framework-document"],
  queryFn: () => api.get<FrameworkDocument>("/framework/export", { query: { format: "json" } }),
  staleTime: 30_000,
});

function useInvalidateFramework(roleId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["frameworks", roleId] }),
      queryClient.invalidateQueries({ queryKey: ["roles"] }),
      queryClient.invalidateQueries({ queryKey: ["framework-document"] }),
      queryClient.invalidateQueries({ queryKey: ["kpis"] }),
    ]);
}

/** Starts the next version as a draft: a copy of the latest version (default) or empty. */
export function useCreateDraft(roleId: string) {
  const invalidate = useInvalidateFramework(roleId);
  return useMutation({
    mutationFn: (source: "latest" | "empty" = "latest") => api.post<Version>(base(roleId), { source }),
    onSuccess: invalidate,
  });
}

/** Saves the draft's content; the editor calls it debounced and keeps its own state meanwhile. */
export function useSaveDraft(roleId: string, version: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (content: FrameworkContent) => api.put<Version>(`${base(roleId)}/${version}`, content),
    onSuccess: (saved) => {
      queryClient.setQueryData(versionQuery(roleId, version).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: ["frameworks", roleId, "versions"] });
      void queryClient.invalidateQueries({ queryKey: ["framework-document"] });
    },
  });
}

export function useDeleteDraft(roleId: string) {
  const invalidate = useInvalidateFramework(roleId);
  return useMutation({
    mutationFn: (version: number) => api.delete(`${base(roleId)}/${version}`),
    onSuccess: invalidate,
  });
}

export function usePublish(roleId: string, version: number) {
  const invalidate = useInvalidateFramework(roleId);
  return useMutation({
    mutationFn: (input: PublishInput) => api.post<Version>(`${base(roleId)}/${version}/publish`, input),
    onSuccess: invalidate,
  });
}
