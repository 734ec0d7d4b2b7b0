import path from "node:path";
import { describe, expect, it } from "vitest";
import { BuildError } from "../../../src/support/errors.js";
import { loadPythonInventory, parsePythonInventory } from "../../../src/runtime/inventory.js";
import {
  parsePythonVersionFile,
  parseRuntimeTxt,
  requestFromPipfileLock,
  resolvePythonVersion,
  type VersionRequest,
} from "../../../src/runtime/version.js";

const repo = path.resolve(import.meta.dirname, "../../..");
const inventory = await loadPythonInventory(repo);

const request = (spec: string, origin: VersionRequest["origin"] = ".python-version"): VersionRequest => ({
  spec,
  origin,
  file: origin === ".python-version" ? ".python-version" : undefined,
});

function errorOf(run: () => unknown): BuildError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BuildError);
    return error as BuildError;
  }
  throw new Error("expected a BuildError");
}

describe("the checked-in inventory", () => {
  it("is consistent: default supported, a latest patch for every supported minor", () => {
    expect(inventory.supported).toContain(inventory.defaultMinor);
    for (const minor of inventory.supported) expect(inventory.latest[minor]).toMatch(new RegExp(`^${minor.replace(".", "\\.")}\\.\\d+$`));
    expect(inventory.defaultMinor).toBe(inventory.supported[inventory.supported.length - 1]);
  });

  it("rejects a latest entry that is not of its minor", () => {
    expect(() => parsePythonInventory('default = "3.12"\nsupported = ["3.12"]\n[latest]\n"3.12" = "3.13.1"\n')).toThrow(/3\.12\.N/);
  });
});

describe("resolvePythonVersion", () => {
  it("maps 3.X to the latest known patch", () => {
    const resolved = resolvePythonVersion(request("3.12"), inventory);
    expect(resolved.version).toBe(inventory.latest["3.12"]);
    expect(resolved.minor).toBe("3.12");
    expect(resolved.patchChosen).toBe(true);
  });

  it("keeps an exact 3.X.Y as asked, even newer than the table", () => {
    expect(resolvePythonVersion(request("3.12.1"), inventory).version).toBe("3.12.1");
    expect(resolvePythonVersion(request("3.13.99"), inventory).version).toBe("3.13.99");
  });

  it("gives end-of-life versions their own error, naming the file and the supported versions", () => {
    const error = errorOf(() => resolvePythonVersion(request("3.8"), inventory));
    expect(error.message).toMatch(/end of life/);
    expect(error.message).toContain(inventory.supported.join(", "));
    expect(error.file).toBe(".python-version");
    expect(errorOf(() => resolvePythonVersion(request("2.7.18"), inventory)).message).toMatch(/end of life/);
  });

  it("gives unknown versions their own error", () => {
    const error = errorOf(() => resolvePythonVersion(request("3.99"), inventory));
    expect(error.message).toMatch(/doesn't know/);
    expect(error.message).toMatch(/newest version pyslug supports/);
    expect(errorOf(() => resolvePythonVersion(request("4.0"), inventory)).message).toMatch(/doesn't know/);
  });

  it("gives malformed versions their own error", () => {
    for (const spec of ["3", "three", "3.12.x", "^3.12", "3.12.1.2", ">=3.11"]) {
      expect(errorOf(() => resolvePythonVersion(request(spec), inventory)).message).toMatch(/isn't a valid version/);
    }
  });
});

describe(".python-version", () => {
  it("accepts one version with comments and blank lines", () => {
    expect(parsePythonVersionFile("# pinned\n\n  3.13  \n# end\n")).toMatchObject({ spec: "3.13", line: 3 });
    expect(parsePythonVersionFile("3.12.1 # exact\n")).toMatchObject({ spec: "3.12.1", line: 1 });
  });

  it("refuses several versions, naming the lines", () => {
    const error = errorOf(() => parsePythonVersionFile("3.12\n3.13\n"));
    expect(error.message).toMatch(/more than one/);
    expect(error.line).toBe(2);
  });

  it("refuses an empty file", () => {
    expect(errorOf(() => parsePythonVersionFile("# nothing\n")).message).toMatch(/no Python version/);
  });

  it("explains misspellings with the fix", () => {
    const error = errorOf(() => parsePythonVersionFile("python-3.12\n"));
    expect(error.message).toMatch(/Write just the number: 3\.12/);
    expect(error.line).toBe(1);
    expect(errorOf(() => parsePythonVersionFile("3.12/envs/myenv\n")).message).toMatch(/isn't a valid Python version/);
  });

  it("reads a file with a byte-order mark and any line ending, as every file pyslug reads", () => {
    expect(parsePythonVersionFile("\uFEFF3.12\r\n")).toMatchObject({ spec: "3.12", line: 1 });
    expect(parsePythonVersionFile("# pinned\r3.12.1\r")).toMatchObject({ spec: "3.12.1", line: 2 });
    expect(errorOf(() => parsePythonVersionFile("3.12\r\n3.13\r\n3.11\r\n")).message).toMatch(
      /more than one Python version \(lines 1, 2, 3\)/,
    );
  });
});

describe("runtime.txt", () => {
  it("reads python-3.X(.Y)", () => {
    expect(parseRuntimeTxt("python-3.11.7\n")).toMatchObject({ spec: "3.11.7", origin: "runtime.txt" });
  });
  it("refuses anything else, suggesting .python-version", () => {
    expect(errorOf(() => parseRuntimeTxt("3.11\n")).message).toMatch(/\.python-version/);
  });
});

describe("Pipfile.lock requires", () => {
  it("prefers python_full_version", () => {
    expect(requestFromPipfileLock({ _meta: { requires: { python_version: "3.11", python_full_version: "3.11.7" } } })).toMatchObject({
      spec: "3.11.7",
      origin: "Pipfile.lock python_full_version",
    });
    expect(requestFromPipfileLock({ _meta: { requires: { python_version: "3.11" } } })).toMatchObject({ spec: "3.11" });
    expect(requestFromPipfileLock({ _meta: { requires: {} } })).toBeUndefined();
    expect(requestFromPipfileLock({})).toBeUndefined();
  });
});
