import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, setCsrfToken } from "../../api/api-client.js";
import { ApiError } from "../../api/api-error.js";
import type { Me } from "./session.types.js";

export const setupStatusQuery = queryOptions({
  queryKey: ["setup"],
  queryFn: () => api.get<{ needsSetup: boolean }>("/setup"),
  staleTime: Number.POSITIVE_INFINITY,
});

/** The signed-in user, or null when there is no session (never redirects by itself). */
export const meQuery = queryOptions({
  queryKey: ["me"],
  queryFn: async (): Promise<Me | null> => {
    try {
      const me = await api.get<Me>("/me", { allowUnauthorized: true });
      setCsrfToken(me.csrfToken);
      return me;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setCsrfToken(undefined);
        return null;
      }
      throw error;
    }
  },
  staleTime: 5 * 60_000,
});

function useSessionStarted() {
  const queryClient = useQueryClient();
  return (me: Me) => {
    setCsrfToken(me.csrfToken);
    queryClient.clear();
    queryClient.setQueryData(meQuery.queryKey, me);
    queryClient.setQueryData(setupStatusQuery.queryKey, { needsSetup: false });
  };
}

export interface SignInInput {
  email: string;
  password: string;
}

export function useSignIn() {
  const started = useSessionStarted();
  return useMutation({
    mutationFn: (input: SignInInput) => api.post<Me>("/auth/login", input, { allowUnauthorized: true }),
    onSuccess: started,
  });
}

export interface SetupInput {
  organization: string;
  name: string;
  email: string;
  password: string;
}

export function useSetup() {
  const started = useSessionStarted();
  return useMutation({
    mutationFn: (input: SetupInput) => api.post<Me>("/setup", input, { allowUnauthorized: true }),
    onSuccess: started,
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>("/auth/logout", {}, { allowUnauthorized: true }),
    onSettled: () => {
      setCsrfToken(undefined);
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, null);
    },
  });
}
