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
