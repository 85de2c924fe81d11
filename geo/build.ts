/**
 * `npm run geo:build`: rebuilds every derived geo file from geo/sources/ and
 * the upstream extracts in geo/sources/upstream/. Deterministic.
 *
 *   npm run geo:build               # write the derived files
 *   npm run geo:build -- --check    # write nothing; exit 1 if a committed file differs from a fresh build
 *
 * Text files are compared as UTF-8 text, binary files (the relief PNG) byte for byte.
 */
import { writeFileSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { PNG } from 'pngjs';
import { buildAll, GEO_DIR } from './lib/build_all.ts';

function usage(msg: string): never {
  console.error(`geo:build: ${msg}\nusage: npm run geo:build [-- --check]`);
  process.exit(2);
}

/** For a PNG whose bytes differ: says so when its pixels are the same (another zlib compressed it differently). */
function samePixels(path: string, bytes: Uint8Array): boolean {
  if (!path.endsWith('.png')) return false;
  try {
    const a = PNG.sync.read(readFileSync(path));
    const b = PNG.sync.read(Buffer.from(bytes));
    return a.width === b.width && a.height === b.height && a.data.equals(b.data);
  } catch {
    return false;
  }
}

let args;
try {
  args = parseArgs({ options: { check: { type: 'boolean', default: false } }, strict: true, allowPositionals: false }).values;
} catch (e) {
  usage((e as Error).message);
}

const { files, binaries, problems, report } = buildAll();
if (problems.length) {
  for (const p of problems) console.error(`✗ ${p}`);
  console.error(`geo:build: ${problems.length} problem(s) in geo/sources/; nothing written`);
  process.exit(1);
}

if (args.check) {
  const stale: string[] = [];
  for (const [rel, content] of files) {
    const path = join(GEO_DIR, rel);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== content) stale.push(`geo/${rel} differs from a fresh build of geo/sources/`);
  }
  for (const [rel, bytes] of binaries) {
    const path = join(GEO_DIR, rel);
    if (!existsSync(path)) stale.push(`geo/${rel} is missing`);
    // An image counts as current when its pixels are (another zlib may compress the same pixels to other bytes).
    else if (!Buffer.from(bytes).equals(readFileSync(path)) && !samePixels(path, bytes))
      stale.push(`geo/${rel} differs from a fresh build of geo/sources/`);
  }
  if (stale.length) {
    for (const s of stale) console.error(`✗ ${s}`);
    console.error('geo:build --check: run npm run geo:build and commit the result');
    process.exit(1);
  }
  console.log(`geo:build --check: ${files.size + binaries.size} derived files equal a fresh build`);
} else {
  for (const [rel, content] of [...files, ...binaries]) {
    const path = join(GEO_DIR, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    console.log(`wrote geo/${rel} (${(content.length / 1024).toFixed(0)} KB)`);
  }
}
for (const line of report) console.log(line);
