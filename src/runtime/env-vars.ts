/**
 * The environment Python needs, in the three places it is needed:
 * the rest of this compile, later buildpacks (the `export` file, build-dir paths), and dynos
 * (`.profile.d`, paths under $HOME so the same slug works wherever it is mounted).
 */

export interface EnvVar {
  name: string;
  /** Path entry prepended to an existing list, or a plain value. */
  kind: "prepend-path" | "default" | "set";
  /** Relative to the app root for path entries, else the literal value. */
  value: string;
}

/** What the Heroku Python archives need: no rpath, so libpython is found through LD_LIBRARY_PATH. Pure. */
export function pythonEnvVars(): EnvVar[] {
  return [
    { name: "PATH", kind: "prepend-path", value: ".heroku/python/bin" },
    { name: "LD_LIBRARY_PATH", kind: "prepend-path", value: ".heroku/python/lib" },
    { name: "LIBRARY_PATH", kind: "prepend-path", value: ".heroku/python/lib" },
    { name: "PYTHONUNBUFFERED", kind: "default", value: "1" },
    { name: "LANG", kind: "default", value: "en_US.UTF-8" },
    { name: "PIP_DISABLE_PIP_VERSION_CHECK", kind: "default", value: "1" },
  ];
}

/** Build-time only: headers and pkg-config for packages compiled from source. Pure. */
export function buildOnlyEnvVars(): EnvVar[] {
  return [{ name: "PKG_CONFIG_PATH", kind: "prepend-path", value: ".heroku/python/lib/pkgconfig" }];
}

/** Applies vars to an environment object, with `root` as the app root. Pure (returns a new object). */
export function applyEnv(env: NodeJS.ProcessEnv, vars: EnvVar[], root: string): NodeJS.ProcessEnv {
  const next = { ...env };
  for (const v of vars) {
    if (v.kind === "prepend-path") {
      const entry = `${root}/${v.value}`;
      const current = next[v.name];
      next[v.name] = current ? `${entry}:${current}` : entry;
    } else if (v.kind === "default") {
      if (!next[v.name]) next[v.name] = v.value;
    } else {
      next[v.name] = v.value;
    }
  }
  return next;
}

/** Single-quotes a string for bash. Pure. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * Bash lines setting vars, with `rootExpression` as the app root: a quoted literal path for the
 * export file, or "$HOME" for .profile.d. Safe under `set -euo pipefail`. Pure.
 */
export function envScriptLines(vars: EnvVar[], rootExpression: string): string[] {
  return vars.map((v) => {
    if (v.kind === "prepend-path") {
      return `export ${v.name}=${rootExpression}/${shellQuote(v.value)}"\${${v.name}:+:\${${v.name}}}"`;
    }
    if (v.kind === "default") return `export ${v.name}="\${${v.name}:-${v.value.replace(/["$`\\]/g, "\\$&")}}"`;
    return `export ${v.name}=${shellQuote(v.value)}`;
  });
}
