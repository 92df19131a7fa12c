/**
 * Where to go after sign-in: only a path inside this app, so a crafted `?redirect=` link cannot
 * send someone to another site.
 */
export function safeRedirect(target: string | undefined): string {
  if (!target?.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return "/";
  if (target.startsWith("/sign-in") || target.startsWith("/setup")) return "/";
  return target;
}
