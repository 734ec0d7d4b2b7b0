/** Unit tests for src/pip: parsing, includes, fingerprint stability, change descriptions, errors, redaction. */
import { mkdtemp, mkdir, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { BuildError } from "../../../../src/support/errors.js";
import { joinContinuations, logicalLines } from "../../../../src/dependencies/pip/lines.js";
import { parseOptionWords } from "../../../../src/dependencies/pip/options.js";
import {
  describeChanges,
  readRequirements,
  redactText,
  redactUrl,
  snapshotOf,
  type RequirementSet,
} from "../../../../src/dependencies/pip/requirements-file.js";
import { shellSplit } from "../../../../src/dependencies/pip/shlex.js";

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../fixtures/requirements");
const temps: string[] = [];

/** Create a temporary app with the given files (path → content). */
async function makeApp(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "pyslug-req-"));
  temps.push(dir);
  const app = path.join(dir, "app");
  await mkdir(app);
  await writeApp(app, files);
  return app;
}

async function writeApp(app: string, files: Record<string, string>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(app, rel)), { recursive: true });
    await writeFile(path.join(app, rel), content);
  }
}

/** Read and expect a BuildError; returns it. */
async function buildError(app: string, file = "requirements.txt", env: Record<string, string> = {}): Promise<BuildError> {
  const error = await readRequirements(app, file, { env }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BuildError);
  return error as BuildError;
}

const read = (app: string, file = "requirements.txt"): Promise<RequirementSet> => readRequirements(app, file, { env: {} });

afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe("line preprocessing", () => {
  it("joins continuations, keeps the first line number, and ends them at whole-line comments", () => {
    expect(joinContinuations(["a \\", "b", "c"])).toEqual([
      { line: 1, text: "a b" },
      { line: 3, text: "c" },
    ]);
    expect(logicalLines("x==1 \\\n# note \\\ny==2\n")).toEqual([
      { line: 1, text: "x==1" },
      { line: 3, text: "y==2" },
    ]);
  });

  it("strips comments only at line start or after whitespace", () => {
    expect(logicalLines("a # c\nb#c\n  # only\nhttps://h/x.tar.gz#egg=x\r\n\n\t\n").map((l) => l.text)).toEqual([
      "a",
      "b#c",
      "https://h/x.tar.gz#egg=x",
    ]);
  });

  it("splits option words like a POSIX shell and parses optparse forms", () => {
    expect(shellSplit(`-C "a=b c" --x='y z' e\\ f`)).toEqual(["-C", "a=b c", "--x=y z", "e f"]);
    expect(() => shellSplit(`"open`)).toThrow();
    const parsed = parseOptionWords(["-rreq.txt", "--extra-index", "u", "--hash=sha256:ab", "stray"]);
    expect(parsed.options.map((o) => [o.key, o.value])).toEqual([
      ["requirement", "req.txt"],
      ["extra-index-url", "u"],
      ["hash", "sha256:ab"],
    ]);
    expect(parsed.positional).toEqual(["stray"]);
  });
});

