// The kill matrix: a build SIGKILLed (its whole process tree, as the platform kills a build that
// times out or is cancelled) at each named moment. Every moment is found by watching, never by
// sleeping: bytes of a download leaving the artifact server, a file appearing, a child process
// starting, or a system call that strace holds (for windows too narrow to see from outside).
// After each kill, the next build of the same app succeeds, reuses only what was saved whole, says
// what it discarded and why, leaves nothing half-written in the cache, and the app answers HTTP.
//
// The points run in order on one app per test file (kill-install.test.ts, kill-save.test.ts: two
// chains that vitest runs side by side), each starting from the cache the previous recovery left,
// so each needs only the build it kills and the build that recovers.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fg from "fast-glob";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startArtifactServer, type App, type ArtifactServer } from "../heroku/index.js";
import { childRuns, fileExists, syscallHeld, until, type BuildDirs, type RunningCompile, type SyscallHold } from "../heroku/build-watch.js";
import { buildNodeArchive } from "../heroku/node-archive.js";
import { chownToUser } from "../heroku/user.js";
import { AppPool, appSource, expectSuccess } from "./helpers.js";

/** One chain's app, its source and the server it deploys from. */
export interface Matrix {
  server: ArtifactServer;
  app: App;
  files: Record<string, string>;
}

const APP_PY = `import os
from http.server import BaseHTTPRequestHandler, HTTPServer
import six

class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = f"six {six.__version__}".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

HTTPServer(("", int(os.environ["PORT"])), Handler).serve_forever()
`;

/**
 * While this file exists, greet's setup.py (with `hold`) waits, after creating greet/backend-ran: a build backend
 * caught running (a poll for its short-lived process could miss it). The build's /tmp is this machine's.
 */
const BACKEND_HOLD = path.join(tmpdir(), `pyslug-kill-backend-hold-${process.pid}`);

const GREET_SETUP = (requires: string[], hold = false) =>
  "import os, time\nfrom setuptools import setup\n" +
  (hold ? `open("backend-ran", "w").close()\nwhile os.path.exists(${JSON.stringify(BACKEND_HOLD)}):\n    time.sleep(0.05)\n` : "") +
  `setup(name="greet", version="1.0", py_modules=["greet"], install_requires=${JSON.stringify(requires)})\n`;

const part = (c: BuildDirs, ...rest: string[]) => path.join(c.cacheDir, "pyslug", ...rest);
const renameOf = (file: (c: BuildDirs) => string): SyscallHold => ({
  syscalls: ["rename", "renameat", "renameat2"],
  path: file,
  phase: "enter",
});
const openOf = (file: (c: BuildDirs) => string): SyscallHold => ({ syscalls: ["open", "openat"], path: file, phase: "exit" });

/** The Python archive URL in the other format: a mirror change makes the cached runtime stale. */
function switchPythonArchive({ app, server }: Matrix): void {
  const gz = app.config["PYSLUG_PYTHON_URL"]?.endsWith(".tar.gz");
  app.setConfig({ PYSLUG_PYTHON_URL: server.pythonUrlTemplate.replace(/\.tar\.zst$/, gz ? ".tar.zst" : ".tar.gz") });
}

/** More than a megabyte of a file under `prefix` sent, and not all of it. */
const transferring = (server: ArtifactServer, prefix: string) => () =>
  server.transfers().some((t) => t.path.startsWith(prefix) && t.sent >= 1 << 20 && t.sent < t.size);

export interface KillPoint {
  name: string;
  /** What changes before the killed build; the recovering build then deploys the same source and config. */
  prepare?: (m: Matrix) => Promise<void> | void;
  /** Paths the artifact server sends slowly during the killed build. */
  throttle?: RegExp;
  holdAt?: SyscallHold;
  /** Resolves at the moment to kill. */
  moment: (c: RunningCompile, m: Matrix) => Promise<void>;
  /** What was half-done when the build died (checked right after the kill). */
  killedState?: (c: RunningCompile) => Promise<void>;
  /** The next build's log says these (what it discarded and why, what it reused)... */
  next: RegExp[];
  /** ...and not these. */
  notNext?: RegExp[];
}

