// The .profile.d relocation script (.profile.d/pyslug-relocate.sh) against damaged slugs: cases that
// editables.test.ts runs on a copy of its first slug (a slug of every editable kind costs a long deploy).
//
// A dyno can't change its slug for good (its writes go to an overlay), so these cases run the
// profile directly on the host, on a copy of a real slug (the editable-kinds app) mounted as
// $HOME, as the platform user, under herokuish's strict shell options:
//   set -eo pipefail; shopt -s nullglob; HOME=<copy>; cd $HOME; . .profile.d/*.sh; echo ok
// Whatever is wrong, the dyno must start (`ok`, exit 0), with at most one warning line per bad
// file, and a second run must change nothing.
import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run, runOrThrow, shq, type RunResult } from "../heroku/shell.js";

const MANIFEST = ".heroku/pyslug/relocation-manifest";
const MARKER = ".heroku/pyslug/relocated-to";
const SITE = ".heroku/python/lib/python3.12/site-packages";

/** A slug as it was built, kept aside (a copy) before anything else could change it. */
export interface BuiltSlug {
  /** The copy of the slug. */
  dir: string;
  /** The build dir it was built in. */
  buildDir: string;
  /** Where the copies the cases damage are made (owned by root, readable by all). */
  scratch: string;
  user: { uid: number; gid: number };
}

