// The poetry.lock plan: every error a Poetry app can hit, what counts as fresh, and credentials.
import { describe, expect, it } from "vitest";
import { poetrySourceVariables } from "../../../../src/dependencies/poetry/plan.js";
import { poetryLockText, type LockPackage } from "../../../fixtures/poetry/lock-writer.js";
import { pkg } from "../../../fixtures/poetry/corpus.js";
import { planFor } from "../../../fixtures/poetry/plan-helper.js";

const header = `[tool.poetry]\nname = "app"\nversion = "0.1.0"\ndescription = ""\nauthors = ["A <a@example.com>"]\npackage-mode = false\n\n`;
const PYPROJECT = `${header}[tool.poetry.dependencies]\npython = "^3.10"\nalpha = "^1.0"\nbravo = "*"\n\n[tool.poetry.group.test.dependencies]\ncharlie = "*"\n`;
const PACKAGES: LockPackage[] = [
  pkg("alpha", "1.2.0", { groups: ["main"] }),
  pkg("bravo", "2.0.0", { groups: ["main"], dependencies: ['delta = "*"'] }),
  pkg("delta", "1.0.0", { groups: ["main"] }),
  pkg("charlie", "3.0.0", { groups: ["test"] }),
];
const app = (pyproject: string, lock: string, more: Record<string, string> = {}) => ({
  "pyproject.toml": pyproject,
  "poetry.lock": lock,
  ...more,
});

describe("a current lock", () => {
  it("is accepted, and selects the main group (all non-optional groups under Heroku CI)", async () => {
    const main = await planFor(app(PYPROJECT, poetryLockText(PYPROJECT, PACKAGES, "2.1", "^3.10")));
    expect(main.error).toBeUndefined();
    expect(main.plan!.label).toBe("poetry.lock");
    expect(main.log).toMatch(/poetry\.lock \(lock-version 2\.1\) is current; 3 packages selected for Python 3\.12\.1/);
    const ci = await planFor(app(PYPROJECT, poetryLockText(PYPROJECT, PACKAGES, "2.1", "^3.10")), {}, { INSTALL_TEST: "1" });
    expect(ci.plan!.label).toBe("poetry.lock (main, test)");
    expect(ci.plan!.fingerprint).not.toBe(main.plan!.fingerprint);
    expect(ci.plan!.describeChanges(main.plan!.snapshot)).toEqual(["poetry.lock changed (added charlie)"]);
  });

  it("from a lock-version 2.0 (Poetry 1) walks the same selection through the lock's graph", async () => {
    const v20 = await planFor(app(PYPROJECT, poetryLockText(PYPROJECT, PACKAGES, "2.0", "^3.10")));
    const v21 = await planFor(app(PYPROJECT, poetryLockText(PYPROJECT, PACKAGES, "2.1", "^3.10")));
    expect(v20.plan!.fingerprint).toBe(v21.plan!.fingerprint);
  });

  it("written by Poetry before 2.3 (which hashed without [dependency-groups]) is still fresh, as Poetry says", async () => {
    const modern = `[project]\nname = "app"\nversion = "0.1.0"\nrequires-python = ">=3.10"\ndependencies = ["alpha>=1"]\n\n[dependency-groups]\ntest = ["charlie"]\n\n[tool.poetry]\npackage-mode = false\n`;
    const withoutGroups = modern.replace(/\[dependency-groups\]\ntest = \["charlie"\]\n/, "");
    const lock = poetryLockText(withoutGroups, PACKAGES, "2.1", ">=3.10");
    expect(lock).toMatch(/Poetry 2\.1\.3/);
    expect((await planFor(app(modern, lock))).error).toBeUndefined();
    const claimsNewer = lock.replace("Poetry 2.1.3", "Poetry 2.3.0");
    expect((await planFor(app(modern, claimsNewer))).error?.message).toMatch(/poetry\.lock is out of date/);
  });
});

