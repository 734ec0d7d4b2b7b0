import path from "node:path";
import { execa } from "execa";
import fs from "fs-extra";
import type { BuildContext } from "../context.js";
import { BuildError } from "../support/errors.js";
import { eachLine } from "../support/output-lines.js";

/** Config vars never exported into hooks: they would break the build's own tools. */
const NOT_EXPORTED = /^(PATH|GIT_DIR|CPATH|CPPATH|LD_PRELOAD|LIBRARY_PATH|LD_LIBRARY_PATH|PYTHONHOME|BUILD_DIR|CACHE_DIR|ENV_DIR)$/;

/** Runs the app's bin/pre_compile or bin/post_compile, if it has one, with its config vars exported. */
export async function runHook(ctx: BuildContext, name: "pre_compile" | "post_compile"): Promise<boolean> {
  const hook = path.join(ctx.buildDir, "bin", name);
  if (!(await fs.pathExists(hook))) return false;
  ctx.log.step(`Running bin/${name}`);
  const env: NodeJS.ProcessEnv = { ...ctx.env };
  for (const [key, value] of ctx.config.entries()) if (!NOT_EXPORTED.test(key)) env[key] = value;
  Object.assign(env, { BUILD_DIR: ctx.buildDir, CACHE_DIR: ctx.cacheDir, ENV_DIR: ctx.envDir ?? "" });
  await fs.chmod(hook, 0o755);
  const child = execa(hook, [], { cwd: ctx.buildDir, env, extendEnv: false, all: true, reject: false, buffer: false });
  const flush = eachLine(child.all, (line) => ctx.log.info(line));
  const result = await child;
  flush();
  if (result.exitCode !== 0) {
    throw new BuildError(
      `bin/${name} failed with exit status ${result.exitCode ?? result.signal}.\nFix the hook (its output is above) and deploy again.`,
      {
        file: `bin/${name}`,
      },
    );
  }
  return true;
}
