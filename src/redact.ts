/**
 * Credential redaction for anything pyslug logs, stores or puts in an error message.
 * Userinfo (`user:token@`) in URLs is replaced by `***` so index tokens never leak.
 */

/** Matches `scheme://userinfo@` anywhere in a string; the userinfo ends at the last `@` of the authority. */
const USERINFO_IN_TEXT = /([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^\s/?#]*@/g;

/** Replace the userinfo of a URL (`https://user:token@host/simple`) with `***` (`https://***@host/simple`). */
export function redactUrl(url: string): string {
  return redactText(url);
}

/** Redact the userinfo of every URL found in free text (a requirement line, an error message). */
export function redactText(text: string): string {
  return text.replace(USERINFO_IN_TEXT, "$1***@");
}