/** Registers the cases; `built` is called when they run (after the deploy that makes the slug). */
export function describeBootScript(built: () => BuiltSlug): void {
  let listed: string[] = [];
  const scratch = () => built().scratch;

  let copies = 0;

  /** A copy of the slug, owned by the platform user, at a path that is neither the build dir nor /app. */
  async function slugCopy(): Promise<string> {
    const home = path.join(scratch(), `home${++copies}`);
    await runOrThrow("cp", ["-a", built().dir, home]);
    await runOrThrow("chown", ["-R", `${built().user.uid}:${built().user.gid}`, home]);
    return home;
  }

  /** Sources the slug's .profile.d as a herokuish dyno would, as the platform user, then runs `then`. */
  async function boot(home: string, then = "true"): Promise<RunResult & { warnings: string[] }> {
    const script = `set -eo pipefail; shopt -s nullglob; export HOME=${shq(home)}; cd "$HOME"; for f in .profile.d/*.sh; do . "$f"; done; ${then}; echo ok`;
    const res = await run(
      "setpriv",
      [`--reuid=${built().user.uid}`, `--regid=${built().user.gid}`, "--init-groups", "--", "bash", "-c", script],
      {
        env: { PATH: "/usr/local/bin:/usr/bin:/bin", LANG: "C.UTF-8" },
      },
    );
    const warnings = res.stderr.split("\n").filter((l) => l.startsWith("pyslug:"));
    if (warnings.length) console.log(`${path.basename(home)}: ${warnings.length} warning(s):\n  ${warnings.join("\n  ")}`);
    return { ...res, warnings };
  }

  /** The dyno started: `ok` last, exit 0. */
  function expectStarted(res: RunResult): void {
    expect(res.exitCode, res.output).toBe(0);
    expect(res.stdout, res.output).toMatch(/(^|\n)ok\n$/);
  }

  /** sha256 of every regular file and the target of every symlink, by relative path. */
  async function snapshot(home: string): Promise<Map<string, string>> {
    const out = await runOrThrow("bash", [
      "-c",
      `cd ${shq(home)} && find . -type f -print0 | sort -z | xargs -0 sha256sum && find . -type l -printf '%l  %p\\n'`,
    ]);
    const files = new Map<string, string>();
    for (const line of out.split("\n").filter(Boolean)) {
      const at = line.indexOf("  ");
      files.set(line.slice(at + 2), line.slice(0, at));
    }
    return files;
  }

  /** The files whose content (or link target) differs, or that appeared or vanished. */
  function changed(before: Map<string, string>, after: Map<string, string>): string[] {
    const names = new Set([...before.keys(), ...after.keys()]);
    return [...names].filter((n) => before.get(n) !== after.get(n)).sort();
  }

  async function holds(file: string, text: string): Promise<boolean> {
    return (await run("grep", ["-qF", "--", text, file])).exitCode === 0;
  }

  describe(".profile.d/pyslug-relocate.sh on a copy of a real slug (strict shell options, platform user)", () => {
    it("the slug lists more than ten files for relocation", async () => {
      listed = (await fs.readFile(path.join(built().dir, MANIFEST), "utf8")).split("\n").slice(2).filter(Boolean);
      expect(listed.length).toBeGreaterThan(10);
    });

    it("relocates every listed file to $HOME once; the console scripts work there; a second run changes nothing", async () => {
      const home = await slugCopy();
      const first = await boot(home, "st-lenient; python -c 'import sys, st_flat; print(sys.prefix); print(st_flat.__file__)'");
      expectStarted(first);
      expect(first.warnings).toEqual([]);
      expect(first.stdout).toContain("hello from setuptools-src-lenient\n");
      expect(first.stdout).toContain(`${home}/.heroku/python\n${home}/packages/st_flat/st_flat/__init__.py\n`);
      for (const file of listed) {
        expect(await holds(path.join(home, file), built().buildDir), `${file} still names the build dir`).toBe(false);
        expect(await holds(path.join(home, file), home), `${file} doesn't name $HOME`).toBe(true);
      }
      expect((await fs.readFile(path.join(home, MARKER), "utf8")).split("\n")).toEqual([built().buildDir, home, ""]);

      const before = await snapshot(home);
      const second = await boot(home);
      expectStarted(second);
      expect(second.warnings).toEqual([]);
      expect(changed(before, await snapshot(home))).toEqual([]);
      // Without the marker's shortcut too: the rewrite is driven by content, so nothing is left to change.
      await fs.rm(path.join(home, MARKER));
      const third = await boot(home);
      expectStarted(third);
      expect(third.warnings).toEqual([]);
      expect(changed(before, await snapshot(home)).filter((f) => f !== `./${MARKER}`)).toEqual([]);
    });

    it("an empty manifest: the dyno starts, one warning at most, no file changed", async () => {
      const home = await slugCopy();
      await fs.writeFile(path.join(home, MANIFEST), "");
      const before = await snapshot(home);
      const res = await boot(home);
      expectStarted(res);
      expect(res.warnings.length, res.stderr).toBeLessThanOrEqual(1);
      expect(changed(before, await snapshot(home))).toEqual([]);
    });

    it("a manifest with its header and no files: the dyno starts quietly, no file changed", async () => {
      const home = await slugCopy();
      await fs.writeFile(path.join(home, MANIFEST), `# pyslug relocation manifest v1\nbuild_dir=${built().buildDir}\n`);
      const before = await snapshot(home);
      const res = await boot(home);
      expectStarted(res);
      expect(res.warnings, res.stderr).toEqual([]);
      expect(changed(before, await snapshot(home)).filter((f) => f !== `./${MARKER}`)).toEqual([]);
    });

    it("site-packages missing: the dyno starts, one warning at most per missing file, the rest is relocated", async () => {
      const home = await slugCopy();
      await fs.rm(path.join(home, SITE), { recursive: true });
      const missing = listed.filter((f) => f.startsWith(`${SITE}/`));
      expect(missing.length).toBeGreaterThan(0);
      const res = await boot(home);
      expectStarted(res);
      expect(res.warnings.length, res.stderr).toBeLessThanOrEqual(missing.length);
      for (const file of missing) expect(res.warnings.filter((w) => w.includes(file)).length, res.stderr).toBeLessThanOrEqual(1);
      for (const file of listed.filter((f) => !missing.includes(f))) {
        expect(await holds(path.join(home, file), built().buildDir), `${file} still names the build dir`).toBe(false);
      }
      const before = await snapshot(home);
      const again = await boot(home);
      expectStarted(again);
      expect(changed(before, await snapshot(home))).toEqual([]);
    });

    it("a listed file that is read-only (root-owned 0444 in a root-owned dir): one warning for it, the rest is relocated, nothing changes on a second run", async () => {
      const home = await slugCopy();
      const readOnly = `${SITE}/plain_pkg-0.1.0.dist-info/direct_url.json`;
      expect(listed).toContain(readOnly);
      const file = path.join(home, readOnly);
      await runOrThrow("chown", ["root:root", file, path.dirname(file)]);
      await fs.chmod(file, 0o444);
      await fs.chmod(path.dirname(file), 0o755);
      const original = await fs.readFile(file, "utf8");

      const res = await boot(home);
      expectStarted(res);
      expect(res.warnings.length, res.stderr).toBeLessThanOrEqual(1);
      expect(
        res.warnings.filter((w) => !w.includes(readOnly)),
        res.stderr,
      ).toEqual([]);
      expect(await fs.readFile(file, "utf8")).toBe(original);
      for (const other of listed.filter((f) => f !== readOnly)) {
        expect(await holds(path.join(home, other), built().buildDir), `${other} still names the build dir`).toBe(false);
      }

      const before = await snapshot(home);
      const again = await boot(home);
      expectStarted(again);
      expect(again.warnings.length, again.stderr).toBeLessThanOrEqual(1);
      expect(changed(before, await snapshot(home))).toEqual([]);
    });
  });
}
