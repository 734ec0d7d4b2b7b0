import { parse } from "smol-toml";
import { describe, expect, it } from "vitest";
import { dynamicBuildReason } from "../../../src/dependencies/editable-source.js";

const project = (extra = "", backend = "hatchling.build") =>
  parse(`[build-system]\nrequires = ["x"]\nbuild-backend = "${backend}"\n\n[project]\nname = "p"\nversion = "1.0"\n${extra}`);

describe("dynamicBuildReason: whether pyproject.toml alone makes an editable package's metadata", () => {
  it("static metadata built by a plain backend: nothing else counts", () => {
    for (const backend of [
      "hatchling.build",
      "poetry.core.masonry.api",
      "uv_build",
      "flit_core.buildapi",
      "pdm.backend",
      "setuptools.build_meta",
    ]) {
      expect(
        dynamicBuildReason(project('dependencies = ["six"]\n[project.scripts]\np = "p:main"\n', backend), []),
        backend,
      ).toBeUndefined();
    }
  });

  it("a dynamic version or other dynamic field", () => {
    expect(dynamicBuildReason(project('dynamic = ["dependencies"]\n'), [])).toBe("its metadata is dynamic (dependencies)");
    const noVersion = parse(`[build-system]\nbuild-backend = "flit_core.buildapi"\n[project]\nname = "p"\ndynamic = ["version"]\n`);
    expect(dynamicBuildReason(noVersion, [])).toBe("its version isn't set in pyproject.toml");
  });

  it("a build script or configuration next to it, or hooks of the project's own", () => {
    expect(dynamicBuildReason(project(), ["setup.py"])).toBe("it has setup.py");
    expect(dynamicBuildReason(project(), ["setup.cfg"])).toBe("it has setup.cfg");
    expect(dynamicBuildReason(project(), ["hatch_build.py"])).toBe("it has hatch_build.py");
    expect(dynamicBuildReason(project("[tool.hatch.build.hooks.custom]\n"), [])).toBe("it configures hatch build or metadata hooks");
    expect(dynamicBuildReason(project("[tool.hatch.build.targets.wheel.hooks.mypyc]\n"), [])).toBe(
      "it configures hatch build or metadata hooks",
    );
    expect(dynamicBuildReason(project("[tool.hatch.metadata.hooks.vcs]\n"), [])).toBe("it configures hatch build or metadata hooks");
    expect(
      dynamicBuildReason(project('[[tool.setuptools.ext-modules]]\nname = "p._c"\nsources = ["c.c"]\n', "setuptools.build_meta"), []),
    ).toBe("it builds extension modules");
    expect(dynamicBuildReason(project("[tool.pdm.build]\nrun-setuptools = true\n", "pdm.backend"), [])).toBe("it configures pdm's build");
    expect(dynamicBuildReason(project('[tool.poetry.build]\nscript = "build.py"\n', "poetry.core.masonry.api"), [])).toBe(
      "it has a poetry build script",
    );
  });

  it("a backend it doesn't know, none, or no [project] table", () => {
    expect(dynamicBuildReason(project("", "scikit_build_core.build"), [])).toBe("its build backend is scikit_build_core.build");
    expect(dynamicBuildReason(parse('[project]\nname = "p"\nversion = "1"\n'), [])).toBe("it names no build backend");
    expect(
      dynamicBuildReason(parse('[build-system]\nbuild-backend = "hatchling.build"\n[tool.poetry]\nname = "p"\nversion = "1"\n'), []),
    ).toBe("it has no [project] table");
  });

  it("Poetry 1's [tool.poetry] table stands for [project] with poetry-core, unless something rewrites it at build time", () => {
    const poetry = (extra = "", table = "") =>
      parse(
        `[build-system]\nrequires = ["poetry-core"]\nbuild-backend = "poetry.core.masonry.api"\n\n` +
          `[tool.poetry]\nname = "p"\n${extra}\n[tool.poetry.dependencies]\npython = "^3.10"\n${table}`,
      );
    expect(dynamicBuildReason(poetry('version = "1.0.0"\nreadme = ["README.md", "CHANGES.md"]\n'), [])).toBeUndefined();
    expect(dynamicBuildReason(poetry(), [])).toBe("its version isn't set in pyproject.toml");
    expect(dynamicBuildReason(poetry('version = "0.0.0"\n', "[tool.poetry-dynamic-versioning]\nenable = true\n"), [])).toBe(
      "its version comes from poetry-dynamic-versioning",
    );
    expect(dynamicBuildReason(poetry('version = "1.0.0"\nbuild = "build.py"\n'), [])).toBe("it has a poetry build script");
    expect(dynamicBuildReason(poetry('version = "1.0.0"\n', '[tool.poetry.build]\nscript = "make.py"\n'), [])).toBe(
      "it has a poetry build script",
    );
  });
});