describe("readRequirements on fixtures", () => {
  it("expands -r and -c chains relative to the including file, in pip's order", async () => {
    const set = await read(path.join(FIXTURES, "includes"));
    expect(set.files.map((f) => [f.path, f.role])).toEqual([
      ["requirements.txt", "requirements"],
      ["requirements/base.txt", "requirements"],
      ["requirements/sub/extra.txt", "requirements"],
      ["common.txt", "requirements"],
      ["constraints/pins.txt", "constraints"],
    ]);
    expect(set.files[2]?.includedFrom).toEqual({ file: "requirements/base.txt", line: 2 });
    expect(set.requirements.map((r) => `${r.source.file}:${r.source.line} ${r.text}`)).toEqual([
      "requirements/base.txt:1 requests>=2",
      "requirements/sub/extra.txt:1 rich",
      "common.txt:1 click",
      "requirements/sub/extra.txt:1 rich",
      "requirements.txt:3 flask>=2",
    ]);
    expect(set.constraints.map((c) => c.text)).toEqual(["requests==2.31.0", "click==8.1.7"]);
    expect(set.canonical.split("\n")).toContain("  -r requirements/sub/extra.txt");
  });

  it("classifies editables and local paths with app-relative paths", async () => {
    const set = await read(path.join(FIXTURES, "editables"));
    const summary = set.requirements.map((r) => [r.kind, r.editable, r.path ?? r.name, r.extras.join(",")]);
    expect(summary).toEqual([
      ["local-path", true, ".", ""],
      ["local-path", true, "pkg", ""],
      ["local-path", true, ".", "dev,test"],
      ["local-path", true, "libs/other", ""],
      ["local-path", true, "pkg", "extra"],
      ["vcs", true, "proj", ""],
      ["vcs", true, "proj2", ""],
      ["vcs", true, "hgproj", ""],
      ["local-path", false, "pkg", ""],
      ["local-path", false, "libs/other", ""],
    ]);
  });

  it("reads hashes from continuation lines, markers, VCS, URLs and global options", async () => {
    const hashes = await read(path.join(FIXTURES, "hashes"));
    expect(hashes.options.requireHashes).toBe(true);
    expect(hashes.requirements[0]?.hashes).toHaveLength(2);
    expect(hashes.requirements[2]?.hashes).toEqual(["sha512:abcdef0123"]);

    const markers = await read(path.join(FIXTURES, "markers"));
    expect(markers.requirements[3]).toMatchObject({ name: "requests", extras: ["socks", "security"], marker: 'python_version >= "3.8"' });

    const vcs = await read(path.join(FIXTURES, "vcs"));
    expect(vcs.requirements.map((r) => [r.kind, r.name])).toContainEqual(["vcs", "beta2"]);
    expect(vcs.requirements[1]?.name).toBeUndefined();

    const options = await read(path.join(FIXTURES, "options"));
    expect(options.options).toMatchObject({
      indexUrl: "https://pypi.example.com/simple",
      pre: true,
      preferBinary: true,
      features: ["truststore"],
    });
    expect(options.requirements[0]?.options).toEqual([
      { key: "global-option", value: "--no-user-cfg" },
      { key: "config-settings", value: "editable_mode=compat" },
    ]);
  });

  it("keeps ${VAR} references opaque, lists them, and never returns credentials", async () => {
    const set = await read(path.join(FIXTURES, "envvars"));
    expect(set.envVars).toEqual(["PYSLUG_TEST_TOKEN", "PYSLUG_TEST_USER", "PYSLUG_TEST_VERSION"]);
    expect(set.requirements[3]?.text).toBe("mylib==${PYSLUG_TEST_VERSION}");
    expect(JSON.stringify(set)).not.toContain("PYSLUG_TEST_TOKEN}@");
  });

  it("accepts name @ file: URLs inside the app", async () => {
    const app = await makeApp({ "dist/x-1.0-py3-none-any.whl": "", "requirements.txt": "" });
    const url = pathToFileURL(path.join(app, "dist/x-1.0-py3-none-any.whl")).href;
    await writeFile(path.join(app, "requirements.txt"), `x @ ${url}\n`);
    const set = await read(app);
    expect(set.requirements[0]).toMatchObject({ kind: "local-path", name: "x", path: "dist/x-1.0-py3-none-any.whl" });
  });
});

describe("fingerprint and describeChanges", () => {
  const base = {
    "requirements.txt": "-r requirements/base.txt\n-c constraints.txt\nflask==3.0.0\n",
    "requirements/base.txt": "requests==2.31.0 \\\n    --hash=sha256:aaaa\n-r dev.txt\n",
    "requirements/dev.txt": "pytest==8.0.0\n",
    "constraints.txt": "urllib3<3\n",
  };

  it("ignores comments, blank lines, trailing whitespace and continuation layout", async () => {
    const app = await makeApp(base);
    const before = await read(app);
    await writeApp(app, {
      "requirements.txt": "# top\n-r requirements/base.txt   \n\n-c constraints.txt # pins\nflask==3.0.0\n",
      "requirements/base.txt": "# deps\nrequests==2.31.0 --hash=sha256:aaaa\n\n   -r dev.txt\n",
      "requirements/dev.txt": "pytest==8.0.0    # testing\n",
    });
    const after = await read(app);
    expect(after.fingerprint).toBe(before.fingerprint);
    expect(after.files.map((f) => f.sha256)).toEqual(before.files.map((f) => f.sha256));
    expect(describeChanges(before, after)).toEqual([]);
  });

  it("changes when an included file changes, and names that file", async () => {
    const app = await makeApp(base);
    const before = snapshotOf(await read(app));
    await writeApp(app, { "requirements/dev.txt": "pytest==8.1.0\n" });
    const after = await read(app);
    expect(after.fingerprint).not.toBe(before.fingerprint);
    expect(describeChanges(before, after)).toEqual(["requirements/dev.txt changed"]);
  });

  it("names an include that was removed and one that was added", async () => {
    const app = await makeApp(base);
    const before = snapshotOf(await read(app));
    await writeApp(app, { "requirements/base.txt": "requests==2.31.0 --hash=sha256:aaaa\n" });
    const removed = await read(app);
    expect(describeChanges(before, removed)).toEqual(["requirements/base.txt changed", "requirements/dev.txt no longer included"]);

    const noConstraints = await makeApp({ ...base, "requirements.txt": "-r requirements/base.txt\nflask==3.0.0\n" });
    const prev = await read(noConstraints);
    await writeApp(noConstraints, { "requirements.txt": "-r requirements/base.txt\n-c constraints.txt\nflask==3.0.0\n" });
    expect(describeChanges(prev, await read(noConstraints))).toEqual(["requirements.txt changed", "constraints.txt added"]);
  });

  it("snapshots survive a JSON round trip and report a missing previous record", async () => {
    const set = await read(await makeApp(base));
    const stored = JSON.parse(JSON.stringify(snapshotOf(set))) as ReturnType<typeof snapshotOf>;
    expect(describeChanges(stored, set)).toEqual([]);
    expect(describeChanges(undefined, set)).toHaveLength(1);
  });
});

