/**
 * Credentials of a named private index, from config vars (UV_INDEX_<NAME>_USERNAME/_PASSWORD,
 * POETRY_HTTP_BASIC_<NAME>_USERNAME/_PASSWORD). They go into the URL pip is given, and into the
 * list of secrets every log line is redacted with; they are never stored (the environment's
 * fingerprint sees index URLs without them).
 */
import type { ConfigVars } from "../support/config-vars.js";
import { credentialsIn } from "../support/redact.js";

export interface IndexCredentials {
  /** The config vars they came from, for the log ("UV_INDEX_INTERNAL_USERNAME"). */
  variables: string[];
  username: string | undefined;
  password: string | undefined;
}

/** uv's rule for an index name in a variable name: ASCII letters and digits uppercased, anything else `_`. Pure. */
export function uvIndexVariable(name: string): string {
  return name.replace(/[^A-Za-z0-9]/g, "_").toUpperCase();
}

/** `${prefix}${NAME}_USERNAME` and `_PASSWORD` from the config vars; undefined when neither is set. */
export function readIndexCredentials(config: ConfigVars, prefix: string, envName: string): IndexCredentials | undefined {
  const names = [`${prefix}${envName}_USERNAME`, `${prefix}${envName}_PASSWORD`];
  const [username, password] = names.map((n) => config.setting(n));
  if (username === undefined && password === undefined) return undefined;
  return { variables: names.filter((_, i) => [username, password][i] !== undefined), username, password };
}

/** The URL with the credentials as its userinfo (replacing any it had). Pure. */
export function withCredentials(url: string, credentials: IndexCredentials): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(credentials.username ?? "");
  parsed.password = credentials.password === undefined ? "" : encodeURIComponent(credentials.password);
  return parsed.toString();
}

/** Every form of the credentials a log line could show, longest first. Pure. */
export function secretsOf(credentials: IndexCredentials, url: string): string[] {
  const forms = new Set<string>(credentialsIn(withCredentials(url, credentials)));
  for (const value of [credentials.password, credentials.username]) {
    if (value && value.length >= 3) {
      forms.add(value);
      forms.add(encodeURIComponent(value));
    }
  }
  return [...forms].sort((a, b) => b.length - a.length);
}
