// Bad input through the local Heroku, one test per case: exit 1, one `Error:` block naming the file
// (and line) and the fix, no stack trace, nothing downloaded (every case fails before the Python
// runtime is fetched, which keeps them cheap), and nothing left that a later build trusts: each
// app's next, good deploy (CRLF and byte-order marks in every file pyslug reads) works.
import { createHash } from "node:crypto";
import { mkdtemp, mkdir, readFile, symlink, writeFile, chmod } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pipfileHash } from "../../src/dependencies/pipenv/pipfile-hash.js";
import { startArtifactServer, type App, type ArtifactServer, type DeployResult } from "../heroku/index.js";
import { AppPool, expectSuccess, repoRoot } from "./helpers.js";

const PYTHON = "3.12";
const MB = 1024 * 1024;
/** Deploys run in this many apps at once, each with its own cache. */
const LANES = 2;

let server: ArtifactServer;
const pool = new AppPool(() => server);
const lanes: App[] = [];
const idle: App[] = [];
const waiting: ((app: App) => void)[] = [];

async function withLane<T>(run: (app: App) => Promise<T>): Promise<T> {
  const app = idle.pop() ?? (await new Promise<App>((resolve) => waiting.push(resolve)));
  try {
    return await run(app);
  } finally {
    const next = waiting.shift();
    if (next) next(app);
    else idle.push(app);
  }
}

type Content = string | Buffer | { symlink: string } | { mode: number; text: string } | { dir: true };

/** An app source: relative path → content; `null` leaves out a file of the base. */
async function source(files: Record<string, Content | null>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "pyslug-bad-"));
  for (const [rel, content] of Object.entries(files)) {
    if (content === null) continue;
    const file = path.join(dir, rel);
    await mkdir(path.dirname(file), { recursive: true });
    if (typeof content === "string" || Buffer.isBuffer(content)) {
      await writeFile(file, content);
      if (rel.startsWith("bin/")) await chmod(file, 0o755);
    } else if ("symlink" in content) await symlink(content.symlink, file);
    else if ("dir" in content) await mkdir(file, { recursive: true });
    else {
      await writeFile(file, content.text);
      await chmod(file, content.mode);
    }
  }
  return dir;
}

/** The same text with a UTF-8 byte-order mark and CRLF line endings, as a Windows editor saves it. */
const windows = (text: string) => `\uFEFF${text.replace(/\n/g, "\r\n")}`;

const PIPFILE = `[[source]]\nurl = "https://pypi.org/simple"\nverify_ssl = true\nname = "pypi"\n\n[packages]\nsix = "*"\n\n[requires]\npython_version = "${PYTHON}"\n`;
let sixSha256 = "";
function lockFor(pipfile: string, hashes = [`sha256:${sixSha256}`], requires: Record<string, string> = { python_version: PYTHON }): string {
  const lock = {
    _meta: {
      hash: { sha256: pipfileHash(pipfile) },
      pipfile_spec: 6,
      requires,
      sources: [{ name: "pypi", url: "https://pypi.org/simple", verify_ssl: true }],
    },
    default: { six: { hashes, index: "pypi", version: "==1.17.0" } },
    develop: {},
  };
  return `${JSON.stringify(lock, null, 4)}\n`;
}
const pipenvApp = (lock: string | Buffer, pipfile: string = PIPFILE) => ({
  "requirements.txt": null,
  Pipfile: pipfile,
  "Pipfile.lock": lock,
});

interface Case {
  name: string;
  files: Record<string, Content | null> | (() => Record<string, Content | null>);
  /** The file the error must name, with its line when there is one. */
  where: RegExp;
  /** What the error must say (the problem, and the fix). */
  says: RegExp[];
  config?: Record<string, string>;
  unset?: string[];
  buildEnv?: Record<string, string>;
}

const NOT_A_PROJECT = { "notproject/README.md": "not a Python project\n" };
const HOOK_OK = "#!/usr/bin/env bash\necho hook ran\n";

