/**
 * Credential redaction for anything pyslug logs, stores or puts in an error message.
 * Userinfo (`user:token@`) in URLs is replaced by `***` so index tokens never leak.
 */

/**
 * Matches the `userinfo@` after `scheme://` anywhere in a string; the userinfo ends at the last `@` of the authority.
 * The scheme is a lookbehind, checked only where `://` ends: a scheme-first pattern would rescan every run of
 * letters from each of its characters, quadratic in a long line.
 */
const USERINFO_IN_TEXT = /(?<=[A-Za-z][A-Za-z0-9+.-]*:\/\/)[^\s/?#]*@/g;

/** Replace the userinfo of a URL (`https://user:token@host/simple`) with `***` (`https://***@host/simple`). */
export function redactUrl(url: string): string {
  return redactText(url);
}

/** Redact the userinfo of every URL found in free text (a requirement line, an error message). */
export function redactText(text: string): string {
  return text.replace(USERINFO_IN_TEXT, "***@");
}

/** userinfo (user, password) of every URL in a setting. Pure. */
export function credentialsIn(value: string): string[] {
  const secrets: string[] = [];
  for (const match of value.matchAll(/(?<=[a-z][a-z0-9+.-]*:\/\/)[^/@\s]+(?=@)/gi)) {
    const userinfo = match[0];
    const [user, password] = userinfo.split(":", 2);
    for (const part of [userinfo, user, password]) {
      if (part && part.length >= 3) {
        secrets.push(part);
        try {
          const decoded = decodeURIComponent(part);
          if (decoded !== part) secrets.push(decoded);
        } catch {
          // not percent-encoded
        }
      }
    }
  }
  return secrets;
}

/** Replaces every secret in text. Pure. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join("***");
  return out;
}
