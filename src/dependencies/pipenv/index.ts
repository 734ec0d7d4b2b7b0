/** Pipenv support without Pipenv: Pipfile hashing, lock checking, lock → pip requirements. */
export {
  pipfileHash,
  hashPipfileData,
  parsePipfile,
  pipfileHashDocument,
  readPipfileText,
  DEFAULT_PIPFILE_SOURCE,
} from "./pipfile-hash.js";
export type { PipfileData } from "./pipfile-hash.js";
export { parsePipfileLock, readPipfileLock } from "./lock-file.js";
export type { PipfileLock, LockEntry, LockSection, LockSource } from "./lock-file.js";
export { checkLockCurrent, describeDifferences } from "./lock-check.js";
export type { CheckedLock, LockCheckFiles } from "./lock-check.js";
export { lockToRequirements, applyPypiMirror, isPypiUrl } from "./lock-to-requirements.js";
export type { PipenvRequirements, LockedLocalEntry, VcsRequirement, LockToRequirementsOptions } from "./lock-to-requirements.js";
