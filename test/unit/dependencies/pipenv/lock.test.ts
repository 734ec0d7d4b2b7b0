import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BuildError } from "../../../../src/support/errors.js";
import { checkLockCurrent } from "../../../../src/dependencies/pipenv/lock-check.js";
import { parsePipfileLock } from "../../../../src/dependencies/pipenv/lock-file.js";
import { applyPypiMirror, isPypiUrl, lockToRequirements } from "../../../../src/dependencies/pipenv/lock-to-requirements.js";
import { oracleRequirements } from "../../../fixtures/pipenv/oracle.js";

const locksDir = path.resolve(import.meta.dirname, "../../../fixtures/pipenv/locks");
const fixtures = readdirSync(locksDir).sort();
const read = (name: string, file: string) => readFileSync(path.join(locksDir, name, file), "utf8");
const translate = (name: string, dev: boolean) => lockToRequirements(parsePipfileLock(read(name, "Pipfile.lock")), { dev });

/**
 * pipenv prints packages in the lock's key order (deterministic), so line order is compared as is.
 * Within a line, though, pipenv prints multiple `--hash=` options and comma-separated specifiers in
 * Python set order, which depends on PYTHONHASHSEED (e.g. `<2,>=1.0` in one run, `>=1.0,<2` in the
 * next): both sides sort those. pyslug itself prints hashes in lock order and specifiers sorted.
 * The trailing newline is trimmed (execa strips it from pipenv's stdout).
 */
function canonical(text: string): string {
  return text
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => {
      const hashes = (line.match(/ --hash=\S+/g) ?? []).sort();
      const rest = line
        .replace(/ --hash=\S+/g, "")
        .replace(
          /^([A-Za-z0-9._-]+(?:\[[^\]]*\])?)([<>=!~][^ ;]*)/,
          (_m, name: string, spec: string) => name + spec.split(",").sort().join(","),
        );
      return rest + hashes.join("");
    })
    .join("\n");
}

/** A lock pipenv can't make offline: odd names, several hashes, marker keys, VCS variants. */
function syntheticLockDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "pyslug-pipenv-"));
  for (const pkg of ["edm", "pe", "pm"]) {
    mkdirSync(path.join(dir, pkg));
    writeFileSync(
      path.join(dir, pkg, "setup.py"),
      `from setuptools import setup\nsetup(name="${pkg}", version="1.0", extras_require={"x": []})\n`,
    );
  }
  writeFileSync(path.join(dir, "Pipfile"), "[packages]\n");
  const lock = {
    _meta: {
      hash: { sha256: "0".repeat(64) },
      "pipfile-spec": 6,
      requires: {},
      sources: [
        { name: "a", url: "https://${HOST}/simple", verify_ssl: true },
        { name: "b", url: "http://b.example.invalid/simple", verify_ssl: false },
      ],
    },
    default: {
      Django: { hashes: ["sha256:bbb", "sha256:aaa"], version: "==4.2", markers: 'python_version >= "3.8"' },
      "Foo_Bar.baz": { hashes: ["sha256:ccc"], version: "==1.0", extras: ["B", "a", "a"] },
      nover: { version: "*" },
      nohash: { version: "==1.0" },
      weird: { version: "===1.0", hashes: ["sha256:ddd"] },
      osn: { version: "==1.0", os_name: "== 'nt'", markers: "python_version >= '3.8'", hashes: ["sha256:eee"] },
      spaced: { version: "==1.0", markers: "(python_version>='3.8' or os_name==\"nt\")  and  extra != 'x'" },
      multispec: { version: ">= 1.0, <2", hashes: ["sha256:fff"] },
      edm: { path: "./edm", editable: true, markers: "python_version >= '3.8'" },
      gitex: { git: "https://g.example.invalid/r.git", ref: "abc", extras: ["x"], markers: "os_name == 'posix'" },
      gitssh: { git: "git@github.com:o/r.git", ref: "abc" },
      gitplus: { git: "git+https://g.example.invalid/r2.git", ref: "abc" },
      hgx: { hg: "https://h.example.invalid/r", ref: "abc" },
      gitnoref: { git: "https://g.example.invalid/r3.git", editable: true },
      pathextra: { path: "./pe", extras: ["x"] },
      relnodot: { path: "pe", extras: ["x"] },
      pathmarker: { path: "./pm", markers: "python_version >= '3.8'" },
      // Wheel URLs only: for an sdist URL Pipenv downloads the file to read its name.
      "Whl.Key_x": { file: "https://f.example.invalid/whl_key_x-1.0-py3-none-any.whl", hashes: ["sha256:jjj"] },
      eggalready: { file: "https://f.example.invalid/eggalready-1.0-py3-none-any.whl#egg=eggalready" },
      urikey: { uri: "https://f.example.invalid/urikey-1.0-py3-none-any.whl", markers: "os_name == 'posix'" },
    },
    develop: {
      six: { version: "==1.0", hashes: ["sha256:hhh"] },
      Django: { version: "==3.0", hashes: ["sha256:iii"] },
    },
  };
  writeFileSync(path.join(dir, "Pipfile.lock"), JSON.stringify(lock, null, 4) + "\n");
  return dir;
}

