import { describe, expect, it } from "vitest";
import { wheelFits, type WheelTarget } from "../../../src/dependencies/wheel-tags.js";

const heroku24: WheelTarget = { minor: "3.12", machine: "x86_64", glibc: [2, 39] };

describe("wheels that fit CPython on a Heroku stack", () => {
  it.each([
    ["six-1.17.0-py2.py3-none-any.whl", true],
    ["pkg-1.0-py312-none-any.whl", true],
    ["pkg-1.0-py313-none-any.whl", false],
    ["pkg-1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl", true],
    ["pkg-1.0-cp311-cp311-manylinux_2_17_x86_64.whl", false],
    ["pkg-1.0-cp39-abi3-manylinux_2_28_x86_64.whl", true],
    ["pkg-1.0-cp313-abi3-manylinux_2_28_x86_64.whl", false],
    ["pkg-1.0-cp312-cp312-manylinux_2_40_x86_64.whl", false],
    ["pkg-1.0-cp312-cp312-manylinux_2_17_aarch64.whl", false],
    ["pkg-1.0-cp312-cp312-musllinux_1_2_x86_64.whl", false],
    ["pkg-1.0-cp312-cp312-win_amd64.whl", false],
    ["pkg-1.0-cp312-cp312-macosx_11_0_arm64.whl", false],
    ["pkg-1.0-cp312-cp312-linux_x86_64.whl", true],
    ["pkg-1.0-cp312-cp312-manylinux1_x86_64.whl", true],
    ["pkg-1.0-1-cp312-none-any.whl", true],
    ["pkg-1.0.tar.gz", false],
  ])("%s: %s", (file, fits) => {
    expect(wheelFits(file, heroku24)).toBe(fits);
  });

  it("an unknown glibc accepts any manylinux of the machine", () => {
    expect(wheelFits("pkg-1.0-cp312-cp312-manylinux_2_40_x86_64.whl", { ...heroku24, glibc: undefined })).toBe(true);
  });
});
