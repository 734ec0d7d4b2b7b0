import type { Platform } from "../support/platform.js";

/** Heroku's public Python builds; the same archives the incumbent and the CNB use. */
export const DEFAULT_PYTHON_URL_TEMPLATE =
  "https://heroku-buildpack-python.s3.dualstack.us-east-1.amazonaws.com/python-{version}-ubuntu-{ubuntu}-{arch}.tar.zst";

const PLACEHOLDER = /\{([a-z]+)\}/g;
const KNOWN = new Set(["version", "stack", "ubuntu", "arch"]);

/** Placeholders in a template that pyslug can't fill; an empty list means the template is fine. Pure. */
export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !KNOWN.has(name));
}

/**
 * Why a custom PYSLUG_PYTHON_URL template can't be used, or undefined when it can. Pure.
 * Without `{version}` every Python version would be the same file: the version asked for would be ignored.
 */
export function templateProblem(template: string): string | undefined {
  const unknown = unknownPlaceholders(template);
  if (unknown.length > 0) {
    return (
      `PYSLUG_PYTHON_URL has placeholders pyslug doesn't know: ${unknown.map((u) => `{${u}}`).join(", ")}.\n` +
      "Use only {version}, {stack}, {ubuntu} and {arch}."
    );
  }
  if (!template.includes("{version}")) {
    return (
      "PYSLUG_PYTHON_URL has no {version} placeholder, so every Python version would be the same archive and the version " +
      "the app asks for would be ignored.\nPut {version} where the version goes, e.g. https://mirror.example/python-{version}-ubuntu-{ubuntu}-{arch}.tar.zst"
    );
  }
  return undefined;
}

/** Fills `{version}`, `{stack}`, `{ubuntu}` and `{arch}`. Pure. */
export function pythonArchiveUrl(template: string, version: string, platform: Platform): string {
  const values: Record<string, string> = {
    version,
    stack: platform.stack,
    ubuntu: platform.ubuntu,
    arch: platform.arch,
  };
  return template.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}
