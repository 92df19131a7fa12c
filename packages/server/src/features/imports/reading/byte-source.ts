import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { Readable } from "node:stream";
import { formatBytes, ImportFileError } from "./import-file.error.js";
import type { TableSource } from "./table.types.js";

/** Enough to recognise the format and the delimiter without holding the file. */
const HEAD_BYTES = 64 * 1024;

/** The raw bytes of an upload: the first bytes to sniff, and the whole content again as a stream. */
export interface ByteSource {
  fileName: string;
  /** The first bytes (up to 64 KB; fewer when the file is shorter). */
  head: Buffer;
  /** True when `head` is the whole file. */
  headIsWhole: boolean;
  /** Every byte of the file, `head` included, counted and size-limited as it flows. */
  body: Readable;
  bytesTotal?: number;
  bytesRead(): number;
  close(): void;
}

function tooLarge(fileName: string, maxBytes: number): ImportFileError {
  return new ImportFileError(
    "too-large",
    `"${fileName}" is larger than the ${formatBytes(maxBytes)} limit for imports. Split it into smaller files and upload them one by one.`,
  );
}

/**
 * Opens a file or upload stream, reads its first bytes and hands back a stream of the whole
 * content. The size limit is enforced on the bytes as they arrive, so an oversized upload stops
 * early instead of being buffered.
 */
export async function openByteSource(source: TableSource, maxBytes?: number): Promise<ByteSource> {
  let raw: Readable;
  let fileName: string;
  let bytesTotal: number | undefined;
  if ("path" in source) {
    fileName = source.fileName ?? basename(source.path);
    bytesTotal = (await stat(source.path)).size;
    if (maxBytes !== undefined && bytesTotal > maxBytes) throw tooLarge(fileName, maxBytes);
    raw = createReadStream(source.path);
  } else {
    fileName = source.fileName;
    bytesTotal = source.size;
    raw = source.stream;
    if (maxBytes !== undefined && bytesTotal !== undefined && bytesTotal > maxBytes) {
      raw.destroy();
      throw tooLarge(fileName, maxBytes);
    }
  }

  let count = 0;
  const iterator: AsyncIterator<Buffer | string> = raw[Symbol.asyncIterator]();
  const take = async (): Promise<Buffer | null> => {
    const next = await iterator.next();
    if (next.done) return null;
    const chunk = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    count += chunk.length;
    if (maxBytes !== undefined && count > maxBytes) {
      raw.destroy();
      throw tooLarge(fileName, maxBytes);
    }
    return chunk;
  };

  const headChunks: Buffer[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < HEAD_BYTES) {
    const chunk = await take();
    if (chunk === null) {
      ended = true;
      break;
    }
    headChunks.push(chunk);
    headLength += chunk.length;
  }
  const headAll = Buffer.concat(headChunks);

  async function* everything(): AsyncGenerator<Buffer> {
    if (headAll.length > 0) yield headAll;
    if (ended) return;
    for (;;) {
      const chunk = await take();
      if (chunk === null) return;
      yield chunk;
    }
  }
  const body = Readable.from(everything(), { objectMode: false });

  return {
    fileName,
    head: headAll.subarray(0, HEAD_BYTES),
    headIsWhole: ended,
    body,
    bytesTotal,
    bytesRead: () => count,
    close: () => {
      body.destroy();
      raw.destroy();
    },
  };
}
