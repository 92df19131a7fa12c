import type { ImportProgress } from "./import-pipeline.service.js";

/** What the progress bar shows while a commit runs. */
export interface JobProgress {
  phase: ImportProgress["phase"] | "queued";
  processedRows: number;
  bytesRead: number;
  totalBytes: number;
}

/**
 * Runs commits in the background, one at a time per organization (later ones wait their turn),
 * and keeps each running job's progress in memory for GET /imports/runs/:id. A job's failure is
 * its own: it is recorded on the run by the task and never reaches the caller of `start`.
 */
export class ImportJobs {
  private readonly progress = new Map<string, JobProgress>();
  private readonly tails = new Map<string, Promise<void>>();

  start(organizationId: string, runId: string, task: (report: (p: ImportProgress) => void) => Promise<void>): void {
    this.progress.set(runId, { phase: "queued", processedRows: 0, bytesRead: 0, totalBytes: 0 });
    const report = (p: ImportProgress) => {
      const current = this.progress.get(runId);
      this.progress.set(runId, {
        phase: p.phase,
        processedRows: p.rows,
        bytesRead: p.phase === "reading" ? p.bytesRead : (current?.bytesRead ?? 0),
        totalBytes: p.phase === "reading" ? p.bytesTotal : (current?.totalBytes ?? 0),
      });
    };
    const previous = this.tails.get(organizationId) ?? Promise.resolve();
    const tail = previous
      .then(() => task(report))
      .catch(() => {
        // The task records its own failure on the run.
      })
      .finally(() => {
        this.progress.delete(runId);
        if (this.tails.get(organizationId) === tail) this.tails.delete(organizationId);
      });
    this.tails.set(organizationId, tail);
  }

  progressOf(runId: string): JobProgress | undefined {
    return this.progress.get(runId);
  }

  /** Resolves when every job started so far has finished (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }
}
