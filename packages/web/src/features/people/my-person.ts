import { useQuery } from "@tanstack/react-query";
import { meQuery } from "../auth/session.queries.js";
import { peopleQuery } from "./people.queries.js";
import type { Person } from "./person.types.js";

/**
 * The caller's own employee record (the person linked to their account), if any. Everyone may
 * list the people they can see, and they can always see themself.
 */
export function useMyPerson(): { person: Person | null; isPending: boolean; error: unknown } {
  const me = useQuery(meQuery);
  const people = useQuery({ ...peopleQuery, enabled: Boolean(me.data) });
  const person = (people.data ?? []).find((p) => p.userId === me.data?.id && p.active) ?? null;
  return { person, isPending: me.isPending || people.isPending, error: people.error };
}