describe("a stale lock fails, naming what changed", () => {
  const lock = poetryLockText(PYPROJECT, PACKAGES, "2.1", "^3.10");
  const cases: [string, string, RegExp][] = [
    [
      "a dependency added",
      PYPROJECT.replace('bravo = "*"', 'bravo = "*"\necho = "^2"'),
      /echo was added \(group main\) and isn't in the lock/,
    ],
    [
      "a constraint the locked version doesn't meet",
      PYPROJECT.replace('alpha = "^1.0"', 'alpha = "^2.0"'),
      /alpha now requires "\^2\.0" but the lock has 1\.2\.0/,
    ],
    ["a dependency removed", PYPROJECT.replace('bravo = "*"\n', ""), /nothing requires bravo, delta any more/],
    [
      "the Python constraint",
      PYPROJECT.replace('python = "^3.10"', 'python = "^3.11"'),
      /python is "\^3\.11" but the lock was made for "\^3\.10"/,
    ],
    [
      "extras of a dependency",
      PYPROJECT.replace('bravo = "*"', 'bravo = { version = "*", extras = ["x"] }'),
      /a dependency, extra, group or source in pyproject\.toml changed/,
    ],
    ["a group's dependency added", PYPROJECT.replace('charlie = "*"', 'charlie = "*"\nfoxtrot = "*"'), /foxtrot was added \(group test\)/],
  ];
  for (const [what, pyproject, message] of cases) {
    it(what, async () => {
      const { error } = await planFor(app(pyproject, lock));
      expect(error?.message).toMatch(/^poetry\.lock is out of date: pyproject\.toml changed since it was locked/);
      expect(error?.message).toMatch(message);
      expect(error?.message).toMatch(/Run 'poetry lock' and commit poetry\.lock\.$/);
      expect(error?.file).toBe("poetry.lock");
      expect(error?.line).toBe(lock.split("\n").findIndex((l) => l.startsWith("content-hash")) + 1);
    });
  }

  it("no content-hash at all", async () => {
    const { error } = await planFor(app(PYPROJECT, lock.replace(/^content-hash = .*\n/m, "")));
    expect(error?.message).toMatch(/poetry\.lock is out of date/);
  });
});

