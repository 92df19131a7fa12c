import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import { HttpError, notFound } from "../../http/http-errors.js";
import { formatBytes } from "./reading/import-file.error.js";

/** An uploaded file kept on disk between its preview and its commit. */
export interface StoredUpload {
  id: string;
  organizationId: string;
  userId: string | null;
  fileName: string;
  size: number;
  createdAt: string;
  path: string;
}

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Uploads nobody committed are removed after this long. */
export const UPLOAD_TTL_MS = 24 * 3_600_000;

export function uploadTooLarge(maxBytes: number): HttpError {
  return new HttpError(
    413,
    "payload_too_large",
    `The file is larger than the upload limit of ${formatBytes(maxBytes)} (YARDSTICK_MAX_UPLOAD_MB). Split it into smaller files, or ask your administrator to raise the limit.`,
  );
}

/** Counts bytes as they pass and stops the upload the moment it exceeds the limit. */
class SizeLimit extends Transform {
  bytes = 0;
  constructor(private readonly maxBytes: number) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) callback(uploadTooLarge(this.maxBytes));
    else callback(null, chunk);
  }
}

/**
 * Uploaded files under `<data dir>/uploads`, named by random ids (the person's file name is kept
 * only in the metadata), so a preview and the commit read the very same bytes. Each upload
 * belongs to one organization; another organization's id is "not found".
 */
export class UploadStore {
  constructor(
    private readonly dir: string,
    private readonly ttlMs = UPLOAD_TTL_MS,
  ) {}

  async save(
    stream: NodeJS.ReadableStream,
    meta: { organizationId: string; userId: string | null; fileName: string },
    maxBytes: number,
  ): Promise<StoredUpload> {
    await mkdir(this.dir, { recursive: true });
    await this.sweep();
    const id = randomUUID();
    const path = this.dataPath(id);
    const limit = new SizeLimit(maxBytes);
    try {
      await pipeline(stream, limit, createWriteStream(path));
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    const upload: StoredUpload = {
      id,
      organizationId: meta.organizationId,
      userId: meta.userId,
      fileName: meta.fileName,
      size: limit.bytes,
      createdAt: new Date().toISOString(),
      path,
    };
    await writeFile(this.metaPath(id), JSON.stringify(upload));
    return upload;
  }

  async get(id: string, organizationId: string): Promise<StoredUpload> {
    if (!ID.test(id)) throw notFound("Upload");
    try {
      const upload = JSON.parse(await readFile(this.metaPath(id), "utf8")) as StoredUpload;
      if (upload.organizationId !== organizationId) throw notFound("Upload");
      await stat(this.dataPath(id));
      return { ...upload, path: this.dataPath(id) };
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw new HttpError(
        404,
        "not_found",
        "Upload not found: it may have expired or been imported already. Upload the file again.",
      );
    }
  }

  async remove(id: string): Promise<void> {
    if (!ID.test(id)) return;
    await rm(this.dataPath(id), { force: true });
    await rm(this.metaPath(id), { force: true });
  }

  /** Removes uploads older than the time to live (best effort: a file in use elsewhere stays). */
  async sweep(): Promise<void> {
    const cutoff = Date.now() - this.ttlMs;
    for (const name of await readdir(this.dir).catch(() => [] as string[])) {
      const file = join(this.dir, name);
      const info = await stat(file).catch(() => null);
      if (info && info.mtimeMs < cutoff) await rm(file, { force: true });
    }
  }

  private dataPath(id: string): string {
    return join(this.dir, `${id}.upload`);
  }
  private metaPath(id: string): string {
    return join(this.dir, `${id}.json`);
  }
}
