import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { differences } from "../../../src/cache/cache-part.js";
import { ConfigVars } from "../../../src/support/config-vars.js";
import { applyEnv, pythonEnvVars } from "../../../src/runtime/env-vars.js";
import { checkBuildEnvironment } from "../../../src/steps/check-environment.js";
import { exportScript, profileScript } from "../../../src/steps/write-environment.js";

function bash(script: string, env: Record<string, string>): string {
  return execFileSync("bash", ["--norc", "--noprofile", "-c", script], { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

describe("the .profile.d script", () => {
  const show = 'echo "$PATH|$LD_LIBRARY_PATH|$LANG|$PYTHONUNBUFFERED"';

  it("puts Python under $HOME first, keeps the rest, and lets config vars win for defaults", () => {
    const out = bash(`. /dev/stdin <<'EOF'\n${profileScript()}\nEOF\n${show}`, { HOME: "/app", PATH: "/usr/bin:/bin", LANG: "C.UTF-8" });
    expect(out.trim()).toBe("/app/.heroku/python/bin:/usr/bin:/bin|/app/.heroku/python/lib|C.UTF-8|1");
  });

  it("works under herokuish's strict mode with nothing set", () => {
    const out = bash(`set -euo pipefail; shopt -s nullglob; source <(cat <<'EOF'\n${profileScript()}\nEOF\n); ${show}`, {
      HOME: "/srv/my app",
      PATH: "/bin",
    });
    expect(out.trim()).toBe("/srv/my app/.heroku/python/bin:/bin|/srv/my app/.heroku/python/lib|en_US.UTF-8|1");
  });
});

describe("the export file", () => {
  it("uses the literal build dir, quoted", () => {
    const script = exportScript("/tmp/build_it's here");
    const out = bash(`set -eu; source <(cat <<'EOF'\n${script}\nEOF\n); echo "$PATH"`, { PATH: "/bin" });
    expect(out.trim()).toBe("/tmp/build_it's here/.heroku/python/bin:/bin");
    expect(script).not.toMatch(/node/i);
  });
});

describe("applyEnv", () => {
  it("matches what the scripts do", () => {
    const env = applyEnv({ PATH: "/bin", LANG: "C" }, pythonEnvVars(), "/tmp/build_x");
    expect(env["PATH"]).toBe("/tmp/build_x/.heroku/python/bin:/bin");
    expect(env["LD_LIBRARY_PATH"]).toBe("/tmp/build_x/.heroku/python/lib");
    expect(env["LANG"]).toBe("C");
  });
});

describe("cache metadata comparison", () => {
  const labels = { format: "the cache format", version: "the Python version", stack: "the stack" };
  it("is field by field, with a reason for each difference", () => {
    expect(
      differences({ format: 1, version: "3.12.1", stack: "heroku-24" }, { format: 1, version: "3.12.1", stack: "heroku-24" }, labels),
    ).toEqual([]);
    expect(
      differences({ format: 1, version: "3.12.1", stack: "heroku-22" }, { format: 1, version: "3.12.2", stack: "heroku-24" }, labels),
    ).toEqual(["the Python version changed (3.12.1 → 3.12.2)", "the stack changed (heroku-22 → heroku-24)"]);
    expect(differences({}, { format: 1, version: "3.12.1", stack: "heroku-24" }, labels)).toHaveLength(3);
  });
});

describe("config vars", () => {
  it("prefer ENV_DIR files to the environment and ignore blank values", () => {
    const vars = ConfigVars.of({ A: " from-file\n", B: "  " });
    expect(vars.setting("A", { A: "from-env" })).toBe("from-file");
    expect(vars.setting("B", { B: "from-env" })).toBeUndefined();
    expect(vars.setting("C", { C: "from-env" })).toBe("from-env");
  });
});

describe("the inherited build environment", () => {
  it("refuses settings that would make pip install elsewhere, naming them", () => {
    expect(() => checkBuildEnvironment({ PIP_TARGET: "/tmp/x", PIP_USER: "1", PATH: "/bin" })).toThrow(/PIP_TARGET, PIP_USER are set/);
    expect(() => checkBuildEnvironment({ PIP_PREFIX: "" })).not.toThrow();
  });

  it("drops what would point Python at another installation, with a warning each", () => {
    const { env, warnings } = checkBuildEnvironment({ PYTHONHOME: "/other", VIRTUAL_ENV: "/venv", PATH: "/bin" });
    expect(env).toEqual({ PATH: "/bin" });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/PYTHONHOME was set/);
  });
});
