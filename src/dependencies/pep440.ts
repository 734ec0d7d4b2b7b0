/**
 * PEP 440 versions and specifiers: enough to check a Python version against `requires-python`
 * and to compare versions in environment markers. Pure.
 */

export interface Pep440Version {
  epoch: number;
  release: number[];
  /** ["a" | "b" | "rc", n] */
  pre: [string, number] | undefined;
  post: number | undefined;
  dev: number | undefined;
  local: string | undefined;
}

/** Why a version or specifier isn't PEP 440. */
export class VersionSyntaxError extends Error {}

const VERSION_PATTERN =
  /^\s*v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i;

const PRE_NAMES: Record<string, string> = { alpha: "a", a: "a", beta: "b", b: "b", preview: "rc", pre: "rc", c: "rc", rc: "rc" };

/** Parses a version, or undefined when it isn't one. */
export function parseVersion(text: string): Pep440Version | undefined {
  const m = VERSION_PATTERN.exec(text);
  if (!m) return undefined;
  const [, epoch, release, preName, preNumber, postImplicit, postName, postNumber, devName, devNumber, local] = m;
  return {
    epoch: epoch ? Number(epoch) : 0,
    release: release!.split(".").map(Number),
    pre: preName ? [PRE_NAMES[preName.toLowerCase()]!, Number(preNumber ?? 0)] : undefined,
    post: postImplicit !== undefined ? Number(postImplicit) : postName ? Number(postNumber ?? 0) : undefined,
    dev: devName ? Number(devNumber ?? 0) : undefined,
    local: local?.toLowerCase().replace(/[-_]/g, "."),
  };
}

function mustParse(text: string): Pep440Version {
  const v = parseVersion(text);
  if (!v) throw new VersionSyntaxError(`'${text}' is not a version`);
  return v;
}

function compareReleases(a: number[], b: number[]): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

const PRE_ORDER: Record<string, number> = { a: 0, b: 1, rc: 2 };

function compareLocal(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) {
      const d = Number(x) - Number(y);
      if (d !== 0) return Math.sign(d);
    } else if (nx !== ny) return nx ? 1 : -1;
    else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Orders two versions as PEP 440 does (-1, 0, 1). */
export function compareVersions(a: Pep440Version, b: Pep440Version): number {
  if (a.epoch !== b.epoch) return Math.sign(a.epoch - b.epoch);
  const release = compareReleases(a.release, b.release);
  if (release !== 0) return release;
  // A dev release without pre/post sorts before every pre-release of the same release.
  const preKey = (v: Pep440Version): number[] =>
    v.pre ? [PRE_ORDER[v.pre[0]]!, v.pre[1]] : v.post === undefined && v.dev !== undefined ? [-1, 0] : [3, 0];
  const [pa, pb] = [preKey(a), preKey(b)];
  if (pa[0] !== pb[0]) return Math.sign(pa[0]! - pb[0]!);
  if (pa[1] !== pb[1]) return Math.sign(pa[1]! - pb[1]!);
  const post = (a.post ?? -1) - (b.post ?? -1);
  if (post !== 0) return Math.sign(post);
  const dev = (a.dev ?? Infinity) - (b.dev ?? Infinity);
  if (dev !== 0 && Number.isFinite(dev)) return Math.sign(dev);
  if (a.dev === undefined && b.dev !== undefined) return 1;
  if (a.dev !== undefined && b.dev === undefined) return -1;
  return compareLocal(a.local, b.local);
}

function isPrerelease(v: Pep440Version): boolean {
  return v.pre !== undefined || v.dev !== undefined;
}

function withoutLocal(v: Pep440Version): Pep440Version {
  return { ...v, local: undefined };
}

function base(v: Pep440Version): Pep440Version {
  return { epoch: v.epoch, release: v.release, pre: undefined, post: undefined, dev: undefined, local: undefined };
}

const SPECIFIER_PATTERN = /^\s*(~=|===|==|!=|<=|>=|<|>)\s*(\S+?)\s*$/;

export interface Specifier {
  operator: string;
  version: string;
}

/** Splits `>=3.9, <4` into its specifiers; throws VersionSyntaxError for anything else. */
export function parseSpecifiers(text: string): Specifier[] {
  if (text.trim() === "") return [];
  return text.split(",").map((item) => {
    const m = SPECIFIER_PATTERN.exec(item);
    if (!m) throw new VersionSyntaxError(`'${item.trim()}' is not a version specifier`);
    const [, operator, version] = m;
    if (operator !== "===") {
      const wildcard = version!.endsWith(".*");
      if (wildcard && operator !== "==" && operator !== "!=") throw new VersionSyntaxError(`'${item.trim()}': only == and != take a '.*'`);
      mustParse(wildcard ? version!.slice(0, -2) : version!);
      if (operator === "~=" && mustParse(version!).release.length < 2) throw new VersionSyntaxError(`'${item.trim()}': ~= needs X.Y`);
    }
    return { operator: operator!, version: version! };
  });
}

function matchesOne(candidate: Pep440Version, raw: string, spec: Specifier): boolean {
  const { operator, version } = spec;
  if (operator === "===") return raw.trim().toLowerCase() === version.toLowerCase();
  if (version.endsWith(".*")) {
    const prefix = mustParse(version.slice(0, -2));
    const c = withoutLocal(candidate);
    const same =
      c.epoch === prefix.epoch &&
      compareReleases(c.release.slice(0, prefix.release.length), prefix.release) === 0 &&
      (prefix.pre === undefined || (c.pre?.[0] === prefix.pre[0] && c.pre?.[1] === prefix.pre[1]));
    return operator === "==" ? same : !same;
  }
  const target = mustParse(version);
  const cmp = (a: Pep440Version, b: Pep440Version) => compareVersions(a, b);
  switch (operator) {
    case "==":
      return cmp(target.local === undefined ? withoutLocal(candidate) : candidate, target) === 0;
    case "!=":
      return cmp(target.local === undefined ? withoutLocal(candidate) : candidate, target) !== 0;
    case "<=":
      return cmp(withoutLocal(candidate), target) <= 0;
    case ">=":
      return cmp(withoutLocal(candidate), target) >= 0;
    case "<":
      if (cmp(withoutLocal(candidate), target) >= 0) return false;
      // `<V` excludes pre-releases of V itself unless V is one.
      return isPrerelease(target) || !isPrerelease(candidate) || cmp(base(candidate), base(target)) !== 0;
    case ">":
      if (cmp(withoutLocal(candidate), target) <= 0) return false;
      // `>V` excludes post-releases of V unless V is one.
      return target.post !== undefined || candidate.post === undefined || cmp(base(candidate), base(target)) !== 0;
    case "~=": {
      const prefix = target.release.slice(0, -1);
      const upper = { ...base(target), release: prefix };
      return (
        cmp(withoutLocal(candidate), target) >= 0 &&
        candidate.epoch === target.epoch &&
        compareReleases(candidate.release.slice(0, prefix.length), upper.release) === 0
      );
    }
    default:
      return false;
  }
}

/** True when `version` satisfies every specifier (pre-releases allowed, as for an interpreter). */
export function satisfies(version: string, specifiers: string | Specifier[]): boolean {
  const candidate = mustParse(version);
  const list = typeof specifiers === "string" ? parseSpecifiers(specifiers) : specifiers;
  return list.every((spec) => matchesOne(candidate, version, spec));
}
