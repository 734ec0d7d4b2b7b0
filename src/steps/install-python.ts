import path from "node:path";
import fs from "fs-extra";
import { PythonTree } from "../cache/python-tree.js";
import { pythonHome, type BuildContext } from "../context.js";
import { DownloadError } from "../support/download.js";
import { downloadLimits, fetchArchive } from "../runtime/fetch-archive.js";
import { BuildError } from "../support/errors.js";
import type { PythonInventory } from "../runtime/inventory.js";
import type { ResolvedPython } from "../runtime/version.js";
import { redactUrl } from "../support/redact.js";
import { DEFAULT_PYTHON_URL_TEMPLATE, pythonArchiveUrl, templateProblem } from "../runtime/archive-url.js";
import type { Platform } from "../support/platform.js";
import { createHash } from "node:crypto";
import { runPython, type RuntimeIdentity } from "../runtime/python-runtime.js";

function hashText(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

export function runtimeUrlTemplate(ctx: BuildContext): { template: string; custom: boolean } {
  const custom = ctx.config.setting("PYSLUG_PYTHON_URL");
  if (custom === undefined) return { template: DEFAULT_PYTHON_URL_TEMPLATE, custom: false };
  const problem = templateProblem(custom);
  if (problem) throw new BuildError(problem);
  if (!/^(https?|file):\/\//.test(custom)) {
    throw new BuildError(`PYSLUG_PYTHON_URL must be an http(s) URL template, not ${JSON.stringify(redactUrl(custom))}.`);
  }
  return { template: custom, custom: true };
}

async function checkNoPythonInSource(home: string): Promise<void> {
  if (await fs.pathExists(home)) {
    throw new BuildError(
      "The app's source already has a .heroku/python directory.\n" +
        "pyslug installs Python there itself. Remove .heroku/python from the repository (and add it to .gitignore);\n" +
        "if an earlier buildpack made it, run pyslug before that buildpack or remove it.",
      { file: ".heroku/python" },
    );
  }
}

/** Checks the new runtime starts, and says so if it reports another version than the one asked for. */
async function verifyRuntime(ctx: BuildContext, home: string, version: string): Promise<void> {
  if (!(await fs.pathExists(path.join(home, "bin", "python")))) {
    await fs.symlink("python3", path.join(home, "bin", "python"));
  }
  let reported: string;
  try {
    const { stdout } = await runPython(home, ["-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"]);
    reported = stdout.trim();
  } catch (error) {
    throw new BuildError(
      `The Python ${version} archive installed, but its interpreter doesn't start on this stack:\n` +
        `${(error as { stderr?: string }).stderr ?? (error as Error).message}\n` +
        "If PYSLUG_PYTHON_URL points at a mirror, check that its builds are made for this stack and architecture.",
    );
  }
  // A mirror may serve one patch under another's name; allowed, but never silently.
  if (reported !== version) {
    ctx.log.warn(`The archive for Python ${version} contains Python ${reported}; the runtime mirror serves another patch under this name.`);
  }
}

async function download(ctx: BuildContext, url: string, python: ResolvedPython, inventory: PythonInventory, custom: boolean) {
  const shown = redactUrl(url);
  ctx.log.info(`Downloading ${shown}`);
  const home = pythonHome(ctx);
  try {
    const { sha256, verified } = await fetchArchive(url, home, {
      onRetry: (line) => ctx.log.info(line),
      download: downloadLimits(ctx),
    });
    ctx.log.info(
      verified
        ? `Verified SHA-256 ${sha256.slice(0, 12)}… against ${path.basename(new URL(url).pathname)}.sha256`
        : `SHA-256 ${sha256.slice(0, 12)}… (no .sha256 published beside the archive)`,
    );
    return sha256;
  } catch (error) {
    if (!(error instanceof DownloadError)) throw error;
    if (error.status === 404 || error.status === 403) {
      const latest = inventory.latest[python.minor];
      throw new BuildError(
        `Python ${python.version} isn't available for this stack at ${shown} (HTTP ${error.status}).\n` +
          (python.patchChosen || !latest
            ? custom
              ? "Check that the mirror in PYSLUG_PYTHON_URL has this build."
              : "The build may not be published yet; try again later or ask for another version."
            : `Check the version for typos, or ask for ${python.minor} to get the latest patch (${latest}).`),
        { file: python.request.file, line: python.request.line },
      );
    }
    throw new BuildError(
      `Could not download Python ${python.version}: ${error.message}.\n` +
        "This is usually temporary: try the build again. If it persists, check PYSLUG_PYTHON_URL or the network.",
    );
  }
}

/** Puts Python at BUILD_DIR/.heroku/python: from the cache when it is the same build, else downloaded and verified. */
export async function installPython(
  ctx: BuildContext,
  platform: Platform,
  python: ResolvedPython,
  inventory: PythonInventory,
): Promise<PythonTree> {
  const home = pythonHome(ctx);
  await checkNoPythonInSource(home);
  const { template, custom } = runtimeUrlTemplate(ctx);
  const url = pythonArchiveUrl(template, python.version, platform);
  const wanted: RuntimeIdentity = { stack: platform.stack, arch: platform.arch, version: python.version, source: hashText(url) };

  const restored = await PythonTree.restore(ctx, wanted, home);
  if (restored) return restored;

  const archiveSha256 = await download(ctx, url, python, inventory, custom);
  await verifyRuntime(ctx, home, python.version);
  const tree = PythonTree.fresh(ctx, { ...wanted, home, archiveSha256 });
  ctx.log.info(`Installed Python ${python.version}`);
  return tree;
}