describe("errors", () => {
  it("a lock-version newer than pyslug knows", async () => {
    const lock = poetryLockText(PYPROJECT, PACKAGES, "2.1", "^3.10").replace('lock-version = "2.1"', 'lock-version = "3.0"');
    const { error } = await planFor(app(PYPROJECT, lock));
    expect(error?.message).toMatch(/poetry\.lock has lock-version "3\.0"; pyslug reads lock versions 1\.x to 2\.1\./);
    expect(error?.line).toBe(lock.split("\n").findIndex((l) => l.startsWith("lock-version")) + 1);
  });

  it("a 2.x lock newer than 2.1 is read as 2.1 with a warning (Poetry reads it too)", async () => {
    const lock = poetryLockText(PYPROJECT, PACKAGES, "2.1", "^3.10").replace('lock-version = "2.1"', 'lock-version = "2.2"');
    const { error, log } = await planFor(app(PYPROJECT, lock));
    expect(error).toBeUndefined();
    expect(log).toMatch(/Warning: poetry\.lock has lock-version 2\.2, newer than the 2\.1 pyslug knows/);
  });

  it("a 2.0 lock that locks one name twice needs Poetry 2's lock", async () => {
    const packages = [...PACKAGES, pkg("delta", "2.0.0", { groups: ["main"] })];
    const lock = poetryLockText(PYPROJECT, packages, "2.0", "^3.10");
    const { error } = await planFor(app(PYPROJECT, lock));
    expect(error?.message).toMatch(/locks delta twice \(1\.0\.0 and 2\.0\.0\); choosing between them needs Poetry's solver/);
    expect(error?.message).toMatch(/Re-lock with Poetry 2 \('poetry lock'\): its lock-version 2\.1 records which one each Python gets\./);
    expect(error?.line).toBe(lock.split("\n").findIndex((l) => l === 'name = "delta"') + 1);
  });

  it("a 2.1 lock with one name twice under exclusive markers is fine", async () => {
    const packages = [
      ...PACKAGES.filter((p) => p.name !== "delta"),
      pkg("delta", "1.0.0", { groups: ["main"], markers: 'python_version < "3.11"' }),
      pkg("delta", "2.0.0", { groups: ["main"], markers: 'python_version >= "3.11"' }),
    ];
    const { plan, error } = await planFor(app(PYPROJECT, poetryLockText(PYPROJECT, packages, "2.1", "^3.10")));
    expect(error).toBeUndefined();
    expect((plan!.snapshot as { packages: Record<string, string> }).packages["delta"]).toBe("2.0.0");
  });

  it("the chosen Python outside the project's python constraint, naming both", async () => {
    const pyproject = PYPROJECT.replace('python = "^3.10"', 'python = ">=3.9,<3.12"');
    const { error } = await planFor(app(pyproject, poetryLockText(pyproject, PACKAGES, "2.1", ">=3.9,<3.12")));
    expect(error?.message).toMatch(
      /Python 3\.12\.1 \(from \.python-version\) is outside the project's python ">=3\.9,<3\.12" in pyproject\.toml/,
    );
    expect(error?.message).toMatch(/Ask for Python 3\.11 in \.python-version/);
    expect(error?.file).toBe("pyproject.toml");
    expect(error?.line).toBe(9);
  });

  it("requires-python of a [project]-style project, too", async () => {
    const pyproject = `[project]\nname = "app"\nversion = "0.1.0"\nrequires-python = "<3.12"\ndependencies = []\n\n[tool.poetry]\npackage-mode = false\n`;
    const { error } = await planFor(app(pyproject, poetryLockText(pyproject, [], "2.1", "<3.12")));
    expect(error?.message).toMatch(/Python 3\.12\.1 \(from \.python-version\) is outside the project's requires-python "<3\.12"/);
  });

  it("only md5 hashes, or no files at all, for a selected package", async () => {
    const md5 = PACKAGES.map((p) =>
      p.name === "alpha" ? { ...p, files: [{ file: "alpha-1.2.0.tar.gz", hash: "md5:0123456789abcdef0123456789abcdef" }] } : p,
    );
    const a = await planFor(app(PYPROJECT, poetryLockText(PYPROJECT, md5, "2.1", "^3.10")));
    expect(a.error?.message).toMatch(/poetry\.lock has only md5 hashes for alpha 1\.2\.0; pip checks sha256, sha384 or sha512/);
    const none = PACKAGES.map((p) => (p.name === "bravo" ? { ...p, files: [] } : p));
    const b = await planFor(app(PYPROJECT, poetryLockText(PYPROJECT, none, "2.1", "^3.10")));
    expect(b.error?.message).toMatch(/poetry\.lock has no files \(and so no hashes\) for bravo 2\.0\.0/);
    expect(b.error?.line).toBeGreaterThan(1);
  });

  it("no wheel for the target and no sdist", async () => {
    const files = [
      { file: "alpha-1.2.0-cp312-cp312-win_amd64.whl", hash: `sha256:${"1".repeat(64)}` },
      { file: "alpha-1.2.0-cp311-cp311-manylinux_2_17_x86_64.whl", hash: `sha256:${"2".repeat(64)}` },
    ];
    const packages = PACKAGES.map((p) => (p.name === "alpha" ? { ...p, files } : p));
    const { error } = await planFor(app(PYPROJECT, poetryLockText(PYPROJECT, packages, "2.1", "^3.10")));
    expect(error?.message).toMatch(
      /poetry\.lock has no wheel of alpha 1\.2\.0 for Python 3\.12 on Linux x86_64 \(glibc 2\.39\) and no source distribution/,
    );
    const fits = [...files, { file: "alpha-1.2.0-py3-none-any.whl", hash: `sha256:${"3".repeat(64)}` }];
    const ok = await planFor(
      app(
        PYPROJECT,
        poetryLockText(
          PYPROJECT,
          PACKAGES.map((p) => (p.name === "alpha" ? { ...p, files: fits } : p)),
          "2.1",
          "^3.10",
        ),
      ),
    );
    expect(ok.error).toBeUndefined();
  });

  it("bad TOML in pyproject.toml or poetry.lock, with the line", async () => {
    const lock = poetryLockText(PYPROJECT, PACKAGES, "2.1", "^3.10");
    const a = await planFor(app(`${PYPROJECT}\nbroken = [\n`, lock));
    expect(a.error?.message).toMatch(/^pyproject\.toml isn't valid TOML \(line \d+, column \d+\)/);
    expect(a.error?.file).toBe("pyproject.toml");
    const b = await planFor(app(PYPROJECT, lock.replace("[metadata]", "[metadata")));
    expect(b.error?.message).toMatch(/^poetry\.lock isn't valid TOML/);
    expect(b.error?.line).toBe(lock.split("\n").indexOf("[metadata]") + 1);
  });

  it("a package project without [build-system]", async () => {
    const pyproject = PYPROJECT.replace("package-mode = false\n", "");
    const { error } = await planFor(app(pyproject, poetryLockText(pyproject, PACKAGES, "2.1", "^3.10")));
    expect(error?.message).toMatch(/pyproject\.toml has no \[build-system\], so pip can't install the project itself/);
  });

  it("a package from a source pyproject.toml doesn't define and the lock has no URL for", async () => {
    const packages = PACKAGES.map((p) => (p.name === "alpha" ? { ...p, source: { type: "legacy", url: "", reference: "gone" } } : p));
    const { error } = await planFor(app(PYPROJECT, poetryLockText(PYPROJECT, packages, "2.1", "^3.10")));
    expect(error?.message).toMatch(/installs packages from the source 'gone', which pyproject\.toml doesn't define/);
  });

  it("a source kind pyslug doesn't know", async () => {
    const packages = PACKAGES.map((p) => (p.name === "alpha" ? { ...p, source: { type: "hg", url: "https://example.com/r" } } : p));
    const { error } = await planFor(app(PYPROJECT, poetryLockText(PYPROJECT, packages, "2.1", "^3.10")));
    expect(error?.message).toMatch(/installs alpha from a 'hg' source, which pyslug doesn't know/);
  });

  it("a lock that isn't Poetry's", async () => {
    const { error } = await planFor(app(PYPROJECT, 'version = 1\n\n[[package]]\nname = "x"\n'));
    expect(error?.message).toMatch(/poetry\.lock isn't a lock file Poetry wrote: it has no \[metadata\] table/);
  });
});

describe("a private source", () => {
  const pyproject = `${PYPROJECT}\n[[tool.poetry.source]]\nname = "my-corp.index"\nurl = "https://pkgs.example.com/simple/"\npriority = "supplemental"\n`;
  const packages = PACKAGES.map((p) =>
    p.name === "alpha" ? { ...p, source: { type: "legacy", url: "https://pkgs.example.com/simple", reference: "my-corp.index" } } : p,
  );
  const lock = poetryLockText(pyproject, packages, "2.1", "^3.10");

  it("Poetry's variable names for it", () => {
    expect(poetrySourceVariables("my-corp.index")).toEqual(["MY_CORP.INDEX", "MY_CORP_INDEX"]);
  });

  it("gets POETRY_HTTP_BASIC_<NAME>_USERNAME/_PASSWORD: named in the log, redacted, not in the fingerprint", async () => {
    const password = "s3cr3t-t0ken/with@odd:chars";
    const creds = { POETRY_HTTP_BASIC_MY_CORP_INDEX_USERNAME: "deploy-user", POETRY_HTTP_BASIC_MY_CORP_INDEX_PASSWORD: password };
    const withCreds = await planFor(app(pyproject, lock), creds);
    const without = await planFor(app(pyproject, lock));
    expect(withCreds.error).toBeUndefined();
    expect(withCreds.log).toMatch(
      /Using POETRY_HTTP_BASIC_MY_CORP_INDEX_USERNAME and POETRY_HTTP_BASIC_MY_CORP_INDEX_PASSWORD for the source 'my-corp\.index' \(https:\/\/pkgs\.example\.com\/simple\/\)/,
    );
    expect(withCreds.log).not.toContain(password);
    expect(withCreds.plan!.secrets).toContain(password);
    expect(withCreds.plan!.secrets).toContain(encodeURIComponent(password));
    expect(withCreds.plan!.fingerprint).toBe(without.plan!.fingerprint);
    expect(JSON.stringify(withCreds.plan!.snapshot)).not.toContain("s3cr3t");
  });
});

describe("a lock whose marker is not PEP 508", () => {
  it("is the app's error naming poetry.lock and the marker, not a crash", async () => {
    const broken = PACKAGES.map((p) => (p.name === "delta" ? { ...p, markers: "python_version >>= '3.8'" } : p));
    const { error } = await planFor(app(PYPROJECT, poetryLockText(PYPROJECT, broken, "2.1", "^3.10")));
    expect(error?.file).toBe("poetry.lock");
    expect(error?.message).toMatch(/^poetry\.lock has an environment marker that is not valid PEP 508: 'python_version >>= '3\.8'': /);
    expect(error?.message).toMatch(/Re-create the lock with `poetry lock`/);
  });
});
