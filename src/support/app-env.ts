import type { BuildContext } from "../context.js";
import { redactSecrets, redactText } from "./redact.js";

/** Config vars never exported into the app's own commands: they would break the build's own tools. */
const NOT_EXPORTED = /^(PATH|GIT_DIR|CPATH|CPPATH|LD_PRELOAD|LIBRARY_PATH|LD_LIBRARY_PATH|PYTHONHOME|BUILD_DIR|CACHE_DIR|ENV_DIR)$/;

/**
 * The environment of the app's own code during compile (hooks, collectstatic, NLTK's downloader):
 * the build's environment with the app's config vars exported, as on Heroku.
 */
export function appEnvironment(ctx: Pick<BuildContext, "env" | "config">): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...ctx.env };
  for (const [key, value] of ctx.config.entries()) if (!NOT_EXPORTED.test(key)) env[key] = value;
  return env;
}

/** Names whose values are credentials by convention. */
const SECRET_NAME = /SECRET|TOKEN|PASSWORD|PASSWD|PRIVATE|CREDENTIAL|(^|_)KEY($|_)|API_KEY|AUTH/i;

/** `NAME=value` lines of an environment for a debug dump: sorted, credentials replaced by `***`. Pure. */
export function redactedEnvironment(env: NodeJS.ProcessEnv, secrets: readonly string[] = []): string[] {
  return Object.keys(env)
    .sort()
    .map((name) => {
      const value = env[name] ?? "";
      return `${name}=${SECRET_NAME.test(name) && value !== "" ? "***" : redactSecrets(redactText(value), secrets)}`;
    });
}
