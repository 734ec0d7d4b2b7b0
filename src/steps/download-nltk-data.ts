import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import fs from "fs-extra";
import type { CacheSaves } from "../cache/best-effort-save.js";
import { discardNltkData, nltkDataMetadata, restoreNltkData, saveNltkData } from "../cache/nltk-data.js";
import { pythonHome, type BuildContext } from "../context.js";
import { applyEnv, type EnvVar } from "../runtime/env-vars.js";
import { installedVersion } from "../runtime/installed.js";
import { NLTK_TXT, parseNltkTxt, type NltkRequest } from "../runtime/nltk-txt.js";
import { pythonExecutable } from "../runtime/python-runtime.js";
import { appEnvironment } from "../support/app-env.js";
import { BuildError } from "../support/errors.js";
import { eachLine } from "../support/output-lines.js";
import { credentialsIn, redactSecrets, redactText } from "../support/redact.js";
import { readAppText } from "../support/text-file.js";

/** Where the data goes in the slug: beside the Python tree, not in it (that tree is cached with hard links). */
export const NLTK_DATA_DIR = path.join(".heroku", "nltk_data");

/** NLTK_DATA for later buildpacks and dynos: pyslug's directory first, the app's own entries kept. Pure. */
export function nltkEnvVars(): EnvVar[] {
  return [{ name: "NLTK_DATA", kind: "prepend-path", value: NLTK_DATA_DIR }];
}

/**
 * Run with the app's Python: NLTK's own downloader, through its API so the outcome is known exactly
 * (its command line exits 0 whatever happens). It reads the index, refuses ids the index doesn't have,
 * downloads the rest into the directory, checks each package is installed, and writes what happened
 * as JSON to the result file. Its progress goes to stderr, into the build log.
 */
const DOWNLOADER = `
import json, sys
result_file, url, dest, *ids = sys.argv[1:]
def done(code, **result):
    with open(result_file, "w") as f:
        json.dump(result, f)
    sys.exit(code)
from nltk.downloader import Collection, Downloader
downloader = Downloader(server_index_url=url or None)
try:
    downloader.index()
except Exception as e:
    done(2, kind="index", url=downloader.url, message=f"{type(e).__name__}: {e}")
unknown = []
for id in ids:
    try:
        downloader.info(id)
    except ValueError:
        unknown.append(id)
if unknown:
    done(3, kind="unknown", url=downloader.url, ids=unknown)
downloader.download(list(ids), download_dir=dest, quiet=False, halt_on_error=True, prefix="")
missing = []
for id in ids:
    info = downloader.info(id)
    for package in info.packages if isinstance(info, Collection) else [info]:
        if downloader.status(package, dest) != downloader.INSTALLED:
            missing.append(package.id)
if missing:
    done(4, kind="failed", url=downloader.url, ids=missing)
done(0, kind="ok", url=downloader.url)
`;

type DownloaderResult =
  | { kind: "ok"; url: string }
  | { kind: "index"; url: string; message: string }
  | { kind: "unknown"; url: string; ids: string[] }
  | { kind: "failed"; url: string; ids: string[] };

