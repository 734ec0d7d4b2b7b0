import type { LocalPackage } from "./local-packages.js";
import type { PipRun } from "./pip-runner.js";
import type { PackageManagerName } from "./package-manager.js";
import type { ResolvedPython } from "../runtime/version.js";
import type { Platform } from "../support/platform.js";

/** What a plan is made for: the chosen Python on the build's platform. Lock files are universal; the plan selects for this. */
export interface PlanTarget {
  python: ResolvedPython;
  platform: Platform;
  /** Supported Python versions, newest first (to suggest one that fits a project's constraint). */
  supported: { minor: string; version: string }[];
}

/** What a package manager contributes to a build: a spec to fingerprint, and how to install it. */
export interface DependencyPlan {
  manager: PackageManagerName;
  /** The dependency files, as the log names them. */
  label: string;
  /** Canonical form of the dependency specification: equal means an equivalent install. */
  fingerprint: string;
  /** JSON-safe summary stored with the cache, enough to say what changed. */
  snapshot: unknown;
  /** Human reasons why a saved snapshot differs from this spec (empty when it doesn't). */
  describeChanges(saved: unknown): string[];
  /** Packages installed from the app's own directories: reinstalled unless proven unchanged. */
  localPackages: LocalPackage[];
  /** Requirements whose installed state can't be proven current from the spec (e.g. VCS branches): the install always runs. */
  unprovable: string[];
  /** Credentials the plan puts in index URLs (from config vars): redacted from every log line, never stored. */
  secrets?: string[];
  /** Installs into the build's Python. Returns the requirements the environment must satisfy (PEP 508 strings). */
  install(run: PipRun, scratch: string): Promise<{ required: string[] }>;
  /**
   * Whether an environment that holds exactly what an earlier spec asked for can be brought to this one in place:
   * the spec as pip resolves it from the index (then only the packages whose version differs are changed), or why
   * it needs a fresh one. Absent: a changed spec always gets a fresh environment.
   */
  incrementalChange?(): IncrementalChange;
  /**
   * Installs these local packages again, as install() would, into an environment that holds exactly the rest of
   * the spec (their files changed, or their editable install points at another build dir). Returns the names pip
   * was asked for, or why it can't (the caller then runs install()). Absent: install() always runs.
   */
  reinstallLocal?(run: PipRun, packages: LocalPackage[], scratch: string): Promise<{ requested: string[] } | { reason: string }>;
}

/** A spec pip can resolve from the index alone, its local packages standing for themselves as installed. */
export interface IncrementalSpec {
  /** Requirement lines: a name, a version specifier, extras, a marker. */
  requirements: string[];
  /** Constraint lines, the same kind. */
  constraints: string[];
  /** Local packages (absolute directories, requested extras): kept as installed, their own requirements resolved. */
  local: { path: string; extras: string[] }[];
  /** The requirements the environment must satisfy, local packages aside (PEP 508 strings, see install()). */
  required: string[];
}

/** An incremental install, or why there can't be one. */
export type IncrementalChange = ({ kind: "resolve" } & IncrementalSpec) | { kind: "reset"; reason: string };

/** Requirement strings of what pip's --report says it installed because it was asked to. Pure. */
export function requestedFromReport(report: unknown): string[] {
  const items = (report as { install?: { requested?: boolean; metadata?: { name?: string } }[] } | null)?.install ?? [];
  return items.filter((i) => i.requested && i.metadata?.name).map((i) => i.metadata!.name!);
}

/** A VCS ref that is a full commit hash: what it checks out can't change upstream. Pure. */
export function isPinnedCommit(ref: string | undefined): boolean {
  return ref !== undefined && /^[0-9a-f]{40}$/i.test(ref);
}

/** A VCS URL pinned to a full commit hash can be proven current by the spec alone. Pure. */
export function isPinnedVcs(url: string): boolean {
  const withoutFragment = url.split("#")[0] ?? url;
  return isPinnedCommit(/@([^@/]+)$/.exec(withoutFragment)?.[1]);
}
