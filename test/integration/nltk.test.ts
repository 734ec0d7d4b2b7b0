// NLTK data from nltk.txt, downloaded by the real NLTK (from the package index) with its own downloader,
// from a small index and corpus served on loopback: in the slug, found through NLTK_DATA by a dyno and by
// a later buildpack, kept in the cache (the second deploy downloads nothing), and an unknown id fails the
// build naming nltk.txt and its line. The app switches from Heroku's Python buildpack, whose cache the
// first build ignores (the README's switching guide).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startArtifactServer, type App, type ArtifactServer, type DeployResult } from "../heroku/index.js";
import { runOrThrow } from "../heroku/shell.js";
import { AppPool, appSource, expectBuildError, expectSuccess, writeFiles } from "./helpers.js";

// The test index has regex (nltk's compiled dependency) for 3.11 only.
const PYTHON = "3.11";
const NLTK = "nltk==3.10.3";
// NLTK 3.10 refuses to fetch from loopback and private addresses, but fetches through a proxy the operator
// trusts: the artifact server is that proxy, answering for a host name that resolves nowhere.
const MIRROR = "http://nltk-mirror.test";
const INDEX_PATH = "/nltk/index.xml";
const ZIP_PATH = "/nltk/packages/corpora/tinywords.zip";

/** What Heroku's Python buildpack keeps in CACHE_DIR; a Python that can't start, and stale NLTK data. */
const INCUMBENT_CACHE: Record<string, string> = {
  ".heroku/python-version": "python-3.11.6\n",
  ".heroku/python-stack": "heroku-24\n",
  ".heroku/requirements.txt": "nltk==3.8.1\n",
  ".heroku/python/bin/python": "#!/bin/sh\necho 'the incumbent Python ran' >&2\nexit 1\n",
  ".heroku/python/nltk_data/corpora/tinywords/english": "stale\n",
};

let server: ArtifactServer;
const pool = new AppPool(() => server);
let app: App;
let source: string;