/** Runs NLTK's downloader into `dest`, its output in the log; a BuildError for anything but every package installed. */
async function runDownloader(
  ctx: BuildContext,
  requests: NltkRequest[],
  indexUrl: string | undefined,
  dest: string,
  secrets: readonly string[],
) {
  const hidden = [...secrets, ...credentialsIn(indexUrl ?? "")];
  const redact = (text: string): string => redactSecrets(redactText(text), hidden);
  const scratch = await mkdtemp(path.join(tmpdir(), "pyslug-nltk-"));
  const resultFile = path.join(scratch, "result.json");
  try {
    const child = execa(
      pythonExecutable(pythonHome(ctx)),
      ["-c", DOWNLOADER, resultFile, indexUrl ?? "", dest, ...requests.map((r) => r.id)],
      { cwd: ctx.buildDir, env: appEnvironment(ctx), extendEnv: false, all: true, reject: false, stdin: "ignore" },
    );
    await eachLine(child, (line) => ctx.log.info(redact(line)));
    const exit = await child;
    const result = (await fs.readJson(resultFile).catch(() => undefined)) as DownloaderResult | undefined;
    const fix = `Check NLTK_DOWNLOAD_URL (a config var; without it NLTK's default index is used) and that ${NLTK_TXT} lists what you need.`;
    if (result === undefined) {
      throw new BuildError(
        `NLTK's downloader failed: python exited with status ${exit.exitCode ?? exit.signal} (its output is above).\n` +
          `Check that the nltk your dependencies install can be imported and run (python -m nltk.downloader), and ${NLTK_TXT}.`,
        { file: NLTK_TXT },
      );
    }
    if (result.kind === "index") {
      throw new BuildError(`NLTK's downloader couldn't read its index ${redact(result.url)}: ${redact(result.message)}.\n${fix}`, {
        file: NLTK_TXT,
      });
    }
    if (result.kind === "unknown") {
      const unknown = requests.filter((r) => result.ids.includes(r.id));
      const list = unknown.map((r) => `'${r.id}' (line ${r.line})`).join(", ");
      throw new BuildError(
        `${NLTK_TXT} lists ${unknown.length === 1 ? "an id" : "ids"} NLTK's index (${redact(result.url)}) doesn't have: ${list}.\n` +
          `Fix the spelling or remove ${unknown.length === 1 ? "it" : "them"} from ${NLTK_TXT} (the ids are those of nltk.download(), e.g. punkt_tab, stopwords, wordnet).`,
        { file: NLTK_TXT, line: unknown[0]?.line },
      );
    }
    if (result.kind === "failed") {
      throw new BuildError(
        `NLTK's downloader didn't install ${result.ids.map((id) => `'${id}'`).join(", ")} from ${redact(result.url)} (its output is above).\n${fix}`,
        { file: NLTK_TXT },
      );
    }
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
}

/** The ids of the app's nltk.txt (undefined without one), read with the other app files before anything is downloaded. */
export async function readNltkTxt(buildDir: string): Promise<NltkRequest[] | undefined> {
  const file = path.join(buildDir, NLTK_TXT);
  if (!(await fs.pathExists(file))) return undefined;
  return parseNltkTxt(await readAppText(file, NLTK_TXT, 256 * 1024));
}

/**
 * NLTK data, as Heroku's Python buildpack provides it: when nltk is installed and nltk.txt exists, the
 * ids it lists (`requests`, from readNltkTxt) are downloaded with NLTK's own downloader into the slug (or copied from the cache when the
 * ids and the index are those of the data kept), and NLTK_DATA points there. Returns the variables the
 * environment scripts must set (none when there is no NLTK data).
 */
export async function downloadNltkData(
  ctx: BuildContext,
  requests: NltkRequest[] | undefined,
  saves: CacheSaves,
  secrets: readonly string[] = [],
): Promise<EnvVar[]> {
  const nltk = await installedVersion(pythonHome(ctx), "nltk");
  if (requests === undefined || nltk === undefined) {
    if (requests !== undefined) ctx.log.warn(`${NLTK_TXT} is ignored: nltk isn't installed (add it to your dependencies to get its data).`);
    else if (nltk !== undefined) ctx.log.step(`Skipping NLTK data: nltk ${nltk} is installed but there is no ${NLTK_TXT} listing its data`);
    await discardNltkData(ctx, `this build has no ${NLTK_TXT} to use`);
    return [];
  }
  if (requests.length === 0) {
    ctx.log.step(`Skipping NLTK data: ${NLTK_TXT} lists no ids`);
    await discardNltkData(ctx, `${NLTK_TXT} lists no ids`);
    return [];
  }
  const ids = requests.map((r) => r.id);
  const indexUrl = ctx.config.setting("NLTK_DOWNLOAD_URL", ctx.env);
  const wanted = nltkDataMetadata(ids, indexUrl);
  await ctx.log.timed("nltk", `Installing NLTK data from ${NLTK_TXT} (${ids.join(", ")}) into ${NLTK_DATA_DIR}`, async () => {
    const dest = path.join(ctx.buildDir, NLTK_DATA_DIR);
    await fs.rm(dest, { recursive: true, force: true });
    if (await restoreNltkData(ctx, wanted, dest)) return;
    await runDownloader(ctx, requests, indexUrl, dest, secrets);
    await saves.run(
      () => saveNltkData(ctx, dest, wanted),
      () => discardNltkData(ctx),
    );
  });
  ctx.env = applyEnv(ctx.env, nltkEnvVars(), ctx.buildDir);
  return nltkEnvVars();
}
