/**
 * One behaviour for every file pyslug reads: UTF-8 with or without a byte-order mark, LF or CRLF
 * line endings; UTF-16, NUL bytes and invalid UTF-8 refused with the file and the line.
 */
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readRequirements } from "../../../src/dependencies/pip/requirements-file.js";
import { readPipfileLock } from "../../../src/dependencies/pipenv/lock-file.js";
import { checkLockCurrent } from "../../../src/dependencies/pipenv/lock-check.js";
import { pipfileHash, readPipfileText } from "../../../src/dependencies/pipenv/pipfile-hash.js";
import { loadPythonInventory } from "../../../src/runtime/inventory.js";
import { findVersionRequest } from "../../../src/steps/choose-python-version.js";
import { BuildError } from "../../../src/support/errors.js";
import { decodeAppText } from "../../../src/support/text-file.js";

const repo = path.resolve(import.meta.dirname, "../../..");
const inventory = await loadPythonInventory(repo);
const temps: string[] = [];
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

async function app(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "pyslug-text-"));
  temps.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
  return dir;
}

/** The same text with a UTF-8 byte-order mark and CRLF line endings, as a Windows editor saves it. */
const windows = (text: string) => `\uFEFF${text.replace(/\n/g, "\r\n")}`;

function errorOf(run: () => unknown): BuildError {
  try {
    run();
  } catch (error) {
    if (error instanceof BuildError) return error;
    throw error;
  }
  throw new Error("expected a BuildError");
}

async function asyncErrorOf(run: () => Promise<unknown>): Promise<BuildError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof BuildError) return error;
    throw error;
  }
  throw new Error("expected a BuildError");
}

const PIPFILE = `[[source]]\nurl = "https://pypi.org/simple"\nverify_ssl = true\nname = "pypi"\n\n[packages]\nsix = "*"\n\n[requires]\npython_version = "3.12"\n`;
const lockFor = (pipfile: string) =>
  JSON.stringify(
    {
      _meta: {
        hash: { sha256: pipfileHash(pipfile) },
        pipfile_spec: 6,
        requires: { python_version: "3.12" },
        sources: [{ name: "pypi", url: "https://pypi.org/simple", verify_ssl: true }],
      },
      default: { six: { hashes: [`sha256:${"a".repeat(64)}`], version: "==1.17.0" } },
      develop: {},
    },
    null,
    4,
  ) + "\n";

describe("every file pyslug reads accepts a UTF-8 byte-order mark and CRLF line endings", () => {
  it("requirements.txt and the files it includes: the same requirements and fingerprint as with LF", async () => {
    const files = {
      "requirements.txt": "# deps\nsix==1.17.0 \\\n  --hash=sha256:" + "a".repeat(64) + "\n-r more.txt\n",
      "more.txt": "toml\n",
    };
    const plain = await readRequirements(await app(files));
    const crlf = await readRequirements(
      await app({ "requirements.txt": windows(files["requirements.txt"]), "more.txt": windows(files["more.txt"]) }),
    );
    expect(crlf.requirements.map((r) => [r.name, r.source.line, r.hashes])).toEqual(
      plain.requirements.map((r) => [r.name, r.source.line, r.hashes]),
    );
    expect(crlf.fingerprint).toBe(plain.fingerprint);
  });

  it("Pipfile: the same Pipenv hash as with LF, so the lock made on Linux is current", async () => {
    const dir = await app({ Pipfile: windows(PIPFILE) });
    const text = await readPipfileText(dir);
    expect(pipfileHash(text)).toBe(pipfileHash(PIPFILE));
  });

  it("Pipfile.lock: one reader, so the version choice and the install agree", async () => {
    const dir = await app({ Pipfile: windows(PIPFILE), "Pipfile.lock": windows(lockFor(PIPFILE)) });
    const lock = await readPipfileLock(dir);
    expect(lock?.default.get("six")).toMatchObject({ version: "==1.17.0" });
    expect(lock?.entryLines?.get("default/six")).toBe(19);
    expect(checkLockCurrent(await readPipfileText(dir), lock!).hash).toBe(pipfileHash(PIPFILE));
    expect(await findVersionRequest(dir, undefined, inventory)).toMatchObject({ spec: "3.12", origin: "Pipfile.lock python_version" });
  });

  it(".python-version and runtime.txt", async () => {
    const version = await app({ ".python-version": windows("# the app's Python\n3.12\n") });
    expect(await findVersionRequest(version, undefined, inventory)).toMatchObject({ spec: "3.12", line: 2 });
    const runtime = await app({ "runtime.txt": windows("python-3.12.1\n") });
    expect(await findVersionRequest(runtime, undefined, inventory)).toMatchObject({ spec: "3.12.1", origin: "runtime.txt" });
  });
});

