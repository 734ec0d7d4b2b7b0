// Bundles the compile program into dist/. With --check, fails when the committed dist/ differs.
import { build } from "esbuild";
import { readFile, readdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const check = process.argv.includes("--check");
// launch.mjs is what bin/compile runs: it starts compile.mjs with V8's compile cache (src/launch.ts).
const entries = { compile: "src/main.ts", launch: "src/launch.ts" };

async function bundle(outdir) {
  await build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node24",
    legalComments: "linked",
    // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __pyslugCreateRequire } from 'node:module'; const require = __pyslugCreateRequire(import.meta.url);",
    },
    logLevel: "warning",
  });
}

if (!check) {
  await bundle(path.join(root, "dist"));
} else {
  const tmp = await mkdtemp(path.join(tmpdir(), "pyslug-dist-"));
  try {
    await bundle(tmp);
    const stale = [];
    const names = new Set([...(await readdir(tmp)), ...(await readdir(path.join(root, "dist")).catch(() => []))]);
    for (const name of [...names].sort()) {
      const [a, b] = await Promise.all([
        readFile(path.join(tmp, name), "utf8").catch(() => ""),
        readFile(path.join(root, "dist", name), "utf8").catch(() => ""),
      ]);
      if (a !== b) stale.push(`dist/${name}`);
    }
    if (stale.length > 0) {
      console.error(`dist/ is stale: ${stale.join(", ")} differ from what the sources build. Run 'npm run build' and commit dist/.`);
      process.exit(1);
    }
    console.log("dist/ matches the sources.");
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