describe("lock → requirements vs the real `pipenv requirements --hash`", () => {
  const oracle = new Map<string, string>();
  let synthetic = "";
  beforeAll(async () => {
    synthetic = syntheticLockDir();
    const jobs = [...fixtures.map((f) => [f, path.join(locksDir, f)] as const), ["synthetic", synthetic] as const];
    // Three at a time: each pipenv run is mostly a ~1 s Python start-up.
    const queue = jobs.flatMap(([name, dir]) => [false, true].map((dev) => ({ name, dir, dev })));
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        oracle.set(`${job.name}:${job.dev}`, await oracleRequirements(job.dir, job.dev));
      }
    };
    await Promise.all([worker(), worker(), worker()]);
  });
  afterAll(() => rmSync(synthetic, { recursive: true, force: true }));

  it("has lock fixtures", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(9);
  });

  for (const name of fixtures) {
    for (const dev of [false, true]) {
      it(`${name}${dev ? " --dev" : ""}`, () => {
        expect(canonical(translate(name, dev).text)).toBe(canonical(oracle.get(`${name}:${dev}`)!));
      });
    }
  }

  for (const dev of [false, true]) {
    it(`synthetic lock${dev ? " --dev" : ""}`, () => {
      const lock = parsePipfileLock(readFileSync(path.join(synthetic, "Pipfile.lock"), "utf8"));
      expect(canonical(lockToRequirements(lock, { dev }).text)).toBe(canonical(oracle.get(`synthetic:${dev}`)!));
    });
  }
});

describe("structured requirements", () => {
  it("splits hashed pins from local and VCS lines", () => {
    const r = translate("06-path", false);
    expect(r.hashed).toEqual([expect.stringMatching(/^six==1\.17\.0 --hash=sha256:[0-9a-f]{64}$/)]);
    expect(r.unhashed).toEqual([]);
    expect(r.allPinnedHashed).toBe(true);
    expect(r.local.map((l) => [l.key, l.path, l.editable, l.line])).toEqual([
      ["xpkg", "./packages/x", false, "./packages/x"],
      ["ypkg", "./packages/y", true, "-e ./packages/y[fast]"],
    ]);
    expect(r.sources.map((s) => s.url)).toEqual(["https://pypi.org/simple"]);
  });

  it("reports VCS requirements with their ref and subdirectory", () => {
    const r = translate("07-git", false);
    expect(r.vcs.map((v) => [v.key, v.url, v.subdirectory, v.editable])).toEqual([
      ["vcsdemo", "git+https://git.example.invalid/pyslug/vcsdemo.git", undefined, false],
      ["vcssub", "git+https://git.example.invalid/pyslug/vcsdemo.git", "sub", true],
    ]);
    expect(r.vcs[0]!.ref).toMatch(/^[0-9a-f]{40}$/);
  });

  it("translates a seed-000 lock whose key is a hash (e1839a8) to `-e .`", () => {
    const r = translate("09-seed000", false);
    expect(r.local).toEqual([
      { key: "e1839a8", path: ".", editable: true, extras: [], markers: undefined, line: "-e .", installLine: "-e ." },
    ]);
    expect(r.lines).toContain("-e .");
    expect(r.text).not.toContain("e1839a8");
  });

  it("marks a lock with unhashed pins", () => {
    const lock = parsePipfileLock(JSON.stringify({ _meta: { sources: [] }, default: { six: { version: "==1.0" } }, develop: {} }));
    const r = lockToRequirements(lock);
    expect(r.allPinnedHashed).toBe(false);
    expect(r.unhashed).toEqual(["six==1.0"]);
  });
});

