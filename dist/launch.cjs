"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/launch.ts
var import_node_fs = require("node:fs");
var import_node_module = __toESM(require("node:module"), 1);
var import_node_path = __toESM(require("node:path"), 1);
var import_node_vm = __toESM(require("node:vm"), 1);
var CODE_DIR = import_node_path.default.join("pyslug", "code");
var BUNDLE_COPY = "compile.cjs";
var V8_CACHE = "compile.cjs.v8";
var FORMER = ["compile.mjs", "v8"];
function writeWhole(file, data) {
  try {
    (0, import_node_fs.writeFileSync)(`${file}.new`, data);
    (0, import_node_fs.renameSync)(`${file}.new`, file);
  } catch (error) {
    (0, import_node_fs.rmSync)(`${file}.new`, { force: true });
    throw error;
  }
}
function keptCache(dir, source) {
  let same;
  try {
    same = (0, import_node_fs.readFileSync)(import_node_path.default.join(dir, BUNDLE_COPY)).equals(source);
  } catch {
    same = false;
  }
  if (same) {
    try {
      return (0, import_node_fs.readFileSync)(import_node_path.default.join(dir, V8_CACHE));
    } catch {
      return void 0;
    }
  }
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: true });
    for (const name of [V8_CACHE, ...FORMER]) (0, import_node_fs.rmSync)(import_node_path.default.join(dir, name), { recursive: true, force: true });
    writeWhole(import_node_path.default.join(dir, BUNDLE_COPY), source);
    return void 0;
  } catch {
    return false;
  }
}
function run(bundle, cacheDir) {
  const source = (0, import_node_fs.readFileSync)(bundle);
  const dir = cacheDir ? import_node_path.default.join(import_node_path.default.resolve(cacheDir), CODE_DIR) : void 0;
  const kept = dir ? keptCache(dir, source) : false;
  const script = new import_node_vm.default.Script(import_node_module.default.wrap(source.toString("utf8")), { filename: bundle, cachedData: kept || void 0 });
  if (dir && kept !== false && (kept === void 0 || script.cachedDataRejected === true)) {
    process.once("exit", () => {
      try {
        writeWhole(import_node_path.default.join(dir, V8_CACHE), script.createCachedData());
      } catch {
      }
    });
  }
  const compiled = script.runInThisContext();
  const module2 = { exports: {} };
  compiled.call(module2.exports, module2.exports, (0, import_node_module.createRequire)(bundle), module2, bundle, import_node_path.default.dirname(bundle));
}
run(import_node_path.default.join(__dirname, "compile.cjs"), process.argv[3]);