const NOT_SAVED = "it was not saved completely";
const discardedPython = new RegExp(`Discarding cached Python: ${NOT_SAVED}`);
const discardedPipCache = new RegExp(`Discarding pip cache: ${NOT_SAVED}`);
const downloadedPython = /Downloading http/;
const reusedPython = /Reusing cached Python/;
const reusedEnvironment = /Reusing cached environment/;

/** From an empty cache: the shim, the runtime, and installing the dependencies. */
export const INSTALL_POINTS: KillPoint[] = [
  {
    name: "mid Node download in the shim",
    throttle: /^\/node\//,
    moment: (c, m) => until(c, "the Node.js archive half sent", transferring(m.server, "/node/")),
    // The download went into the build's temp dir, never the cache: the next build finds nothing to discard.
    next: [/pyslug \(Node\.js [\d.]+, downloaded/, downloadedPython],
    notNext: [/Discard/],
  },
  {
    name: "mid save of the Node.js part (its stamp, written last, not yet committed)",
    prepare: async ({ app, server }) => {
      const node = await buildNodeArchive();
      // Another archive than the cached binary came from (the .tar.xz; the default is the .tar.gz): downloaded and kept again.
      app.setConfig({ PYSLUG_NODE_URL: `${server.url}/node/${node.fileName("tar.xz")}`, PYSLUG_NODE_SHA256: node.sha256("tar.xz") });
    },
    holdAt: renameOf((c) => part(c, "node", "node.stamp.partial")),
    moment: (c) => until(c, "the stamp's commit held", syscallHeld(c)),
    killedState: async (c) => expect(await fileExists(part(c, "node", "node.stamp"))()).toBe(false),
    next: [
      /pyslug \(Node\.js [\d.]+, downloaded[^\n]*\n {7}Discarded the cached Node\.js: it was not saved completely/,
      reusedPython,
      reusedEnvironment,
    ],
  },
  {
    name: "mid runtime download",
    prepare: switchPythonArchive,
    throttle: /^\/python\//,
    moment: (c, m) => until(c, "the Python archive half sent", transferring(m.server, "/python/")),
    // The killed build discarded the runtime of the old URL; the pip cache wasn't opened yet, so it stays.
    next: [downloadedPython],
    notNext: [reusedPython, /Discarding pip cache/],
  },
  {
    name: "mid extraction of the runtime",
    prepare: switchPythonArchive,
    moment: (c) => until(c, "extraction", fileExists(path.join(c.buildDir, ".heroku", "python.partial", "lib", "python3.12"))),
    killedState: async (c) => expect(await fileExists(path.join(c.buildDir, ".heroku", "python"))()).toBe(false),
    next: [downloadedPython],
    notNext: [reusedPython, /Discarding pip cache/],
  },
  {
    name: "mid pip bootstrap",
    prepare: switchPythonArchive,
    // pip's own files being written into site-packages (whichever way pyslug puts pip in place).
    holdAt: openOf((c) => path.join(c.buildDir, ".heroku", "python", "lib", "python3.12", "site-packages", "pip", "__init__.py")),
    moment: (c) => until(c, "pip's files being written", syscallHeld(c)),
    // The new runtime was saved whole before pip ran: it is reused, its missing environment said.
    next: [reusedPython, /Discarding cached environment: the cache has no environment/, discardedPipCache],
    notNext: [downloadedPython],
  },
  {
    name: "mid pip install",
    // A global option: the change can't be made in place, so pip installs the whole file into the reset tree.
    prepare: (m) => setSource(m, { "requirements.txt": "--prefer-binary\nsix\npackaging\n" }),
    moment: (c) => until(c, "pip install", childRuns(c, /-m pip install -r requirements\.txt/)),
    next: [discardedPipCache, downloadedPython],
    notNext: [reusedPython],
  },
  {
    name: "while a local package builds",
    prepare: async (m) => {
      await writeFile(BACKEND_HOLD, "");
      setSource(m, {
        "requirements.txt": "six\n./greet\n",
        "greet/setup.py": GREET_SETUP(["packaging"], true),
        "greet/greet.py": "HELLO = 1\n",
      });
    },
    // pip runs the backend in greet/; it waits there until the kill.
    moment: (c) => until(c, "a build backend running setup.py", fileExists(path.join(c.buildDir, "greet", "backend-ran"))),
    killedState: () => rm(BACKEND_HOLD, { force: true }),
    next: [discardedPipCache, downloadedPython],
  },
  {
    name: "mid uninstall of packages no longer required",
    prepare: (m) => setSource(m, { "greet/setup.py": GREET_SETUP([]) }),
    moment: (c) => until(c, "pip uninstall", childRuns(c, /-m pip uninstall --yes/)),
    killedState: (c) => {
      expect(c.output()).toMatch(/Removing packages no longer required: packaging/);
      return Promise.resolve();
    },
    next: [discardedPipCache, downloadedPython],
  },
];

/** From a warm cache: the writes and saves at the end of a build, and the restore at its start. */
export const SAVE_POINTS: KillPoint[] = [
  {
    name: "mid save of the pip cache",
    // A dependency added: pip runs, so the pip cache is saved (a build in which pip doesn't run leaves it as it was).
    prepare: (m) => setSource(m, { "requirements.txt": "six\npackaging\n" }),
    holdAt: renameOf((c) => part(c, "pip-cache", "metadata.json.partial")),
    moment: (c) => until(c, "the pip cache's metadata commit held", syscallHeld(c)),
    killedState: async (c) => expect(await fileExists(part(c, "pip-cache", "metadata.json"))()).toBe(false),
    next: [discardedPipCache],
  },
  {
    name: "mid .profile.d write",
    holdAt: openOf((c) => path.join(c.buildDir, ".profile.d", "pyslug-python.sh")),
    moment: (c) => until(c, "the .profile.d script opened", syscallHeld(c)),
    killedState: async (c) => expect(await readFile(path.join(c.buildDir, ".profile.d", "pyslug-python.sh"), "utf8")).toBe(""),
    next: [downloadedPython],
    notNext: [/Discarding pip cache/],
  },
  {
    name: "mid relocation manifest write",
    holdAt: renameOf((c) => path.join(c.buildDir, ".heroku", "pyslug", "relocation-manifest.partial")),
    moment: (c) => until(c, "the manifest's commit held", syscallHeld(c)),
    killedState: async (c) => expect(await fileExists(path.join(c.buildDir, ".heroku", "pyslug", "relocation-manifest"))()).toBe(false),
    next: [downloadedPython],
    notNext: [/Discarding pip cache/],
  },
  {
    name: "between two part saves (the pip cache saved, the Python tree's copy updated, its metadata not yet committed)",
    holdAt: renameOf((c) => part(c, "python", "metadata.json.partial")),
    moment: (c) => until(c, "the Python part's save held", syscallHeld(c)),
    killedState: async (c) => expect(await fileExists(part(c, "pip-cache", "metadata.json"))()).toBe(true),
    next: [downloadedPython],
    notNext: [/Discarding pip cache/],
  },
  {
    // bin/compile copies the cached tree into the build dir while Node.js starts (bin/lib/tree.sh): the cache keeps
    // its own tree, trusted, until the build first writes into the copy.
    name: "mid hard-link copy of the cached Python tree into the build dir",
    holdAt: { syscalls: ["link", "linkat"], phase: "enter", nth: 200 },
    moment: (c) => until(c, "cp --link held", syscallHeld(c)),
    killedState: async (c) => expect(await fileExists(part(c, "python", "metadata.json"))()).toBe(true),
    next: [reusedPython, reusedEnvironment],
    notNext: [/Discard/],
  },
  {
    name: "between the Python tree's save and the build state's",
    holdAt: openOf((c) => part(c, "build-state.json.partial")),
    moment: (c) => until(c, "the build state's write held", syscallHeld(c)),
    // Every part was saved whole before the kill: all of it is reused.
    next: [reusedPython, reusedEnvironment],
    notNext: [/Discard/],
  },
  {
    // The copy is taken (renamed to .heroku/python), and nothing has written into it yet: the cache's tree is whole.
    name: "mid restore of the cached Python tree",
    holdAt: renameOf((c) => path.join(c.buildDir, ".heroku", "python.restoring")),
    moment: (c) => until(c, "the restore's rename held", syscallHeld(c)),
    killedState: async (c) => expect(await fileExists(part(c, "python", "metadata.json"))()).toBe(true),
    next: [reusedPython, reusedEnvironment],
    notNext: [/Discard/],
  },
  {
    // Every build writes after its dependencies are in place (hooks, the environment): the cache's tree is un-trusted
    // first, since a file written in place is written in both trees.
    name: "as the build first writes into the restored tree (the cache's tree un-trusted)",
    holdAt: { syscalls: ["unlink", "unlinkat"], path: (c) => part(c, "python", "metadata.json"), phase: "exit" },
    moment: (c) => until(c, "the cached tree's metadata removed", syscallHeld(c)),
    killedState: async (c) => expect(await fileExists(part(c, "python", "content"))()).toBe(true),
    next: [discardedPython, downloadedPython],
  },
];

function setSource(m: Matrix, changes: Record<string, string>): void {
  m.files = { ...m.files, ...changes };
}

/** Registers one chain: its app and server, an optional first deploy, then each point in order. */
export function killMatrix(title: string, points: KillPoint[], opts: { warm?: boolean } = {}): void {
  const m = {} as Matrix;
  const pool = new AppPool(() => m.server);
  let killed = 0;

  beforeAll(async () => {
    m.server = await startArtifactServer({ pythonVersions: ["3.12"] });
    await m.server.ensureDownloaded(["six", "packaging"], "3.12");
    m.app = await pool.create("kill");
    m.files = { ".python-version": "3.12\n", "requirements.txt": "six\n", Procfile: "web: python app.py\n", "app.py": APP_PY };
    if (opts.warm) expectSuccess(await m.app.deploy({ source: await appSource(m.files) }));
  });

  afterAll(async () => {
    await rm(BACKEND_HOLD, { force: true });
    await pool.dispose();
    await m.server?.close();
  });

  describe(title, () => {
    for (const point of points) {
      it(
        point.name,
        async () => {
          const { app, server } = m;
          await point.prepare?.(m);
          const source = await appSource(m.files);
          // Its own temp dir, so what the killed build leaves in it (a Node binary, a half download) goes with the app.
          const tmp = path.join(app.stateDir, `tmp-${++killed}`);
          await mkdir(tmp);
          await chownToUser(app.user, tmp);
          if (point.throttle) server.throttle(point.throttle, 4 << 20);
          let atKill: RunningCompile | undefined;
          let output: string;
          try {
            const result = await app.deploy({
              source,
              buildEnv: { TMPDIR: tmp },
              holdAt: point.holdAt,
              duringCompile: async (c) => {
                await point.moment(c, m);
                await c.kill();
                atKill = c;
              },
            });
            output = result.output;
            expect(result.exitCode, output).not.toBe(0);
          } finally {
            server.unthrottle();
          }
          expect(output).not.toMatch(/Done in/);
          await point.killedState?.(atKill!);
          await rm(tmp, { recursive: true, force: true });

          const next = await app.deploy({ source });
          expectSuccess(next);
          for (const re of point.next) expect(next.output).toMatch(re);
          for (const re of point.notNext ?? []) expect(next.output).not.toMatch(re);
          expect(await fg("**/*.partial", { cwd: path.join(app.cacheDir, "pyslug"), dot: true, onlyFiles: false })).toEqual([]);
          const web = await app.bootWeb();
          expect(web.status, web.output).toBe(200);
          expect(web.body).toBe("six 1.17.0");
        },
        900_000,
      );
    }
  });
}
