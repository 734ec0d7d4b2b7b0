// The unprivileged user builds and dynos run as (Heroku never builds or runs apps as root).
import { run, runOrThrow } from "./shell.js";

export interface PlatformUser {
  name: string;
  uid: number;
  gid: number;
}

export const USER_NAME = "pyslug";
const USER_HOME = "/var/lib/pyslug-user";

let cached: PlatformUser | undefined;

/** Creates the `pyslug` system user/group if missing (needs root) and returns its ids. */
export async function ensurePlatformUser(): Promise<PlatformUser> {
  if (cached) return cached;
  if ((await run("id", ["-u", USER_NAME])).exitCode !== 0) {
    const res = await run("useradd", [
      "--system",
      "--user-group",
      "--create-home",
      "--home-dir",
      USER_HOME,
      "--shell",
      "/bin/bash",
      USER_NAME,
    ]);
    // Another worker may have created it at the same time (exit 9: name in use).
    if (res.exitCode !== 0 && (await run("id", ["-u", USER_NAME])).exitCode !== 0) {
      throw new Error(`useradd ${USER_NAME} failed:\n${res.output}`);
    }
  }
  const uid = Number((await runOrThrow("id", ["-u", USER_NAME])).trim());
  const gid = Number((await runOrThrow("id", ["-g", USER_NAME])).trim());
  cached = { name: USER_NAME, uid, gid };
  return cached;
}

/** chown -R a path to the platform user. */
export async function chownToUser(user: PlatformUser, ...paths: string[]): Promise<void> {
  if (paths.length === 0) return;
  await runOrThrow("chown", ["-R", `${user.uid}:${user.gid}`, ...paths]);
}
