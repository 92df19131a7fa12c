import { useQuery } from "@tanstack/react-query";
import { meQuery } from "./session.queries.js";
import { canDesign } from "./session.types.js";

/** Whether the signed-in user may change the framework design; hides edit controls otherwise. */
export function useCanDesign(): boolean {
  const { data: me } = useQuery(meQuery);
  return canDesign(me ?? undefined);
}
