import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, type ListResponse } from "../../api/api-client.js";
import { meQuery } from "../auth/session.queries.js";
import type { LintRuleInfo, Organization, OrganizationSettings } from "./settings.types.js";

export const settingsQuery = queryOptions({
  queryKey: ["settings"],
  queryFn: () => api.get<OrganizationSettings>("/settings"),
});

export const lintRulesQuery = queryOptions({
  queryKey: ["lint", "rules"],
  queryFn: () => api.get<ListResponse<LintRuleInfo>>("/lint/rules"),
  select: (data) => data.items,
  // The catalogue only changes with a new server version.
  staleTime: Number.POSITIVE_INFINITY,
});

export const organizationQuery = queryOptions({
  queryKey: ["organization"],
  queryFn: () => api.get<Organization>("/organization"),
});

/** Replaces both parts of the settings; callers pass the part they did not edit as it is stored. */
export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: OrganizationSettings) => api.put<OrganizationSettings>("/settings", settings),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsQuery.queryKey, saved);
      // The exported document carries both, so lint counts and ratings elsewhere change with them.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ["framework-document"] }),
        queryClient.invalidateQueries({ queryKey: ["frameworks"] }),
        queryClient.invalidateQueries({ queryKey: ["scorecards"] }),
        queryClient.invalidateQueries({ queryKey: ["team"] }),
      ]);
    },
  });
}

export function useRenameOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.patch<Organization>("/organization", { name }),
    onSuccess: (saved) => {
      queryClient.setQueryData(organizationQuery.queryKey, saved);
      // The header shows the organization's name from `/me`.
      queryClient.setQueryData(meQuery.queryKey, (me) =>
        me ? { ...me, organization: { ...me.organization, name: saved.name } } : me,
      );
    },
  });
}