describe("PIPENV_PYPI_MIRROR", () => {
  it("recognises PyPI's URLs only", () => {
    for (const url of [
      "https://pypi.org/simple",
      "https://pypi.org/simple/",
      "https://pypi.python.org/simple",
      "http://pypi.python.org/simple/",
    ]) {
      expect(isPypiUrl(url)).toBe(true);
    }
    for (const url of ["https://pypi.org/simple/six", "https://test.pypi.org/simple", "https://example.invalid/simple"]) {
      expect(isPypiUrl(url)).toBe(false);
    }
  });

  it("replaces PyPI sources, keeping names and other sources", () => {
    const sources = [
      { name: "pypi", url: "https://pypi.org/simple", verify_ssl: true },
      { name: "private", url: "https://private.example.invalid/simple", verify_ssl: true },
      { name: "legacy", url: "https://pypi.python.org/simple/", verify_ssl: true },
    ];
    expect(applyPypiMirror(sources, "http://mirror.example.invalid/simple")).toEqual([
      { name: "pypi", url: "http://mirror.example.invalid/simple", verify_ssl: false },
      sources[1],
      { name: "legacy", url: "http://mirror.example.invalid/simple", verify_ssl: false },
    ]);
    expect(applyPypiMirror(sources, undefined)).toEqual(sources);
  });
});

describe("lock check", () => {
  const errorOf = (fn: () => unknown): BuildError => {
    try {
      fn();
    } catch (e) {
      if (e instanceof BuildError) return e;
      throw e;
    }
    throw new Error("expected a BuildError");
  };

  it.each(fixtures)("accepts the real Pipenv's lock for %s as current", (name) => {
    const checked = checkLockCurrent(read(name, "Pipfile"), read(name, "Pipfile.lock"));
    expect(checked.hash).toBe(checked.lock.hash);
  });

  it("reports invalid JSON with its line and the fix", () => {
    const lock = read("01-pinned", "Pipfile.lock").replace('"pipfile-spec": 6,', '"pipfile-spec": 6,,');
    const e = errorOf(() => checkLockCurrent(read("01-pinned", "Pipfile"), lock));
    expect(e.file).toBe("Pipfile.lock");
    expect(e.line).toBe(lock.split("\n").findIndex((l) => l.includes("6,,")) + 1);
    expect(e.message).toMatch(/Pipfile\.lock is not valid JSON at line \d+, column \d+/);
    expect(e.message).toMatch(/pipenv lock/);
  });

  it("lists a package missing from the lock, with short hashes and the fix", () => {
    const pipfile = read("01-pinned", "Pipfile").replace("[packages]\n", '[packages]\nflask = "==3.0.0"\n');
    const lock = read("01-pinned", "Pipfile.lock");
    const e = errorOf(() => checkLockCurrent(pipfile, lock));
    const old = parsePipfileLock(lock).hash!.slice(-6);
    expect(e.message).toMatch(new RegExp(`^Your Pipfile\\.lock \\(${old}\\) is out of date\\. Expected: \\([0-9a-f]{6}\\)\\.`));
    expect(e.message).toContain("[packages] flask ==3.0.0 is in Pipfile but not in Pipfile.lock");
    expect(e.message).toContain("run 'pipenv lock' and commit Pipfile.lock");
  });

  it("lists changed versions, extras and editable flags", () => {
    const pipfile = read("06-path", "Pipfile")
      .replace('six = "*"', 'six = "==1.16.0"')
      .replace('extras = ["fast"]', 'extras = ["fast", "slow"]')
      .replace('xpkg = {path = "./packages/x"}', 'xpkg = {path = "./packages/x", editable = true}');
    const e = errorOf(() => checkLockCurrent(pipfile, read("06-path", "Pipfile.lock")));
    expect(e.message).toContain("[packages] six: version ==1.16.0 in Pipfile, ==1.17.0 in Pipfile.lock");
    expect(e.message).toContain("[packages] ypkg: extras slow in Pipfile, not in Pipfile.lock");
    expect(e.message).toContain("[packages] xpkg: editable is true in Pipfile, false in Pipfile.lock");
  });

  it("matches a seed-000 hash key to the Pipfile's path entry", () => {
    const pipfile = read("09-seed000", "Pipfile").replace("e1839a8 =", "pipenvbug =").replace('six = "*"', 'six = "*"\nidna = "*"');
    const e = errorOf(() => checkLockCurrent(pipfile, read("09-seed000", "Pipfile.lock")));
    expect(e.message).toContain("[packages] idna is in Pipfile but not in Pipfile.lock");
    expect(e.message).not.toContain("pipenvbug");
  });

  it("reports Pipfile syntax errors against Pipfile", () => {
    const e = errorOf(() => checkLockCurrent("[packages\n", read("01-pinned", "Pipfile.lock")));
    expect(e.file).toBe("Pipfile");
    expect(e.line).toBe(1);
  });
});
