/**
 * What each tool costs to download: its JS + CSS files, raw and compressed
 * the way a CDN would serve them (gzip level 9, brotli quality 11).
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** `{ files, raw, gzip, brotli }` summed over `paths` (each file compressed on its own, as served). */
export function measureBytes(paths) {
  const total = { files: paths.map((p) => basename(p)), raw: 0, gzip: 0, brotli: 0 };
  for (const path of paths) {
    const data = readFileSync(path);
    total.raw += data.length;
    total.gzip += gzipSync(data, { level: 9 }).length;
    total.brotli += brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length;
  }
  return total;
}
