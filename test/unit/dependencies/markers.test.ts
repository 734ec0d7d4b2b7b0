/**
 * The marker evaluator and PEP 440 specifiers against `packaging` (pip's vendored copy, run by the
 * machine's python3) as the oracle: the same markers and versions, for several target interpreters.
 */
import { execa } from "execa";
import { beforeAll, describe, expect, it } from "vitest";
import { markerMatches, parseMarker, targetEnvironment, type MarkerEnvironment } from "../../../src/dependencies/markers.js";
import { satisfies } from "../../../src/dependencies/pep440.js";
import { pythonSatisfies } from "../../../src/dependencies/python-constraint.js";

const MARKERS = [
  "python_version >= '3.11'",
  "python_version < '3.12'",
  "python_version == '3.12'",
  "python_version ~= '3.10'",
  "python_version != '3.13'",
  "python_full_version >= '3.12.4'",
  "python_full_version < '3.11.2'",
  "python_full_version == '3.12.*'",
  "python_full_version != '3.13.*'",
  "python_version in '3.10 3.11'",
  "python_version not in '3.12, 3.13'",
  "sys_platform == 'linux'",
  "sys_platform == 'win32'",
  "sys_platform != 'darwin' and platform_machine == 'x86_64'",
  "platform_machine == 'aarch64' or platform_machine == 'arm64'",
  "(sys_platform == 'win32' or python_version < '3.11') and implementation_name == 'cpython'",
  "os_name == \"posix\" and platform_system == 'Linux'",
  "platform_python_implementation == 'PyPy'",
  "implementation_name != 'cpython' or python_version >= '3.13'",
  "'3.12' <= python_version",
  "'linux' in sys_platform",
  "platform_machine not in 'x86_64 amd64'",
  "implementation_version >= '3.12'",
  "python_version > '3.12'",
  "python_full_version > '3.12'",
  "os.name == 'posix' and sys.platform == 'linux'",
  "extra == 'socks'",
  "extra != 'socks' and python_version >= '3'",
];

const ENVIRONMENTS: [string, string][] = [
  ["3.10.13", "amd64"],
  ["3.11.7", "arm64"],
  ["3.12.1", "amd64"],
  ["3.12.12", "amd64"],
  ["3.13.0", "arm64"],
  ["3.14.2", "amd64"],
];

const ORACLE = String.raw`
import json, sys
from pip._vendor.packaging.markers import Marker
from pip._vendor.packaging.specifiers import SpecifierSet
req = json.load(sys.stdin)
out = {"markers": [], "specs": []}
for env in req["envs"]:
    env = dict(env, extra="")
    out["markers"].append([Marker(m).evaluate(env) for m in req["markers"]])
for v, s in req["specs"]:
    out["specs"].append(SpecifierSet(s).contains(v, prereleases=True))
print(json.dumps(out))
`;

const SPECS: [string, string][] = [
  ["3.12.1", ">=3.12"],
  ["3.12.1", ">=3.12.2"],
  ["3.11.9", ">=3.9,<3.12"],
  ["3.12.0", "~=3.11"],
  ["3.12.0", "~=3.11.0"],
  ["3.11.5", "~=3.11.0"],
  ["3.13.0", "==3.13.*"],
  ["3.13.0", "!=3.13.*"],
  ["3.10.0", "==3.10"],
  ["3.10.1", "==3.10"],
  ["3.14.0rc1", ">=3.14"],
  ["3.14.0rc1", "<3.14"],
  ["3.14.0", ">3.14"],
  ["3.14.1", ">3.14"],
  ["1.0.post1", ">1.0"],
  ["1.0.post1", ">=1.0"],
  ["1.0a1", "<1.0"],
  ["1.0.dev1", "<1.0a1"],
  ["2.0", "==2"],
  ["2.0+local.1", "==2.0"],
  ["1!1.0", ">=2.0"],
  ["3.9.18", ">=3.8,!=3.9.*"],
];

let oracle: { markers: boolean[][]; specs: boolean[] };

beforeAll(async () => {
  const envs = ENVIRONMENTS.map(([v, a]) => targetEnvironment(v, a));
  const { stdout } = await execa("python3", ["-c", ORACLE], { input: JSON.stringify({ envs, markers: MARKERS, specs: SPECS }) });
  oracle = JSON.parse(stdout) as typeof oracle;
});

describe("markers for the target interpreter agree with packaging", () => {
  ENVIRONMENTS.forEach(([version, arch], i) => {
    it(`Python ${version} on ${arch}`, () => {
      const env: MarkerEnvironment = targetEnvironment(version, arch);
      const ours = MARKERS.map((m) => markerMatches(m, env));
      expect(ours).toEqual(oracle.markers[i]);
    });
  });
});

describe("PEP 440 specifiers agree with packaging", () => {
  it.each(SPECS.map((s, i) => [...s, i] as const))("%s in %s", (version, spec, i) => {
    expect(satisfies(version, spec)).toBe(oracle.specs[i]);
  });
});

describe("extras and uv's conflict encoding", () => {
  const env = targetEnvironment("3.12.1", "amd64");
  it("is true only for active extras", () => {
    const active = new Set(["extra-7-project-foo"]);
    expect(markerMatches("extra == 'extra-7-project-foo'", env, { extras: active })).toBe(true);
    expect(markerMatches("extra == 'extra-7-project-bar' or extra != 'extra-7-project-foo'", env, { extras: active })).toBe(false);
    expect(markerMatches("extra == 'extra-7-project-bar' or extra != 'extra-7-project-foo'", env, {})).toBe(true);
    expect(markerMatches("extra == 'Extra_7_Project.Foo'", env, { extras: active })).toBe(true);
  });
  it("rejects what isn't a marker", () => {
    expect(() => parseMarker("python_version >=")).toThrow();
    expect(() => parseMarker("python_version >= '3' and")).toThrow();
    expect(() => parseMarker("unknown_var == '1'")).toThrow();
    expect(() => parseMarker("(python_version >= '3'")).toThrow();
  });
});

describe("Python constraints", () => {
  it.each([
    ["3.12.1", ">=3.12", "pep440", true],
    ["3.11.9", ">=3.12", "pep440", false],
    ["3.12.1", "^3.10", "poetry", true],
    ["4.0.0", "^3.10", "poetry", false],
    ["3.12.1", "~3.11", "poetry", false],
    ["3.11.4", "~3.11", "poetry", true],
    ["3.12.1", ">=3.9,<3.13", "poetry", true],
    ["3.12.1", ">= 3.9, < 3.12", "poetry", false],
    ["3.10.2", "~3.9 || ^3.10", "poetry", true],
    ["3.11.0", "3.11", "poetry", true],
    ["3.11.0", "3.11.*", "poetry", true],
    ["3.12.0", "*", "poetry", true],
  ] as const)("%s in %s (%s)", (version, constraint, syntax, expected) => {
    expect(pythonSatisfies(version, constraint, syntax)).toBe(expected);
  });
});
