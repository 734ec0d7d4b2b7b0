import { execa } from "execa";
import fg from "fast-glob";
import { pythonHome, type BuildContext } from "../context.js";
import { installedVersion } from "../runtime/installed.js";
import { pythonExecutable } from "../runtime/python-runtime.js";
import { appEnvironment, redactedEnvironment } from "../support/app-env.js";
import { BuildError } from "../support/errors.js";
import { eachLine } from "../support/output-lines.js";
import { redactSecrets } from "../support/redact.js";

/** Why collectstatic doesn't run in this build, or undefined when it does. */
async function reasonToSkip(ctx: BuildContext, manage: string | undefined): Promise<string | undefined> {
  const disabled = ctx.config.setting("DISABLE_COLLECTSTATIC", ctx.env);
  if (disabled !== undefined && disabled !== "0") return "DISABLE_COLLECTSTATIC is set";
  if (ctx.env["INSTALL_TEST"] === "1") return "Heroku CI test build";
  if ((await installedVersion(pythonHome(ctx), "django")) === undefined) return "Django isn't installed";
  if (manage === undefined) return "no manage.py within three levels of the app root";
  return undefined;
}

/** The shallowest manage.py within three levels of the app root (the root itself is level one), relative. */
export async function findManagePy(buildDir: string): Promise<string | undefined> {
  const found = await fg("**/manage.py", {
    cwd: buildDir,
    deep: 3,
    onlyFiles: true,
    dot: false,
    ignore: ["**/node_modules/**", "**/.heroku/**"],
  });
  const depth = (p: string): number => p.split("/").length;
  return found.sort((a, b) => depth(a) - depth(b) || a.localeCompare(b))[0];
}

/** The likely cause of a failed collectstatic, from Django's own output, or undefined. Pure. */
export function explainCollectstaticFailure(output: string): string | undefined {
  const missingModule = /ModuleNotFoundError: No module named '([^']+)'/.exec(output)?.[1];
  if (missingModule && /django[/\\]conf[/\\]__init__\.py/.test(output)) {
    return (
      `The settings module can't be imported (No module named '${missingModule}').\n` +
      "Check DJANGO_SETTINGS_MODULE (set in manage.py or as a config var) and that the module is in the app."
    );
  }
  if (/Unknown command: '?collectstatic'?/.test(output)) {
    return "Django has no collectstatic command: 'django.contrib.staticfiles' is not in INSTALLED_APPS.\nAdd it to INSTALLED_APPS.";
  }
  if (/STATIC_ROOT setting/.test(output)) {
    return 'STATIC_ROOT is not set.\nSet it in the settings to a directory of the app, e.g. STATIC_ROOT = BASE_DIR / "staticfiles".';
  }
  const missingFile = /The file '([^']+)' could not be found/.exec(output)?.[1];
  if (missingFile) {
    const from = /Post-processing '([^']+)' failed/.exec(output)?.[1];
    return (
      `${from ? `'${from}' refers to` : "A static file refers to"} '${missingFile}', which is not among the static files.\n` +
      "Add the missing file, or fix the reference."
    );
  }
  return undefined;
}

/**
 * Django's `manage.py collectstatic --noinput`, as Heroku's Python buildpack runs it: after the
 * dependencies, with the app's config vars exported and the app root on PYTHONPATH. The files it
 * collects are in the build dir, so they are in the slug.
 */
export async function collectStatic(ctx: BuildContext, secrets: readonly string[] = []): Promise<void> {
  const manage = await findManagePy(ctx.buildDir);
  const skip = await reasonToSkip(ctx, manage);
  if (skip !== undefined || manage === undefined) {
    ctx.log.step(`Skipping Django's collectstatic: ${skip}`);
    return;
  }
  await ctx.log.timed("collectstatic", `Running Django's collectstatic (python ${manage} collectstatic --noinput)`, async () => {
    const env = appEnvironment(ctx);
    env["PYTHONPATH"] = env["PYTHONPATH"] ? `${ctx.buildDir}:${env["PYTHONPATH"]}` : ctx.buildDir;
    const redact = (text: string): string => redactSecrets(text, secrets);
    if (ctx.config.setting("DEBUG_COLLECTSTATIC", ctx.env) === "1") {
      ctx.log.info("Environment of collectstatic (DEBUG_COLLECTSTATIC=1; credentials redacted):");
      for (const line of redactedEnvironment(env, secrets)) ctx.log.info(`  ${line}`);
    }
    const child = execa(pythonExecutable(pythonHome(ctx)), [manage, "collectstatic", "--noinput"], {
      cwd: ctx.buildDir,
      env,
      extendEnv: false,
      all: true,
      reject: false,
      stdin: "ignore",
    });
    await eachLine(child, (line) => ctx.log.info(redact(line)));
    const result = await child;
    if (result.exitCode !== 0) {
      const cause = explainCollectstaticFailure(result.all ?? "");
      throw new BuildError(
        `Django's collectstatic failed: 'python ${manage} collectstatic --noinput' exited with status ${result.exitCode ?? result.signal} (its output is above).\n` +
          `${cause ?? "The cause is in its output above."}\n` +
          "To build without collectstatic, set the config var DISABLE_COLLECTSTATIC=1 (heroku config:set DISABLE_COLLECTSTATIC=1).",
        { file: manage },
      );
    }
  });
}