const cases: Case[] = [
  // nltk.txt (read with the other app files, though NLTK's data comes after the dependencies)
  {
    name: "a line of nltk.txt that isn't an NLTK data id",
    files: { "nltk.txt": windows("# corpora\npunkt_tab\nimport nltk; nltk.download('stopwords')\n") },
    where: /nltk\.txt, line 3/,
    says: [
      /'nltk;' isn't an NLTK data id \(the line: import nltk; nltk\.download\('stopwords'\)\)\./,
      /separated by spaces or one per line/,
    ],
  },
  // requirements.txt and its includes
  {
    name: "NUL bytes in requirements.txt",
    files: { "requirements.txt": Buffer.from("six\nfla\u0000sk\n") },
    where: /requirements\.txt, line 2/,
    says: [/NUL byte/, /save it as plain UTF-8/],
  },
  {
    name: "binary garbage (not UTF-8) in requirements.txt",
    files: { "requirements.txt": Buffer.from([0x73, 0x69, 0x78, 0x0a, 0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe, 0xfd, 0x0a]) },
    where: /requirements\.txt, line 2/,
    says: [/isn't valid UTF-8/, /Save it as UTF-8/],
  },
  {
    name: "requirements.txt saved as UTF-16 (with a byte-order mark)",
    files: { "requirements.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("six\r\n", "utf16le")]) },
    where: /requirements\.txt/,
    says: [/is UTF-16 text/, /Save it as UTF-8/],
  },
  {
    name: "requirements.txt saved as UTF-16 without a byte-order mark",
    files: { "requirements.txt": Buffer.from("six\ntoml\n", "utf16le") },
    where: /requirements\.txt/,
    says: [/is UTF-16 text/, /Save it as UTF-8/],
  },
  {
    name: "a 10 MB requirements.txt",
    files: () => ({ "requirements.txt": "six\n".repeat((10 * MB) / 4) }),
    where: /requirements\.txt/,
    says: [/is 10 MB, more than the 4 MB pyslug reads/, /check that the file committed is the one you meant/],
  },
  {
    name: "a 3 MB line in requirements.txt (quoted in part)",
    files: () => ({ "requirements.txt": `six\n${"a".repeat(3 * MB)}!\n` }),
    where: /requirements\.txt, line 2/,
    says: [/invalid requirement 'a{50,}…\(\d+ more characters\)…/, /Valid forms are/],
  },
  {
    name: "10 MB read through includes (one file included again and again)",
    files: () => ({ "requirements.txt": "-r big.txt\n".repeat(50), "big.txt": `${"# padding\n".repeat(10_000)}six\n` }),
    where: /big\.txt/,
    says: [/requirements\.txt with the files it includes is 4\.\d MB, more than the 4 MB/],
  },
  {
    name: "an include cycle (a.txt ↔ b.txt)",
    files: { "requirements.txt": "-r a.txt\n", "a.txt": "six\n-r b.txt\n", "b.txt": "-r a.txt\n" },
    where: /b\.txt, line 1/,
    says: [/a\.txt includes itself \(a\.txt → b\.txt → a\.txt\)/, /Remove the -r\/-c line that closes the loop/],
  },
  {
    name: "an include by absolute path",
    files: { "requirements.txt": "six\n-r /etc/os-release\n" },
    where: /requirements\.txt, line 2/,
    says: [/\/etc\/os-release is outside the app/],
  },
  {
    name: "requirements.txt is a symlink out of the app",
    files: { "requirements.txt": { symlink: "/etc/os-release" } },
    where: /requirements\.txt/,
    says: [/is a symbolic link to \S+, outside the app/, /replace the link with a copy of the file/],
  },
  {
    name: "an included file is a symlink out of the app",
    files: { "requirements.txt": "six\n-r base.txt\n", "base.txt": { symlink: "/etc/os-release" } },
    where: /requirements\.txt, line 2/,
    says: [/base\.txt links to a file outside the app/],
  },
  {
    name: "an included file that doesn't exist",
    files: { "requirements.txt": "six\n-r requirements/prod.txt\n" },
    where: /requirements\.txt, line 2/,
    says: [/the included file requirements\/prod\.txt \(requirements\/prod\.txt\) does not exist/, /relative to the including file/],
  },
  {
    name: "a remote include",
    files: { "requirements.txt": "six\n-r https://example.com/requirements.txt\n" },
    where: /requirements\.txt, line 2/,
    says: [/including the remote file https:\/\/example\.com\/requirements\.txt is not supported/, /download the file into the app/],
  },
  {
    name: "an include path with an unset ${VAR}",
    files: { "requirements.txt": "six\n-r ${PYSLUG_NOT_SET}/base.txt\n" },
    where: /requirements\.txt, line 2/,
    says: [/uses \$\{PYSLUG_NOT_SET\}, which is not set/, /Set the config var/],
  },
  {
    name: "an unknown option",
    files: { "requirements.txt": "six\n--frobnicate\n" },
    where: /requirements\.txt, line 2/,
    says: [/unknown option --frobnicate/, /Options allowed in requirements files are/],
  },
  {
    name: "an md5 --hash in requirements.txt",
    files: { "requirements.txt": "six==1.17.0 --hash=md5:0123456789abcdef0123456789abcdef\n" },
    where: /requirements\.txt, line 1/,
    says: [/unsupported hash algorithm 'md5'/, /Allowed algorithms are sha256, sha384, sha512/],
  },
  {
    name: "an invalid environment marker",
    files: { "requirements.txt": 'six; python_versio < "3.13"\n' },
    where: /requirements\.txt, line 1/,
    says: [/'python_versio' is not a marker variable/, /Valid forms are/],
  },
  {
    name: "-e of a directory that isn't a Python project",
    files: { "requirements.txt": "six\n-e ./notproject\n", ...NOT_A_PROJECT },
    where: /requirements\.txt, line 2/,
    says: [/the editable \.\/notproject is not a Python project directory/, /Point -e at the project's root directory/],
  },
  {
    name: "a local path that doesn't exist",
    files: { "requirements.txt": "six\n./packages/missing\n" },
    where: /requirements\.txt, line 2/,
    says: [/the local path \.\/packages\/missing does not exist/, /relative to the app root/],
  },
  // Pipfile and Pipfile.lock
  {
    name: "a truncated Pipfile.lock",
    files: () => pipenvApp(lockFor(PIPFILE).slice(0, 200)),
    where: /Pipfile\.lock/,
    says: [/is not valid JSON at line \d+, column \d+/, /Regenerate it with 'pipenv lock'/],
  },
  {
    name: "a Pipfile.lock with a duplicate key",
    files: () => pipenvApp(lockFor(PIPFILE).replace('"six": {', '"six": {"version": "==1.16.0"},\n        "six": {')),
    where: /Pipfile\.lock, line 20/,
    says: [/the key "six" appears twice in "default" \(lines 19 and 20\)/, /Regenerate it with 'pipenv lock'/],
  },
  {
    name: "a Pipfile.lock with only md5 hashes",
    files: () => pipenvApp(lockFor(PIPFILE, [`md5:${"0".repeat(32)}`])),
    where: /Pipfile\.lock, line 19/,
    says: [/"six" in "default" has md5 hashes, which pip refuses/, /Regenerate it with 'pipenv lock'/],
  },
  {
    name: "a Pipfile.lock whose default section is a list",
    files: () => pipenvApp('{"_meta": {}, "default": [], "develop": {}}\n'),
    where: /Pipfile\.lock/,
    says: [/"default" must be a JSON object, not an array/],
  },
  {
    name: "a Pipfile.lock saved as UTF-16",
    files: () => pipenvApp(Buffer.from(lockFor(PIPFILE), "utf16le")),
    where: /Pipfile\.lock/,
    says: [/is UTF-16 text/],
  },
  {
    name: "a Pipfile.lock asking for a garbage Python version",
    files: () => ({ ...pipenvApp(lockFor(PIPFILE, undefined, { python_full_version: "3.x" })), ".python-version": null }),
    where: /Pipfile\.lock/,
    says: [/asks for Python "3\.x", which isn't a valid version/, /Write the version as 3\.X or 3\.X\.Y/],
  },
  {
    name: "a Pipfile that isn't TOML",
    files: () => pipenvApp(lockFor(PIPFILE), `${PIPFILE}\n[packages\n`),
    where: /Pipfile/,
    says: [/Pipfile is not valid TOML: .*\(line 12, column \d+\)/, /run 'pipenv lock'/],
  },
  {
    name: "a 1 MB Pipfile",
    files: () => pipenvApp(lockFor(PIPFILE), `${PIPFILE}${"# padding\n".repeat(MB / 10)}`),
    where: /Pipfile/,
    says: [/Pipfile is 1\.0 MB, more than the 512 KB pyslug reads/],
  },
  {
    name: "a Pipfile.lock without a Pipfile",
    files: () => ({ "requirements.txt": null, "Pipfile.lock": lockFor(PIPFILE) }),
    where: /Pipfile/,
    says: [/a Pipfile\.lock but no Pipfile/, /Commit the Pipfile/],
  },
  // version files
  {
    name: "three versions in .python-version",
    files: { ".python-version": "3.12\n3.13\n3.11\n" },
    where: /\.python-version/,
    says: [/names more than one Python version \(lines 1, 2, 3\)/, /keep a single line/],
  },
  {
    name: "garbage in .python-version",
    files: { ".python-version": "latest\n" },
    where: /\.python-version, line 1/,
    says: [/"latest" isn't a valid Python version/, /Write the version as 3\.X or 3\.X\.Y/],
  },
  {
    name: "an empty .python-version",
    files: { ".python-version": "# nothing yet\n\n" },
    where: /\.python-version/,
    says: [/has no Python version in it/, /for example: 3\.13/],
  },
  {
    name: "an end-of-life Python in .python-version",
    files: { ".python-version": "2.7\n" },
    where: /\.python-version/,
    says: [/asks for Python 2\.7, which has reached end of life/, /Upgrade the app/],
  },
  {
    name: "a NUL byte in .python-version",
    files: { ".python-version": Buffer.from("3.12\n\u0000\n") },
    where: /\.python-version, line 2/,
    says: [/NUL byte/],
  },
  {
    name: "garbage in runtime.txt",
    files: { "runtime.txt": "python3.12 please\n" },
    where: /runtime\.txt, line 1/,
    says: [/"python3\.12 please" isn't a valid runtime\.txt/, /It must contain one line like python-3\.13/],
  },
  {
    name: "an unknown version in runtime.txt",
    files: { "runtime.txt": "python-3.99\n" },
    where: /runtime\.txt/,
    says: [/asks for Python 3\.99, which pyslug doesn't know/, /update pyslug; otherwise check for a typo/],
  },
  {
    name: "a misspelled version file: .python_version",
    files: { ".python-version": null, ".python_version": "3.12\n" },
    where: /\.python_version/,
    says: [/did you mean \.python-version\?/, /git mv \.python_version \.python-version/],
  },
  {
    name: "a misspelled version file: python-version",
    files: { ".python-version": null, "python-version": "3.12\n" },
    where: /python-version/,
    says: [/did you mean \.python-version\?/, /git mv python-version \.python-version/],
  },
  // the platform and settings
  {
    name: "an unknown STACK",
    files: {},
    buildEnv: { STACK: "heroku-99" },
    unset: ["PYSLUG_PYTHON_URL"],
    where: /./,
    says: [/no Python builds for the 'heroku-99' stack/, /Supported stacks: heroku-22, heroku-24, heroku-26/],
  },
  {
    name: "an end-of-life STACK",
    files: {},
    buildEnv: { STACK: "heroku-20" },
    where: /./,
    says: [/The heroku-20 stack has reached end of life/, /heroku stack:set heroku-24/],
  },
  {
    name: "PYSLUG_PYTHON_URL without {version}",
    files: {},
    config: { PYSLUG_PYTHON_URL: "http://127.0.0.1:9/python-3.12.1-ubuntu-{ubuntu}-{arch}.tar.zst" },
    where: /PYSLUG_PYTHON_URL/,
    says: [/has no \{version\} placeholder/, /Put \{version\} where the version goes/],
  },
  {
    name: "PYSLUG_NODE_URL without PYSLUG_NODE_SHA256",
    files: {},
    unset: ["PYSLUG_NODE_SHA256"],
    where: /PYSLUG_NODE_URL/,
    says: [/PYSLUG_NODE_URL and PYSLUG_NODE_SHA256 must be set together/, /Set both/],
  },
  {
    name: "a PYSLUG_NODE_SHA256 that isn't a digest",
    files: {},
    config: { PYSLUG_NODE_SHA256: "sha256-of-node" },
    where: /PYSLUG_NODE_SHA256/,
    says: [/is not a SHA-256 digest/, /sha256sum prints it/],
  },
  {
    name: "PIP_TARGET in the build environment",
    files: {},
    buildEnv: { PIP_TARGET: "/tmp/elsewhere" },
    where: /PIP_TARGET/,
    says: [/outside \.heroku\/python/, /Unset it/],
  },
  // hooks
  {
    name: "bin/pre_compile exits 1",
    files: { "bin/pre_compile": "#!/usr/bin/env bash\necho 'migrations are not ready' >&2\nexit 1\n" },
    where: /bin\/pre_compile/,
    says: [/bin\/pre_compile failed with exit status 1/, /Fix the hook \(its output is above\)/],
  },
  {
    name: "bin/pre_compile with CRLF line endings",
    files: { "bin/pre_compile": HOOK_OK.replace(/\n/g, "\r\n") },
    where: /bin\/pre_compile/,
    says: [/has Windows line endings \(CRLF\)/, /Convert it to LF line endings/],
  },
  {
    name: "bin/pre_compile is a directory",
    files: { "bin/pre_compile/README": "oops\n" },
    where: /bin\/pre_compile/,
    says: [/is not a file/, /Make bin\/pre_compile an executable script, or remove it/],
  },
  // the app's source
  {
    name: "a committed virtualenv in .venv/",
    files: { ".venv/pyvenv.cfg": "home = /usr/bin\nversion = 3.12.1\n", ".venv/bin/python": { symlink: "/usr/bin/python3" } },
    where: /\.venv\//,
    says: [/contains a virtualenv, \.venv\//, /git rm -r --cached \.venv/],
  },
  {
    name: "a committed virtualenv in venv/",
    files: { "venv/pyvenv.cfg": "home = C:\\Python312\nversion = 3.12.1\n", "venv/Scripts/python.exe": "MZ" },
    where: /venv\//,
    says: [/contains a virtualenv, venv\//, /echo 'venv\/' >> \.gitignore/],
  },
];

/** The single error block of a failed deploy, checked for what every pyslug error must (and must not) be. */
function errorBlock(result: DeployResult): string {
  const { output } = result;
  expect(result.exitCode, output.slice(-3000)).toBe(1);
  expect(output.match(/ ! {5}Error: /g) ?? [], output.slice(-3000)).toHaveLength(1);
  expect(output).not.toMatch(/bug in pyslug|Traceback \(most recent call last\)|node:internal|\bERR_[A-Z]|\n\s+at .*:\d+:\d+\)?\n/);
  // Everything was refused before the Python runtime was fetched: the deploy cost seconds, not a download.
  expect(output).not.toMatch(/-----> Installing Python/);
  expect(output.length).toBeLessThan(64 * 1024);
  return output.slice(output.indexOf(" !     Error: ")).split(" !     Push rejected")[0]!;
}

beforeAll(async () => {
  server = await startArtifactServer({ pythonVersions: [PYTHON] });
  await server.ensureDownloaded(["six"], PYTHON);
  sixSha256 = createHash("sha256")
    .update(await readFile(path.join(repoRoot, ".cache", "wheels", "six-1.17.0-py2.py3-none-any.whl")))
    .digest("hex");
  for (let i = 0; i < LANES; i++) lanes.push(await pool.create(`bad-inputs-${i}`));
  idle.push(...lanes);
});

afterAll(async () => {
  await pool.dispose();
  await server?.close();
});

describe.concurrent(`bad input (${cases.length} cases): exit 1, one error naming the file and the fix`, () => {
  for (const c of cases) {
    it(c.name, { timeout: 900_000 }, async () => {
      const files = typeof c.files === "function" ? c.files() : c.files;
      const src = await source({ ".python-version": `${PYTHON}\n`, "requirements.txt": "six\n", ...files });
      const result = await withLane(async (app) => {
        const saved = { ...app.config };
        if (c.config) app.setConfig(c.config);
        if (c.unset) app.unsetConfig(...c.unset);
        try {
          return await app.deploy({ source: src, ...(c.buildEnv ? { buildEnv: c.buildEnv } : {}) });
        } finally {
          app.unsetConfig(...Object.keys(app.config));
          app.setConfig(saved);
        }
      });
      const block = errorBlock(result);
      expect(block, result.output.slice(-3000)).toMatch(c.where);
      for (const says of c.says) expect(block, result.output.slice(-3000)).toMatch(says);
    });
  }
});

describe("what must work: CRLF and a byte-order mark in every file pyslug reads, and odd hooks", () => {
  const requirements = "# the app's dependencies\n-r requirements/base.txt\n";
  // A hook committed without +x and without '#!' (run with bash, as Heroku's Python buildpack would), printing 5 MB.
  const hook =
    'for i in $(seq 1 50000); do printf "collecting static file %06d %s\\n" "$i" "................................................................................................"; done\necho "hook done"\n';
  let pip: DeployResult;
  let pipenv: DeployResult;

  beforeAll(async () => {
    // The next deploy of each app after its failures above: nothing they left behind is trusted.
    [pip, pipenv] = await Promise.all([
      withLane(async (app) => {
        const result = await app.deploy({
          source: await source({
            "requirements.txt": windows(requirements),
            "requirements/base.txt": windows("six\n"),
            ".python-version": windows("# the Python we develop with\n3.12\n"),
            "bin/pre_compile": { mode: 0o644, text: hook },
          }),
        });
        return { ...result, check: result.exitCode === 0 ? await app.run(`python -c "import six; print(six.__version__)"`) : undefined };
      }),
      withLane(async (app) => {
        const result = await app.deploy({
          source: await source({
            Pipfile: windows(PIPFILE),
            "Pipfile.lock": windows(lockFor(PIPFILE)),
            "runtime.txt": windows("python-3.12\n"),
          }),
        });
        return { ...result, check: result.exitCode === 0 ? await app.run(`python -c "import six; print(six.__version__)"`) : undefined };
      }),
    ]);
  }, 900_000);

  it("requirements.txt, an included file and .python-version with CRLF and a BOM", () => {
    expectSuccess(pip);
    expect(pip.output).toMatch(/Python 3\.12\.\d+ \(from \.python-version/);
    expect((pip as DeployResult & { check?: { stdout: string } }).check?.stdout).toBe("1.17.0\n");
  });

  it("Pipfile, Pipfile.lock and runtime.txt with CRLF and a BOM", () => {
    expectSuccess(pipenv);
    expect(pipenv.output).toMatch(/Python 3\.12\.\d+ \(from runtime\.txt/);
    expect(pipenv.output).not.toMatch(/out of date/);
    expect((pipenv as DeployResult & { check?: { stdout: string } }).check?.stdout).toBe("1.17.0\n");
  });

  it("a hook committed without the executable bit runs, with a warning", () => {
    expect(pip.output).toMatch(/Warning: bin\/pre_compile isn't executable; pyslug runs it anyway/);
    expect(pip.output).toMatch(/git update-index --chmod=\+x bin\/pre_compile/);
    expect(pip.output).toMatch(/collecting static file 000001 /);
  });

  it("a hook that prints 5 MB succeeds, its output shown in part", () => {
    expect(pip.output).toMatch(/… 48801 lines not shown \(\d\.\d MB of output in all\); the last 200:/);
    expect(pip.output).toMatch(/collecting static file 050000 [.]+\n {7}hook done\n/);
    expect(pip.output.length).toBeLessThan(512 * 1024);
  });
});
