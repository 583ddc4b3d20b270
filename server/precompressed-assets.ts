import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Smaller files gain little from compression (at build time or per request). */
export const compressionThresholdBytes = 1024;

const compressible = /\.(js|mjs|css|svg|json|html|txt|wasm)$/;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function compressedVariants(content: Buffer): Promise<[Buffer, Buffer]> {
  return Promise.all([
    brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
    gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
}

/**
 * The build's hashed assets compressed once, at build time and at the highest levels: `name.br` and
 * `name.gz` beside every compressible file that compression makes smaller; the server sends them as they
 * are. Compressing per request cost the server ~50 ms of CPU for the first page's chunk alone on every
 * cold load, and gave a larger answer (the fast brotli level that per-request compression must use).
 */
export async function precompressAssets(assetsDir: string): Promise<void> {
  const names = (await readdir(assetsDir)).filter((name) => compressible.test(name));
  await Promise.all(
    names.map(async (name) => {
      const content = await readFile(join(assetsDir, name));
      if (content.length < compressionThresholdBytes) return;
      const [br, gz] = await compressedVariants(content);
      if (br.length < content.length) await writeFile(join(assetsDir, `${name}.br`), br);
      if (gz.length < content.length) await writeFile(join(assetsDir, `${name}.gz`), gz);
    }),
  );
}
