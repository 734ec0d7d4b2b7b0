/**
 * What pyslug refuses in a uv project, and what it must never refuse: each case is a corpus project
 * with one edit, planned for CPython 3.12 on heroku-24 (nothing is installed).
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { BuildContext } from "../../../../src/context.js";
import type { PlanTarget } from "../../../../src/dependencies/plan.js";
import { uvPlan } from "../../../../src/dependencies/uv/plan.js";
import { ConfigVars } from "../../../../src/support/config-vars.js";
import { BuildError } from "../../../../src/support/errors.js";
import { BuildLog } from "../../../../src/support/log.js";

const CORPUS = path.resolve(import.meta.dirname, "../../../fixtures/uv");

function target(version = "3.12.1"): PlanTarget {
  const minor = version.split(".").slice(0, 2).join(".");
  return {
    python: { version, minor, request: { spec: minor, origin: ".python-version", file: ".python-version" }, patchChosen: false },
    platform: { stack: "heroku-24", ubuntu: "24.04", arch: "amd64" },
    supported: ["3.14", "3.13", "3.12", "3.11", "3.10"].map((m) => ({ minor: m, version: `${m}.2` })),
  };
}

type Edit = Record<string, string | ((text: string) => string) | null>;

/** Plans a copy of a corpus project with edits (null deletes a file); returns the log, or throws. */
async function plan(project: string, edit: Edit = {}, version?: string): Promise<string> {
  const app = await mkdtemp(path.join(tmpdir(), "pyslug-uv-plan-"));
  try {
    await cp(path.join(CORPUS, project), app, { recursive: true });
    for (const [rel, change] of Object.entries(edit)) {
      const file = path.join(app, rel);
      await mkdir(path.dirname(file), { recursive: true });
      if (change === null) await rm(file, { recursive: true, force: true });
      else if (typeof change === "string") await writeFile(file, change);
      else {
        const before = await readFile(file, "utf8");
        const after = change(before);
        expect(after, `the edit of ${rel} changes it`).not.toBe(before);
        await writeFile(file, after);
      }
    }
    const output: string[] = [];
    const ctx: BuildContext = {
      buildDir: app,
      cacheDir: app,
      envDir: undefined,
      buildpackDir: app,
      cacheRoot: app,
      config: ConfigVars.of({}),
      log: new BuildLog({ out: (t) => void output.push(t), err: (t) => void output.push(t) }),
      env: {},
    };
    await uvPlan(ctx, target(version));
    return output.join("");
  } finally {
    await rm(app, { recursive: true, force: true });
  }
}

async function refusal(project: string, edit: Edit, version?: string): Promise<BuildError> {
  const error = await plan(project, edit, version).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, "pyslug refuses it").toBeInstanceOf(BuildError);
  return error as BuildError;
}

const replace = (from: string | RegExp, to: string) => (text: string) => text.replace(from, to);

