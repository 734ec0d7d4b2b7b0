/**
 * Cross-checks pyslug's requirements-file parser against pip's own parser (the machine's `python3 -m pip`):
 * for each fixture app, pip's parse_requirements() + install_req_from_parsed_requirement() list the
 * requirements, their kind/name/path and the global options; pyslug must see the same.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { execa } from "execa";
import { beforeAll, describe, expect, it } from "vitest";
import { readRequirements, redactText } from "../../../../src/dependencies/pip/requirements-file.js";

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../fixtures/requirements");
const CASES = ["continuations", "comments", "hashes", "includes", "editables", "markers", "vcs", "envvars", "options", "archives"];

/** Runs pip's parser on each app dir given as argument (cwd = the app, like a real build) and prints JSON. */
const ORACLE = String.raw`
import json, os, re, sys
from pip._internal.network.session import PipSession
from pip._internal.req.req_file import parse_requirements
from pip._internal.req.constructors import install_req_from_parsed_requirement
from pip._internal.index.package_finder import PackageFinder
from pip._internal.index.collector import LinkCollector
from pip._internal.models.search_scope import SearchScope
from pip._internal.models.selection_prefs import SelectionPreferences

class Opts:
    require_hashes = False
    def __init__(self):
        self.features_enabled = []

def kind_of(ireq):
    link = ireq.link
    if link is None: return "named"
    if link.is_vcs: return "vcs"
    if link.scheme == "file": return "local-path"
    return "url"

def rel(p):
    return os.path.relpath(p, os.getcwd()).replace(os.sep, "/")

out = {}
for app in sys.argv[1:]:
    os.chdir(app)
    session = PipSession()
    finder = PackageFinder.create(
        link_collector=LinkCollector(session=session, search_scope=SearchScope.create(find_links=[], index_urls=[], no_index=False)),
        selection_prefs=SelectionPreferences(allow_yanked=False),
    )
    options = Opts()
    reqs = []
    for pr in parse_requirements("requirements.txt", session=session, finder=finder, options=options):
        m = re.match(r"^(-[rc]) (.*) \(line (\d+)\)$", pr.comes_from)
        ireq = install_req_from_parsed_requirement(pr, isolated=True)
        k = kind_of(ireq)
        hashes = ((pr.options or {}).get("hashes") or {})
        reqs.append({
            "text": pr.requirement.strip(), "editable": pr.is_editable, "constraint": pr.constraint,
            "file": os.path.normpath(m.group(2)).replace(os.sep, "/"), "line": int(m.group(3)),
            "hashes": sorted(a + ":" + d for a, ds in hashes.items() for d in ds),
            "name": ireq.name, "kind": k, "extras": sorted(ireq.extras),
            "path": rel(ireq.link.file_path) if k == "local-path" else None,
            "hasMarker": ireq.markers is not None,
        })
    fc = finder.format_control
    out[os.path.basename(app)] = {
        "requirements": reqs,
        "indexUrls": finder.index_urls,
        "findLinks": [rel(f) if os.path.isabs(f) else f for f in finder.find_links],
        "noIndex": finder.search_scope.no_index,
        "trustedHosts": [o[0] for o in session.pip_trusted_origins],
        "pre": finder.allow_all_prereleases, "preferBinary": finder.prefer_binary,
        "requireHashes": options.require_hashes, "features": options.features_enabled,
        "onlyBinary": sorted(fc.only_binary), "noBinary": sorted(fc.no_binary),
    }
print(json.dumps(out))
`;

interface PipRequirement {
  text: string;
  editable: boolean;
  constraint: boolean;
  file: string;
  line: number;
  hashes: string[];
  name: string | null;
  kind: string;
  extras: string[];
  path: string | null;
  hasMarker: boolean;
}
interface PipView {
  requirements: PipRequirement[];
  indexUrls: string[];
  findLinks: string[];
  noIndex: boolean;
  trustedHosts: string[];
  pre: boolean;
  preferBinary: boolean;
  requireHashes: boolean;
  features: string[];
  onlyBinary: string[];
  noBinary: string[];
}

let pip: Record<string, PipView> = {};

beforeAll(async () => {
  // Unset the variables the envvars fixture references, so pip keeps `${NAME}` as written (as pyslug does).
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("PYSLUG_TEST_")));
  const result = await execa("python3", ["-c", ORACLE, ...CASES.map((c) => path.join(FIXTURES, c))], { env, extendEnv: false });
  pip = JSON.parse(result.stdout) as Record<string, PipView>;
}, 60_000);

describe("pyslug parses requirements files exactly as pip does", () => {
  it.each(CASES)("%s", async (name) => {
    const expected = pip[name];
    expect(expected, `pip produced no result for ${name}`).toBeDefined();
    if (!expected) return;
    const set = await readRequirements(path.join(FIXTURES, name), "requirements.txt", { env: {} });
    const ours = [...set.requirements.map((r) => ({ r, constraint: false })), ...set.constraints.map((r) => ({ r, constraint: true }))];
    const view = (constraint: boolean) =>
      ours
        .filter((o) => o.constraint === constraint)
        .map(({ r }) => ({
          text: r.text,
          editable: r.editable,
          constraint,
          file: r.source.file,
          line: r.source.line,
          hashes: r.hashes,
          name: r.name ?? null,
          kind: r.kind,
          extras: r.extras.map((e) => e.toLowerCase().replace(/[-_.]+/g, "-")).sort(),
          path: r.path ?? null,
          hasMarker: r.marker !== undefined,
        }));
    const pipView = (constraint: boolean) =>
      expected.requirements.filter((r) => r.constraint === constraint).map((r) => ({ ...r, text: redactText(r.text) }));
    expect(ours.length).toBeGreaterThan(0);
    expect(view(false)).toEqual(pipView(false));
    expect(view(true)).toEqual(pipView(true));

    const o = set.options;
    expect([...(o.indexUrl ? [o.indexUrl] : []), ...o.extraIndexUrls]).toEqual(expected.indexUrls.map(redactText));
    expect(o.findLinks).toEqual(expected.findLinks);
    expect(o.noIndex).toBe(expected.noIndex);
    expect(o.trustedHosts).toEqual(expected.trustedHosts);
    expect(o.pre).toBe(expected.pre);
    expect(o.preferBinary).toBe(expected.preferBinary);
    expect(o.requireHashes).toBe(expected.requireHashes);
    expect(o.features).toEqual(expected.features);
    expect([...o.onlyBinary].sort()).toEqual(expected.onlyBinary);
    expect([...o.noBinary].sort()).toEqual(expected.noBinary);
  });
});
