import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "../api/api-error.js";

/** Retries only what may succeed on retry: network trouble and server errors, not 4xx. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          failureCount < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      },
    },
  });
}