describe("uv.lock format", () => {
  it("a newer lock version is an error naming both versions", async () => {
    const e = await refusal("registry-basic", { "uv.lock": replace(/^version = 1$/m, "version = 2") });
    expect(e.message).toMatch(/lock format version 2, and pyslug reads version 1/);
    expect(e.file).toBe("uv.lock");
    expect(e.line).toBe(1);
  });

  it("any revision of version 1 is read (revision 3, no revision, a newer revision)", async () => {
    await plan("registry-basic");
    await plan("revision-1");
    await plan("registry-basic", { "uv.lock": replace(/^revision = 3$/m, "revision = 7") });
  });

  it("a lock that isn't TOML: the line and the fix", async () => {
    const e = await refusal("registry-basic", { "uv.lock": replace('name = "six"', 'name = "six') });
    expect(e.message).toMatch(/^uv\.lock, line \d+: this isn't valid TOML/);
    expect(e.message).toMatch(/uv lock/);
    expect(e.line).toBeGreaterThan(1);
  });

  it("a pyproject.toml that isn't TOML", async () => {
    const e = await refusal("registry-basic", { "pyproject.toml": replace("[project]", "[project") });
    expect(e.message).toMatch(/^pyproject\.toml, line 1: this isn't valid TOML/);
  });

  it("a registry package without hashes, or only md5 ones", async () => {
    const none = await refusal("registry-basic", { "uv.lock": replace(/, hash = "sha256:[0-9a-f]+"/g, "") });
    expect(none.message).toMatch(/six 1\.17\.0 has no hashes/);
    const md5 = await refusal("registry-basic", {
      "uv.lock": replace(/hash = "sha256:[0-9a-f]+"/g, 'hash = "md5:0123456789abcdef0123456789abcdef"'),
    });
    expect(md5.message).toMatch(/has only md5 hashes, which pip can't check/);
  });

  it("no wheel for the target and no sdist: names the package, the Python and its wheels", async () => {
    const e = await refusal("binary-wheels", { ".python-version": "3.12\n" }, "3.12.1");
    expect(e.message).toMatch(
      /markupsafe 3\.0\.3 has no wheel for Python 3\.12 on Linux x86_64 \(glibc 2\.39\) and no source distribution/,
    );
    expect(e.message).toMatch(/cp311-cp311-manylinux/);
  });

  it("a git source without a pinned commit", async () => {
    const e = await refusal("git-pinned", {
      "uv.lock": replace("{{GIT}}/gitpkg?rev=main#{{GITSHA}}", "https://git.example.com/gitpkg?rev=main"),
    });
    expect(e.message).toMatch(/gitpkg 0\.3\.0 has a git source without a pinned commit/);
  });

  it("supported environments that exclude Linux", async () => {
    const e = await refusal("supported-environments", {
      "uv.lock": replace(/supported-markers = \[[^\]]*\]/, "supported-markers = [\n    \"sys_platform == 'darwin'\",\n]"),
    });
    expect(e.message).toMatch(/supports only these environments[^\n]*darwin[\s\S]*Linux x86_64/);
  });
});

describe("stale locks: each kind of difference is named", () => {
  const cases: [string, string, Edit, RegExp][] = [
    ["a dependency added", "registry-basic", { "pyproject.toml": replace('"toml"]', '"toml", "idna"]') }, /dependencies: idna added/],
    ["a dependency removed", "registry-basic", { "pyproject.toml": replace(', "toml"]', "]") }, /dependencies: toml removed/],
    [
      "a version specifier changed",
      "registry-basic",
      { "pyproject.toml": replace('"six>=1.16"', '"six>=1.17"') },
      /dependencies: six changed/,
    ],
    [
      "an extra requested",
      "registry-transitive",
      { "pyproject.toml": replace('"beautifulsoup4"', '"beautifulsoup4[lxml]"') },
      /beautifulsoup4 changed/,
    ],
    [
      "an optional dependency added",
      "own-extras-not-installed",
      { "pyproject.toml": replace('web = ["gunicorn"]', 'web = ["gunicorn"]\ncli = ["tabulate"]') },
      /tabulate added[\s\S]*optional-dependencies are \[cli, web\], uv\.lock has \[web\]/,
    ],
    [
      "a dependency group added",
      "group-dev",
      { "pyproject.toml": replace('dev = ["toml"]', 'dev = ["toml"]\ntest = ["iniconfig"]') },
      /dependency groups are \[dev, test\], uv\.lock has \[dev\]/,
    ],
    [
      "a group's requirement changed",
      "group-dev",
      { "pyproject.toml": replace('dev = ["toml"]', 'dev = ["toml", "six"]') },
      /group dev: six added/,
    ],
    [
      "legacy dev-dependencies changed",
      "legacy-dev-dependencies",
      { "pyproject.toml": replace('"toml>=0.10"', '"toml>=0.9"') },
      /group dev: toml changed/,
    ],
    [
      "requires-python raised",
      "registry-basic",
      { "pyproject.toml": replace('requires-python = ">=3.11"', 'requires-python = ">=3.12"') },
      /requires-python is ">=3\.12", uv\.lock was made for ">=3\.11"/,
    ],
    [
      "a workspace member added",
      "workspace",
      {
        "packages/extra/pyproject.toml": '[project]\nname = "extra"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = []\n',
      },
      /workspace members extra added/,
    ],
    [
      "a virtual project became a package",
      "registry-basic",
      { "pyproject.toml": (t) => `${t}\n[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n` },
      /now a package/,
    ],
    [
      "a package became virtual",
      "package-editable",
      { "pyproject.toml": (t) => `${t}\n[tool.uv]\npackage = false\n` },
      /no longer a package/,
    ],
  ];
  it.each(cases)("%s", async (_what, project, edit, message) => {
    const e = await refusal(project, edit);
    expect(e.message).toMatch(/^uv\.lock is out of date with pyproject\.toml/);
    expect(e.message).toMatch(message);
    expect(e.message).toMatch(/Run 'uv lock' and commit uv\.lock/);
  });
});

describe("never a false alarm: what uv accepts, pyslug accepts", () => {
  const cases: [string, string, Edit][] = [
    [
      "a specifier spelled differently (>=1.16.0 for >=1.16)",
      "registry-basic",
      { "pyproject.toml": replace('"six>=1.16"', '"six >= 1.16.0"') },
    ],
    [
      "a name spelled differently (Six, TOML)",
      "registry-basic",
      { "pyproject.toml": replace('["six>=1.16", "toml"]', '["Six>=1.16", "TOML"]') },
    ],
    ["dependencies reordered", "registry-basic", { "pyproject.toml": replace('["six>=1.16", "toml"]', '["toml", "six>=1.16"]') }],
    [
      "a comment and a description added",
      "registry-basic",
      { "pyproject.toml": replace("[project]\n", '# the app\n[project]\ndescription = "x"\n') },
    ],
    [
      "requires-python written another way with the same meaning",
      "registry-basic",
      { "pyproject.toml": replace('">=3.11"', '">=3.11.0"') },
    ],
    ["the project's version changed", "package-editable", { "pyproject.toml": replace('version = "0.1.0"', 'version = "0.2.0"') }],
    ["an unrelated tool table", "registry-basic", { "pyproject.toml": (t) => `${t}\n[tool.ruff]\nline-length = 100\n` }],
  ];
  it.each(cases)("%s", async (_what, project, edit) => {
    const log = await plan(project, edit);
    expect(log).not.toMatch(/can't tell/);
  });

  it("a dependency with a source that changed: pyslug can't decide, says so in one line, installs the lock", async () => {
    const log = await plan("directory", {
      "pyproject.toml": replace('helper = { path = "libs/helper" }', 'helper = { path = "libs/helper", editable = true }'),
    });
    expect(log).not.toMatch(/out of date/);
    expect(log.trim().split("\n")).toHaveLength(1);
    expect(log).toMatch(
      /can't tell whether uv\.lock is current \(pyproject\.toml: the source of helper in \[tool\.uv\.sources\]\); installing uv\.lock as written/,
    );
  });
});

describe("the project and its workspace", () => {
  it("a missing workspace member: its path, and what to commit", async () => {
    const e = await refusal("workspace", { "packages/lib": null });
    expect(e.message).toMatch(/installs the workspace member lib from packages\/lib, and the app has no project there/);
    expect(e.message).toMatch(/Commit packages\/lib\/pyproject\.toml/);
  });

  it("the chosen Python outside requires-python names both values and the uv fix", async () => {
    const e = await refusal("registry-basic", {
      "pyproject.toml": replace('">=3.11"', '">=3.13"'),
      "uv.lock": replace('">=3.11"', '">=3.13"'),
    });
    expect(e.message).toMatch(
      /Python 3\.12\.1 \(from \.python-version\) is outside the project's requires-python ">=3\.13" in pyproject\.toml/,
    );
    expect(e.message).toMatch(/uv python pin 3\.14/);
    expect(e.file).toBe("pyproject.toml");
    expect(e.line).toBe(4);
  });

  it("two conflicting extras both activated", async () => {
    const e = await refusal("conflicting-extras", {
      "uv.lock": replace('{ name = "lib", extra = ["new"] }', '{ name = "lib", extra = ["new", "old"] }'),
      "pyproject.toml": replace('"lib[new]"', '"lib[new,old]"'),
    });
    expect(e.message).toMatch(/lib\[new\] and lib\[old\] are declared as conflicting/);
  });

  it.each([
    ["no-build-isolation-package", '["lib"]'],
    ["config-settings", '{ editable_mode = "compat" }'],
    ["no-binary-package", '["six"]'],
    ["no-build-package", '["six"]'],
    ["no-build-isolation", "true"],
  ])("[tool.uv] %s is refused by name, with its line", async (key, value) => {
    const e = await refusal("registry-basic", { "pyproject.toml": (t) => `${t}\n[tool.uv]\n${key} = ${value}\n` });
    expect(e.message).toMatch(new RegExp(`pyproject\\.toml sets \\[tool\\.uv\\] ${key}, which pyslug can't honour`));
    expect(e.line).toBeGreaterThan(4);
  });
});
