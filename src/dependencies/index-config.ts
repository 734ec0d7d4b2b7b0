import { createHash } from "node:crypto";
import type { ConfigVars } from "../support/config-vars.js";
import { credentialsIn } from "../support/redact.js";

/** The pip settings an app may set as config vars; they reach every pip pyslug runs, build isolation included. */
export const INDEX_SETTINGS = ["PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS", "PIP_TRUSTED_HOST", "PIPENV_PYPI_MIRROR"] as const;

export interface IndexConfig {
  /** Environment for pip. */
  env: Record<string, string>;
  /** Hash of the settings, for the environment fingerprint (never the values in clear). */
  hash: string;
  /** Strings that must never be printed or stored: passwords and tokens in the URLs. */
  secrets: string[];
}

export function readIndexConfig(config: ConfigVars): IndexConfig {
  const env: Record<string, string> = {};
  for (const name of INDEX_SETTINGS) {
    const value = config.setting(name);
    if (value !== undefined) env[name] = value;
  }
  const hash = createHash("sha256").update(JSON.stringify(env)).digest("hex").slice(0, 16);
  const secrets = [...new Set(Object.values(env).flatMap(credentialsIn))].sort((a, b) => b.length - a.length);
  return { env, hash, secrets };
}

/** The same settings, with more strings to redact (credentials a lock plan put into index URLs). Pure. */
export function withSecrets(index: IndexConfig, secrets: readonly string[]): IndexConfig {
  if (secrets.length === 0) return index;
  return { ...index, secrets: [...new Set([...index.secrets, ...secrets])].sort((a, b) => b.length - a.length) };
}
