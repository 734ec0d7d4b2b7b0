export { contentHash, contentHashDocument, lockIsFresh, pythonJsonDumps } from "./content-hash.js";
export { installLines, InstallLineError, type PoetryInstallLines } from "./install-lines.js";
export { readPoetryLock, recordsGroups, lockVersionParts, PoetryLockError, type LockedPackage, type PoetryLock } from "./lock-file.js";
export { readPoetryProject, PoetryProjectError, type PoetryProject, type PoetrySource } from "./pyproject.js";
export { installedGroups, pythonConstraintHolds, selectPackages, SelectionError } from "./select.js";
export { describeStaleLock } from "./staleness.js";
export { parseTomlFile } from "./toml-file.js";