describe("errors are BuildErrors naming file and line", () => {
  it("malformed requirement line", async () => {
    const app = await makeApp({ "requirements.txt": "ok==1\n", "requirements/base.txt": "\nflask==2.0 extra-junk\n" });
    await writeApp(app, { "requirements.txt": "-r requirements/base.txt\n" });
    const error = await buildError(app);
    expect(error).toMatchObject({ file: "requirements/base.txt", line: 2 });
    expect(error.message).toContain("requirements/base.txt, line 2");
    expect(error.message).toContain("flask==2.0 extra-junk");
    expect(error.message).toContain("Valid forms are");
  });

  it("malformed markers and specifiers", async () => {
    const marker = await buildError(await makeApp({ "requirements.txt": 'a; python_version <<< "3"\n' }));
    expect(marker.line).toBe(1);
    const spec = await buildError(await makeApp({ "requirements.txt": "\n\na=1\n" }));
    expect(spec).toMatchObject({ file: "requirements.txt", line: 3 });
  });

  it("a file that includes itself, directly or through a cycle", async () => {
    const direct = await buildError(await makeApp({ "requirements.txt": "-r requirements.txt\n" }));
    expect(direct.message).toContain("requirements.txt → requirements.txt");
    const cycle = await buildError(
      await makeApp({ "requirements.txt": "-r reqs/a.txt\n", "reqs/a.txt": "x\n-r b.txt\n", "reqs/b.txt": "-c ../requirements.txt\n" }),
    );
    expect(cycle).toMatchObject({ file: "reqs/b.txt", line: 1 });
    expect(cycle.message).toContain("requirements.txt → reqs/a.txt → reqs/b.txt → requirements.txt");
  });

  it("an include outside the app, by relative or absolute path", async () => {
    const app = await makeApp({ "requirements.txt": "-r ../outside.txt\n" });
    await writeFile(path.join(app, "..", "outside.txt"), "x\n");
    const relative = await buildError(app);
    expect(relative).toMatchObject({ file: "requirements.txt", line: 1 });
    expect(relative.message).toContain("must live inside the app");
    await writeFile(path.join(app, "requirements.txt"), `-r ${path.join(app, "..", "outside.txt")}\n`);
    expect((await buildError(app)).message).toContain("outside the app");
    await symlink(path.join(app, "..", "outside.txt"), path.join(app, "link.txt"));
    await writeFile(path.join(app, "requirements.txt"), "-r link.txt\n");
    expect((await buildError(app)).message).toContain("outside the app");
  });

  it("a missing included file, and a missing top-level file", async () => {
    const app = await makeApp({ "requirements.txt": "a\n-r req/missing.txt\n" });
    const missing = await buildError(app);
    expect(missing).toMatchObject({ file: "requirements.txt", line: 2 });
    expect(missing.message).toContain("req/missing.txt");
    const top = await buildError(app, "nope.txt");
    expect(top.file).toBe("nope.txt");
  });

  it("a remote include is rejected with advice to vendor it", async () => {
    const error = await buildError(await makeApp({ "requirements.txt": "-r https://user:s3cret@example.com/req.txt\n" }));
    expect(error.message).toContain("not supported");
    expect(error.message).not.toContain("s3cret");
  });

  it("unknown and ambiguous options, bad option values", async () => {
    const unknown = await buildError(await makeApp({ "requirements.txt": "a\n--upgrade\n" }));
    expect(unknown).toMatchObject({ line: 2 });
    expect(unknown.message).toContain("unknown option --upgrade");
    expect(unknown.message).toContain("--index-url");
    expect((await buildError(await makeApp({ "requirements.txt": "--re x\n" }))).message).toContain("ambiguous");
    expect((await buildError(await makeApp({ "requirements.txt": "a --hash=md5:00\n" }))).message).toContain("sha256");
    expect((await buildError(await makeApp({ "requirements.txt": "a -C nokeyvalue\n" }))).message).toContain("KEY=VALUE");
  });

  it("an editable that is neither a local project nor a VCS URL", async () => {
    const named = await buildError(await makeApp({ "requirements.txt": "-e requests\n" }));
    expect(named.message).toContain("not a valid editable");
    const archive = await buildError(await makeApp({ "requirements.txt": "\n-e https://host/x-1.0.tar.gz\n" }));
    expect(archive.line).toBe(2);
    const noEgg = await buildError(await makeApp({ "requirements.txt": "-e git+https://host/repo.git\n" }));
    expect(noEgg.message).toContain("#egg=");
  });

  it("a local path that does not exist or is outside the app", async () => {
    const missing = await buildError(await makeApp({ "requirements.txt": "a\n-e ./missing-pkg\n" }));
    expect(missing).toMatchObject({ file: "requirements.txt", line: 2 });
    expect(missing.message).toContain("does not exist");
    const wheel = await buildError(await makeApp({ "requirements.txt": "./dist/gone-1.0-py3-none-any.whl\n" }));
    expect(wheel.message).toContain("does not exist");
    const outside = await makeApp({ "requirements.txt": "../sibling\n" });
    await mkdir(path.join(outside, "..", "sibling"));
    await writeFile(path.join(outside, "..", "sibling", "setup.py"), "");
    expect((await buildError(outside)).message).toContain("outside the app");
    const notProject = await buildError(await makeApp({ "requirements.txt": "./empty/\n", "empty/readme": "" }));
    expect(notProject.message).toContain("pyproject.toml");
  });

  it("editables and unnamed entries in constraints files", async () => {
    const error = await buildError(await makeApp({ "requirements.txt": "-c c.txt\n", "c.txt": "-e ./p\n", "p/setup.py": "" }));
    expect(error).toMatchObject({ file: "c.txt", line: 1 });
  });
});

