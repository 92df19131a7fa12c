import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";

/** One file inside a zip archive, as its central directory lists it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes plus a comment of up to 65,535. */
const END_SEARCH = 22 + 65_535;

export class ZipFormatError extends Error {}

async function readAt(path: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Lists the files of a zip archive on disk from its central directory, the index at the end of the
 * archive. Reading parts by this index (rather than in the order they happen to be stored) lets
 * the workbook's sheet list be read before any sheet, whatever program wrote the file.
 */
export async function readZipDirectory(path: string, size: number): Promise<Map<string, ZipEntry>> {
  const tailLength = Math.min(size, END_SEARCH);
  const tail = await readAt(path, size - tailLength, tailLength);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i -= 1) {
    if (tail.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipFormatError("no zip directory");
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (directoryOffset === 0xffffffff || directoryOffset + directorySize > size) {
    throw new ZipFormatError("zip directory out of range");
  }
  const directory = await readAt(path, directoryOffset, directorySize);
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  while (at + 46 <= directory.length && directory.readUInt32LE(at) === DIRECTORY_ENTRY) {
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const name = directory.toString("utf8", at + 46, at + 46 + nameLength);
    entries.set(name, {
      name,
      method: directory.readUInt16LE(at + 10),
      compressedSize: directory.readUInt32LE(at + 20),
      localHeaderOffset: directory.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The uncompressed content of one entry as a stream, and a count of the compressed bytes read so far. */
export async function openZipEntry(path: string, entry: ZipEntry): Promise<{ stream: Readable; bytesRead(): number }> {
  const header = await readAt(path, entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_HEADER) {
    throw new ZipFormatError(`no local header for ${entry.name}`);
  }
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  let read = 0;
  const bytesRead = () => read;
  if (entry.compressedSize === 0) {
    return { stream: Readable.from([]), bytesRead };
  }
  const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1 });
  raw.on("data", (chunk) => {
    read += chunk.length;
  });
  if (entry.method === 0) return { stream: raw, bytesRead };
  if (entry.method !== 8) throw new ZipFormatError(`unsupported compression ${entry.method} for ${entry.name}`);
  const inflate = createInflateRaw();
  raw.on("error", (error) => inflate.destroy(error));
  inflate.on("close", () => raw.destroy());
  return { stream: raw.pipe(inflate), bytesRead };
}
