import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, type ListResponse, type UploadProgress, uploadFile } from "../../api/api-client.js";
import type {
  CommitRequest,
  ImportKind,
  ImportRun,
  ImportRunDetail,
  ImportSource,
  PreviewRequest,
  PreviewResponse,
  UploadResponse,
} from "./imports.types.js";

export const importSourcesQuery = queryOptions({
  queryKey: ["imports", "sources"],
  queryFn: () => api.get<ListResponse<ImportSource>>("/imports/sources"),
  select: (data) => data.items,
});

export const importRunsQuery = queryOptions({
  queryKey: ["imports", "runs"],
  queryFn: () => api.get<ListResponse<ImportRun>>("/imports/runs"),
  select: (data) => data.items,
});

/** A run, polled every half second while it runs so the progress bar moves. */
export const importRunQuery = (id: string) =>
  queryOptions({
    queryKey: ["imports", "runs", id],
    queryFn: () => api.get<ImportRunDetail>(`/imports/runs/${id}`),
    refetchInterval: (query) => (query.state.data?.status === "running" || !query.state.data ? 500 : false),
  });

export interface UploadInput {
  file: File;
  kind: ImportKind;
  sheet?: string;
  onProgress?: (p: UploadProgress) => void;
  signal?: AbortSignal;
}

export function useUploadImportFile() {
  return useMutation({
    mutationFn: ({ file, kind, sheet, onProgress, signal }: UploadInput) =>
      uploadFile<UploadResponse>("/imports/uploads", file, { query: { kind, sheet }, onProgress, signal }),
  });
}

export function usePreviewImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PreviewRequest) => api.post<PreviewResponse>("/imports/preview", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["imports", "runs"], exact: true }),
  });
}

export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CommitRequest) => api.post<{ runId: string; status: "running" }>("/imports/commit", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["imports"] }),
  });
}

export function useDeleteImportSource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/imports/sources/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["imports", "sources"] }),
  });
}

/** After a committed import every people, scorecard and team view may show other numbers. */
export function useRefreshAfterImport() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      ["imports", "people", "scorecards", "team", "measurements", "cycles"].map((key) =>
        queryClient.invalidateQueries({ queryKey: [key] }),
      ),
    );
}
