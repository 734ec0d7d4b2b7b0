// Bundles the compile program into dist/. With --check, fails when the committed dist/ differs.
import { build } from "esbuild";
import { readFile, readdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const check = process.argv.includes("--check");
// launch.cjs is what bin/compile runs: it starts compile.cjs with a V8 code cache (src/launch.ts). Both are
// CommonJS: V8 can make a code cache of a script after it ran (vm.Script), not of an ES module.
const entries = { compile: "src/main.ts", launch: "src/launch.ts" };

async function bundle(outdir) {
  await build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir,
    outExtension: { ".js": ".cjs" },
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node24",
    legalComments: "linked",
    // The sources are ES modules; in a CommonJS bundle their module's path is the wrapper's.
    define: { "import.meta.dirname": "__dirname", "import.meta.filename": "__filename" },
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