/** A one-corpus NLTK data index and its zip, as NLTK's index describes packages (sizes, checksums). */
async function serveTinyIndex(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), "pyslug-nltk-index-"));
  try {
    const zip = path.join(dir, "tinywords.zip");
    const files = { "tinywords/english": "alpha\nbeta\ngamma\n", "tinywords/README": "A tiny word list.\n" };
    execFileSync("python3", [
      "-c",
      "import json, sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w') as z:\n    for name, text in json.loads(sys.argv[2]).items(): z.writestr(name, text)",
      zip,
      JSON.stringify(files),
    ]);
    const bytes = await readFile(zip);
    const unzipped = Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    const digest = (algorithm: string) => createHash(algorithm).update(bytes).digest("hex");
    server.override(ZIP_PATH, { body: bytes, headers: { "content-type": "application/zip" } });
    server.override(INDEX_PATH, {
      headers: { "content-type": "text/xml" },
      body:
        `<?xml version="1.0"?>\n<nltk_data>\n<packages>\n` +
        `<package id="tinywords" name="Tiny word list" subdir="corpora" url="${MIRROR}${ZIP_PATH}" size="${bytes.length}" ` +
        `unzipped_size="${unzipped}" checksum="${digest("md5")}" sha256_checksum="${digest("sha256")}" unzip="1" />\n` +
        `</packages>\n<collections>\n<collection id="tiny-all" name="All tiny data"><item ref="tinywords" /></collection>\n</collections>\n</nltk_data>\n`,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const nltkRequests = () => server.requests.filter((r) => r.path.startsWith("/nltk/")).map((r) => r.path);

/** In a one-off dyno: NLTK_DATA, and the corpus found and read by nltk from /app. */
async function expectDataInDyno(): Promise<void> {
  const res = await app.run(
    `python -c "import os, nltk; from nltk.corpus.reader import WordListCorpusReader; ` +
      `p = nltk.data.find('corpora/tinywords'); print(os.environ['NLTK_DATA']); print(p); ` +
      `print(WordListCorpusReader(p, ['english']).words())"`,
  );
  expect(res.exitCode, res.output).toBe(0);
  expect(res.stdout.trim().split("\n")).toEqual([
    "/app/.heroku/nltk_data:/app/own_data",
    "/app/.heroku/nltk_data/corpora/tinywords",
    "['alpha', 'beta', 'gamma']",
  ]);
}

beforeAll(async () => {
  server = await startArtifactServer({ pythonVersions: [PYTHON] });
  await server.ensureDownloaded([NLTK], PYTHON);
  await serveTinyIndex();
  app = await pool.create("nltk", { buildpacks: [{ kind: "pyslug" }, { kind: "inline" }] });
  // The app switches from Heroku's Python buildpack: its cache holds that buildpack's tree (NLTK data in it
  // too), which the first pyslug build ignores and leaves to it (CACHE_DIR is shared).
  await writeFiles(app.cacheDir, INCUMBENT_CACHE);
  await runOrThrow("chmod", ["755", path.join(app.cacheDir, ".heroku/python/bin/python")]);
  await runOrThrow("chown", ["-R", `${app.user.uid}:${app.user.gid}`, app.cacheDir]);
  app.setConfig({
    NLTK_DOWNLOAD_URL: `${MIRROR}${INDEX_PATH}`,
    http_proxy: server.url,
    NLTK_ALLOW_PROXIED_URLOPEN: "1",
    NLTK_DATA: "/app/own_data",
  });
  source = await appSource({
    ".python-version": `${PYTHON}\n`,
    "requirements.txt": `${NLTK}\n`,
    "nltk.txt": "# what the app needs\ntinywords\n",
    // A later buildpack finds the data through pyslug's export (which the platform sources for it).
    "bin/inline-compile":
      "#!/usr/bin/env bash\nset -euo pipefail\n" +
      'echo "later buildpack: NLTK_DATA=$NLTK_DATA"\n' +
      "python -c \"import nltk; print('later buildpack found', nltk.data.find('corpora/tinywords/english'))\"\n",
  });
});

afterAll(async () => {
  await pool.dispose();
  await server?.close();
});

describe("NLTK data from nltk.txt", { timeout: 300_000 }, () => {
  let first: DeployResult;

  it("is downloaded with NLTK's downloader into the slug, for dynos and later buildpacks", async () => {
    server.clearRequests();
    first = await app.deploy({ source });
    expectSuccess(first);
    expect(first.output).toMatch(/-----> Installing NLTK data from nltk\.txt \(tinywords\) into \.heroku\/nltk_data\n/);
    expect(first.output).toMatch(/Downloading package tinywords to\s+\/tmp\/build_\w+\/\.heroku\/nltk_data\.\.\./);
    expect(nltkRequests()).toEqual([INDEX_PATH, ZIP_PATH]);
    expect(first.output).toMatch(/later buildpack: NLTK_DATA=\/tmp\/build_\w+\/\.heroku\/nltk_data\n/);
    expect(first.output).toMatch(/later buildpack found \/tmp\/build_\w+\/\.heroku\/nltk_data\/corpora\/tinywords\/english\n/);
    await expectDataInDyno();
    expect(first.output).not.toMatch(/incumbent Python ran|Reusing cached/);
    for (const [file, text] of Object.entries(INCUMBENT_CACHE)) expect(await readFile(path.join(app.cacheDir, file), "utf8")).toBe(text);
  });

  it("comes from the cache on the second deploy: nothing is downloaded", async () => {
    server.clearRequests();
    const second = await app.deploy({ source });
    expectSuccess(second);
    expect(second.output).toMatch(/Reusing cached NLTK data \(tinywords from http:\/\/nltk-mirror\.test\/nltk\/index\.xml\)/);
    expect(second.output).not.toMatch(/Downloading package/);
    expect(nltkRequests()).toEqual([]);
    await expectDataInDyno();
  });

  it("an id the index doesn't have fails the build naming nltk.txt and its line; the cached data is discarded with the reason", async () => {
    const bad = await appSource({ "nltk.txt": "tinywords\n\nno_such_corpus  # misspelt\n" }, source);
    const res = await app.deploy({ source: bad });
    expectBuildError(
      res,
      /Error: nltk\.txt lists an id NLTK's index \(http:\/\/nltk-mirror\.test\/nltk\/index\.xml\) doesn't have: 'no_such_corpus' \(line 3\)\./,
    );
    expect(res.output.match(/ ! {5}Error: /g)).toHaveLength(1);
    expect(res.output).toMatch(/Fix the spelling or remove it from nltk\.txt/);
    expect(res.output).toMatch(/Discarding cached NLTK data: the ids in nltk\.txt changed \(added no_such_corpus\)/);
  });

  it("an index that can't be read fails the build naming NLTK_DOWNLOAD_URL, its credentials never shown", async () => {
    app.setConfig({ NLTK_DOWNLOAD_URL: `http://fetcher:s3cr3t-token@nltk-mirror.test/nltk/missing.xml` });
    try {
      const res = await app.deploy({ source });
      expectBuildError(
        res,
        /Error: NLTK's downloader couldn't read its index http:\/\/\*\*\*@nltk-mirror\.test\/nltk\/missing\.xml: HTTPError: HTTP Error 404/,
      );
      expect(res.output.match(/ ! {5}Error: /g)).toHaveLength(1);
      expect(res.output).toMatch(/Check NLTK_DOWNLOAD_URL \(a config var; without it NLTK's default index is used\)/);
      expect(res.output).not.toContain("s3cr3t-token");
    } finally {
      app.setConfig({ NLTK_DOWNLOAD_URL: `${MIRROR}${INDEX_PATH}` });
    }
  });
});