describe("anything but UTF-8 text is refused with the file and the line", () => {
  it("UTF-16, with or without a byte-order mark", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("six\r\n", "utf16le")]);
    expect(errorOf(() => decodeAppText(le, "requirements.txt")).message).toMatch(/requirements\.txt is UTF-16 text[^]*Save it as UTF-8/);
    const be = Buffer.from([0xfe, 0xff, 0, 0x33, 0, 0x2e, 0, 0x31, 0, 0x32]);
    expect(errorOf(() => decodeAppText(be, ".python-version")).message).toMatch(/\.python-version is UTF-16/);
    expect(errorOf(() => decodeAppText(Buffer.from("six\ntoml\n", "utf16le"), "requirements.txt")).message).toMatch(/UTF-16/);
  });

  it("a NUL byte: binary data, at its line", () => {
    const error = errorOf(() => decodeAppText(Buffer.from("six\ntoml\nfla\u0000sk\n"), "requirements.txt"));
    expect(error.message).toMatch(/^requirements\.txt, line 3: the file contains a NUL byte/);
    expect(error.line).toBe(3);
  });

  it("invalid UTF-8 (Latin-1, Windows-1252), at its line", () => {
    const latin1 = Buffer.from("six\n# Fran\xe7ois's list\ntoml\n", "latin1");
    const error = errorOf(() => decodeAppText(latin1, "requirements.txt"));
    expect(error.message).toMatch(/^requirements\.txt, line 2: the file isn't valid UTF-8 text/);
    expect(error.line).toBe(2);
  });

  it("through each reader", async () => {
    const nul = Buffer.from("3.12\n\u0000\n");
    const dir = await app({ ".python-version": nul });
    expect((await asyncErrorOf(() => findVersionRequest(dir, undefined, inventory))).message).toMatch(/\.python-version, line 2: .*NUL/);
    const lock = await app({ "Pipfile.lock": Buffer.from(lockFor(PIPFILE), "utf16le") });
    expect((await asyncErrorOf(() => readPipfileLock(lock))).message).toMatch(/Pipfile\.lock is UTF-16/);
    const req = await app({ "requirements.txt": "-r other.txt\n", "other.txt": Buffer.from("six\n\xff\n", "latin1") });
    expect((await asyncErrorOf(() => readRequirements(req))).message).toMatch(/^other\.txt, line 2: the file isn't valid UTF-8/);
  });
});

describe("Pipfile.lock problems that JSON.parse and pip would let through", () => {
  it("a key written twice (a hand-merged lock) names both lines", () => {
    const text = lockFor(PIPFILE).replace('"six": {', '"six": {"version": "==1.0"},\n        "six": {');
    return readPipfileLockText(text).then((error) => {
      expect(error.message).toMatch(/Pipfile\.lock, line 20: the key "six" appears twice in "default" \(lines 19 and 20\)/);
      expect(error.line).toBe(20);
    });
  });

  it("md5-only hashes, which pip refuses after downloading", async () => {
    const text = lockFor(PIPFILE).replace(`sha256:${"a".repeat(64)}`, `md5:${"a".repeat(32)}`);
    const error = await readPipfileLockText(text);
    expect(error.message).toMatch(/Pipfile\.lock, line 19: "six" in "default" has md5 hashes, which pip refuses/);
  });

  it("a section or entry of the wrong shape", async () => {
    expect((await readPipfileLockText('{"default": []}')).message).toMatch(/"default" must be a JSON object, not an array/);
    expect((await readPipfileLockText('{"default": {"six": 3}}')).message).toMatch(/line 1: "six" in "default" is a number/);
  });

  async function readPipfileLockText(text: string): Promise<BuildError> {
    const dir = await app({ "Pipfile.lock": text });
    return asyncErrorOf(() => readPipfileLock(dir));
  }
});
