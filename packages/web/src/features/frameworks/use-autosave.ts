import { useEffect, useRef, useState } from "react";

export type SaveStatus =
  | { state: "saved" }
  | { state: "pending" }
  | { state: "saving" }
  | { state: "blocked"; reason: string }
  | { state: "error"; error: unknown };

interface Options<T> {
  value: T;
  save: (value: T) => Promise<unknown>;
  /** Why the value cannot be saved yet (e.g. a blank number), or undefined when it can. */
  blockedReason?: (value: T) => string | undefined;
  delayMs?: number;
}

/**
 * Saves `value` a moment after the last change, one request at a time; a change made while a
 * save runs is saved right after it. A failed save keeps the value (nothing is lost) and is
 * retried on the next change or with `retry`.
 */
export function useAutosave<T>({ value, save, blockedReason, delayMs = 600 }: Options<T>) {
  const serialized = JSON.stringify(value);
  const savedRef = useRef(serialized);
  const inFlight = useRef(false);
  const latest = useRef({ value, serialized, save, blockedReason });
  latest.current = { value, serialized, save, blockedReason };
  const [status, setStatus] = useState<SaveStatus>({ state: "saved" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // `attempt` re-runs the effect for a retry; the serialized value drives the normal case.
    void attempt;
    if (serialized === savedRef.current) {
      if (!inFlight.current) setStatus({ state: "saved" });
      return;
    }
    const reason = latest.current.blockedReason?.(latest.current.value);
    if (reason) {
      setStatus({ state: "blocked", reason });
      return;
    }
    setStatus({ state: "pending" });
    const timer = setTimeout(function run() {
      if (inFlight.current) {
        setTimeout(run, 100);
        return;
      }
      const { value: current, serialized: sending, save: send } = latest.current;
      if (sending === savedRef.current) {
        setStatus({ state: "saved" });
        return;
      }
      inFlight.current = true;
      setStatus({ state: "saving" });
      send(current).then(
        () => {
          inFlight.current = false;
          savedRef.current = sending;
          setStatus(latest.current.serialized === sending ? { state: "saved" } : { state: "pending" });
          if (latest.current.serialized !== sending) setAttempt((n) => n + 1);
        },
        (error: unknown) => {
          inFlight.current = false;
          setStatus({ state: "error", error });
        },
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [serialized, delayMs, attempt]);

  // Warn before leaving with changes the server does not have yet.
  const unsaved = serialized !== savedRef.current;
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  return { status, unsaved, retry: () => setAttempt((n) => n + 1) };
}