describe("redaction", () => {
  it("redactUrl replaces userinfo with ***", () => {
    expect(redactUrl("https://user:token@pypi.example.com/simple")).toBe("https://***@pypi.example.com/simple");
    expect(redactUrl("https://token@host/x")).toBe("https://***@host/x");
    expect(redactUrl("https://host/x@y")).toBe("https://host/x@y");
    expect(redactText("see git+https://a:b@c.example/r.git and https://d:e@f/")).toBe(
      "see git+https://***@c.example/r.git and https://***@f/",
    );
  });

  it("credentials never reach the fingerprint, entries, options or error messages", async () => {
    const secret = "ghp_SuperSecret123";
    const app = await makeApp({
      "requirements.txt": `--index-url https://me:${secret}@pypi.example.com/simple\npriv @ git+https://${secret}@github.com/o/priv.git\n`,
    });
    const set = await read(app);
    expect(JSON.stringify(set)).not.toContain(secret);
    expect(set.options.indexUrl).toBe("https://***@pypi.example.com/simple");
    // Rotating a token does not discard the cache.
    await writeFile(
      path.join(app, "requirements.txt"),
      `--index-url https://me:other@pypi.example.com/simple\npriv @ git+https://other@github.com/o/priv.git\n`,
    );
    expect((await read(app)).fingerprint).toBe(set.fingerprint);

    await writeFile(path.join(app, "requirements.txt"), `priv @ https://me:${secret}@host/p.tar.gz junk\n`);
    const error = await buildError(app);
    expect(error.message).not.toContain(secret);
    expect(error.message).toContain("https://***@host/p.tar.gz");
  });
});

describe("warnings for lines pip silently ignores", () => {
  it("reports a stray --hash line and extra -r on one line", async () => {
    const app = await makeApp({ "requirements.txt": "a==1\n--hash=sha256:abc\n-r b.txt -r c.txt\n", "b.txt": "b\n", "c.txt": "c\n" });
    const set = await read(app);
    expect(set.warnings.map((w) => w.source.line)).toEqual([2, 3]);
    expect(set.files.map((f) => f.path)).toEqual(["requirements.txt", "b.txt"]);
  });
});
