"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
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

// node_modules/universalify/index.js
var require_universalify = __commonJS({
  "node_modules/universalify/index.js"(exports2) {
    "use strict";
    exports2.fromCallback = function(fn) {
      return Object.defineProperty(function(...args) {
        if (typeof args[args.length - 1] === "function") fn.apply(this, args);
        else {
          return new Promise((resolve, reject) => {
            args.push((err, res) => err != null ? reject(err) : resolve(res));
            fn.apply(this, args);
          });
        }
      }, "name", { value: fn.name });
    };
    exports2.fromPromise = function(fn) {
      return Object.defineProperty(function(...args) {
        const cb = args[args.length - 1];
        if (typeof cb !== "function") return fn.apply(this, args);
        else {
          args.pop();
          fn.apply(this, args).then((r) => cb(null, r), cb);
        }
      }, "name", { value: fn.name });
    };
  }
});

// node_modules/graceful-fs/polyfills.js
var require_polyfills = __commonJS({
  "node_modules/graceful-fs/polyfills.js"(exports2, module2) {
    var constants4 = require("constants");
    var origCwd = process.cwd;
    var cwd = null;
    var platform2 = process.env.GRACEFUL_FS_PLATFORM || process.platform;
    process.cwd = function() {
      if (!cwd)
        cwd = origCwd.call(process);
      return cwd;
    };
    try {
      process.cwd();
    } catch (er) {
    }
    if (typeof process.chdir === "function") {
      chdir = process.chdir;
      process.chdir = function(d) {
        cwd = null;
        chdir.call(process, d);
      };
      if (Object.setPrototypeOf) Object.setPrototypeOf(process.chdir, chdir);
    }
    var chdir;
    module2.exports = patch;
    function patch(fs48) {
      if (constants4.hasOwnProperty("O_SYMLINK") && process.version.match(/^v0\.6\.[0-2]|^v0\.5\./)) {
        patchLchmod(fs48);
      }
      if (!fs48.lutimes) {
        patchLutimes(fs48);
      }
      fs48.chown = chownFix(fs48.chown);
      fs48.fchown = chownFix(fs48.fchown);
      fs48.lchown = chownFix(fs48.lchown);
      fs48.chmod = chmodFix(fs48.chmod);
      fs48.fchmod = chmodFix(fs48.fchmod);
      fs48.lchmod = chmodFix(fs48.lchmod);
      fs48.chownSync = chownFixSync(fs48.chownSync);
      fs48.fchownSync = chownFixSync(fs48.fchownSync);
      fs48.lchownSync = chownFixSync(fs48.lchownSync);
      fs48.chmodSync = chmodFixSync(fs48.chmodSync);
      fs48.fchmodSync = chmodFixSync(fs48.fchmodSync);
      fs48.lchmodSync = chmodFixSync(fs48.lchmodSync);
      fs48.stat = statFix(fs48.stat);
      fs48.fstat = statFix(fs48.fstat);
      fs48.lstat = statFix(fs48.lstat);
      fs48.statSync = statFixSync(fs48.statSync);
      fs48.fstatSync = statFixSync(fs48.fstatSync);
      fs48.lstatSync = statFixSync(fs48.lstatSync);
      if (fs48.chmod && !fs48.lchmod) {
        fs48.lchmod = function(path56, mode, cb) {
          if (cb) process.nextTick(cb);
        };
        fs48.lchmodSync = function() {
        };
      }
      if (fs48.chown && !fs48.lchown) {
        fs48.lchown = function(path56, uid, gid, cb) {
          if (cb) process.nextTick(cb);
        };
        fs48.lchownSync = function() {
        };
      }
      if (platform2 === "win32") {
        fs48.rename = typeof fs48.rename !== "function" ? fs48.rename : (function(fs$rename) {
          function rename(from, to, cb) {
            var start = Date.now();
            var backoff = 0;
            fs$rename(from, to, function CB(er) {
              if (er && (er.code === "EACCES" || er.code === "EPERM" || er.code === "EBUSY") && Date.now() - start < 6e4) {
                setTimeout(function() {
                  fs48.stat(to, function(stater, st) {
                    if (stater && stater.code === "ENOENT")
                      fs$rename(from, to, CB);
                    else
                      cb(er);
                  });
                }, backoff);
                if (backoff < 100)
                  backoff += 10;
                return;
              }
              if (cb) cb(er);
            });
          }
          if (Object.setPrototypeOf) Object.setPrototypeOf(rename, fs$rename);
          return rename;
        })(fs48.rename);
      }
      fs48.read = typeof fs48.read !== "function" ? fs48.read : (function(fs$read) {
        function read(fd, buffer, offset, length, position, callback_) {
          var callback;
          if (callback_ && typeof callback_ === "function") {
            var eagCounter = 0;
            callback = function(er, _, __) {
              if (er && er.code === "EAGAIN" && eagCounter < 10) {
                eagCounter++;
                return fs$read.call(fs48, fd, buffer, offset, length, position, callback);
              }
              callback_.apply(this, arguments);
            };
          }
          return fs$read.call(fs48, fd, buffer, offset, length, position, callback);
        }
        if (Object.setPrototypeOf) Object.setPrototypeOf(read, fs$read);
        return read;
      })(fs48.read);
      fs48.readSync = typeof fs48.readSync !== "function" ? fs48.readSync : /* @__PURE__ */ (function(fs$readSync) {
        return function(fd, buffer, offset, length, position) {
          var eagCounter = 0;
          while (true) {
            try {
              return fs$readSync.call(fs48, fd, buffer, offset, length, position);
            } catch (er) {
              if (er.code === "EAGAIN" && eagCounter < 10) {
                eagCounter++;
                continue;
              }
              throw er;
            }
          }
        };
      })(fs48.readSync);
      function patchLchmod(fs49) {
        fs49.lchmod = function(path56, mode, callback) {
          fs49.open(
            path56,
            constants4.O_WRONLY | constants4.O_SYMLINK,
            mode,
            function(err, fd) {
              if (err) {
                if (callback) callback(err);
                return;
              }
              fs49.fchmod(fd, mode, function(err2) {
                fs49.close(fd, function(err22) {
                  if (callback) callback(err2 || err22);
                });
              });
            }
          );
        };
        fs49.lchmodSync = function(path56, mode) {
          var fd = fs49.openSync(path56, constants4.O_WRONLY | constants4.O_SYMLINK, mode);
          var threw = true;
          var ret;
          try {
            ret = fs49.fchmodSync(fd, mode);
            threw = false;
          } finally {
            if (threw) {
              try {
                fs49.closeSync(fd);
              } catch (er) {
              }
            } else {
              fs49.closeSync(fd);
            }
          }
          return ret;
        };
      }
      function patchLutimes(fs49) {
        if (constants4.hasOwnProperty("O_SYMLINK") && fs49.futimes) {
          fs49.lutimes = function(path56, at, mt, cb) {
            fs49.open(path56, constants4.O_SYMLINK, function(er, fd) {
              if (er) {
                if (cb) cb(er);
                return;
              }
              fs49.futimes(fd, at, mt, function(er2) {
                fs49.close(fd, function(er22) {
                  if (cb) cb(er2 || er22);
                });
              });
            });
          };
          fs49.lutimesSync = function(path56, at, mt) {
            var fd = fs49.openSync(path56, constants4.O_SYMLINK);
            var ret;
            var threw = true;
            try {
              ret = fs49.futimesSync(fd, at, mt);
              threw = false;
            } finally {
              if (threw) {
                try {
                  fs49.closeSync(fd);
                } catch (er) {
                }
              } else {
                fs49.closeSync(fd);
              }
            }
            return ret;
          };
        } else if (fs49.futimes) {
          fs49.lutimes = function(_a, _b, _c, cb) {
            if (cb) process.nextTick(cb);
          };
          fs49.lutimesSync = function() {
          };
        }
      }
      function chmodFix(orig) {
        if (!orig) return orig;
        return function(target, mode, cb) {
          return orig.call(fs48, target, mode, function(er) {
            if (chownErOk(er)) er = null;
            if (cb) cb.apply(this, arguments);
          });
        };
      }
      function chmodFixSync(orig) {
        if (!orig) return orig;
        return function(target, mode) {
          try {
            return orig.call(fs48, target, mode);
          } catch (er) {
            if (!chownErOk(er)) throw er;
          }
        };
      }
      function chownFix(orig) {
        if (!orig) return orig;
        return function(target, uid, gid, cb) {
          return orig.call(fs48, target, uid, gid, function(er) {
            if (chownErOk(er)) er = null;
            if (cb) cb.apply(this, arguments);
          });
        };
      }
      function chownFixSync(orig) {
        if (!orig) return orig;
        return function(target, uid, gid) {
          try {
            return orig.call(fs48, target, uid, gid);
          } catch (er) {
            if (!chownErOk(er)) throw er;
          }
        };
      }
      function statFix(orig) {
        if (!orig) return orig;
        return function(target, options, cb) {
          if (typeof options === "function") {
            cb = options;
            options = null;
          }
          function callback(er, stats) {
            if (stats) {
              if (stats.uid < 0) stats.uid += 4294967296;
              if (stats.gid < 0) stats.gid += 4294967296;
            }
            if (cb) cb.apply(this, arguments);
          }
          return options ? orig.call(fs48, target, options, callback) : orig.call(fs48, target, callback);
        };
      }
      function statFixSync(orig) {
        if (!orig) return orig;
        return function(target, options) {
          var stats = options ? orig.call(fs48, target, options) : orig.call(fs48, target);
          if (stats) {
            if (stats.uid < 0) stats.uid += 4294967296;
            if (stats.gid < 0) stats.gid += 4294967296;
          }
          return stats;
        };
      }
      function chownErOk(er) {
        if (!er)
          return true;
        if (er.code === "ENOSYS")
          return true;
        var nonroot = !process.getuid || process.getuid() !== 0;
        if (nonroot) {
          if (er.code === "EINVAL" || er.code === "EPERM")
            return true;
        }
        return false;
      }
    }
  }
});

// node_modules/graceful-fs/legacy-streams.js
var require_legacy_streams = __commonJS({
  "node_modules/graceful-fs/legacy-streams.js"(exports2, module2) {
    var Stream = require("stream").Stream;
    module2.exports = legacy;
    function legacy(fs48) {
      return {
        ReadStream,
        WriteStream
      };
      function ReadStream(path56, options) {
        if (!(this instanceof ReadStream)) return new ReadStream(path56, options);
        Stream.call(this);
        var self = this;
        this.path = path56;
        this.fd = null;
        this.readable = true;
        this.paused = false;
        this.flags = "r";
        this.mode = 438;
        this.bufferSize = 64 * 1024;
        options = options || {};
        var keys = Object.keys(options);
        for (var index = 0, length = keys.length; index < length; index++) {
          var key = keys[index];
          this[key] = options[key];
        }
        if (this.encoding) this.setEncoding(this.encoding);
        if (this.start !== void 0) {
          if ("number" !== typeof this.start) {
            throw TypeError("start must be a Number");
          }
          if (this.end === void 0) {
            this.end = Infinity;
          } else if ("number" !== typeof this.end) {
            throw TypeError("end must be a Number");
          }
          if (this.start > this.end) {
            throw new Error("start must be <= end");
          }
          this.pos = this.start;
        }
        if (this.fd !== null) {
          process.nextTick(function() {
            self._read();
          });
          return;
        }
        fs48.open(this.path, this.flags, this.mode, function(err, fd) {
          if (err) {
            self.emit("error", err);
            self.readable = false;
            return;
          }
          self.fd = fd;
          self.emit("open", fd);
          self._read();
        });
      }
      function WriteStream(path56, options) {
        if (!(this instanceof WriteStream)) return new WriteStream(path56, options);
        Stream.call(this);
        this.path = path56;
        this.fd = null;
        this.writable = true;
        this.flags = "w";
        this.encoding = "binary";
        this.mode = 438;
        this.bytesWritten = 0;
        options = options || {};
        var keys = Object.keys(options);
        for (var index = 0, length = keys.length; index < length; index++) {
          var key = keys[index];
          this[key] = options[key];
        }
        if (this.start !== void 0) {
          if ("number" !== typeof this.start) {
            throw TypeError("start must be a Number");
          }
          if (this.start < 0) {
            throw new Error("start must be >= zero");
          }
          this.pos = this.start;
        }
        this.busy = false;
        this._queue = [];
        if (this.fd === null) {
          this._open = fs48.open;
          this._queue.push([this._open, this.path, this.flags, this.mode, void 0]);
          this.flush();
        }
      }
    }
  }
});

// node_modules/graceful-fs/clone.js
var require_clone = __commonJS({
  "node_modules/graceful-fs/clone.js"(exports2, module2) {
    "use strict";
    module2.exports = clone;
    var getPrototypeOf = Object.getPrototypeOf || function(obj) {
      return obj.__proto__;
    };
    function clone(obj) {
      if (obj === null || typeof obj !== "object")
        return obj;
      if (obj instanceof Object)
        var copy = { __proto__: getPrototypeOf(obj) };
      else
        var copy = /* @__PURE__ */ Object.create(null);
      Object.getOwnPropertyNames(obj).forEach(function(key) {
        Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(obj, key));
      });
      return copy;
    }
  }
});

// node_modules/graceful-fs/graceful-fs.js
var require_graceful_fs = __commonJS({
  "node_modules/graceful-fs/graceful-fs.js"(exports2, module2) {
    var fs48 = require("fs");
    var polyfills = require_polyfills();
    var legacy = require_legacy_streams();
    var clone = require_clone();
    var util = require("util");
    var gracefulQueue;
    var previousSymbol;
    if (typeof Symbol === "function" && typeof Symbol.for === "function") {
      gracefulQueue = /* @__PURE__ */ Symbol.for("graceful-fs.queue");
      previousSymbol = /* @__PURE__ */ Symbol.for("graceful-fs.previous");
    } else {
      gracefulQueue = "___graceful-fs.queue";
      previousSymbol = "___graceful-fs.previous";
    }
    function noop3() {
    }
    function publishQueue(context, queue2) {
      Object.defineProperty(context, gracefulQueue, {
        get: function() {
          return queue2;
        }
      });
    }
    var debug = noop3;
    if (util.debuglog)
      debug = util.debuglog("gfs4");
    else if (/\bgfs4\b/i.test(process.env.NODE_DEBUG || ""))
      debug = function() {
        var m = util.format.apply(util, arguments);
        m = "GFS4: " + m.split(/\n/).join("\nGFS4: ");
        console.error(m);
      };
    if (!fs48[gracefulQueue]) {
      queue = global[gracefulQueue] || [];
      publishQueue(fs48, queue);
      fs48.close = (function(fs$close) {
        function close(fd, cb) {
          return fs$close.call(fs48, fd, function(err) {
            if (!err) {
              resetQueue();
            }
            if (typeof cb === "function")
              cb.apply(this, arguments);
          });
        }
        Object.defineProperty(close, previousSymbol, {
          value: fs$close
        });
        return close;
      })(fs48.close);
      fs48.closeSync = (function(fs$closeSync) {
        function closeSync(fd) {
          fs$closeSync.apply(fs48, arguments);
          resetQueue();
        }
        Object.defineProperty(closeSync, previousSymbol, {
          value: fs$closeSync
        });
        return closeSync;
      })(fs48.closeSync);
      if (/\bgfs4\b/i.test(process.env.NODE_DEBUG || "")) {
        process.on("exit", function() {
          debug(fs48[gracefulQueue]);
          require("assert").equal(fs48[gracefulQueue].length, 0);
        });
      }
    }
    var queue;
    if (!global[gracefulQueue]) {
      publishQueue(global, fs48[gracefulQueue]);
    }
    module2.exports = patch(clone(fs48));
    if (process.env.TEST_GRACEFUL_FS_GLOBAL_PATCH && !fs48.__patched) {
      module2.exports = patch(fs48);
      fs48.__patched = true;
    }
    function patch(fs49) {
      polyfills(fs49);
      fs49.gracefulify = patch;
      fs49.createReadStream = createReadStream3;
      fs49.createWriteStream = createWriteStream2;
      var fs$readFile = fs49.readFile;
      fs49.readFile = readFile2;
      function readFile2(path56, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$readFile(path56, options, cb);
        function go$readFile(path57, options2, cb2, startTime) {
          return fs$readFile(path57, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$readFile, [path57, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$writeFile = fs49.writeFile;
      fs49.writeFile = writeFile;
      function writeFile(path56, data, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$writeFile(path56, data, options, cb);
        function go$writeFile(path57, data2, options2, cb2, startTime) {
          return fs$writeFile(path57, data2, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$writeFile, [path57, data2, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$appendFile = fs49.appendFile;
      if (fs$appendFile)
        fs49.appendFile = appendFile;
      function appendFile(path56, data, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$appendFile(path56, data, options, cb);
        function go$appendFile(path57, data2, options2, cb2, startTime) {
          return fs$appendFile(path57, data2, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$appendFile, [path57, data2, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$copyFile = fs49.copyFile;
      if (fs$copyFile)
        fs49.copyFile = copyFile;
      function copyFile(src, dest, flags, cb) {
        if (typeof flags === "function") {
          cb = flags;
          flags = 0;
        }
        return go$copyFile(src, dest, flags, cb);
        function go$copyFile(src2, dest2, flags2, cb2, startTime) {
          return fs$copyFile(src2, dest2, flags2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$copyFile, [src2, dest2, flags2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$readdir = fs49.readdir;
      fs49.readdir = readdir;
      var noReaddirOptionVersions = /^v[0-5]\./;
      function readdir(path56, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        var go$readdir = noReaddirOptionVersions.test(process.version) ? function go$readdir2(path57, options2, cb2, startTime) {
          return fs$readdir(path57, fs$readdirCallback(
            path57,
            options2,
            cb2,
            startTime
          ));
        } : function go$readdir2(path57, options2, cb2, startTime) {
          return fs$readdir(path57, options2, fs$readdirCallback(
            path57,
            options2,
            cb2,
            startTime
          ));
        };
        return go$readdir(path56, options, cb);
        function fs$readdirCallback(path57, options2, cb2, startTime) {
          return function(err, files) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([
                go$readdir,
                [path57, options2, cb2],
                err,
                startTime || Date.now(),
                Date.now()
              ]);
            else {
              if (files && files.sort)
                files.sort();
              if (typeof cb2 === "function")
                cb2.call(this, err, files);
            }
          };
        }
      }
      if (process.version.substr(0, 4) === "v0.8") {
        var legStreams = legacy(fs49);
        ReadStream = legStreams.ReadStream;
        WriteStream = legStreams.WriteStream;
      }
      var fs$ReadStream = fs49.ReadStream;
      if (fs$ReadStream) {
        ReadStream.prototype = Object.create(fs$ReadStream.prototype);
        ReadStream.prototype.open = ReadStream$open;
      }
      var fs$WriteStream = fs49.WriteStream;
      if (fs$WriteStream) {
        WriteStream.prototype = Object.create(fs$WriteStream.prototype);
        WriteStream.prototype.open = WriteStream$open;
      }
      Object.defineProperty(fs49, "ReadStream", {
        get: function() {
          return ReadStream;
        },
        set: function(val) {
          ReadStream = val;
        },
        enumerable: true,
        configurable: true
      });
      Object.defineProperty(fs49, "WriteStream", {
        get: function() {
          return WriteStream;
        },
        set: function(val) {
          WriteStream = val;
        },
        enumerable: true,
        configurable: true
      });
      var FileReadStream = ReadStream;
      Object.defineProperty(fs49, "FileReadStream", {
        get: function() {
          return FileReadStream;
        },
        set: function(val) {
          FileReadStream = val;
        },
        enumerable: true,
        configurable: true
      });
      var FileWriteStream = WriteStream;
      Object.defineProperty(fs49, "FileWriteStream", {
        get: function() {
          return FileWriteStream;
        },
        set: function(val) {
          FileWriteStream = val;
        },
        enumerable: true,
        configurable: true
      });
      function ReadStream(path56, options) {
        if (this instanceof ReadStream)
          return fs$ReadStream.apply(this, arguments), this;
        else
          return ReadStream.apply(Object.create(ReadStream.prototype), arguments);
      }
      function ReadStream$open() {
        var that = this;
        open(that.path, that.flags, that.mode, function(err, fd) {
          if (err) {
            if (that.autoClose)
              that.destroy();
            that.emit("error", err);
          } else {
            that.fd = fd;
            that.emit("open", fd);
            that.read();
          }
        });
      }
      function WriteStream(path56, options) {
        if (this instanceof WriteStream)
          return fs$WriteStream.apply(this, arguments), this;
        else
          return WriteStream.apply(Object.create(WriteStream.prototype), arguments);
      }
      function WriteStream$open() {
        var that = this;
        open(that.path, that.flags, that.mode, function(err, fd) {
          if (err) {
            that.destroy();
            that.emit("error", err);
          } else {
            that.fd = fd;
            that.emit("open", fd);
          }
        });
      }
      function createReadStream3(path56, options) {
        return new fs49.ReadStream(path56, options);
      }
      function createWriteStream2(path56, options) {
        return new fs49.WriteStream(path56, options);
      }
      var fs$open = fs49.open;
      fs49.open = open;
      function open(path56, flags, mode, cb) {
        if (typeof mode === "function")
          cb = mode, mode = null;
        return go$open(path56, flags, mode, cb);
        function go$open(path57, flags2, mode2, cb2, startTime) {
          return fs$open(path57, flags2, mode2, function(err, fd) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$open, [path57, flags2, mode2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      return fs49;
    }
    function enqueue(elem) {
      debug("ENQUEUE", elem[0].name, elem[1]);
      fs48[gracefulQueue].push(elem);
      retry();
    }
    var retryTimer;
    function resetQueue() {
      var now = Date.now();
      for (var i2 = 0; i2 < fs48[gracefulQueue].length; ++i2) {
        if (fs48[gracefulQueue][i2].length > 2) {
          fs48[gracefulQueue][i2][3] = now;
          fs48[gracefulQueue][i2][4] = now;
        }
      }
      retry();
    }
    function retry() {
      clearTimeout(retryTimer);
      retryTimer = void 0;
      if (fs48[gracefulQueue].length === 0)
        return;
      var elem = fs48[gracefulQueue].shift();
      var fn = elem[0];
      var args = elem[1];
      var err = elem[2];
      var startTime = elem[3];
      var lastTime = elem[4];
      if (startTime === void 0) {
        debug("RETRY", fn.name, args);
        fn.apply(null, args);
      } else if (Date.now() - startTime >= 6e4) {
        debug("TIMEOUT", fn.name, args);
        var cb = args.pop();
        if (typeof cb === "function")
          cb.call(null, err);
      } else {
        var sinceAttempt = Date.now() - lastTime;
        var sinceStart = Math.max(lastTime - startTime, 1);
        var desiredDelay = Math.min(sinceStart * 1.2, 100);
        if (sinceAttempt >= desiredDelay) {
          debug("RETRY", fn.name, args);
          fn.apply(null, args.concat([startTime]));
        } else {
          fs48[gracefulQueue].push(elem);
        }
      }
      if (retryTimer === void 0) {
        retryTimer = setTimeout(retry, 0);
      }
    }
  }
});

// node_modules/fs-extra/lib/fs/index.js
var require_fs = __commonJS({
  "node_modules/fs-extra/lib/fs/index.js"(exports2) {
    "use strict";
    var u2 = require_universalify().fromCallback;
    var fs48 = require_graceful_fs();
    var api = [
      "access",
      "appendFile",
      "chmod",
      "chown",
      "close",
      "copyFile",
      "cp",
      "fchmod",
      "fchown",
      "fdatasync",
      "fstat",
      "fsync",
      "ftruncate",
      "futimes",
      "glob",
      "lchmod",
      "lchown",
      "lutimes",
      "link",
      "lstat",
      "mkdir",
      "mkdtemp",
      "open",
      "opendir",
      "readdir",
      "readFile",
      "readlink",
      "realpath",
      "rename",
      "rm",
      "rmdir",
      "stat",
      "statfs",
      "symlink",
      "truncate",
      "unlink",
      "utimes",
      "writeFile"
    ].filter((key) => {
      return typeof fs48[key] === "function";
    });
    Object.assign(exports2, fs48);
    api.forEach((method) => {
      exports2[method] = u2(fs48[method]);
    });
    exports2.exists = function(filename, callback) {
      if (typeof callback === "function") {
        return fs48.exists(filename, callback);
      }
      return new Promise((resolve) => {
        return fs48.exists(filename, resolve);
      });
    };
    exports2.read = function(fd, buffer, offset, length, position, callback) {
      if (typeof callback === "function") {
        return fs48.read(fd, buffer, offset, length, position, callback);
      }
      return new Promise((resolve, reject) => {
        fs48.read(fd, buffer, offset, length, position, (err, bytesRead, buffer2) => {
          if (err) return reject(err);
          resolve({ bytesRead, buffer: buffer2 });
        });
      });
    };
    exports2.write = function(fd, buffer, ...args) {
      if (typeof args[args.length - 1] === "function") {
        return fs48.write(fd, buffer, ...args);
      }
      return new Promise((resolve, reject) => {
        fs48.write(fd, buffer, ...args, (err, bytesWritten, buffer2) => {
          if (err) return reject(err);
          resolve({ bytesWritten, buffer: buffer2 });
        });
      });
    };
    exports2.readv = function(fd, buffers, ...args) {
      if (typeof args[args.length - 1] === "function") {
        return fs48.readv(fd, buffers, ...args);
      }
      return new Promise((resolve, reject) => {
        fs48.readv(fd, buffers, ...args, (err, bytesRead, buffers2) => {
          if (err) return reject(err);
          resolve({ bytesRead, buffers: buffers2 });
        });
      });
    };
    exports2.writev = function(fd, buffers, ...args) {
      if (typeof args[args.length - 1] === "function") {
        return fs48.writev(fd, buffers, ...args);
      }
      return new Promise((resolve, reject) => {
        fs48.writev(fd, buffers, ...args, (err, bytesWritten, buffers2) => {
          if (err) return reject(err);
          resolve({ bytesWritten, buffers: buffers2 });
        });
      });
    };
    if (typeof fs48.realpath.native === "function") {
      exports2.realpath.native = u2(fs48.realpath.native);
    } else {
      process.emitWarning(
        "fs.realpath.native is not a function. Is fs being monkey-patched?",
        "Warning",
        "fs-extra-WARN0003"
      );
    }
  }
});

// node_modules/fs-extra/lib/mkdirs/utils.js
var require_utils = __commonJS({
  "node_modules/fs-extra/lib/mkdirs/utils.js"(exports2, module2) {
    "use strict";
    var path56 = require("path");
    module2.exports.checkPath = function checkPath(pth) {
      if (process.platform === "win32") {
        const pathHasInvalidWinCharacters = /[<>:"|?*]/.test(pth.replace(path56.parse(pth).root, ""));
        if (pathHasInvalidWinCharacters) {
          const error = new Error(`Path contains invalid characters: ${pth}`);
          error.code = "EINVAL";
          throw error;
        }
      }
    };
  }
});

// node_modules/fs-extra/lib/mkdirs/make-dir.js
var require_make_dir = __commonJS({
  "node_modules/fs-extra/lib/mkdirs/make-dir.js"(exports2, module2) {
    "use strict";
    var fs48 = require_fs();
    var { checkPath } = require_utils();
    var getMode = (options) => {
      const defaults = { mode: 511 };
      if (typeof options === "number") return options;
      return { ...defaults, ...options }.mode;
    };
    module2.exports.makeDir = async (dir, options) => {
      checkPath(dir);
      return fs48.mkdir(dir, {
        mode: getMode(options),
        recursive: true
      });
    };
    module2.exports.makeDirSync = (dir, options) => {
      checkPath(dir);
      return fs48.mkdirSync(dir, {
        mode: getMode(options),
        recursive: true
      });
    };
  }
});

// node_modules/fs-extra/lib/mkdirs/index.js
var require_mkdirs = __commonJS({
  "node_modules/fs-extra/lib/mkdirs/index.js"(exports2, module2) {
    "use strict";
    var u2 = require_universalify().fromPromise;
    var { makeDir: _makeDir, makeDirSync } = require_make_dir();
    var makeDir = u2(_makeDir);
    module2.exports = {
      mkdirs: makeDir,
      mkdirsSync: makeDirSync,
      // alias
      mkdirp: makeDir,
      mkdirpSync: makeDirSync,
      ensureDir: makeDir,
      ensureDirSync: makeDirSync
    };
  }
});

// node_modules/fs-extra/lib/path-exists/index.js
var require_path_exists = __commonJS({
  "node_modules/fs-extra/lib/path-exists/index.js"(exports2, module2) {
    "use strict";
    var u2 = require_universalify().fromPromise;
    var fs48 = require_fs();
    function pathExists(path56) {
      return fs48.access(path56).then(() => true).catch(() => false);
    }
    module2.exports = {
      pathExists: u2(pathExists),
      pathExistsSync: fs48.existsSync
    };
  }
});

// node_modules/fs-extra/lib/util/utimes.js
var require_utimes = __commonJS({
  "node_modules/fs-extra/lib/util/utimes.js"(exports2, module2) {
    "use strict";
    var fs48 = require_fs();
    var u2 = require_universalify().fromPromise;
    async function utimesMillis(path56, atime, mtime) {
      const fd = await fs48.open(path56, "r+");
      let error = null;
      try {
        await fs48.futimes(fd, atime, mtime);
      } catch (futimesErr) {
        error = futimesErr;
      } finally {
        try {
          await fs48.close(fd);
        } catch (closeErr) {
          if (!error) error = closeErr;
        }
      }
      if (error) {
        throw error;
      }
    }
    function utimesMillisSync(path56, atime, mtime) {
      const fd = fs48.openSync(path56, "r+");
      let error = null;
      try {
        fs48.futimesSync(fd, atime, mtime);
      } catch (futimesErr) {
        error = futimesErr;
      } finally {
        try {
          fs48.closeSync(fd);
        } catch (closeErr) {
          if (!error) error = closeErr;
        }
      }
      if (error) {
        throw error;
      }
    }
    module2.exports = {
      utimesMillis: u2(utimesMillis),
      utimesMillisSync
    };
  }
});

// node_modules/fs-extra/lib/util/stat.js
var require_stat = __commonJS({
  "node_modules/fs-extra/lib/util/stat.js"(exports2, module2) {
    "use strict";
    var fs48 = require_fs();
    var path56 = require("path");
    var u2 = require_universalify().fromPromise;
    function getStats(src, dest, opts) {
      const statFunc = opts.dereference ? (file) => fs48.stat(file, { bigint: true }) : (file) => fs48.lstat(file, { bigint: true });
      return Promise.all([
        statFunc(src),
        statFunc(dest).catch((err) => {
          if (err.code === "ENOENT") return null;
          throw err;
        })
      ]).then(([srcStat, destStat]) => ({ srcStat, destStat }));
    }
    function getStatsSync(src, dest, opts) {
      let destStat;
      const statFunc = opts.dereference ? (file) => fs48.statSync(file, { bigint: true }) : (file) => fs48.lstatSync(file, { bigint: true });
      const srcStat = statFunc(src);
      try {
        destStat = statFunc(dest);
      } catch (err) {
        if (err.code === "ENOENT") return { srcStat, destStat: null };
        throw err;
      }
      return { srcStat, destStat };
    }
    async function checkPaths(src, dest, funcName, opts) {
      const { srcStat, destStat } = await getStats(src, dest, opts);
      if (destStat) {
        if (areIdentical(srcStat, destStat)) {
          const srcBaseName = path56.basename(src);
          const destBaseName = path56.basename(dest);
          if (funcName === "move" && srcBaseName !== destBaseName && isCosmeticRename(srcBaseName, destBaseName)) {
            return { srcStat, destStat, isChangingCase: true };
          }
          throw new Error("Source and destination must not be the same.");
        }
        if (srcStat.isDirectory() && !destStat.isDirectory()) {
          throw new Error(`Cannot overwrite non-directory '${dest}' with directory '${src}'.`);
        }
        if (!srcStat.isDirectory() && destStat.isDirectory()) {
          throw new Error(`Cannot overwrite directory '${dest}' with non-directory '${src}'.`);
        }
      }
      if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
        throw new Error(errMsg(src, dest, funcName));
      }
      return { srcStat, destStat };
    }
    function checkPathsSync(src, dest, funcName, opts) {
      const { srcStat, destStat } = getStatsSync(src, dest, opts);
      if (destStat) {
        if (areIdentical(srcStat, destStat)) {
          const srcBaseName = path56.basename(src);
          const destBaseName = path56.basename(dest);
          if (funcName === "move" && srcBaseName !== destBaseName && isCosmeticRename(srcBaseName, destBaseName)) {
            return { srcStat, destStat, isChangingCase: true };
          }
          throw new Error("Source and destination must not be the same.");
        }
        if (srcStat.isDirectory() && !destStat.isDirectory()) {
          throw new Error(`Cannot overwrite non-directory '${dest}' with directory '${src}'.`);
        }
        if (!srcStat.isDirectory() && destStat.isDirectory()) {
          throw new Error(`Cannot overwrite directory '${dest}' with non-directory '${src}'.`);
        }
      }
      if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
        throw new Error(errMsg(src, dest, funcName));
      }
      return { srcStat, destStat };
    }
    function isCosmeticRename(srcBaseName, destBaseName) {
      return srcBaseName.toLowerCase().normalize("NFC") === destBaseName.toLowerCase().normalize("NFC");
    }
    async function checkParentPaths(src, srcStat, dest, funcName) {
      const srcParent = path56.resolve(path56.dirname(src));
      const destParent = path56.resolve(path56.dirname(dest));
      if (destParent === srcParent || destParent === path56.parse(destParent).root) return;
      let destStat;
      try {
        destStat = await fs48.stat(destParent, { bigint: true });
      } catch (err) {
        if (err.code === "ENOENT") return checkParentPaths(src, srcStat, destParent, funcName);
        throw err;
      }
      if (areIdentical(srcStat, destStat)) {
        throw new Error(errMsg(src, dest, funcName));
      }
      return checkParentPaths(src, srcStat, destParent, funcName);
    }
    function checkParentPathsSync(src, srcStat, dest, funcName) {
      const srcParent = path56.resolve(path56.dirname(src));
      const destParent = path56.resolve(path56.dirname(dest));
      if (destParent === srcParent || destParent === path56.parse(destParent).root) return;
      let destStat;
      try {
        destStat = fs48.statSync(destParent, { bigint: true });
      } catch (err) {
        if (err.code === "ENOENT") return checkParentPathsSync(src, srcStat, destParent, funcName);
        throw err;
      }
      if (areIdentical(srcStat, destStat)) {
        throw new Error(errMsg(src, dest, funcName));
      }
      return checkParentPathsSync(src, srcStat, destParent, funcName);
    }
    function areIdentical(srcStat, destStat) {
      return destStat.ino !== void 0 && destStat.dev !== void 0 && destStat.ino === srcStat.ino && destStat.dev === srcStat.dev;
    }
    function isSrcSubdir(src, dest) {
      const srcArr = path56.resolve(src).split(path56.sep).filter((i2) => i2);
      const destArr = path56.resolve(dest).split(path56.sep).filter((i2) => i2);
      return srcArr.every((cur, i2) => destArr[i2] === cur);
    }
    function errMsg(src, dest, funcName) {
      return `Cannot ${funcName} '${src}' to a subdirectory of itself, '${dest}'.`;
    }
    module2.exports = {
      // checkPaths
      checkPaths: u2(checkPaths),
      checkPathsSync,
      // checkParent
      checkParentPaths: u2(checkParentPaths),
      checkParentPathsSync,
      // Misc
      isSrcSubdir,
      areIdentical
    };
  }
});

// node_modules/fs-extra/lib/util/async.js
var require_async = __commonJS({
  "node_modules/fs-extra/lib/util/async.js"(exports2, module2) {
    "use strict";
    async function asyncIteratorConcurrentProcess(iterator, fn) {
      const promises = [];
      for await (const item of iterator) {
        promises.push(
          fn(item).then(
            () => null,
            (err) => err ?? new Error("unknown error")
          )
        );
      }
      await Promise.all(
        promises.map(
          (promise) => promise.then((possibleErr) => {
            if (possibleErr !== null) throw possibleErr;
          })
        )
      );
    }
    module2.exports = {
      asyncIteratorConcurrentProcess
    };
  }
});

// node_modules/fs-extra/lib/copy/copy.js
var require_copy = __commonJS({
  "node_modules/fs-extra/lib/copy/copy.js"(exports2, module2) {
    "use strict";
    var fs48 = require_fs();
    var path56 = require("path");
    var { mkdirs } = require_mkdirs();
    var { pathExists } = require_path_exists();
    var { utimesMillis } = require_utimes();
    var stat = require_stat();
    var { asyncIteratorConcurrentProcess } = require_async();
    async function copy(src, dest, opts = {}) {
      if (typeof opts === "function") {
        opts = { filter: opts };
      }
      opts.clobber = "clobber" in opts ? !!opts.clobber : true;
      opts.overwrite = "overwrite" in opts ? !!opts.overwrite : opts.clobber;
      if (opts.preserveTimestamps && process.arch === "ia32") {
        process.emitWarning(
          "Using the preserveTimestamps option in 32-bit node is not recommended;\n\n	see https://github.com/jprichardson/node-fs-extra/issues/269",
          "Warning",
          "fs-extra-WARN0001"
        );
      }
      const { srcStat, destStat } = await stat.checkPaths(src, dest, "copy", opts);
      await stat.checkParentPaths(src, srcStat, dest, "copy");
      const include = await runFilter(src, dest, opts);
      if (!include) return;
      const destParent = path56.dirname(dest);
      const dirExists = await pathExists(destParent);
      if (!dirExists) {
        await mkdirs(destParent);
      }
      await getStatsAndPerformCopy(destStat, src, dest, opts);
    }
    async function runFilter(src, dest, opts) {
      if (!opts.filter) return true;
      return opts.filter(src, dest);
    }
    async function getStatsAndPerformCopy(destStat, src, dest, opts) {
      const statFn = opts.dereference ? fs48.stat : fs48.lstat;
      const srcStat = await statFn(src);
      if (srcStat.isDirectory()) return onDir(srcStat, destStat, src, dest, opts);
      if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) return onFile(srcStat, destStat, src, dest, opts);
      if (srcStat.isSymbolicLink()) return onLink(destStat, src, dest, opts);
      if (srcStat.isSocket()) throw new Error(`Cannot copy a socket file: ${src}`);
      if (srcStat.isFIFO()) throw new Error(`Cannot copy a FIFO pipe: ${src}`);
      throw new Error(`Unknown file: ${src}`);
    }
    async function onFile(srcStat, destStat, src, dest, opts) {
      if (!destStat) return copyFile(srcStat, src, dest, opts);
      if (opts.overwrite) {
        await fs48.unlink(dest);
        return copyFile(srcStat, src, dest, opts);
      }
      if (opts.errorOnExist) {
        throw new Error(`'${dest}' already exists`);
      }
    }
    async function copyFile(srcStat, src, dest, opts) {
      await fs48.copyFile(src, dest);
      if (opts.preserveTimestamps) {
        if (fileIsNotWritable(srcStat.mode)) {
          await makeFileWritable(dest, srcStat.mode);
        }
        const updatedSrcStat = await fs48.stat(src);
        await utimesMillis(dest, updatedSrcStat.atime, updatedSrcStat.mtime);
      }
      return fs48.chmod(dest, srcStat.mode);
    }
    function fileIsNotWritable(srcMode) {
      return (srcMode & 128) === 0;
    }
    function makeFileWritable(dest, srcMode) {
      return fs48.chmod(dest, srcMode | 128);
    }
    async function onDir(srcStat, destStat, src, dest, opts) {
      if (!destStat) {
        await fs48.mkdir(dest);
      }
      await asyncIteratorConcurrentProcess(await fs48.opendir(src), async (item) => {
        const srcItem = path56.join(src, item.name);
        const destItem = path56.join(dest, item.name);
        const include = await runFilter(srcItem, destItem, opts);
        if (include) {
          const { destStat: destStat2 } = await stat.checkPaths(srcItem, destItem, "copy", opts);
          await getStatsAndPerformCopy(destStat2, srcItem, destItem, opts);
        }
      });
      if (!destStat) {
        await fs48.chmod(dest, srcStat.mode);
      }
    }
    async function onLink(destStat, src, dest, opts) {
      let resolvedSrc = await fs48.readlink(src);
      if (opts.dereference) {
        resolvedSrc = path56.resolve(process.cwd(), resolvedSrc);
      }
      if (!destStat) {
        return fs48.symlink(resolvedSrc, dest);
      }
      let resolvedDest = null;
      try {
        resolvedDest = await fs48.readlink(dest);
      } catch (e) {
        if (e.code === "EINVAL" || e.code === "UNKNOWN") return fs48.symlink(resolvedSrc, dest);
        throw e;
      }
      if (opts.dereference) {
        resolvedDest = path56.resolve(process.cwd(), resolvedDest);
      }
      if (resolvedSrc !== resolvedDest) {
        if (stat.isSrcSubdir(resolvedSrc, resolvedDest)) {
          throw new Error(`Cannot copy '${resolvedSrc}' to a subdirectory of itself, '${resolvedDest}'.`);
        }
        if (stat.isSrcSubdir(resolvedDest, resolvedSrc)) {
          throw new Error(`Cannot overwrite '${resolvedDest}' with '${resolvedSrc}'.`);
        }
      }
      await fs48.unlink(dest);
      return fs48.symlink(resolvedSrc, dest);
    }
    module2.exports = copy;
  }
});

// node_modules/fs-extra/lib/copy/copy-sync.js
var require_copy_sync = __commonJS({
  "node_modules/fs-extra/lib/copy/copy-sync.js"(exports2, module2) {
    "use strict";
    var fs48 = require_graceful_fs();
    var path56 = require("path");
    var mkdirsSync = require_mkdirs().mkdirsSync;
    var utimesMillisSync = require_utimes().utimesMillisSync;
    var stat = require_stat();
    function copySync(src, dest, opts) {
      if (typeof opts === "function") {
        opts = { filter: opts };
      }
      opts = opts || {};
      opts.clobber = "clobber" in opts ? !!opts.clobber : true;
      opts.overwrite = "overwrite" in opts ? !!opts.overwrite : opts.clobber;
      if (opts.preserveTimestamps && process.arch === "ia32") {
        process.emitWarning(
          "Using the preserveTimestamps option in 32-bit node is not recommended;\n\n	see https://github.com/jprichardson/node-fs-extra/issues/269",
          "Warning",
          "fs-extra-WARN0002"
        );
      }
      const { srcStat, destStat } = stat.checkPathsSync(src, dest, "copy", opts);
      stat.checkParentPathsSync(src, srcStat, dest, "copy");
      if (opts.filter && !opts.filter(src, dest)) return;
      const destParent = path56.dirname(dest);
      if (!fs48.existsSync(destParent)) mkdirsSync(destParent);
      return getStats(destStat, src, dest, opts);
    }
    function getStats(destStat, src, dest, opts) {
      const statSync2 = opts.dereference ? fs48.statSync : fs48.lstatSync;
      const srcStat = statSync2(src);
      if (srcStat.isDirectory()) return onDir(srcStat, destStat, src, dest, opts);
      else if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) return onFile(srcStat, destStat, src, dest, opts);
      else if (srcStat.isSymbolicLink()) return onLink(destStat, src, dest, opts);
      else if (srcStat.isSocket()) throw new Error(`Cannot copy a socket file: ${src}`);
      else if (srcStat.isFIFO()) throw new Error(`Cannot copy a FIFO pipe: ${src}`);
      throw new Error(`Unknown file: ${src}`);
    }
    function onFile(srcStat, destStat, src, dest, opts) {
      if (!destStat) return copyFile(srcStat, src, dest, opts);
      return mayCopyFile(srcStat, src, dest, opts);
    }
    function mayCopyFile(srcStat, src, dest, opts) {
      if (opts.overwrite) {
        fs48.unlinkSync(dest);
        return copyFile(srcStat, src, dest, opts);
      } else if (opts.errorOnExist) {
        throw new Error(`'${dest}' already exists`);
      }
    }
    function copyFile(srcStat, src, dest, opts) {
      fs48.copyFileSync(src, dest);
      if (opts.preserveTimestamps) handleTimestamps(srcStat.mode, src, dest);
      return setDestMode(dest, srcStat.mode);
    }
    function handleTimestamps(srcMode, src, dest) {
      if (fileIsNotWritable(srcMode)) makeFileWritable(dest, srcMode);
      return setDestTimestamps(src, dest);
    }
    function fileIsNotWritable(srcMode) {
      return (srcMode & 128) === 0;
    }
    function makeFileWritable(dest, srcMode) {
      return setDestMode(dest, srcMode | 128);
    }
    function setDestMode(dest, srcMode) {
      return fs48.chmodSync(dest, srcMode);
    }
    function setDestTimestamps(src, dest) {
      const updatedSrcStat = fs48.statSync(src);
      return utimesMillisSync(dest, updatedSrcStat.atime, updatedSrcStat.mtime);
    }
    function onDir(srcStat, destStat, src, dest, opts) {
      if (!destStat) return mkDirAndCopy(srcStat.mode, src, dest, opts);
      return copyDir(src, dest, opts);
    }
    function mkDirAndCopy(srcMode, src, dest, opts) {
      fs48.mkdirSync(dest);
      copyDir(src, dest, opts);
      return setDestMode(dest, srcMode);
    }
    function copyDir(src, dest, opts) {
      const dir = fs48.opendirSync(src);
      try {
        let dirent;
        while ((dirent = dir.readSync()) !== null) {
          copyDirItem(dirent.name, src, dest, opts);
        }
      } finally {
        dir.closeSync();
      }
    }
    function copyDirItem(item, src, dest, opts) {
      const srcItem = path56.join(src, item);
      const destItem = path56.join(dest, item);
      if (opts.filter && !opts.filter(srcItem, destItem)) return;
      const { destStat } = stat.checkPathsSync(srcItem, destItem, "copy", opts);
      return getStats(destStat, srcItem, destItem, opts);
    }
    function onLink(destStat, src, dest, opts) {
      let resolvedSrc = fs48.readlinkSync(src);
      if (opts.dereference) {
        resolvedSrc = path56.resolve(process.cwd(), resolvedSrc);
      }
      if (!destStat) {
        return fs48.symlinkSync(resolvedSrc, dest);
      } else {
        let resolvedDest;
        try {
          resolvedDest = fs48.readlinkSync(dest);
        } catch (err) {
          if (err.code === "EINVAL" || err.code === "UNKNOWN") return fs48.symlinkSync(resolvedSrc, dest);
          throw err;
        }
        if (opts.dereference) {
          resolvedDest = path56.resolve(process.cwd(), resolvedDest);
        }
        if (resolvedSrc !== resolvedDest) {
          if (stat.isSrcSubdir(resolvedSrc, resolvedDest)) {
            throw new Error(`Cannot copy '${resolvedSrc}' to a subdirectory of itself, '${resolvedDest}'.`);
          }
          if (stat.isSrcSubdir(resolvedDest, resolvedSrc)) {
            throw new Error(`Cannot overwrite '${resolvedDest}' with '${resolvedSrc}'.`);
          }
        }
        return copyLink(resolvedSrc, dest);
      }
    }
    function copyLink(resolvedSrc, dest) {
      fs48.unlinkSync(dest);
      return fs48.symlinkSync(resolvedSrc, dest);
    }
    module2.exports = copySync;
  }
});

// node_modules/fs-extra/lib/copy/index.js
var require_copy2 = __commonJS({
  "node_modules/fs-extra/lib/copy/index.js"(exports2, module2) {
    "use strict";
    var u2 = require_universalify().fromPromise;
    module2.exports = {
      copy: u2(require_copy()),
      copySync: require_copy_sync()
    };
  }
});

// node_modules/fs-extra/lib/remove/index.js
var require_remove = __commonJS({
  "node_modules/fs-extra/lib/remove/index.js"(exports2, module2) {
    "use strict";
    var fs48 = require_graceful_fs();
    var u2 = require_universalify().fromCallback;
    function remove(path56, callback) {
      fs48.rm(path56, { recursive: true, force: true }, callback);
    }
    function removeSync(path56) {
      fs48.rmSync(path56, { recursive: true, force: true });
    }
    module2.exports = {
      remove: u2(remove),
      removeSync
    };
  }
});

// node_modules/fs-extra/lib/empty/index.js
var require_empty = __commonJS({
  "node_modules/fs-extra/lib/empty/index.js"(exports2, module2) {
    "use strict";
    var u2 = require_universalify().fromPromise;
    var fs48 = require_fs();
    var path56 = require("path");
    var mkdir = require_mkdirs();
    var remove = require_remove();
    var emptyDir = u2(async function emptyDir2(dir) {
      let items;
      try {
        items = await fs48.readdir(dir);
      } catch (err) {
        if (err.code !== "ENOENT") throw err;
        return mkdir.mkdirs(dir);
      }
      return Promise.all(items.map((item) => remove.remove(path56.join(dir, item))));
    });
    function emptyDirSync(dir) {
      let items;
      try {
        items = fs48.readdirSync(dir);
      } catch (err) {
        if (err.code !== "ENOENT") throw err;
        return mkdir.mkdirsSync(dir);
      }
      items.forEach((item) => {
        item = path56.join(dir, item);
        remove.removeSync(item);
      });
    }
    module2.exports = {
      emptyDirSync,
      emptydirSync: emptyDirSync,
      emptyDir,
      emptydir: emptyDir
    };
  }
});

// node_modules/fs-extra/lib/ensure/file.js
var require_file = __commonJS({
  "node_modules/fs-extra/lib/ensure/file.js"(exports2, module2) {
    "use strict";
    var u2 = require_universalify().fromPromise;
    var path56 = require("path");
    var fs48 = require_fs();
    var mkdir = require_mkdirs();
    async function createFile(file) {
      let stats;
      try {
        stats = await fs48.stat(file);
      } catch {
      }
      if (stats && stats.isFile()) return;
      const dir = path56.dirname(file);
      let dirStats = null;
      try {
        dirStats = await fs48.stat(dir);
      } catch (err) {
        if (err.code === "ENOENT") {
          await mkdir.mkdirs(dir);
          await fs48.writeFile(file, "");
          return;
        } else {
          throw err;
        }
      }
      if (dirStats.isDirectory()) {
        await fs48.writeFile(file, "");
      } else {
        await fs48.readdir(dir);
      }
    }
    function createFileSync(file) {
      let stats;
      try {
        stats = fs48.statSync(file);
      } catch {
      }
      if (stats && stats.isFile()) return;
      const dir = path56.dirname(file);
      try {
        if (!fs48.statSync(dir).isDirectory()) {
          fs48.readdirSync(dir);
        }
      } catch (err) {
        if (err && err.code === "ENOENT") mkdir.mkdirsSync(dir);
        else throw err;
      }
      fs48.writeFileSync(file, "");
    }
    module2.exports = {
      createFile: u2(createFile),
      createFileSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/link.js
var require_link = __commonJS({
  "node_modules/fs-extra/lib/ensure/link.js"(exports2, module2) {
    "use strict";
    var u2 = require_universalify().fromPromise;
    var path56 = require("path");
    var fs48 = require_fs();
    var mkdir = require_mkdirs();
    var { pathExists } = require_path_exists();
    var { areIdentical } = require_stat();
    async function createLink(srcpath, dstpath) {
      let dstStat;
      try {
        dstStat = await fs48.lstat(dstpath, { bigint: true });
      } catch {
      }
      let srcStat;
      try {
        srcStat = await fs48.lstat(srcpath, { bigint: true });
      } catch (err) {
        err.message = err.message.replace("lstat", "ensureLink");
        throw err;
      }
      if (dstStat && areIdentical(srcStat, dstStat)) return;
      const dir = path56.dirname(dstpath);
      const dirExists = await pathExists(dir);
      if (!dirExists) {
        await mkdir.mkdirs(dir);
      }
      await fs48.link(srcpath, dstpath);
    }
    function createLinkSync(srcpath, dstpath) {
      let dstStat;
      try {
        dstStat = fs48.lstatSync(dstpath, { bigint: true });
      } catch {
      }
      try {
        const srcStat = fs48.lstatSync(srcpath, { bigint: true });
        if (dstStat && areIdentical(srcStat, dstStat)) return;
      } catch (err) {
        err.message = err.message.replace("lstat", "ensureLink");
        throw err;
      }
      const dir = path56.dirname(dstpath);
      const dirExists = fs48.existsSync(dir);
      if (dirExists) return fs48.linkSync(srcpath, dstpath);
      mkdir.mkdirsSync(dir);
      return fs48.linkSync(srcpath, dstpath);
    }
    module2.exports = {
      createLink: u2(createLink),
      createLinkSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/symlink-paths.js
var require_symlink_paths = __commonJS({
  "node_modules/fs-extra/lib/ensure/symlink-paths.js"(exports2, module2) {
    "use strict";
    var path56 = require("path");
    var fs48 = require_fs();
    var { pathExists } = require_path_exists();
    var u2 = require_universalify().fromPromise;
    async function symlinkPaths(srcpath, dstpath) {
      if (path56.isAbsolute(srcpath)) {
        try {
          await fs48.lstat(srcpath);
        } catch (err) {
          err.message = err.message.replace("lstat", "ensureSymlink");
          throw err;
        }
        return {
          toCwd: srcpath,
          toDst: srcpath
        };
      }
      const dstdir = path56.dirname(dstpath);
      const relativeToDst = path56.join(dstdir, srcpath);
      const exists = await pathExists(relativeToDst);
      if (exists) {
        return {
          toCwd: relativeToDst,
          toDst: srcpath
        };
      }
      try {
        await fs48.lstat(srcpath);
      } catch (err) {
        err.message = err.message.replace("lstat", "ensureSymlink");
        throw err;
      }
      return {
        toCwd: srcpath,
        toDst: path56.relative(dstdir, srcpath)
      };
    }
    function symlinkPathsSync(srcpath, dstpath) {
      if (path56.isAbsolute(srcpath)) {
        const exists2 = fs48.existsSync(srcpath);
        if (!exists2) throw new Error("absolute srcpath does not exist");
        return {
          toCwd: srcpath,
          toDst: srcpath
        };
      }
      const dstdir = path56.dirname(dstpath);
      const relativeToDst = path56.join(dstdir, srcpath);
      const exists = fs48.existsSync(relativeToDst);
      if (exists) {
        return {
          toCwd: relativeToDst,
          toDst: srcpath
        };
      }
      const srcExists = fs48.existsSync(srcpath);
      if (!srcExists) throw new Error("relative srcpath does not exist");
      return {
        toCwd: srcpath,
        toDst: path56.relative(dstdir, srcpath)
      };
    }
    module2.exports = {
      symlinkPaths: u2(symlinkPaths),
      symlinkPathsSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/symlink-type.js
var require_symlink_type = __commonJS({
  "node_modules/fs-extra/lib/ensure/symlink-type.js"(exports2, module2) {
    "use strict";
    var fs48 = require_fs();
    var u2 = require_universalify().fromPromise;
    async function symlinkType(srcpath, type) {
      if (type) return type;
      let stats;
      try {
        stats = await fs48.lstat(srcpath);
      } catch {
        return "file";
      }
      return stats && stats.isDirectory() ? "dir" : "file";
    }
    function symlinkTypeSync(srcpath, type) {
      if (type) return type;
      let stats;
      try {
        stats = fs48.lstatSync(srcpath);
      } catch {
        return "file";
      }
      return stats && stats.isDirectory() ? "dir" : "file";
    }
    module2.exports = {
      symlinkType: u2(symlinkType),
      symlinkTypeSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/symlink.js
var require_symlink = __commonJS({
  "node_modules/fs-extra/lib/ensure/symlink.js"(exports2, module2) {
    "use strict";
    var u2 = require_universalify().fromPromise;
    var path56 = require("path");
    var fs48 = require_fs();
    var { mkdirs, mkdirsSync } = require_mkdirs();
    var { symlinkPaths, symlinkPathsSync } = require_symlink_paths();
    var { symlinkType, symlinkTypeSync } = require_symlink_type();
    var { pathExists } = require_path_exists();
    var { areIdentical } = require_stat();
    async function createSymlink(srcpath, dstpath, type) {
      let stats;
      try {
        stats = await fs48.lstat(dstpath);
      } catch {
      }
      if (stats && stats.isSymbolicLink()) {
        let srcStat;
        if (path56.isAbsolute(srcpath)) {
          srcStat = await fs48.stat(srcpath, { bigint: true });
        } else {
          const dstdir = path56.dirname(dstpath);
          const relativeToDst = path56.join(dstdir, srcpath);
          try {
            srcStat = await fs48.stat(relativeToDst, { bigint: true });
          } catch {
            srcStat = await fs48.stat(srcpath, { bigint: true });
          }
        }
        let dstStat;
        try {
          dstStat = await fs48.stat(dstpath, { bigint: true });
        } catch (err) {
          if (err.code !== "ENOENT") throw err;
        }
        if (dstStat && areIdentical(srcStat, dstStat)) return;
      }
      const relative = await symlinkPaths(srcpath, dstpath);
      srcpath = relative.toDst;
      const toType = await symlinkType(relative.toCwd, type);
      const dir = path56.dirname(dstpath);
      if (!await pathExists(dir)) {
        await mkdirs(dir);
      }
      return fs48.symlink(srcpath, dstpath, toType);
    }
    function createSymlinkSync(srcpath, dstpath, type) {
      let stats;
      try {
        stats = fs48.lstatSync(dstpath);
      } catch {
      }
      if (stats && stats.isSymbolicLink()) {
        let srcStat;
        if (path56.isAbsolute(srcpath)) {
          srcStat = fs48.statSync(srcpath, { bigint: true });
        } else {
          const dstdir = path56.dirname(dstpath);
          const relativeToDst = path56.join(dstdir, srcpath);
          try {
            srcStat = fs48.statSync(relativeToDst, { bigint: true });
          } catch {
            srcStat = fs48.statSync(srcpath, { bigint: true });
          }
        }
        let dstStat;
        try {
          dstStat = fs48.statSync(dstpath, { bigint: true });
        } catch (err) {
          if (err.code !== "ENOENT") throw err;
        }
        if (dstStat && areIdentical(srcStat, dstStat)) return;
      }
      const relative = symlinkPathsSync(srcpath, dstpath);
      srcpath = relative.toDst;
      type = symlinkTypeSync(relative.toCwd, type);
      const dir = path56.dirname(dstpath);
      const exists = fs48.existsSync(dir);
      if (exists) return fs48.symlinkSync(srcpath, dstpath, type);
      mkdirsSync(dir);
      return fs48.symlinkSync(srcpath, dstpath, type);
    }
    module2.exports = {
      createSymlink: u2(createSymlink),
      createSymlinkSync
    };
  }
});

// node_modules/fs-extra/lib/ensure/index.js
var require_ensure = __commonJS({
  "node_modules/fs-extra/lib/ensure/index.js"(exports2, module2) {
    "use strict";
    var { createFile, createFileSync } = require_file();
    var { createLink, createLinkSync } = require_link();
    var { createSymlink, createSymlinkSync } = require_symlink();
    module2.exports = {
      // file
      createFile,
      createFileSync,
      ensureFile: createFile,
      ensureFileSync: createFileSync,
      // link
      createLink,
      createLinkSync,
      ensureLink: createLink,
      ensureLinkSync: createLinkSync,
      // symlink
      createSymlink,
      createSymlinkSync,
      ensureSymlink: createSymlink,
      ensureSymlinkSync: createSymlinkSync
    };
  }
});

// node_modules/jsonfile/utils.js
var require_utils2 = __commonJS({
  "node_modules/jsonfile/utils.js"(exports2, module2) {
    function stringify2(obj, { EOL = "\n", finalEOL = true, replacer = null, spaces } = {}) {
      const EOF = finalEOL ? EOL : "";
      const str2 = JSON.stringify(obj, replacer, spaces);
      if (str2 === void 0) {
        throw new TypeError(`Converting ${typeof obj} value to JSON is not supported`);
      }
      return str2.replace(/\n/g, EOL) + EOF;
    }
    function stripBom(content) {
      if (Buffer.isBuffer(content)) content = content.toString("utf8");
      return content.replace(/^\uFEFF/, "");
    }
    module2.exports = { stringify: stringify2, stripBom };
  }
});

// node_modules/jsonfile/index.js
var require_jsonfile = __commonJS({
  "node_modules/jsonfile/index.js"(exports2, module2) {
    var _fs;
    try {
      _fs = require_graceful_fs();
    } catch (_) {
      _fs = require("fs");
    }
    var universalify = require_universalify();
    var { stringify: stringify2, stripBom } = require_utils2();
    async function _readFile(file, options = {}) {
      if (typeof options === "string") {
        options = { encoding: options };
      }
      const fs48 = options.fs || _fs;
      const shouldThrow = "throws" in options ? options.throws : true;
      let data = await universalify.fromCallback(fs48.readFile)(file, options);
      data = stripBom(data);
      let obj;
      try {
        obj = JSON.parse(data, options ? options.reviver : null);
      } catch (err) {
        if (shouldThrow) {
          err.message = `${file}: ${err.message}`;
          throw err;
        } else {
          return null;
        }
      }
      return obj;
    }
    var readFile2 = universalify.fromPromise(_readFile);
    function readFileSync3(file, options = {}) {
      if (typeof options === "string") {
        options = { encoding: options };
      }
      const fs48 = options.fs || _fs;
      const shouldThrow = "throws" in options ? options.throws : true;
      try {
        let content = fs48.readFileSync(file, options);
        content = stripBom(content);
        return JSON.parse(content, options.reviver);
      } catch (err) {
        if (shouldThrow) {
          err.message = `${file}: ${err.message}`;
          throw err;
        } else {
          return null;
        }
      }
    }
    async function _writeFile(file, obj, options = {}) {
      const fs48 = options.fs || _fs;
      const str2 = stringify2(obj, options);
      await universalify.fromCallback(fs48.writeFile)(file, str2, options);
    }
    var writeFile = universalify.fromPromise(_writeFile);
    function writeFileSync2(file, obj, options = {}) {
      const fs48 = options.fs || _fs;
      const str2 = stringify2(obj, options);
      return fs48.writeFileSync(file, str2, options);
    }
    module2.exports = {
      readFile: readFile2,
      readFileSync: readFileSync3,
      writeFile,
      writeFileSync: writeFileSync2
    };
  }
});

// node_modules/fs-extra/lib/json/jsonfile.js
var require_jsonfile2 = __commonJS({
  "node_modules/fs-extra/lib/json/jsonfile.js"(exports2, module2) {
    "use strict";
    var jsonFile = require_jsonfile();
    module2.exports = {
      // jsonfile exports
      readJson: jsonFile.readFile,
      readJsonSync: jsonFile.readFileSync,
      writeJson: jsonFile.writeFile,
      writeJsonSync: jsonFile.writeFileSync
    };
  }
});

// node_modules/fs-extra/lib/output-file/index.js
var require_output_file = __commonJS({
  "node_modules/fs-extra/lib/output-file/index.js"(exports2, module2) {
    "use strict";
    var u2 = require_universalify().fromPromise;
    var fs48 = require_fs();
    var path56 = require("path");
    var mkdir = require_mkdirs();
    var pathExists = require_path_exists().pathExists;
    async function outputFile(file, data, encoding = "utf-8") {
      const dir = path56.dirname(file);
      if (!await pathExists(dir)) {
        await mkdir.mkdirs(dir);
      }
      return fs48.writeFile(file, data, encoding);
    }
    function outputFileSync(file, ...args) {
      const dir = path56.dirname(file);
      if (!fs48.existsSync(dir)) {
        mkdir.mkdirsSync(dir);
      }
      fs48.writeFileSync(file, ...args);
    }
    module2.exports = {
      outputFile: u2(outputFile),
      outputFileSync
    };
  }
});

// node_modules/fs-extra/lib/json/output-json.js
var require_output_json = __commonJS({
  "node_modules/fs-extra/lib/json/output-json.js"(exports2, module2) {
    "use strict";
    var { stringify: stringify2 } = require_utils2();
    var { outputFile } = require_output_file();
    async function outputJson(file, data, options = {}) {
      const str2 = stringify2(data, options);
      await outputFile(file, str2, options);
    }
    module2.exports = outputJson;
  }
});

// node_modules/fs-extra/lib/json/output-json-sync.js
var require_output_json_sync = __commonJS({
  "node_modules/fs-extra/lib/json/output-json-sync.js"(exports2, module2) {
    "use strict";
    var { stringify: stringify2 } = require_utils2();
    var { outputFileSync } = require_output_file();
    function outputJsonSync(file, data, options) {
      const str2 = stringify2(data, options);
      outputFileSync(file, str2, options);
    }
    module2.exports = outputJsonSync;
  }
});

// node_modules/fs-extra/lib/json/index.js
var require_json = __commonJS({
  "node_modules/fs-extra/lib/json/index.js"(exports2, module2) {
    "use strict";
    var u2 = require_universalify().fromPromise;
    var jsonFile = require_jsonfile2();
    jsonFile.outputJson = u2(require_output_json());
    jsonFile.outputJsonSync = require_output_json_sync();
    jsonFile.outputJSON = jsonFile.outputJson;
    jsonFile.outputJSONSync = jsonFile.outputJsonSync;
    jsonFile.writeJSON = jsonFile.writeJson;
    jsonFile.writeJSONSync = jsonFile.writeJsonSync;
    jsonFile.readJSON = jsonFile.readJson;
    jsonFile.readJSONSync = jsonFile.readJsonSync;
    module2.exports = jsonFile;
  }
});

// node_modules/fs-extra/lib/move/move.js
var require_move = __commonJS({
  "node_modules/fs-extra/lib/move/move.js"(exports2, module2) {
    "use strict";
    var fs48 = require_fs();
    var path56 = require("path");
    var { copy } = require_copy2();
    var { remove } = require_remove();
    var { mkdirp } = require_mkdirs();
    var { pathExists } = require_path_exists();
    var stat = require_stat();
    async function move(src, dest, opts = {}) {
      const overwrite = opts.overwrite || opts.clobber || false;
      const { srcStat, isChangingCase = false } = await stat.checkPaths(src, dest, "move", opts);
      await stat.checkParentPaths(src, srcStat, dest, "move");
      const destParent = path56.dirname(dest);
      const parsedParentPath = path56.parse(destParent);
      if (parsedParentPath.root !== destParent) {
        await mkdirp(destParent);
      }
      return doRename(src, dest, overwrite, isChangingCase);
    }
    async function doRename(src, dest, overwrite, isChangingCase) {
      if (!isChangingCase) {
        if (overwrite) {
          await remove(dest);
        } else if (await pathExists(dest)) {
          throw new Error("dest already exists.");
        }
      }
      try {
        await fs48.rename(src, dest);
      } catch (err) {
        if (err.code !== "EXDEV") {
          throw err;
        }
        await moveAcrossDevice(src, dest, overwrite);
      }
    }
    async function moveAcrossDevice(src, dest, overwrite) {
      const opts = {
        overwrite,
        errorOnExist: true,
        preserveTimestamps: true
      };
      await copy(src, dest, opts);
      return remove(src);
    }
    module2.exports = move;
  }
});

// node_modules/fs-extra/lib/move/move-sync.js
var require_move_sync = __commonJS({
  "node_modules/fs-extra/lib/move/move-sync.js"(exports2, module2) {
    "use strict";
    var fs48 = require_graceful_fs();
    var path56 = require("path");
    var copySync = require_copy2().copySync;
    var removeSync = require_remove().removeSync;
    var mkdirpSync = require_mkdirs().mkdirpSync;
    var stat = require_stat();
    function moveSync(src, dest, opts) {
      opts = opts || {};
      const overwrite = opts.overwrite || opts.clobber || false;
      const { srcStat, isChangingCase = false } = stat.checkPathsSync(src, dest, "move", opts);
      stat.checkParentPathsSync(src, srcStat, dest, "move");
      if (!isParentRoot(dest)) mkdirpSync(path56.dirname(dest));
      return doRename(src, dest, overwrite, isChangingCase);
    }
    function isParentRoot(dest) {
      const parent = path56.dirname(dest);
      const parsedPath = path56.parse(parent);
      return parsedPath.root === parent;
    }
    function doRename(src, dest, overwrite, isChangingCase) {
      if (isChangingCase) return rename(src, dest, overwrite);
      if (overwrite) {
        removeSync(dest);
        return rename(src, dest, overwrite);
      }
      if (fs48.existsSync(dest)) throw new Error("dest already exists.");
      return rename(src, dest, overwrite);
    }
    function rename(src, dest, overwrite) {
      try {
        fs48.renameSync(src, dest);
      } catch (err) {
        if (err.code !== "EXDEV") throw err;
        return moveAcrossDevice(src, dest, overwrite);
      }
    }
    function moveAcrossDevice(src, dest, overwrite) {
      const opts = {
        overwrite,
        errorOnExist: true,
        preserveTimestamps: true
      };
      copySync(src, dest, opts);
      return removeSync(src);
    }
    module2.exports = moveSync;
  }
});

// node_modules/fs-extra/lib/move/index.js
var require_move2 = __commonJS({
  "node_modules/fs-extra/lib/move/index.js"(exports2, module2) {
    "use strict";
    var u2 = require_universalify().fromPromise;
    module2.exports = {
      move: u2(require_move()),
      moveSync: require_move_sync()
    };
  }
});

// node_modules/fs-extra/lib/index.js
var require_lib = __commonJS({
  "node_modules/fs-extra/lib/index.js"(exports2, module2) {
    "use strict";
    module2.exports = {
      // Export promiseified graceful-fs:
      ...require_fs(),
      // Export extra methods:
      ...require_copy2(),
      ...require_empty(),
      ...require_ensure(),
      ...require_json(),
      ...require_mkdirs(),
      ...require_move2(),
      ...require_output_file(),
      ...require_path_exists(),
      ...require_remove()
    };
  }
});

// node_modules/isexe/windows.js
var require_windows = __commonJS({
  "node_modules/isexe/windows.js"(exports2, module2) {
    module2.exports = isexe;
    isexe.sync = sync;
    var fs48 = require("fs");
    function checkPathExt(path56, options) {
      var pathext = options.pathExt !== void 0 ? options.pathExt : process.env.PATHEXT;
      if (!pathext) {
        return true;
      }
      pathext = pathext.split(";");
      if (pathext.indexOf("") !== -1) {
        return true;
      }
      for (var i2 = 0; i2 < pathext.length; i2++) {
        var p = pathext[i2].toLowerCase();
        if (p && path56.substr(-p.length).toLowerCase() === p) {
          return true;
        }
      }
      return false;
    }
    function checkStat(stat, path56, options) {
      if (!stat.isSymbolicLink() && !stat.isFile()) {
        return false;
      }
      return checkPathExt(path56, options);
    }
    function isexe(path56, options, cb) {
      fs48.stat(path56, function(er, stat) {
        cb(er, er ? false : checkStat(stat, path56, options));
      });
    }
    function sync(path56, options) {
      return checkStat(fs48.statSync(path56), path56, options);
    }
  }
});

// node_modules/isexe/mode.js
var require_mode = __commonJS({
  "node_modules/isexe/mode.js"(exports2, module2) {
    module2.exports = isexe;
    isexe.sync = sync;
    var fs48 = require("fs");
    function isexe(path56, options, cb) {
      fs48.stat(path56, function(er, stat) {
        cb(er, er ? false : checkStat(stat, options));
      });
    }
    function sync(path56, options) {
      return checkStat(fs48.statSync(path56), options);
    }
    function checkStat(stat, options) {
      return stat.isFile() && checkMode(stat, options);
    }
    function checkMode(stat, options) {
      var mod = stat.mode;
      var uid = stat.uid;
      var gid = stat.gid;
      var myUid = options.uid !== void 0 ? options.uid : process.getuid && process.getuid();
      var myGid = options.gid !== void 0 ? options.gid : process.getgid && process.getgid();
      var u2 = parseInt("100", 8);
      var g = parseInt("010", 8);
      var o2 = parseInt("001", 8);
      var ug = u2 | g;
      var ret = mod & o2 || mod & g && gid === myGid || mod & u2 && uid === myUid || mod & ug && myUid === 0;
      return ret;
    }
  }
});

// node_modules/isexe/index.js
var require_isexe = __commonJS({
  "node_modules/isexe/index.js"(exports2, module2) {
    var fs48 = require("fs");
    var core;
    if (process.platform === "win32" || global.TESTING_WINDOWS) {
      core = require_windows();
    } else {
      core = require_mode();
    }
    module2.exports = isexe;
    isexe.sync = sync;
    function isexe(path56, options, cb) {
      if (typeof options === "function") {
        cb = options;
        options = {};
      }
      if (!cb) {
        if (typeof Promise !== "function") {
          throw new TypeError("callback not provided");
        }
        return new Promise(function(resolve, reject) {
          isexe(path56, options || {}, function(er, is) {
            if (er) {
              reject(er);
            } else {
              resolve(is);
            }
          });
        });
      }
      core(path56, options || {}, function(er, is) {
        if (er) {
          if (er.code === "EACCES" || options && options.ignoreErrors) {
            er = null;
            is = false;
          }
        }
        cb(er, is);
      });
    }
    function sync(path56, options) {
      try {
        return core.sync(path56, options || {});
      } catch (er) {
        if (options && options.ignoreErrors || er.code === "EACCES") {
          return false;
        } else {
          throw er;
        }
      }
    }
  }
});

// node_modules/which/which.js
var require_which = __commonJS({
  "node_modules/which/which.js"(exports2, module2) {
    var isWindows = process.platform === "win32" || process.env.OSTYPE === "cygwin" || process.env.OSTYPE === "msys";
    var path56 = require("path");
    var COLON = isWindows ? ";" : ":";
    var isexe = require_isexe();
    var getNotFoundError = (cmd) => Object.assign(new Error(`not found: ${cmd}`), { code: "ENOENT" });
    var getPathInfo = (cmd, opt) => {
      const colon = opt.colon || COLON;
      const pathEnv = cmd.match(/\//) || isWindows && cmd.match(/\\/) ? [""] : [
        // windows always checks the cwd first
        ...isWindows ? [process.cwd()] : [],
        ...(opt.path || process.env.PATH || /* istanbul ignore next: very unusual */
        "").split(colon)
      ];
      const pathExtExe = isWindows ? opt.pathExt || process.env.PATHEXT || ".EXE;.CMD;.BAT;.COM" : "";
      const pathExt = isWindows ? pathExtExe.split(colon) : [""];
      if (isWindows) {
        if (cmd.indexOf(".") !== -1 && pathExt[0] !== "")
          pathExt.unshift("");
      }
      return {
        pathEnv,
        pathExt,
        pathExtExe
      };
    };
    var which = (cmd, opt, cb) => {
      if (typeof opt === "function") {
        cb = opt;
        opt = {};
      }
      if (!opt)
        opt = {};
      const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt);
      const found = [];
      const step = (i2) => new Promise((resolve, reject) => {
        if (i2 === pathEnv.length)
          return opt.all && found.length ? resolve(found) : reject(getNotFoundError(cmd));
        const ppRaw = pathEnv[i2];
        const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
        const pCmd = path56.join(pathPart, cmd);
        const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
        resolve(subStep(p, i2, 0));
      });
      const subStep = (p, i2, ii) => new Promise((resolve, reject) => {
        if (ii === pathExt.length)
          return resolve(step(i2 + 1));
        const ext = pathExt[ii];
        isexe(p + ext, { pathExt: pathExtExe }, (er, is) => {
          if (!er && is) {
            if (opt.all)
              found.push(p + ext);
            else
              return resolve(p + ext);
          }
          return resolve(subStep(p, i2, ii + 1));
        });
      });
      return cb ? step(0).then((res) => cb(null, res), cb) : step(0);
    };
    var whichSync = (cmd, opt) => {
      opt = opt || {};
      const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt);
      const found = [];
      for (let i2 = 0; i2 < pathEnv.length; i2++) {
        const ppRaw = pathEnv[i2];
        const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
        const pCmd = path56.join(pathPart, cmd);
        const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
        for (let j = 0; j < pathExt.length; j++) {
          const cur = p + pathExt[j];
          try {
            const is = isexe.sync(cur, { pathExt: pathExtExe });
            if (is) {
              if (opt.all)
                found.push(cur);
              else
                return cur;
            }
          } catch (ex) {
          }
        }
      }
      if (opt.all && found.length)
        return found;
      if (opt.nothrow)
        return null;
      throw getNotFoundError(cmd);
    };
    module2.exports = which;
    which.sync = whichSync;
  }
});

// node_modules/path-key/index.js
var require_path_key = __commonJS({
  "node_modules/path-key/index.js"(exports2, module2) {
    "use strict";
    var pathKey2 = (options = {}) => {
      const environment = options.env || process.env;
      const platform2 = options.platform || process.platform;
      if (platform2 !== "win32") {
        return "PATH";
      }
      return Object.keys(environment).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
    };
    module2.exports = pathKey2;
    module2.exports.default = pathKey2;
  }
});

// node_modules/cross-spawn/lib/util/resolveCommand.js
var require_resolveCommand = __commonJS({
  "node_modules/cross-spawn/lib/util/resolveCommand.js"(exports2, module2) {
    "use strict";
    var path56 = require("path");
    var which = require_which();
    var getPathKey = require_path_key();
    function resolveCommandAttempt(parsed, withoutPathExt) {
      const env = parsed.options.env || process.env;
      const cwd = process.cwd();
      const hasCustomCwd = parsed.options.cwd != null;
      const shouldSwitchCwd = hasCustomCwd && process.chdir !== void 0 && !process.chdir.disabled;
      if (shouldSwitchCwd) {
        try {
          process.chdir(parsed.options.cwd);
        } catch (err) {
        }
      }
      let resolved;
      try {
        resolved = which.sync(parsed.command, {
          path: env[getPathKey({ env })],
          pathExt: withoutPathExt ? path56.delimiter : void 0
        });
      } catch (e) {
      } finally {
        if (shouldSwitchCwd) {
          process.chdir(cwd);
        }
      }
      if (resolved) {
        resolved = path56.resolve(hasCustomCwd ? parsed.options.cwd : "", resolved);
      }
      return resolved;
    }
    function resolveCommand(parsed) {
      return resolveCommandAttempt(parsed) || resolveCommandAttempt(parsed, true);
    }
    module2.exports = resolveCommand;
  }
});

// node_modules/cross-spawn/lib/util/escape.js
var require_escape = __commonJS({
  "node_modules/cross-spawn/lib/util/escape.js"(exports2, module2) {
    "use strict";
    var metaCharsRegExp = /([()\][%!^"`<>&|;, *?])/g;
    function escapeCommand(arg) {
      arg = arg.replace(metaCharsRegExp, "^$1");
      return arg;
    }
    function escapeArgument(arg, doubleEscapeMetaChars) {
      arg = `${arg}`;
      arg = arg.replace(/(?=(\\+?)?)\1"/g, '$1$1\\"');
      arg = arg.replace(/(?=(\\+?)?)\1$/, "$1$1");
      arg = `"${arg}"`;
      arg = arg.replace(metaCharsRegExp, "^$1");
      if (doubleEscapeMetaChars) {
        arg = arg.replace(metaCharsRegExp, "^$1");
      }
      return arg;
    }
    module2.exports.command = escapeCommand;
    module2.exports.argument = escapeArgument;
  }
});

// node_modules/shebang-regex/index.js
var require_shebang_regex = __commonJS({
  "node_modules/shebang-regex/index.js"(exports2, module2) {
    "use strict";
    module2.exports = /^#!(.*)/;
  }
});

// node_modules/shebang-command/index.js
var require_shebang_command = __commonJS({
  "node_modules/shebang-command/index.js"(exports2, module2) {
    "use strict";
    var shebangRegex = require_shebang_regex();
    module2.exports = (string = "") => {
      const match = string.match(shebangRegex);
      if (!match) {
        return null;
      }
      const [path56, argument] = match[0].replace(/#! ?/, "").split(" ");
      const binary = path56.split("/").pop();
      if (binary === "env") {
        return argument;
      }
      return argument ? `${binary} ${argument}` : binary;
    };
  }
});

// node_modules/cross-spawn/lib/util/readShebang.js
var require_readShebang = __commonJS({
  "node_modules/cross-spawn/lib/util/readShebang.js"(exports2, module2) {
    "use strict";
    var fs48 = require("fs");
    var shebangCommand = require_shebang_command();
    function readShebang(command) {
      const size = 150;
      const buffer = Buffer.alloc(size);
      let fd;
      try {
        fd = fs48.openSync(command, "r");
        fs48.readSync(fd, buffer, 0, size, 0);
        fs48.closeSync(fd);
      } catch (e) {
      }
      return shebangCommand(buffer.toString());
    }
    module2.exports = readShebang;
  }
});

// node_modules/cross-spawn/lib/parse.js
var require_parse = __commonJS({
  "node_modules/cross-spawn/lib/parse.js"(exports2, module2) {
    "use strict";
    var path56 = require("path");
    var resolveCommand = require_resolveCommand();
    var escape = require_escape();
    var readShebang = require_readShebang();
    var isWin = process.platform === "win32";
    var isExecutableRegExp = /\.(?:com|exe)$/i;
    var isCmdShimRegExp = /node_modules[\\/].bin[\\/][^\\/]+\.cmd$/i;
    function detectShebang(parsed) {
      parsed.file = resolveCommand(parsed);
      const shebang = parsed.file && readShebang(parsed.file);
      if (shebang) {
        parsed.args.unshift(parsed.file);
        parsed.command = shebang;
        return resolveCommand(parsed);
      }
      return parsed.file;
    }
    function parseNonShell(parsed) {
      if (!isWin) {
        return parsed;
      }
      const commandFile = detectShebang(parsed);
      const needsShell = !isExecutableRegExp.test(commandFile);
      if (parsed.options.forceShell || needsShell) {
        const needsDoubleEscapeMetaChars = isCmdShimRegExp.test(commandFile);
        parsed.command = path56.normalize(parsed.command);
        parsed.command = escape.command(parsed.command);
        parsed.args = parsed.args.map((arg) => escape.argument(arg, needsDoubleEscapeMetaChars));
        const shellCommand = [parsed.command].concat(parsed.args).join(" ");
        parsed.args = ["/d", "/s", "/c", `"${shellCommand}"`];
        parsed.command = process.env.comspec || "cmd.exe";
        parsed.options.windowsVerbatimArguments = true;
      }
      return parsed;
    }
    function parse2(command, args, options) {
      if (args && !Array.isArray(args)) {
        options = args;
        args = null;
      }
      args = args ? args.slice(0) : [];
      options = Object.assign({}, options);
      const parsed = {
        command,
        args,
        options,
        file: void 0,
        original: {
          command,
          args
        }
      };
      return options.shell ? parsed : parseNonShell(parsed);
    }
    module2.exports = parse2;
  }
});

// node_modules/cross-spawn/lib/enoent.js
var require_enoent = __commonJS({
  "node_modules/cross-spawn/lib/enoent.js"(exports2, module2) {
    "use strict";
    var isWin = process.platform === "win32";
    function notFoundError(original, syscall) {
      return Object.assign(new Error(`${syscall} ${original.command} ENOENT`), {
        code: "ENOENT",
        errno: "ENOENT",
        syscall: `${syscall} ${original.command}`,
        path: original.command,
        spawnargs: original.args
      });
    }
    function hookChildProcess(cp, parsed) {
      if (!isWin) {
        return;
      }
      const originalEmit = cp.emit;
      cp.emit = function(name, arg1) {
        if (name === "exit") {
          const err = verifyENOENT(arg1, parsed);
          if (err) {
            return originalEmit.call(cp, "error", err);
          }
        }
        return originalEmit.apply(cp, arguments);
      };
    }
    function verifyENOENT(status, parsed) {
      if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, "spawn");
      }
      return null;
    }
    function verifyENOENTSync(status, parsed) {
      if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, "spawnSync");
      }
      return null;
    }
    module2.exports = {
      hookChildProcess,
      verifyENOENT,
      verifyENOENTSync,
      notFoundError
    };
  }
});

// node_modules/cross-spawn/index.js
var require_cross_spawn = __commonJS({
  "node_modules/cross-spawn/index.js"(exports2, module2) {
    "use strict";
    var cp = require("child_process");
    var parse2 = require_parse();
    var enoent = require_enoent();
    function spawn3(command, args, options) {
      const parsed = parse2(command, args, options);
      const spawned = cp.spawn(parsed.command, parsed.args, parsed.options);
      enoent.hookChildProcess(spawned, parsed);
      return spawned;
    }
    function spawnSync2(command, args, options) {
      const parsed = parse2(command, args, options);
      const result = cp.spawnSync(parsed.command, parsed.args, parsed.options);
      result.error = result.error || enoent.verifyENOENTSync(result.status, parsed);
      return result;
    }
    module2.exports = spawn3;
    module2.exports.spawn = spawn3;
    module2.exports.sync = spawnSync2;
    module2.exports._parse = parse2;
    module2.exports._enoent = enoent;
  }
});

// node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "node_modules/fast-glob/out/utils/array.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.splitWhen = exports2.flatten = void 0;
    function flatten(items) {
      return items.reduce((collection, item) => [].concat(collection, item), []);
    }
    exports2.flatten = flatten;
    function splitWhen(items, predicate) {
      const result = [[]];
      let groupIndex = 0;
      for (const item of items) {
        if (predicate(item)) {
          groupIndex++;
          result[groupIndex] = [];
        } else {
          result[groupIndex].push(item);
        }
      }
      return result;
    }
    exports2.splitWhen = splitWhen;
  }
});

// node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "node_modules/fast-glob/out/utils/errno.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports2.isEnoentCodeError = isEnoentCodeError;
  }
});

// node_modules/fast-glob/out/utils/fs.js
var require_fs2 = __commonJS({
  "node_modules/fast-glob/out/utils/fs.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports2.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "node_modules/fast-glob/out/utils/path.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.convertPosixPathToPattern = exports2.convertWindowsPathToPattern = exports2.convertPathToPattern = exports2.escapePosixPath = exports2.escapeWindowsPath = exports2.escape = exports2.removeLeadingDotSegment = exports2.makeAbsolute = exports2.unixify = void 0;
    var os3 = require("os");
    var path56 = require("path");
    var IS_WINDOWS_PLATFORM = os3.platform() === "win32";
    var LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2;
    var POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
    var WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
    var DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
    var WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports2.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path56.resolve(cwd, filepath);
    }
    exports2.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry) {
      if (entry.charAt(0) === ".") {
        const secondCharactery = entry.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\") {
          return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
      }
      return entry;
    }
    exports2.removeLeadingDotSegment = removeLeadingDotSegment;
    exports2.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports2.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports2.escapePosixPath = escapePosixPath;
    exports2.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports2.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports2.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "node_modules/is-extglob/index.js"(exports2, module2) {
    module2.exports = function isExtglob(str2) {
      if (typeof str2 !== "string" || str2 === "") {
        return false;
      }
      var match;
      while (match = /(\\).|([@?!+*]\(.*\))/g.exec(str2)) {
        if (match[2]) return true;
        str2 = str2.slice(match.index + match[0].length);
      }
      return false;
    };
  }
});

// node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "node_modules/is-glob/index.js"(exports2, module2) {
    var isExtglob = require_is_extglob();
    var chars = { "{": "}", "(": ")", "[": "]" };
    var strictCheck = function(str2) {
      if (str2[0] === "!") {
        return true;
      }
      var index = 0;
      var pipeIndex = -2;
      var closeSquareIndex = -2;
      var closeCurlyIndex = -2;
      var closeParenIndex = -2;
      var backSlashIndex = -2;
      while (index < str2.length) {
        if (str2[index] === "*") {
          return true;
        }
        if (str2[index + 1] === "?" && /[\].+)]/.test(str2[index])) {
          return true;
        }
        if (closeSquareIndex !== -1 && str2[index] === "[" && str2[index + 1] !== "]") {
          if (closeSquareIndex < index) {
            closeSquareIndex = str2.indexOf("]", index);
          }
          if (closeSquareIndex > index) {
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
            backSlashIndex = str2.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
          }
        }
        if (closeCurlyIndex !== -1 && str2[index] === "{" && str2[index + 1] !== "}") {
          closeCurlyIndex = str2.indexOf("}", index);
          if (closeCurlyIndex > index) {
            backSlashIndex = str2.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
              return true;
            }
          }
        }
        if (closeParenIndex !== -1 && str2[index] === "(" && str2[index + 1] === "?" && /[:!=]/.test(str2[index + 2]) && str2[index + 3] !== ")") {
          closeParenIndex = str2.indexOf(")", index);
          if (closeParenIndex > index) {
            backSlashIndex = str2.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
              return true;
            }
          }
        }
        if (pipeIndex !== -1 && str2[index] === "(" && str2[index + 1] !== "|") {
          if (pipeIndex < index) {
            pipeIndex = str2.indexOf("|", index);
          }
          if (pipeIndex !== -1 && str2[pipeIndex + 1] !== ")") {
            closeParenIndex = str2.indexOf(")", pipeIndex);
            if (closeParenIndex > pipeIndex) {
              backSlashIndex = str2.indexOf("\\", pipeIndex);
              if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                return true;
              }
            }
          }
        }
        if (str2[index] === "\\") {
          var open = str2[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n2 = str2.indexOf(close, index);
            if (n2 !== -1) {
              index = n2 + 1;
            }
          }
          if (str2[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    var relaxedCheck = function(str2) {
      if (str2[0] === "!") {
        return true;
      }
      var index = 0;
      while (index < str2.length) {
        if (/[*?{}()[\]]/.test(str2[index])) {
          return true;
        }
        if (str2[index] === "\\") {
          var open = str2[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n2 = str2.indexOf(close, index);
            if (n2 !== -1) {
              index = n2 + 1;
            }
          }
          if (str2[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    module2.exports = function isGlob(str2, options) {
      if (typeof str2 !== "string" || str2 === "") {
        return false;
      }
      if (isExtglob(str2)) {
        return true;
      }
      var check = strictCheck;
      if (options && options.strict === false) {
        check = relaxedCheck;
      }
      return check(str2);
    };
  }
});

// node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "node_modules/glob-parent/index.js"(exports2, module2) {
    "use strict";
    var isGlob = require_is_glob();
    var pathPosixDirname = require("path").posix.dirname;
    var isWin32 = require("os").platform() === "win32";
    var slash = "/";
    var backslash = /\\/g;
    var enclosure = /[\{\[].*[\}\]]$/;
    var globby = /(^|[^\\])([\{\[]|\([^\)]+$)/;
    var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module2.exports = function globParent(str2, opts) {
      var options = Object.assign({ flipBackslashes: true }, opts);
      if (options.flipBackslashes && isWin32 && str2.indexOf(slash) < 0) {
        str2 = str2.replace(backslash, slash);
      }
      if (enclosure.test(str2)) {
        str2 += slash;
      }
      str2 += "a";
      do {
        str2 = pathPosixDirname(str2);
      } while (isGlob(str2) || globby.test(str2));
      return str2.replace(escaped, "$1");
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils3 = __commonJS({
  "node_modules/braces/lib/utils.js"(exports2) {
    "use strict";
    exports2.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports2.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports2.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports2.isInteger(min) || !exports2.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports2.escapeNode = (block, n2 = 0, type) => {
      const node = block.nodes[n2];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports2.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports2.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports2.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports2.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports2.flatten = (...args) => {
      const result = [];
      const flat = (arr) => {
        for (let i2 = 0; i2 < arr.length; i2++) {
          const ele = arr[i2];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat(args);
      return result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports2, module2) {
    "use strict";
    var utils = require_utils3();
    module2.exports = (ast, options = {}) => {
      const stringify2 = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify2(child);
          }
        }
        return output;
      };
      return stringify2(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports2, module2) {
    "use strict";
    var isNumber2 = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber2(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber2(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a2 = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a2 - b) === 1) {
        let result = min + "|" + max;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a: a2, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a2 < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a2), state, opts);
        a2 = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a2, b, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare2);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern = "";
      let count2 = 0;
      for (let i2 = 0; i2 < digits; i2++) {
        let [startDigit, stopDigit] = zipped[i2];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count2++;
        }
      }
      if (count2) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count2], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i2 = 0; i2 < ranges.length; i2++) {
        let max2 = ranges[i2];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
        if (intersection && contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
      }
      return result;
    }
    function zip(a2, b) {
      let arr = [];
      for (let i2 = 0; i2 < a2.length; i2++) arr.push([a2[i2], b[i2]]);
      return arr;
    }
    function compare2(a2, b) {
      return a2 > b ? 1 : b > a2 ? -1 : 0;
    }
    function contains(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a2, b, options) {
      return `[${a2}${b - a2 === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str2) {
      return /^-?(0+)\d/.test(str2);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module2.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports2, module2) {
    "use strict";
    var util = require("util");
    var toRegexRange = require_to_regex_range();
    var isObject3 = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber2 = (num) => Number.isInteger(+num);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify2 = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a2, b) => a2 < b ? -1 : a2 > b ? 1 : 0);
      parts.positives.sort((a2, b) => a2 < b ? -1 : a2 > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a2, b, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a2, b, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a2);
      if (a2 === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a2 = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a2) || !Number.isInteger(b)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a2 === 0) a2 = 0;
      if (b === 0) b = 0;
      let descending = a2 > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify2(start, end, options) === false;
      let format2 = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a2 >= b : a2 <= b) {
        if (options.toRegex === true && step > 1) {
          push(a2);
        } else {
          range.push(pad(format2(a2, index), maxLen, toNumber));
        }
        a2 = descending ? a2 - step : a2 + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber2(start) && start.length > 1 || !isNumber2(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format2 = options.transform || ((val) => String.fromCharCode(val));
      let a2 = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a2 > b;
      let min = Math.min(a2, b);
      let max = Math.max(a2, b);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a2 >= b : a2 <= b) {
        range.push(format2(a2, index));
        a2 = descending ? a2 - step : a2 + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject3(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber2(step)) {
        if (step != null && !isObject3(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber2(start) && isNumber2(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module2.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports2, module2) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils3();
    var compile2 = (ast, options = {}) => {
      const walk = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk(child, node);
          }
        }
        return output;
      };
      return walk(ast);
    };
    module2.exports = compile2;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports2, module2) {
    "use strict";
    var fill = require_fill_range();
    var stringify2 = require_stringify();
    var utils = require_utils3();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify2(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify2(node, options);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i2 = 0; i2 < node.nodes.length; i2++) {
          const child = node.nodes[i2];
          if (child.type === "comma" && node.type === "brace") {
            if (i2 === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module2.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports2, module2) {
    "use strict";
    module2.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: "\xA0",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/braces/lib/parse.js"(exports2, module2) {
    "use strict";
    var stringify2 = require_stringify();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse2 = (input, options = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance = () => input[index++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push({ type: "paren", nodes: [] });
          stack.push(block);
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push(brace);
          stack.push(block);
          push({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open = block.nodes.shift();
            block.nodes = [open, { type: "text", value: stringify2(block) }];
          }
          push({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push({ type: "dot", value });
          continue;
        }
        push({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module2.exports = parse2;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports2, module2) {
    "use strict";
    var stringify2 = require_stringify();
    var compile2 = require_compile();
    var expand = require_expand();
    var parse2 = require_parse2();
    var braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result = braces.create(pattern, options);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options = {}) => parse2(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify2(braces.parse(input, options), options);
      }
      return stringify2(input, options);
    };
    braces.compile = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      return compile2(input, options);
    };
    braces.expand = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      let result = expand(input, options);
      if (options.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input, options = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
    };
    module2.exports = braces;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var path56 = require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path56.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils4 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var path56 = require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports2.isRegexChar = (str2) => str2.length === 1 && exports2.hasRegexChars(str2);
    exports2.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports2.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports2.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path56.sep === "\\";
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils4();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished7 = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished7 = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished7 = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished7 = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished7 === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished7 = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished7 = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished7 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished7 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished7 = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished7 = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished7 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base2 = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base2 && isGlob === true && lastIndex > 0) {
        base2 = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base2 = "";
        glob = str2;
      } else {
        base2 = str2;
      }
      if (base2 && base2 !== "" && base2 !== "/" && base2 !== str2) {
        if (isPathSeparator(base2.charCodeAt(base2.length - 1))) {
          base2 = base2.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base2 && backslashes === true) {
          base2 = utils.removeBackslashes(base2);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base: base2,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex ? prevIndex + 1 : start;
          const i2 = slashes[idx];
          const value = input.slice(n2, i2);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i2;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse3 = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants4 = require_constants2();
    var utils = require_utils4();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants4;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i2 = 0; i2 < values.length; i2++) {
        for (let j = i2 + 1; j < values.length; j++) {
          const a2 = values[i2];
          const b = values[j];
          const char = a2[0];
          if (!char || a2 !== char.repeat(a2.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a2 === b || a2.startsWith(b) || b.startsWith(a2)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i2 = 1; i2 < pattern.length; i2++) {
        const ch = pattern[i2];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i2 !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i2),
              end: i2
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants4.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants4.globChars(win32);
      const EXTGLOB_CHARS = constants4.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n2 = 1) => input[state.index + n2];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment2 = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment2("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i2 = token.tokensIndex + 1; i2 < tokens.length; i2++) {
            tokens[i2].value = "";
            tokens[i2].output = "";
            delete tokens[i2].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment2("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment2("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment2("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i2 = arr.length - 1; i2 >= 0; i2--) {
              tokens.pop();
              if (arr[i2].type === "brace") {
                break;
              }
              if (arr[i2].type !== "dots") {
                range.unshift(arr[i2].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const win32 = utils.isWindows(options);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants4.globChars(win32);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var path56 = require("path");
    var scan = require_scan();
    var parse2 = require_parse3();
    var utils = require_utils4();
    var constants4 = require_constants2();
    var isObject3 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject3(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = utils.isWindows(options);
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format2 ? format2(input) : input;
      if (match === false) {
        output = format2 ? format2(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(path56.basename(input));
    };
    picomatch.isMatch = (str2, patterns, options) => picomatch(patterns, options)(str2);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants4;
    module2.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    module2.exports = require_picomatch();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports2, module2) {
    "use strict";
    var util = require("util");
    var braces = require_braces();
    var picomatch = require_picomatch2();
    var utils = require_utils4();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch = (list2, patterns, options) => {
      patterns = [].concat(patterns);
      list2 = [].concat(list2);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i2 = 0; i2 < patterns.length; i2++) {
        let isMatch = picomatch(String(patterns[i2]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list2) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns.length ? [...items] : [...keep];
      let matches2 = result.filter((item) => !omit.has(item));
      if (options && matches2.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches2;
    };
    micromatch.match = micromatch;
    micromatch.matcher = (pattern, options) => picomatch(pattern, options);
    micromatch.isMatch = (str2, patterns, options) => picomatch(patterns, options)(str2);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list2, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches2 = new Set(micromatch(list2, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches2.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch.contains = (str2, pattern, options) => {
      if (typeof str2 !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str2)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch.contains(str2, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str2) || isEmptyString(pattern)) {
          return false;
        }
        if (str2.includes(pattern) || str2.startsWith("./") && str2.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch.isMatch(str2, pattern, { ...options, contains: true });
    };
    micromatch.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch(Object.keys(obj), patterns, options);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch.some = (list2, patterns, options) => {
      let items = [].concat(list2);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch.every = (list2, patterns, options) => {
      let items = [].concat(list2);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch.all = (str2, patterns, options) => {
      if (typeof str2 !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str2)}"`);
      }
      return [].concat(patterns).every((p) => picomatch(p, options)(str2));
    };
    micromatch.capture = (glob, input, options) => {
      let posix = utils.isWindows(options);
      let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch.scan = (...args) => picomatch.scan(...args);
    micromatch.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str2 of braces(String(pattern), options)) {
          res.push(picomatch.parse(str2, options));
        }
      }
      return res;
    };
    micromatch.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch.braces(pattern, { ...options, expand: true });
    };
    micromatch.hasBraces = hasBraces;
    module2.exports = micromatch;
  }
});

// node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "node_modules/fast-glob/out/utils/pattern.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isAbsolute = exports2.partitionAbsoluteAndRelative = exports2.removeDuplicateSlashes = exports2.matchAny = exports2.convertPatternsToRe = exports2.makeRe = exports2.getPatternParts = exports2.expandBraceExpansion = exports2.expandPatternsWithBraceExpansion = exports2.isAffectDepthOfReadingPattern = exports2.endsWithSlashGlobStar = exports2.hasGlobStar = exports2.getBaseDirectory = exports2.isPatternRelatedToParentDirectory = exports2.getPatternsOutsideCurrentDirectory = exports2.getPatternsInsideCurrentDirectory = exports2.getPositivePatterns = exports2.getNegativePatterns = exports2.isPositivePattern = exports2.isNegativePattern = exports2.convertToNegativePattern = exports2.convertToPositivePattern = exports2.isDynamicPattern = exports2.isStaticPattern = void 0;
    var path56 = require("path");
    var globParent = require_glob_parent();
    var micromatch = require_micromatch();
    var GLOBSTAR = "**";
    var ESCAPE_SYMBOL = "\\";
    var COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
    var REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
    var REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
    var GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
    var BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
    var DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options = {}) {
      return !isDynamicPattern(pattern, options);
    }
    exports2.isStaticPattern = isStaticPattern;
    function isDynamicPattern(pattern, options = {}) {
      if (pattern === "") {
        return false;
      }
      if (options.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
      }
      if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
      }
      return false;
    }
    exports2.isDynamicPattern = isDynamicPattern;
    function hasBraceExpansion(pattern) {
      const openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1) {
        return false;
      }
      const closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1) {
        return false;
      }
      const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
    }
    exports2.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports2.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports2.isNegativePattern = isNegativePattern;
    function isPositivePattern(pattern) {
      return !isNegativePattern(pattern);
    }
    exports2.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns) {
      return patterns.filter(isNegativePattern);
    }
    exports2.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns) {
      return patterns.filter(isPositivePattern);
    }
    exports2.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns) {
      return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports2.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns) {
      return patterns.filter(isPatternRelatedToParentDirectory);
    }
    exports2.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports2.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: false });
    }
    exports2.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports2.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports2.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      const basename = path56.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename);
    }
    exports2.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns) {
      return patterns.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
      }, []);
    }
    exports2.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      const patterns = micromatch.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
      patterns.sort((a2, b) => a2.length - b.length);
      return patterns.filter((pattern2) => pattern2 !== "");
    }
    exports2.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options) {
      let { parts } = micromatch.scan(pattern, Object.assign(Object.assign({}, options), { parts: true }));
      if (parts.length === 0) {
        parts = [pattern];
      }
      if (parts[0].startsWith("/")) {
        parts[0] = parts[0].slice(1);
        parts.unshift("");
      }
      return parts;
    }
    exports2.getPatternParts = getPatternParts;
    function makeRe(pattern, options) {
      return micromatch.makeRe(pattern, options);
    }
    exports2.makeRe = makeRe;
    function convertPatternsToRe(patterns, options) {
      return patterns.map((pattern) => makeRe(pattern, options));
    }
    exports2.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry));
    }
    exports2.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports2.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns) {
      const absolute = [];
      const relative = [];
      for (const pattern of patterns) {
        if (isAbsolute(pattern)) {
          absolute.push(pattern);
        } else {
          relative.push(pattern);
        }
      }
      return [absolute, relative];
    }
    exports2.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute(pattern) {
      return path56.isAbsolute(pattern);
    }
    exports2.isAbsolute = isAbsolute;
  }
});

// node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "node_modules/merge2/index.js"(exports2, module2) {
    "use strict";
    var Stream = require("stream");
    var PassThrough2 = Stream.PassThrough;
    var slice = Array.prototype.slice;
    module2.exports = merge2;
    function merge2() {
      const streamsQueue = [];
      const args = slice.call(arguments);
      let merging = false;
      let options = args[args.length - 1];
      if (options && !Array.isArray(options) && options.pipe == null) {
        args.pop();
      } else {
        options = {};
      }
      const doEnd = options.end !== false;
      const doPipeError = options.pipeError === true;
      if (options.objectMode == null) {
        options.objectMode = true;
      }
      if (options.highWaterMark == null) {
        options.highWaterMark = 64 * 1024;
      }
      const mergedStream = PassThrough2(options);
      function addStream() {
        for (let i2 = 0, len = arguments.length; i2 < len; i2++) {
          streamsQueue.push(pauseStreams(arguments[i2], options));
        }
        mergeStream();
        return this;
      }
      function mergeStream() {
        if (merging) {
          return;
        }
        merging = true;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream2);
          return;
        }
        if (!Array.isArray(streams)) {
          streams = [streams];
        }
        let pipesCount = streams.length + 1;
        function next() {
          if (--pipesCount > 0) {
            return;
          }
          merging = false;
          mergeStream();
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend);
            stream.removeListener("end", onend);
            if (doPipeError) {
              stream.removeListener("error", onerror);
            }
            next();
          }
          function onerror(err) {
            mergedStream.emit("error", err);
          }
          if (stream._readableState.endEmitted) {
            return next();
          }
          stream.on("merge2UnpipeEnd", onend);
          stream.on("end", onend);
          if (doPipeError) {
            stream.on("error", onerror);
          }
          stream.pipe(mergedStream, { end: false });
          stream.resume();
        }
        for (let i2 = 0; i2 < streams.length; i2++) {
          pipe(streams[i2]);
        }
        next();
      }
      function endStream2() {
        merging = false;
        mergedStream.emit("queueDrain");
        if (doEnd) {
          mergedStream.end();
        }
      }
      mergedStream.setMaxListeners(0);
      mergedStream.add = addStream;
      mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      });
      if (args.length) {
        addStream.apply(null, args);
      }
      return mergedStream;
    }
    function pauseStreams(streams, options) {
      if (!Array.isArray(streams)) {
        if (!streams._readableState && streams.pipe) {
          streams = streams.pipe(PassThrough2(options));
        }
        if (!streams._readableState || !streams.pause || !streams.pipe) {
          throw new Error("Only readable stream can be merged.");
        }
        streams.pause();
      } else {
        for (let i2 = 0, len = streams.length; i2 < len; i2++) {
          streams[i2] = pauseStreams(streams[i2], options);
        }
      }
      return streams;
    }
  }
});

// node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "node_modules/fast-glob/out/utils/stream.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.merge = void 0;
    var merge2 = require_merge2();
    function merge(streams) {
      const mergedStream = merge2(streams);
      streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      });
      mergedStream.once("close", () => propagateCloseEventToSources(streams));
      mergedStream.once("end", () => propagateCloseEventToSources(streams));
      return mergedStream;
    }
    exports2.merge = merge;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// node_modules/fast-glob/out/utils/string.js
var require_string = __commonJS({
  "node_modules/fast-glob/out/utils/string.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isEmpty = exports2.isString = void 0;
    function isString2(input) {
      return typeof input === "string";
    }
    exports2.isString = isString2;
    function isEmpty(input) {
      return input === "";
    }
    exports2.isEmpty = isEmpty;
  }
});

// node_modules/fast-glob/out/utils/index.js
var require_utils5 = __commonJS({
  "node_modules/fast-glob/out/utils/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.string = exports2.stream = exports2.pattern = exports2.path = exports2.fs = exports2.errno = exports2.array = void 0;
    var array = require_array();
    exports2.array = array;
    var errno = require_errno();
    exports2.errno = errno;
    var fs48 = require_fs2();
    exports2.fs = fs48;
    var path56 = require_path();
    exports2.path = path56;
    var pattern = require_pattern();
    exports2.pattern = pattern;
    var stream = require_stream();
    exports2.stream = stream;
    var string = require_string();
    exports2.string = string;
  }
});

// node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "node_modules/fast-glob/out/managers/tasks.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.convertPatternGroupToTask = exports2.convertPatternGroupsToTasks = exports2.groupPatternsByBaseDirectory = exports2.getNegativePatternsAsPositive = exports2.getPositivePatterns = exports2.convertPatternsToTasks = exports2.generate = void 0;
    var utils = require_utils5();
    function generate(input, settings) {
      const patterns = processPatterns(input, settings);
      const ignore = processPatterns(settings.ignore, settings);
      const positivePatterns = getPositivePatterns(patterns);
      const negativePatterns = getNegativePatternsAsPositive(patterns, ignore);
      const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
      const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
      const staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        false
      );
      const dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        true
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports2.generate = generate;
    function processPatterns(input, settings) {
      let patterns = input;
      if (settings.braceExpansion) {
        patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns);
      }
      if (settings.baseNameMatch) {
        patterns = patterns.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`);
      }
      return patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive, negative, dynamic) {
      const tasks = [];
      const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive);
      const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive);
      const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
      const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
      if ("." in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic));
      } else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
      }
      return tasks;
    }
    exports2.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns) {
      return utils.pattern.getPositivePatterns(patterns);
    }
    exports2.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns, ignore) {
      const negative = utils.pattern.getNegativePatterns(patterns).concat(ignore);
      const positive = negative.map(utils.pattern.convertToPositivePattern);
      return positive;
    }
    exports2.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns) {
      const group = {};
      return patterns.reduce((collection, pattern) => {
        const base2 = utils.pattern.getBaseDirectory(pattern);
        if (base2 in collection) {
          collection[base2].push(pattern);
        } else {
          collection[base2] = [pattern];
        }
        return collection;
      }, group);
    }
    exports2.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive, negative, dynamic) {
      return Object.keys(positive).map((base2) => {
        return convertPatternGroupToTask(base2, positive[base2], negative, dynamic);
      });
    }
    exports2.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base2, positive, negative, dynamic) {
      return {
        dynamic,
        positive,
        negative,
        base: base2,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports2.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async2 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.read = void 0;
    function read(path56, settings, callback) {
      settings.fs.lstat(path56, (lstatError, lstat) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat);
          return;
        }
        settings.fs.stat(path56, (statError, stat) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat);
            return;
          }
          if (settings.markSymbolicLink) {
            stat.isSymbolicLink = () => true;
          }
          callSuccessCallback(callback, stat);
        });
      });
    }
    exports2.read = read;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.read = void 0;
    function read(path56, settings) {
      const lstat = settings.fs.lstatSync(path56);
      if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat;
      }
      try {
        const stat = settings.fs.statSync(path56);
        if (settings.markSymbolicLink) {
          stat.isSymbolicLink = () => true;
        }
        return stat;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
          return lstat;
        }
        throw error;
      }
    }
    exports2.read = read;
  }
});

// node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs3 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createFileSystemAdapter = exports2.FILE_SYSTEM_ADAPTER = void 0;
    var fs48 = require("fs");
    exports2.FILE_SYSTEM_ADAPTER = {
      lstat: fs48.lstat,
      stat: fs48.stat,
      lstatSync: fs48.lstatSync,
      statSync: fs48.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports2.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports2.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports2.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "node_modules/@nodelib/fs.stat/out/settings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var fs48 = require_fs3();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs48.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports2.default = Settings;
  }
});

// node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "node_modules/@nodelib/fs.stat/out/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.statSync = exports2.stat = exports2.Settings = void 0;
    var async = require_async2();
    var sync = require_sync();
    var settings_1 = require_settings();
    exports2.Settings = settings_1.default;
    function stat(path56, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path56, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path56, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports2.stat = stat;
    function statSync2(path56, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path56, settings);
    }
    exports2.statSync = statSync2;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "node_modules/queue-microtask/index.js"(exports2, module2) {
    var promise;
    module2.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
      throw err;
    }, 0));
  }
});

// node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "node_modules/run-parallel/index.js"(exports2, module2) {
    module2.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys;
      let isSync = true;
      if (Array.isArray(tasks)) {
        results = [];
        pending = tasks.length;
      } else {
        keys = Object.keys(tasks);
        results = {};
        pending = keys.length;
      }
      function done(err) {
        function end() {
          if (cb) cb(err, results);
          cb = null;
        }
        if (isSync) queueMicrotask2(end);
        else end();
      }
      function each(i2, err, result) {
        results[i2] = result;
        if (--pending === 0 || err) {
          done(err);
        }
      }
      if (!pending) {
        done(null);
      } else if (keys) {
        keys.forEach(function(key) {
          tasks[key](function(err, result) {
            each(key, err, result);
          });
        });
      } else {
        tasks.forEach(function(task, i2) {
          task(function(err, result) {
            each(i2, err, result);
          });
        });
      }
      isSync = false;
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/constants.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0) {
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    }
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
    var MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
    var SUPPORTED_MAJOR_VERSION = 10;
    var SUPPORTED_MINOR_VERSION = 10;
    var IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
    var IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports2.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports2.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils6 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.fs = void 0;
    var fs48 = require_fs4();
    exports2.fs = fs48;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.joinPathSegments = void 0;
    function joinPathSegments(a2, b, separator) {
      if (a2.endsWith(separator)) {
        return a2 + b;
      }
      return a2 + separator + b;
    }
    exports2.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.readdir = exports2.readdirWithFileTypes = exports2.read = void 0;
    var fsStat = require_out();
    var rpl = require_run_parallel();
    var constants_1 = require_constants3();
    var utils = require_utils6();
    var common2 = require_common();
    function read(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir(directory, settings, callback);
    }
    exports2.read = read;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const entries = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common2.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries);
          return;
        }
        const tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports2.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry, settings) {
      return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
          done(null, entry);
          return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry);
            return;
          }
          entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          done(null, entry);
        });
      };
    }
    function readdir(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const tasks = names.map((name) => {
          const path56 = common2.joinPathSegments(directory, name, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path56, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              const entry = {
                name,
                path: path56,
                dirent: utils.fs.createDirentFromStats(name, stats)
              };
              if (settings.stats) {
                entry.stats = stats;
              }
              done(null, entry);
            });
          };
        });
        rpl(tasks, (rplError, entries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries);
        });
      });
    }
    exports2.readdir = readdir;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.readdir = exports2.readdirWithFileTypes = exports2.read = void 0;
    var fsStat = require_out();
    var constants_1 = require_constants3();
    var utils = require_utils6();
    var common2 = require_common();
    function read(directory, settings) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
      }
      return readdir(directory, settings);
    }
    exports2.read = read;
    function readdirWithFileTypes(directory, settings) {
      const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
      return dirents.map((dirent) => {
        const entry = {
          dirent,
          name: dirent.name,
          path: common2.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
          try {
            const stats = settings.fs.statSync(entry.path);
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              throw error;
            }
          }
        }
        return entry;
      });
    }
    exports2.readdirWithFileTypes = readdirWithFileTypes;
    function readdir(directory, settings) {
      const names = settings.fs.readdirSync(directory);
      return names.map((name) => {
        const entryPath = common2.joinPathSegments(directory, name, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry = {
          name,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name, stats)
        };
        if (settings.stats) {
          entry.stats = stats;
        }
        return entry;
      });
    }
    exports2.readdir = readdir;
  }
});

// node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs5 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createFileSystemAdapter = exports2.FILE_SYSTEM_ADAPTER = void 0;
    var fs48 = require("fs");
    exports2.FILE_SYSTEM_ADAPTER = {
      lstat: fs48.lstat,
      stat: fs48.stat,
      lstatSync: fs48.lstatSync,
      statSync: fs48.statSync,
      readdir: fs48.readdir,
      readdirSync: fs48.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports2.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports2.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports2.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/settings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var path56 = require("path");
    var fsStat = require_out();
    var fs48 = require_fs5();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs48.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path56.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports2.default = Settings;
  }
});

// node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Settings = exports2.scandirSync = exports2.scandir = void 0;
    var async = require_async3();
    var sync = require_sync2();
    var settings_1 = require_settings2();
    exports2.Settings = settings_1.default;
    function scandir(path56, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path56, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path56, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports2.scandir = scandir;
    function scandirSync(path56, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path56, settings);
    }
    exports2.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "node_modules/reusify/reusify.js"(exports2, module2) {
    "use strict";
    function reusify(Constructor) {
      var head = new Constructor();
      var tail = head;
      function get() {
        var current = head;
        if (current.next) {
          head = current.next;
        } else {
          head = new Constructor();
          tail = head;
        }
        current.next = null;
        return current;
      }
      function release(obj) {
        tail.next = obj;
        tail = obj;
      }
      return {
        get,
        release
      };
    }
    module2.exports = reusify;
  }
});

// node_modules/fastq/queue.js
var require_queue = __commonJS({
  "node_modules/fastq/queue.js"(exports2, module2) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      if (!(_concurrency >= 1)) {
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      }
      var cache2 = reusify(Task);
      var queueHead = null;
      var queueTail = null;
      var _running = 0;
      var errorHandler = null;
      var self = {
        push,
        drain: noop3,
        saturated: noop3,
        pause,
        paused: false,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value) {
          if (!(value >= 1)) {
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          }
          _concurrency = value;
          if (self.paused) return;
          for (; queueHead && _running < _concurrency; ) {
            _running++;
            release();
          }
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop3,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause() {
        self.paused = true;
      }
      function length() {
        var current = queueHead;
        var counter = 0;
        while (current) {
          current = current.next;
          counter++;
        }
        return counter;
      }
      function getQueue() {
        var current = queueHead;
        var tasks = [];
        while (current) {
          tasks.push(current.value);
          current = current.next;
        }
        return tasks;
      }
      function resume() {
        if (!self.paused) return;
        self.paused = false;
        if (queueHead === null) {
          _running++;
          release();
          return;
        }
        for (; queueHead && _running < _concurrency; ) {
          _running++;
          release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push(value, done) {
        var current = cache2.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop3;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueTail) {
            queueTail.next = current;
            queueTail = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function unshift(value, done) {
        var current = cache2.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop3;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueHead) {
            current.next = queueHead;
            queueHead = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function release(holder) {
        if (holder) {
          cache2.release(holder);
        }
        var next = queueHead;
        if (next && _running <= _concurrency) {
          if (!self.paused) {
            if (queueTail === queueHead) {
              queueTail = null;
            }
            queueHead = next.next;
            next.next = null;
            worker.call(context, next.value, next.worked);
            if (queueTail === null) {
              self.empty();
            }
          } else {
            _running--;
          }
        } else if (--_running === 0) {
          self.drain();
        }
      }
      function kill() {
        queueHead = null;
        queueTail = null;
        self.drain = noop3;
      }
      function killAndDrain() {
        queueHead = null;
        queueTail = null;
        self.drain();
        self.drain = noop3;
      }
      function abort() {
        var current = queueHead;
        queueHead = null;
        queueTail = null;
        while (current) {
          var next = current.next;
          var callback = current.callback;
          var errorHandler2 = current.errorHandler;
          var val = current.value;
          var context2 = current.context;
          current.value = null;
          current.callback = noop3;
          current.errorHandler = null;
          current.next = null;
          if (errorHandler2) {
            errorHandler2(new Error("abort"), val);
          }
          callback.call(context2, new Error("abort"));
          cache2.release(current);
          current = next;
        }
        self.drain = noop3;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop3() {
    }
    function Task() {
      this.value = null;
      this.callback = noop3;
      this.next = null;
      this.release = noop3;
      this.context = null;
      this.errorHandler = null;
      var self = this;
      this.worked = function worked(err, result) {
        var callback = self.callback;
        var errorHandler = self.errorHandler;
        var val = self.value;
        self.value = null;
        self.callback = noop3;
        if (self.errorHandler) {
          errorHandler(err, val);
        }
        callback.call(self.context, err, result);
        self.release(self);
      };
    }
    function queueAsPromised(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context, asyncWrapper, _concurrency);
      var pushCb = queue.push;
      var unshiftCb = queue.unshift;
      queue.push = push;
      queue.unshift = unshift;
      queue.drained = drained;
      return queue;
      function push(value) {
        var p = new Promise(function(resolve, reject) {
          pushCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve(result);
          });
        });
        p.catch(noop3);
        return p;
      }
      function unshift(value) {
        var p = new Promise(function(resolve, reject) {
          unshiftCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve(result);
          });
        });
        p.catch(noop3);
        return p;
      }
      function drained() {
        var p = new Promise(function(resolve) {
          process.nextTick(function() {
            if (queue.idle()) {
              resolve();
            } else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                if (typeof previousDrain === "function") previousDrain();
                resolve();
                queue.drain = previousDrain;
              };
            }
          });
        });
        return p;
      }
    }
    module2.exports = fastqueue;
    module2.exports.promise = queueAsPromised;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.joinPathSegments = exports2.replacePathSegmentSeparator = exports2.isAppliedFilter = exports2.isFatalError = void 0;
    function isFatalError(settings, error) {
      if (settings.errorFilter === null) {
        return true;
      }
      return !settings.errorFilter(error);
    }
    exports2.isFatalError = isFatalError;
    function isAppliedFilter(filter, value) {
      return filter === null || filter(value);
    }
    exports2.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports2.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a2, b, separator) {
      if (a2 === "") {
        return b;
      }
      if (a2.endsWith(separator)) {
        return a2 + b;
      }
      return a2 + separator + b;
    }
    exports2.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var common2 = require_common2();
    var Reader = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common2.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports2.default = Reader;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var events_1 = require("events");
    var fsScandir = require_out2();
    var fastq = require_queue();
    var common2 = require_common2();
    var reader_1 = require_reader();
    var AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
          if (!this._isFatalError) {
            this._emitter.emit("end");
          }
        };
      }
      read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed) {
          throw new Error("The reader is already destroyed");
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base2) {
        const queueItem = { directory, base: base2 };
        this._queue.push(queueItem, (error) => {
          if (error !== null) {
            this._handleError(error);
          }
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (const entry of entries) {
            this._handleEntry(entry, item.base);
          }
          done(null, void 0);
        });
      }
      _handleError(error) {
        if (this._isDestroyed || !common2.isFatalError(this._settings, error)) {
          return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit("error", error);
      }
      _handleEntry(entry, base2) {
        if (this._isDestroyed || this._isFatalError) {
          return;
        }
        const fullpath = entry.path;
        if (base2 !== void 0) {
          entry.path = common2.joinPathSegments(base2, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common2.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._emitEntry(entry);
        }
        if (entry.dirent.isDirectory() && common2.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base2 === void 0 ? void 0 : entry.path);
        }
      }
      _emitEntry(entry) {
        this._emitter.emit("entry", entry);
      }
    };
    exports2.default = AsyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async5 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var async_1 = require_async4();
    var AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry) => {
          this._storage.push(entry);
        });
        this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
      }
    };
    exports2.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries) {
      callback(null, entries);
    }
  }
});

// node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var stream_1 = require("stream");
    var async_1 = require_async4();
    var StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
          objectMode: true,
          read: () => {
          },
          destroy: () => {
            if (!this._reader.isDestroyed) {
              this._reader.destroy();
            }
          }
        });
      }
      read() {
        this._reader.onError((error) => {
          this._stream.emit("error", error);
        });
        this._reader.onEntry((entry) => {
          this._stream.push(entry);
        });
        this._reader.onEnd(() => {
          this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
      }
    };
    exports2.default = StreamProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var fsScandir = require_out2();
    var common2 = require_common2();
    var reader_1 = require_reader();
    var SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
      }
      _pushToQueue(directory, base2) {
        this._queue.add({ directory, base: base2 });
      }
      _handleQueue() {
        for (const item of this._queue.values()) {
          this._handleDirectory(item.directory, item.base);
        }
      }
      _handleDirectory(directory, base2) {
        try {
          const entries = this._scandir(directory, this._settings.fsScandirSettings);
          for (const entry of entries) {
            this._handleEntry(entry, base2);
          }
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (!common2.isFatalError(this._settings, error)) {
          return;
        }
        throw error;
      }
      _handleEntry(entry, base2) {
        const fullpath = entry.path;
        if (base2 !== void 0) {
          entry.path = common2.joinPathSegments(base2, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common2.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._pushToStorage(entry);
        }
        if (entry.dirent.isDirectory() && common2.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base2 === void 0 ? void 0 : entry.path);
        }
      }
      _pushToStorage(entry) {
        this._storage.push(entry);
      }
    };
    exports2.default = SyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var sync_1 = require_sync3();
    var SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports2.default = SyncProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/settings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var path56 = require("path");
    var fsScandir = require_out2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, void 0);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path56.sep);
        this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports2.default = Settings;
  }
});

// node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Settings = exports2.walkStream = exports2.walkSync = exports2.walk = void 0;
    var async_1 = require_async5();
    var stream_1 = require_stream2();
    var sync_1 = require_sync4();
    var settings_1 = require_settings3();
    exports2.Settings = settings_1.default;
    function walk(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports2.walk = walk;
    function walkSync(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new sync_1.default(directory, settings);
      return provider.read();
    }
    exports2.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new stream_1.default(directory, settings);
      return provider.read();
    }
    exports2.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "node_modules/fast-glob/out/readers/reader.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var path56 = require("path");
    var fsStat = require_out();
    var utils = require_utils5();
    var Reader = class {
      constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path56.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        const entry = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
          entry.stats = stats;
        }
        return entry;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports2.default = Reader;
  }
});

// node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "node_modules/fast-glob/out/readers/stream.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var stream_1 = require("stream");
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
      }
      dynamic(root, options) {
        return this._walkStream(root, options);
      }
      static(patterns, options) {
        const filepaths = patterns.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
          return this._getEntry(filepaths[index], patterns[index], options).then((entry) => {
            if (entry !== null && options.entryFilter(entry)) {
              stream.push(entry);
            }
            if (index === filepaths.length - 1) {
              stream.end();
            }
            done();
          }).catch(done);
        };
        for (let i2 = 0; i2 < filepaths.length; i2++) {
          stream.write(i2);
        }
        return stream;
      }
      _getEntry(filepath, pattern, options) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => {
            return error === null ? resolve(stats) : reject(error);
          });
        });
      }
    };
    exports2.default = ReaderStream;
  }
});

// node_modules/fast-glob/out/readers/async.js
var require_async6 = __commonJS({
  "node_modules/fast-glob/out/readers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var stream_1 = require_stream3();
    var ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root, options) {
        return new Promise((resolve, reject) => {
          this._walkAsync(root, options, (error, entries) => {
            if (error === null) {
              resolve(entries);
            } else {
              reject(error);
            }
          });
        });
      }
      async static(patterns, options) {
        const entries = [];
        const stream = this._readerStream.static(patterns, options);
        return new Promise((resolve, reject) => {
          stream.once("error", reject);
          stream.on("data", (entry) => entries.push(entry));
          stream.once("end", () => resolve(entries));
        });
      }
    };
    exports2.default = ReaderAsync;
  }
});

// node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var utils = require_utils5();
    var Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
      }
      _fillStorage() {
        for (const pattern of this._patterns) {
          const segments = this._getPatternSegments(pattern);
          const sections = this._splitSegmentsIntoSections(segments);
          this._storage.push({
            complete: sections.length <= 1,
            pattern,
            segments,
            sections
          });
        }
      }
      _getPatternSegments(pattern) {
        const parts = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts.map((part4) => {
          const dynamic = utils.pattern.isDynamicPattern(part4, this._settings);
          if (!dynamic) {
            return {
              dynamic: false,
              pattern: part4
            };
          }
          return {
            dynamic: true,
            pattern: part4,
            patternRe: utils.pattern.makeRe(part4, this._micromatchOptions)
          };
        });
      }
      _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports2.default = Matcher;
  }
});

// node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/partial.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var matcher_1 = require_matcher();
    var PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        const parts = filepath.split("/");
        const levels = parts.length;
        const patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns) {
          const section = pattern.sections[0];
          if (!pattern.complete && levels > section.length) {
            return true;
          }
          const match = parts.every((part4, index) => {
            const segment = pattern.segments[index];
            if (segment.dynamic && segment.patternRe.test(part4)) {
              return true;
            }
            if (!segment.dynamic && segment.pattern === part4) {
              return true;
            }
            return false;
          });
          if (match) {
            return true;
          }
        }
        return false;
      }
    };
    exports2.default = PartialMatcher;
  }
});

// node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "node_modules/fast-glob/out/providers/filters/deep.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var utils = require_utils5();
    var partial_1 = require_partial();
    var DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive, negative) {
        const matcher = this._getMatcher(positive);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
      }
      _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns) {
        const affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path)) {
          return false;
        }
        if (this._isSkippedSymbolicLink(entry)) {
          return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
          return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        if (this._settings.deep === Infinity) {
          return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split("/").length;
        if (basePath === "") {
          return entryPathDepth;
        }
        const basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports2.default = DeepFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "node_modules/fast-glob/out/providers/filters/entry.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var utils = require_utils5();
    var EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
          }
        };
        return (entry) => this._filter(entry, patterns);
      }
      _filter(entry, patterns) {
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
          return false;
        }
        if (this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry)) {
          return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
          this._createIndexRecord(filepath);
        }
        return isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
      }
      _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns, isDirectory) {
        const isMatched = this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory);
        if (!isMatched) {
          return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory);
        if (isMatchedByRelativeNegative) {
          return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory);
        if (isMatchedByAbsoluteNegative) {
          return false;
        }
        return true;
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        if (!isMatched && isDirectory) {
          return utils.pattern.matchAny(filepath + "/", patternsRe);
        }
        return isMatched;
      }
    };
    exports2.default = EntryFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "node_modules/fast-glob/out/providers/filters/error.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var utils = require_utils5();
    var ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports2.default = ErrorFilter;
  }
});

// node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "node_modules/fast-glob/out/providers/transformers/entry.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var utils = require_utils5();
    var EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry) => this._transform(entry);
      }
      _transform(entry) {
        let filepath = entry.path;
        if (this._settings.absolute) {
          filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
          filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry.dirent.isDirectory()) {
          filepath += "/";
        }
        if (!this._settings.objectMode) {
          return filepath;
        }
        return Object.assign(Object.assign({}, entry), { path: filepath });
      }
    };
    exports2.default = EntryTransformer;
  }
});

// node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "node_modules/fast-glob/out/providers/provider.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var path56 = require("path");
    var deep_1 = require_deep();
    var entry_1 = require_entry();
    var error_1 = require_error();
    var entry_2 = require_entry2();
    var Provider = class {
      constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path56.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        const basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: true,
          strictSlashes: false
        };
      }
    };
    exports2.default = Provider;
  }
});

// node_modules/fast-glob/out/providers/async.js
var require_async7 = __commonJS({
  "node_modules/fast-glob/out/providers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var async_1 = require_async6();
    var provider_1 = require_provider();
    var ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = await this.api(root, task, options);
        return entries.map((entry) => options.transform(entry));
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports2.default = ProviderAsync;
  }
});

// node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "node_modules/fast-glob/out/providers/stream.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var stream_1 = require("stream");
    var stream_2 = require_stream3();
    var provider_1 = require_provider();
    var ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const source = this.api(root, task, options);
        const destination = new stream_1.Readable({ objectMode: true, read: () => {
        } });
        source.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options.transform(entry))).once("end", () => destination.emit("end"));
        destination.once("close", () => source.destroy());
        return destination;
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports2.default = ProviderStream;
  }
});

// node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "node_modules/fast-glob/out/readers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
      }
      dynamic(root, options) {
        return this._walkSync(root, options);
      }
      static(patterns, options) {
        const entries = [];
        for (const pattern of patterns) {
          const filepath = this._getFullEntryPath(pattern);
          const entry = this._getEntry(filepath, pattern, options);
          if (entry === null || !options.entryFilter(entry)) {
            continue;
          }
          entries.push(entry);
        }
        return entries;
      }
      _getEntry(filepath, pattern, options) {
        try {
          const stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports2.default = ReaderSync;
  }
});

// node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "node_modules/fast-glob/out/providers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var sync_1 = require_sync5();
    var provider_1 = require_provider();
    var ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = this.api(root, task, options);
        return entries.map(options.transform);
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports2.default = ProviderSync;
  }
});

// node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "node_modules/fast-glob/out/settings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs48 = require("fs");
    var os3 = require("os");
    var CPU_COUNT = Math.max(os3.cpus().length, 1);
    exports2.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs48.lstat,
      lstatSync: fs48.lstatSync,
      stat: fs48.stat,
      statSync: fs48.statSync,
      readdir: fs48.readdir,
      readdirSync: fs48.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
          this.onlyFiles = false;
        }
        if (this.stats) {
          this.objectMode = true;
        }
        this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value) {
        return option === void 0 ? value : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports2.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports2.default = Settings;
  }
});

// node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "node_modules/fast-glob/out/index.js"(exports2, module2) {
    "use strict";
    var taskManager = require_tasks();
    var async_1 = require_async7();
    var stream_1 = require_stream4();
    var sync_1 = require_sync6();
    var settings_1 = require_settings4();
    var utils = require_utils5();
    async function FastGlob(source, options) {
      assertPatternsInput(source);
      const works = getWorks(source, async_1.default, options);
      const result = await Promise.all(works);
      return utils.array.flatten(result);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2;
      FastGlob2.globSync = sync;
      FastGlob2.globStream = stream;
      FastGlob2.async = FastGlob2;
      function sync(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, stream_1.default, options);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks(source, options) {
        assertPatternsInput(source);
        const patterns = [].concat(source);
        const settings = new settings_1.default(options);
        return taskManager.generate(patterns, settings);
      }
      FastGlob2.generateTasks = generateTasks;
      function isDynamicPattern(source, options) {
        assertPatternsInput(source);
        const settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern;
      function escapePath(source) {
        assertPatternsInput(source);
        return utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern(source) {
        assertPatternsInput(source);
        return utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern;
      let posix;
      (function(posix2) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapePosixPath(source);
        }
        posix2.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertPosixPathToPattern(source);
        }
        posix2.convertPathToPattern = convertPathToPattern2;
      })(posix = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern2;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options) {
      const patterns = [].concat(source);
      const settings = new settings_1.default(options);
      const tasks = taskManager.generate(patterns, settings);
      const provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput(input) {
      const source = [].concat(input);
      const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
      if (!isValidSource) {
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
      }
    }
    module2.exports = FastGlob;
  }
});

// node_modules/semver/internal/constants.js
var require_constants4 = __commonJS({
  "node_modules/semver/internal/constants.js"(exports2, module2) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module2.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports2, module2) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module2.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports2, module2) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants4();
    var debug = require_debug();
    exports2 = module2.exports = {};
    var re = exports2.re = [];
    var safeRe = exports2.safeRe = [];
    var src = exports2.src = [];
    var safeSrc = exports2.safeSrc = [];
    var t = exports2.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports2.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports2.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports2.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports2, module2) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module2.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports2, module2) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a2, b) => {
      if (typeof a2 === "number" && typeof b === "number") {
        return a2 === b ? 0 : a2 < b ? -1 : 1;
      }
      const anum = numeric.test(a2);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a2 = +a2;
        b = +b;
      }
      return a2 === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a2 < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a2, b) => compareIdentifiers(b, a2);
    module2.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports2, module2) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants4();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i2 = 0; i2 < identifiers.length; i2++) {
        if (compareIdentifiers(prerelease[i2], identifiers[i2]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i2 = 0;
        do {
          const a2 = this.prerelease[i2];
          const b = other.prerelease[i2];
          debug("prerelease compare", i2, a2, b);
          if (a2 === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a2 === void 0) {
            return -1;
          } else if (a2 === b) {
            continue;
          } else {
            return compareIdentifiers(a2, b);
          }
        } while (++i2);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i2 = 0;
        do {
          const a2 = this.build[i2];
          const b = other.build[i2];
          debug("build compare", i2, a2, b);
          if (a2 === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a2 === void 0) {
            return -1;
          } else if (a2 === b) {
            continue;
          } else {
            return compareIdentifiers(a2, b);
          }
        } while (++i2);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base2 = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base2];
            } else {
              let i2 = this.prerelease.length;
              while (--i2 >= 0) {
                if (typeof this.prerelease[i2] === "number") {
                  this.prerelease[i2]++;
                  i2 = -2;
                }
              }
              if (i2 === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base2);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base2];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module2.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse4 = __commonJS({
  "node_modules/semver/functions/parse.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var parse2 = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module2.exports = parse2;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports2, module2) {
    "use strict";
    var parse2 = require_parse4();
    var valid = (version, options) => {
      const v = parse2(version, options);
      return v ? v.version : null;
    };
    module2.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports2, module2) {
    "use strict";
    var parse2 = require_parse4();
    var clean = (version, options) => {
      const s = parse2(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module2.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module2.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports2, module2) {
    "use strict";
    var parse2 = require_parse4();
    var diff = (version1, version2) => {
      const v1 = parse2(version1, null, true);
      const v2 = parse2(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module2.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var major = (a2, loose) => new SemVer(a2, loose).major;
    module2.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a2, loose) => new SemVer(a2, loose).minor;
    module2.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a2, loose) => new SemVer(a2, loose).patch;
    module2.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports2, module2) {
    "use strict";
    var parse2 = require_parse4();
    var prerelease = (version, options) => {
      const parsed = parse2(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module2.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var compare2 = (a2, b, loose) => new SemVer(a2, loose).compare(new SemVer(b, loose));
    module2.exports = compare2;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports2, module2) {
    "use strict";
    var compare2 = require_compare();
    var rcompare = (a2, b, loose) => compare2(b, a2, loose);
    module2.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports2, module2) {
    "use strict";
    var compare2 = require_compare();
    var compareLoose = (a2, b) => compare2(a2, b, true);
    module2.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a2, b, loose) => {
      const versionA = new SemVer(a2, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module2.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports2, module2) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list2, loose) => list2.sort((a2, b) => compareBuild(a2, b, loose));
    module2.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports2, module2) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list2, loose) => list2.sort((a2, b) => compareBuild(b, a2, loose));
    module2.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports2, module2) {
    "use strict";
    var compare2 = require_compare();
    var gt = (a2, b, loose) => compare2(a2, b, loose) > 0;
    module2.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports2, module2) {
    "use strict";
    var compare2 = require_compare();
    var lt = (a2, b, loose) => compare2(a2, b, loose) < 0;
    module2.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports2, module2) {
    "use strict";
    var compare2 = require_compare();
    var eq = (a2, b, loose) => compare2(a2, b, loose) === 0;
    module2.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports2, module2) {
    "use strict";
    var compare2 = require_compare();
    var neq = (a2, b, loose) => compare2(a2, b, loose) !== 0;
    module2.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports2, module2) {
    "use strict";
    var compare2 = require_compare();
    var gte = (a2, b, loose) => compare2(a2, b, loose) >= 0;
    module2.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports2, module2) {
    "use strict";
    var compare2 = require_compare();
    var lte = (a2, b, loose) => compare2(a2, b, loose) <= 0;
    module2.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports2, module2) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a2, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a2 === "object") {
            a2 = a2.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a2 === b;
        case "!==":
          if (typeof a2 === "object") {
            a2 = a2.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a2 !== b;
        case "":
        case "=":
        case "==":
          return eq(a2, b, loose);
        case "!=":
          return neq(a2, b, loose);
        case ">":
          return gt(a2, b, loose);
        case ">=":
          return gte(a2, b, loose);
        case "<":
          return lt(a2, b, loose);
        case "<=":
          return lte(a2, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module2.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var parse2 = require_parse4();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse2(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module2.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports2, module2) {
    "use strict";
    var parse2 = require_parse4();
    var constants4 = require_constants4();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants4.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse2(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease2(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease2 = (type) => {
      return type.startsWith("pre");
    };
    module2.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports2, module2) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module2.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports2, module2) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants4();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit2 = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit2(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit2(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit2(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit2(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit2(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module2.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports2, module2) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c3) => c3.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c3) => !isNullSet(c3[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c3 of this.set) {
              if (c3.length === 1 && isAny(c3[0])) {
                this.set = [c3];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i2 = 0; i2 < this.set.length; i2++) {
            if (i2 > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i2];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache2.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache2.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i2 = 0; i2 < this.set.length; i2++) {
          if (testSet(this.set[i2], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module2.exports = Range;
    var LRU = require_lrucache();
    var cache2 = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants4();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c3) => c3.value === "<0.0.0-0";
    var isAny = (c3) => c3.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c3) => replaceTilde(c3, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c3) => replaceCaret(c3, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c3) => replaceXRange(c3, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i2 = 0; i2 < set.length; i2++) {
        if (!set[i2].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i2 = 0; i2 < set.length; i2++) {
          debug(set[i2].semver);
          if (set[i2].semver === Comparator.ANY) {
            continue;
          }
          if (set[i2].semver.prerelease.length > 0) {
            const allowed = set[i2].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports2, module2) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module2.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports2, module2) {
    "use strict";
    var Range = require_range();
    var satisfies2 = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module2.exports = satisfies2;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports2, module2) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c3) => c3.value).join(" ").trim().split(" "));
    module2.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module2.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module2.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i2 = 0; i2 < range.set.length; ++i2) {
        const comparators = range.set[i2];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module2.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports2, module2) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module2.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies2 = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies2(version, range, options)) {
        return false;
      }
      for (let i2 = 0; i2 < range.set.length; ++i2) {
        const comparators = range.set[i2];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module2.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports2, module2) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module2.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports2, module2) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module2.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports2, module2) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module2.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports2, module2) {
    "use strict";
    var satisfies2 = require_satisfies();
    var compare2 = require_compare();
    module2.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a2, b) => compare2(a2, b, options));
      for (const version of v) {
        const included = satisfies2(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports2, module2) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies2 = require_satisfies();
    var compare2 = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c3 of sub) {
        if (c3.operator === ">" || c3.operator === ">=") {
          gt = higherGT(gt, c3, options);
        } else if (c3.operator === "<" || c3.operator === "<=") {
          lt = lowerLT(lt, c3, options);
        } else {
          eqSet.add(c3.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare2(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies2(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies2(eq, String(lt), options)) {
          return null;
        }
        for (const c3 of dom) {
          if (!satisfies2(eq, String(c3), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c3 of dom) {
        hasDomGT = hasDomGT || c3.operator === ">" || c3.operator === ">=";
        hasDomLT = hasDomLT || c3.operator === "<" || c3.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c3.semver.prerelease && c3.semver.prerelease.length && c3.semver.major === needDomGTPre.major && c3.semver.minor === needDomGTPre.minor && c3.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c3.operator === ">" || c3.operator === ">=") {
            higher = higherGT(gt, c3, options);
            if (higher === c3 && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c3.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c3.semver.prerelease && c3.semver.prerelease.length && c3.semver.major === needDomLTPre.major && c3.semver.minor === needDomLTPre.minor && c3.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c3.operator === "<" || c3.operator === "<=") {
            lower = lowerLT(lt, c3, options);
            if (lower === c3 && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c3.test(lt.semver)) {
            return false;
          }
        }
        if (!c3.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a2, b, options) => {
      if (!a2) {
        return b;
      }
      const comp = compare2(a2.semver, b.semver, options);
      return comp > 0 ? a2 : comp < 0 ? b : b.operator === ">" && a2.operator === ">=" ? b : a2;
    };
    var lowerLT = (a2, b, options) => {
      if (!a2) {
        return b;
      }
      const comp = compare2(a2.semver, b.semver, options);
      return comp < 0 ? a2 : comp > 0 ? b : b.operator === "<" && a2.operator === "<=" ? b : a2;
    };
    module2.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports2, module2) {
    "use strict";
    var internalRe = require_re();
    var constants4 = require_constants4();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse2 = require_parse4();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare2 = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies2 = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module2.exports = {
      parse: parse2,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare: compare2,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies: satisfies2,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants4.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants4.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// src/main.ts
var import_node_path55 = __toESM(require("node:path"), 1);

// src/cache/build-state.ts
var import_node_path7 = __toESM(require("node:path"), 1);
var import_fs_extra2 = __toESM(require_lib(), 1);

// src/support/atomic-write.ts
var import_node_fs = __toESM(require("node:fs"), 1);
var import_promises = __toESM(require("node:fs/promises"), 1);
async function writeFileAtomic(file, data, options = {}) {
  const partial = `${file}.partial`;
  try {
    await import_promises.default.writeFile(partial, data);
    if (options.mode !== void 0) await import_promises.default.chmod(partial, options.mode);
    await import_promises.default.rename(partial, file);
  } catch (error) {
    await import_promises.default.rm(partial, { force: true });
    throw error;
  }
}
function writeFileAtomicSync(file, data, options = {}) {
  const partial = `${file}.partial`;
  try {
    import_node_fs.default.writeFileSync(partial, data);
    if (options.mode !== void 0) import_node_fs.default.chmodSync(partial, options.mode);
    import_node_fs.default.renameSync(partial, file);
  } catch (error) {
    import_node_fs.default.rmSync(partial, { force: true });
    throw error;
  }
}

// src/cache/cache-part.ts
var import_node_path6 = __toESM(require("node:path"), 1);

// node_modules/is-plain-obj/index.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}

// node_modules/execa/lib/arguments/file-url.js
var import_node_url = require("node:url");
var safeNormalizeFileUrl = (file, name) => {
  const fileString = normalizeFileUrl(normalizeDenoExecPath(file));
  if (typeof fileString !== "string") {
    throw new TypeError(`${name} must be a string or a file URL: ${fileString}.`);
  }
  return fileString;
};
var normalizeDenoExecPath = (file) => isDenoExecPath(file) ? file.toString() : file;
var isDenoExecPath = (file) => typeof file !== "string" && file && Object.getPrototypeOf(file) === String.prototype;
var normalizeFileUrl = (file) => file instanceof URL ? (0, import_node_url.fileURLToPath)(file) : file;

// node_modules/execa/lib/methods/parameters.js
var normalizeParameters = (rawFile, rawArguments = [], rawOptions = {}) => {
  const filePath = safeNormalizeFileUrl(rawFile, "First argument");
  const [commandArguments, options] = isPlainObject(rawArguments) ? [[], rawArguments] : [rawArguments, rawOptions];
  if (!Array.isArray(commandArguments)) {
    throw new TypeError(`Second argument must be either an array of arguments or an options object: ${commandArguments}`);
  }
  if (commandArguments.some((commandArgument) => typeof commandArgument === "object" && commandArgument !== null)) {
    throw new TypeError(`Second argument must be an array of strings: ${commandArguments}`);
  }
  const normalizedArguments = commandArguments.map(String);
  const nullByteArgument = normalizedArguments.find((normalizedArgument) => normalizedArgument.includes("\0"));
  if (nullByteArgument !== void 0) {
    throw new TypeError(`Arguments cannot contain null bytes ("\\0"): ${nullByteArgument}`);
  }
  if (!isPlainObject(options)) {
    throw new TypeError(`Last argument must be an options object: ${options}`);
  }
  return [filePath, normalizedArguments, options];
};

// node_modules/execa/lib/methods/template.js
var import_node_child_process = require("node:child_process");

// node_modules/execa/lib/utils/uint-array.js
var import_node_string_decoder = require("node:string_decoder");
var { toString: objectToString } = Object.prototype;
var isArrayBuffer = (value) => objectToString.call(value) === "[object ArrayBuffer]";
var isUint8Array = (value) => objectToString.call(value) === "[object Uint8Array]";
var bufferToUint8Array = (buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
var textEncoder = new TextEncoder();
var stringToUint8Array = (string) => textEncoder.encode(string);
var textDecoder = new TextDecoder();
var uint8ArrayToString = (uint8Array) => textDecoder.decode(uint8Array);
var joinToString = (uint8ArraysOrStrings, encoding) => {
  const strings2 = uint8ArraysToStrings(uint8ArraysOrStrings, encoding);
  return strings2.join("");
};
var uint8ArraysToStrings = (uint8ArraysOrStrings, encoding) => {
  if (encoding === "utf8" && uint8ArraysOrStrings.every((uint8ArrayOrString) => typeof uint8ArrayOrString === "string")) {
    return uint8ArraysOrStrings;
  }
  const decoder = new import_node_string_decoder.StringDecoder(encoding);
  const strings2 = uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString).map((uint8Array) => decoder.write(uint8Array));
  const finalString = decoder.end();
  return finalString === "" ? strings2 : [...strings2, finalString];
};
var joinToUint8Array = (uint8ArraysOrStrings) => {
  if (uint8ArraysOrStrings.length === 1 && isUint8Array(uint8ArraysOrStrings[0])) {
    return uint8ArraysOrStrings[0];
  }
  return concatUint8Arrays(stringsToUint8Arrays(uint8ArraysOrStrings));
};
var stringsToUint8Arrays = (uint8ArraysOrStrings) => uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString);
var concatUint8Arrays = (uint8Arrays) => {
  const result = new Uint8Array(getJoinLength(uint8Arrays));
  let index = 0;
  for (const uint8Array of uint8Arrays) {
    result.set(uint8Array, index);
    index += uint8Array.length;
  }
  return result;
};
var getJoinLength = (uint8Arrays) => {
  let joinLength = 0;
  for (const uint8Array of uint8Arrays) {
    joinLength += uint8Array.length;
  }
  return joinLength;
};

// node_modules/execa/lib/methods/template.js
var isTemplateString = (templates) => Array.isArray(templates) && Array.isArray(templates.raw);
var parseTemplates = (templates, expressions) => {
  let tokens = [];
  for (const [index, template] of templates.entries()) {
    tokens = parseTemplate({
      templates,
      expressions,
      tokens,
      index,
      template
    });
  }
  if (tokens.length === 0) {
    throw new TypeError("Template script must not be empty");
  }
  const [file, ...commandArguments] = tokens;
  return [file, commandArguments, {}];
};
var parseTemplate = ({ templates, expressions, tokens, index, template }) => {
  if (template === void 0) {
    throw new TypeError(`Invalid backslash sequence: ${templates.raw[index]}`);
  }
  const { nextTokens, leadingWhitespaces, trailingWhitespaces } = splitByWhitespaces(template, templates.raw[index]);
  const newTokens = concatTokens(tokens, nextTokens, leadingWhitespaces);
  if (index === expressions.length) {
    return newTokens;
  }
  const expression = expressions[index];
  const expressionTokens = Array.isArray(expression) ? expression.map((expression2) => parseExpression(expression2)) : [parseExpression(expression)];
  return concatTokens(newTokens, expressionTokens, trailingWhitespaces);
};
var splitByWhitespaces = (template, rawTemplate) => {
  if (rawTemplate.length === 0) {
    return { nextTokens: [], leadingWhitespaces: false, trailingWhitespaces: false };
  }
  const nextTokens = [];
  let templateStart = 0;
  const leadingWhitespaces = DELIMITERS.has(rawTemplate[0]);
  for (let templateIndex = 0, rawIndex = 0; templateIndex < template.length; templateIndex += 1, rawIndex += 1) {
    const rawCharacter = rawTemplate[rawIndex];
    if (DELIMITERS.has(rawCharacter)) {
      if (templateStart !== templateIndex) {
        nextTokens.push(template.slice(templateStart, templateIndex));
      }
      templateStart = templateIndex + 1;
    } else if (rawCharacter === "\\") {
      const nextRawCharacter = rawTemplate[rawIndex + 1];
      if (nextRawCharacter === "\n") {
        templateIndex -= 1;
        rawIndex += 1;
      } else if (nextRawCharacter === "u" && rawTemplate[rawIndex + 2] === "{") {
        rawIndex = rawTemplate.indexOf("}", rawIndex + 3);
      } else {
        rawIndex += ESCAPE_LENGTH[nextRawCharacter] ?? 1;
      }
    }
  }
  const trailingWhitespaces = templateStart === template.length;
  if (!trailingWhitespaces) {
    nextTokens.push(template.slice(templateStart));
  }
  return { nextTokens, leadingWhitespaces, trailingWhitespaces };
};
var DELIMITERS = /* @__PURE__ */ new Set([" ", "	", "\r", "\n"]);
var ESCAPE_LENGTH = { x: 3, u: 5 };
var concatTokens = (tokens, nextTokens, isSeparated) => isSeparated || tokens.length === 0 || nextTokens.length === 0 ? [...tokens, ...nextTokens] : [
  ...tokens.slice(0, -1),
  `${tokens.at(-1)}${nextTokens[0]}`,
  ...nextTokens.slice(1)
];
var parseExpression = (expression) => {
  const typeOfExpression = typeof expression;
  if (typeOfExpression === "string") {
    return expression;
  }
  if (typeOfExpression === "number") {
    return String(expression);
  }
  if (isPlainObject(expression) && ("stdout" in expression || "isMaxBuffer" in expression)) {
    return getSubprocessResult(expression);
  }
  if (expression instanceof import_node_child_process.ChildProcess || Object.prototype.toString.call(expression) === "[object Promise]") {
    throw new TypeError("Unexpected subprocess in template expression. Please use ${await subprocess} instead of ${subprocess}.");
  }
  throw new TypeError(`Unexpected "${typeOfExpression}" in template expression`);
};
var getSubprocessResult = ({ stdout }) => {
  if (typeof stdout === "string") {
    return stdout;
  }
  if (isUint8Array(stdout)) {
    return uint8ArrayToString(stdout);
  }
  if (stdout === void 0) {
    throw new TypeError(`Missing result.stdout in template expression. This is probably due to the previous subprocess' "stdout" option.`);
  }
  throw new TypeError(`Unexpected "${typeof stdout}" stdout in template expression`);
};

// node_modules/execa/lib/methods/main-sync.js
var import_node_child_process3 = require("node:child_process");

// node_modules/execa/lib/arguments/specific.js
var import_node_util = require("node:util");

// node_modules/execa/lib/utils/standard-stream.js
var import_node_process = __toESM(require("node:process"), 1);
var isStandardStream = (stream) => STANDARD_STREAMS.includes(stream);
var STANDARD_STREAMS = [import_node_process.default.stdin, import_node_process.default.stdout, import_node_process.default.stderr];
var STANDARD_STREAMS_ALIASES = ["stdin", "stdout", "stderr"];
var getStreamName = (fdNumber) => STANDARD_STREAMS_ALIASES[fdNumber] ?? `stdio[${fdNumber}]`;

// node_modules/execa/lib/arguments/specific.js
var normalizeFdSpecificOptions = (options) => {
  const optionsCopy = { ...options };
  for (const optionName of FD_SPECIFIC_OPTIONS) {
    optionsCopy[optionName] = normalizeFdSpecificOption(options, optionName);
  }
  return optionsCopy;
};
var normalizeFdSpecificOption = (options, optionName) => {
  const optionBaseArray = Array.from({ length: getStdioLength(options) + 1 });
  const optionArray = normalizeFdSpecificValue(options[optionName], optionBaseArray, optionName);
  return addDefaultValue(optionArray, optionName);
};
var getStdioLength = ({ stdio }) => Array.isArray(stdio) ? Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length) : STANDARD_STREAMS_ALIASES.length;
var normalizeFdSpecificValue = (optionValue, optionArray, optionName) => isPlainObject(optionValue) ? normalizeOptionObject(optionValue, optionArray, optionName) : optionArray.fill(optionValue);
var normalizeOptionObject = (optionValue, optionArray, optionName) => {
  for (const fdName of Object.keys(optionValue).sort(compareFdName)) {
    for (const fdNumber of parseFdName(fdName, optionName, optionArray)) {
      optionArray[fdNumber] = optionValue[fdName];
    }
  }
  return optionArray;
};
var compareFdName = (fdNameA, fdNameB) => getFdNameOrder(fdNameA) < getFdNameOrder(fdNameB) ? 1 : -1;
var getFdNameOrder = (fdName) => {
  if (fdName === "stdout" || fdName === "stderr") {
    return 0;
  }
  return fdName === "all" ? 2 : 1;
};
var parseFdName = (fdName, optionName, optionArray) => {
  if (fdName === "ipc") {
    return [optionArray.length - 1];
  }
  const fdNumber = parseFd(fdName);
  if (fdNumber === void 0 || fdNumber === 0) {
    throw new TypeError(`"${optionName}.${fdName}" is invalid.
It must be "${optionName}.stdout", "${optionName}.stderr", "${optionName}.all", "${optionName}.ipc", or "${optionName}.fd3", "${optionName}.fd4" (and so on).`);
  }
  if (fdNumber >= optionArray.length) {
    throw new TypeError(`"${optionName}.${fdName}" is invalid: that file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
  }
  return fdNumber === "all" ? [1, 2] : [fdNumber];
};
var parseFd = (fdName) => {
  if (fdName === "all") {
    return fdName;
  }
  if (STANDARD_STREAMS_ALIASES.includes(fdName)) {
    return STANDARD_STREAMS_ALIASES.indexOf(fdName);
  }
  const regexpResult = FD_REGEXP.exec(fdName);
  if (regexpResult !== null) {
    return Number(regexpResult[1]);
  }
};
var FD_REGEXP = /^fd(\d+)$/;
var addDefaultValue = (optionArray, optionName) => optionArray.map((optionValue) => optionValue === void 0 ? DEFAULT_OPTIONS[optionName] : optionValue);
var verboseDefault = (0, import_node_util.debuglog)("execa").enabled ? "full" : "none";
var DEFAULT_OPTIONS = {
  lines: false,
  buffer: true,
  maxBuffer: 1e3 * 1e3 * 100,
  verbose: verboseDefault,
  stripFinalNewline: true
};
var FD_SPECIFIC_OPTIONS = ["lines", "buffer", "maxBuffer", "verbose", "stripFinalNewline"];
var getFdSpecificValue = (optionArray, fdNumber) => fdNumber === "ipc" ? optionArray.at(-1) : optionArray[fdNumber];

// node_modules/execa/lib/verbose/values.js
var isVerbose = ({ verbose }, fdNumber) => getFdVerbose(verbose, fdNumber) !== "none";
var isFullVerbose = ({ verbose }, fdNumber) => !["none", "short"].includes(getFdVerbose(verbose, fdNumber));
var getVerboseFunction = ({ verbose }, fdNumber) => {
  const fdVerbose = getFdVerbose(verbose, fdNumber);
  return isVerboseFunction(fdVerbose) ? fdVerbose : void 0;
};
var getFdVerbose = (verbose, fdNumber) => fdNumber === void 0 ? getFdGenericVerbose(verbose) : getFdSpecificValue(verbose, fdNumber);
var getFdGenericVerbose = (verbose) => verbose.find((fdVerbose) => isVerboseFunction(fdVerbose)) ?? VERBOSE_VALUES.findLast((fdVerbose) => verbose.includes(fdVerbose));
var isVerboseFunction = (fdVerbose) => typeof fdVerbose === "function";
var VERBOSE_VALUES = ["none", "short", "full"];

// node_modules/execa/lib/verbose/log.js
var import_node_util3 = require("node:util");

// node_modules/execa/lib/arguments/escape.js
var import_node_process2 = require("node:process");
var import_node_util2 = require("node:util");
var joinCommand = (filePath, rawArguments) => {
  const fileAndArguments = [filePath, ...rawArguments];
  const command = fileAndArguments.join(" ");
  const escapedCommand = fileAndArguments.map((fileAndArgument) => quoteString(escapeControlCharacters(fileAndArgument))).join(" ");
  return { command, escapedCommand };
};
var escapeLines = (lines2) => (0, import_node_util2.stripVTControlCharacters)(lines2).split("\n").map((line) => escapeControlCharacters(line)).join("\n");
var escapeControlCharacters = (line) => line.replaceAll(SPECIAL_CHAR_REGEXP, (character) => escapeControlCharacter(character));
var escapeControlCharacter = (character) => {
  const commonEscape = COMMON_ESCAPES[character];
  if (commonEscape !== void 0) {
    return commonEscape;
  }
  const codepoint = character.codePointAt(0);
  const codepointHex = codepoint.toString(16);
  return codepoint <= ASTRAL_START ? `\\u${codepointHex.padStart(4, "0")}` : `\\U${codepointHex}`;
};
var getSpecialCharRegExp = () => {
  try {
    return new RegExp("\\p{Separator}|\\p{Other}", "gu");
  } catch {
    return /[\s\u0000-\u001F\u007F-\u009F\u00AD]/g;
  }
};
var SPECIAL_CHAR_REGEXP = getSpecialCharRegExp();
var COMMON_ESCAPES = {
  " ": " ",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "	": "\\t"
};
var ASTRAL_START = 65535;
var quoteString = (escapedArgument) => {
  if (NO_ESCAPE_REGEXP.test(escapedArgument)) {
    return escapedArgument;
  }
  return import_node_process2.platform === "win32" ? `"${escapedArgument.replaceAll('"', '""')}"` : `'${escapedArgument.replaceAll("'", "'\\''")}'`;
};
var NO_ESCAPE_REGEXP = /^[\w./-]+$/;

// node_modules/is-unicode-supported/index.js
var import_node_process3 = __toESM(require("node:process"), 1);
function isUnicodeSupported() {
  const { env } = import_node_process3.default;
  const { TERM, TERM_PROGRAM } = env;
  if (import_node_process3.default.platform !== "win32") {
    return TERM !== "linux";
  }
  return Boolean(env.WT_SESSION) || Boolean(env.TERMINUS_SUBLIME) || env.ConEmuTask === "{cmd::Cmder}" || TERM_PROGRAM === "Terminus-Sublime" || TERM_PROGRAM === "vscode" || TERM === "xterm-256color" || TERM === "alacritty" || TERM === "rxvt-unicode" || TERM === "rxvt-unicode-256color" || env.TERMINAL_EMULATOR === "JetBrains-JediTerm";
}

// node_modules/figures/index.js
var common = {
  circleQuestionMark: "(?)",
  questionMarkPrefix: "(?)",
  square: "\u2588",
  squareDarkShade: "\u2593",
  squareMediumShade: "\u2592",
  squareLightShade: "\u2591",
  squareTop: "\u2580",
  squareBottom: "\u2584",
  squareLeft: "\u258C",
  squareRight: "\u2590",
  squareCenter: "\u25A0",
  bullet: "\u25CF",
  dot: "\u2024",
  ellipsis: "\u2026",
  pointerSmall: "\u203A",
  triangleUp: "\u25B2",
  triangleUpSmall: "\u25B4",
  triangleDown: "\u25BC",
  triangleDownSmall: "\u25BE",
  triangleLeftSmall: "\u25C2",
  triangleRightSmall: "\u25B8",
  home: "\u2302",
  heart: "\u2665",
  musicNote: "\u266A",
  musicNoteBeamed: "\u266B",
  arrowUp: "\u2191",
  arrowDown: "\u2193",
  arrowLeft: "\u2190",
  arrowRight: "\u2192",
  arrowLeftRight: "\u2194",
  arrowUpDown: "\u2195",
  almostEqual: "\u2248",
  notEqual: "\u2260",
  lessOrEqual: "\u2264",
  greaterOrEqual: "\u2265",
  identical: "\u2261",
  infinity: "\u221E",
  subscriptZero: "\u2080",
  subscriptOne: "\u2081",
  subscriptTwo: "\u2082",
  subscriptThree: "\u2083",
  subscriptFour: "\u2084",
  subscriptFive: "\u2085",
  subscriptSix: "\u2086",
  subscriptSeven: "\u2087",
  subscriptEight: "\u2088",
  subscriptNine: "\u2089",
  oneHalf: "\xBD",
  oneThird: "\u2153",
  oneQuarter: "\xBC",
  oneFifth: "\u2155",
  oneSixth: "\u2159",
  oneEighth: "\u215B",
  twoThirds: "\u2154",
  twoFifths: "\u2156",
  threeQuarters: "\xBE",
  threeFifths: "\u2157",
  threeEighths: "\u215C",
  fourFifths: "\u2158",
  fiveSixths: "\u215A",
  fiveEighths: "\u215D",
  sevenEighths: "\u215E",
  line: "\u2500",
  lineBold: "\u2501",
  lineDouble: "\u2550",
  lineDashed0: "\u2504",
  lineDashed1: "\u2505",
  lineDashed2: "\u2508",
  lineDashed3: "\u2509",
  lineDashed4: "\u254C",
  lineDashed5: "\u254D",
  lineDashed6: "\u2574",
  lineDashed7: "\u2576",
  lineDashed8: "\u2578",
  lineDashed9: "\u257A",
  lineDashed10: "\u257C",
  lineDashed11: "\u257E",
  lineDashed12: "\u2212",
  lineDashed13: "\u2013",
  lineDashed14: "\u2010",
  lineDashed15: "\u2043",
  lineVertical: "\u2502",
  lineVerticalBold: "\u2503",
  lineVerticalDouble: "\u2551",
  lineVerticalDashed0: "\u2506",
  lineVerticalDashed1: "\u2507",
  lineVerticalDashed2: "\u250A",
  lineVerticalDashed3: "\u250B",
  lineVerticalDashed4: "\u254E",
  lineVerticalDashed5: "\u254F",
  lineVerticalDashed6: "\u2575",
  lineVerticalDashed7: "\u2577",
  lineVerticalDashed8: "\u2579",
  lineVerticalDashed9: "\u257B",
  lineVerticalDashed10: "\u257D",
  lineVerticalDashed11: "\u257F",
  lineDownLeft: "\u2510",
  lineDownLeftArc: "\u256E",
  lineDownBoldLeftBold: "\u2513",
  lineDownBoldLeft: "\u2512",
  lineDownLeftBold: "\u2511",
  lineDownDoubleLeftDouble: "\u2557",
  lineDownDoubleLeft: "\u2556",
  lineDownLeftDouble: "\u2555",
  lineDownRight: "\u250C",
  lineDownRightArc: "\u256D",
  lineDownBoldRightBold: "\u250F",
  lineDownBoldRight: "\u250E",
  lineDownRightBold: "\u250D",
  lineDownDoubleRightDouble: "\u2554",
  lineDownDoubleRight: "\u2553",
  lineDownRightDouble: "\u2552",
  lineUpLeft: "\u2518",
  lineUpLeftArc: "\u256F",
  lineUpBoldLeftBold: "\u251B",
  lineUpBoldLeft: "\u251A",
  lineUpLeftBold: "\u2519",
  lineUpDoubleLeftDouble: "\u255D",
  lineUpDoubleLeft: "\u255C",
  lineUpLeftDouble: "\u255B",
  lineUpRight: "\u2514",
  lineUpRightArc: "\u2570",
  lineUpBoldRightBold: "\u2517",
  lineUpBoldRight: "\u2516",
  lineUpRightBold: "\u2515",
  lineUpDoubleRightDouble: "\u255A",
  lineUpDoubleRight: "\u2559",
  lineUpRightDouble: "\u2558",
  lineUpDownLeft: "\u2524",
  lineUpBoldDownBoldLeftBold: "\u252B",
  lineUpBoldDownBoldLeft: "\u2528",
  lineUpDownLeftBold: "\u2525",
  lineUpBoldDownLeftBold: "\u2529",
  lineUpDownBoldLeftBold: "\u252A",
  lineUpDownBoldLeft: "\u2527",
  lineUpBoldDownLeft: "\u2526",
  lineUpDoubleDownDoubleLeftDouble: "\u2563",
  lineUpDoubleDownDoubleLeft: "\u2562",
  lineUpDownLeftDouble: "\u2561",
  lineUpDownRight: "\u251C",
  lineUpBoldDownBoldRightBold: "\u2523",
  lineUpBoldDownBoldRight: "\u2520",
  lineUpDownRightBold: "\u251D",
  lineUpBoldDownRightBold: "\u2521",
  lineUpDownBoldRightBold: "\u2522",
  lineUpDownBoldRight: "\u251F",
  lineUpBoldDownRight: "\u251E",
  lineUpDoubleDownDoubleRightDouble: "\u2560",
  lineUpDoubleDownDoubleRight: "\u255F",
  lineUpDownRightDouble: "\u255E",
  lineDownLeftRight: "\u252C",
  lineDownBoldLeftBoldRightBold: "\u2533",
  lineDownLeftBoldRightBold: "\u252F",
  lineDownBoldLeftRight: "\u2530",
  lineDownBoldLeftBoldRight: "\u2531",
  lineDownBoldLeftRightBold: "\u2532",
  lineDownLeftRightBold: "\u252E",
  lineDownLeftBoldRight: "\u252D",
  lineDownDoubleLeftDoubleRightDouble: "\u2566",
  lineDownDoubleLeftRight: "\u2565",
  lineDownLeftDoubleRightDouble: "\u2564",
  lineUpLeftRight: "\u2534",
  lineUpBoldLeftBoldRightBold: "\u253B",
  lineUpLeftBoldRightBold: "\u2537",
  lineUpBoldLeftRight: "\u2538",
  lineUpBoldLeftBoldRight: "\u2539",
  lineUpBoldLeftRightBold: "\u253A",
  lineUpLeftRightBold: "\u2536",
  lineUpLeftBoldRight: "\u2535",
  lineUpDoubleLeftDoubleRightDouble: "\u2569",
  lineUpDoubleLeftRight: "\u2568",
  lineUpLeftDoubleRightDouble: "\u2567",
  lineUpDownLeftRight: "\u253C",
  lineUpBoldDownBoldLeftBoldRightBold: "\u254B",
  lineUpDownBoldLeftBoldRightBold: "\u2548",
  lineUpBoldDownLeftBoldRightBold: "\u2547",
  lineUpBoldDownBoldLeftRightBold: "\u254A",
  lineUpBoldDownBoldLeftBoldRight: "\u2549",
  lineUpBoldDownLeftRight: "\u2540",
  lineUpDownBoldLeftRight: "\u2541",
  lineUpDownLeftBoldRight: "\u253D",
  lineUpDownLeftRightBold: "\u253E",
  lineUpBoldDownBoldLeftRight: "\u2542",
  lineUpDownLeftBoldRightBold: "\u253F",
  lineUpBoldDownLeftBoldRight: "\u2543",
  lineUpBoldDownLeftRightBold: "\u2544",
  lineUpDownBoldLeftBoldRight: "\u2545",
  lineUpDownBoldLeftRightBold: "\u2546",
  lineUpDoubleDownDoubleLeftDoubleRightDouble: "\u256C",
  lineUpDoubleDownDoubleLeftRight: "\u256B",
  lineUpDownLeftDoubleRightDouble: "\u256A",
  lineCross: "\u2573",
  lineBackslash: "\u2572",
  lineSlash: "\u2571"
};
var specialMainSymbols = {
  tick: "\u2714",
  info: "\u2139",
  warning: "\u26A0",
  cross: "\u2718",
  squareSmall: "\u25FB",
  squareSmallFilled: "\u25FC",
  circle: "\u25EF",
  circleFilled: "\u25C9",
  circleDotted: "\u25CC",
  circleDouble: "\u25CE",
  circleCircle: "\u24DE",
  circleCross: "\u24E7",
  circlePipe: "\u24BE",
  radioOn: "\u25C9",
  radioOff: "\u25EF",
  checkboxOn: "\u2612",
  checkboxOff: "\u2610",
  checkboxCircleOn: "\u24E7",
  checkboxCircleOff: "\u24BE",
  pointer: "\u276F",
  triangleUpOutline: "\u25B3",
  triangleLeft: "\u25C0",
  triangleRight: "\u25B6",
  lozenge: "\u25C6",
  lozengeOutline: "\u25C7",
  hamburger: "\u2630",
  smiley: "\u32E1",
  mustache: "\u0DF4",
  star: "\u2605",
  play: "\u25B6",
  nodejs: "\u2B22",
  oneSeventh: "\u2150",
  oneNinth: "\u2151",
  oneTenth: "\u2152"
};
var specialFallbackSymbols = {
  tick: "\u221A",
  info: "i",
  warning: "\u203C",
  cross: "\xD7",
  squareSmall: "\u25A1",
  squareSmallFilled: "\u25A0",
  circle: "( )",
  circleFilled: "(*)",
  circleDotted: "( )",
  circleDouble: "( )",
  circleCircle: "(\u25CB)",
  circleCross: "(\xD7)",
  circlePipe: "(\u2502)",
  radioOn: "(*)",
  radioOff: "( )",
  checkboxOn: "[\xD7]",
  checkboxOff: "[ ]",
  checkboxCircleOn: "(\xD7)",
  checkboxCircleOff: "( )",
  pointer: ">",
  triangleUpOutline: "\u2206",
  triangleLeft: "\u25C4",
  triangleRight: "\u25BA",
  lozenge: "\u2666",
  lozengeOutline: "\u25CA",
  hamburger: "\u2261",
  smiley: "\u263A",
  mustache: "\u250C\u2500\u2510",
  star: "\u2736",
  play: "\u25BA",
  nodejs: "\u2666",
  oneSeventh: "1/7",
  oneNinth: "1/9",
  oneTenth: "1/10"
};
var mainSymbols = { ...common, ...specialMainSymbols };
var fallbackSymbols = { ...common, ...specialFallbackSymbols };
var shouldUseMain = isUnicodeSupported();
var figures = shouldUseMain ? mainSymbols : fallbackSymbols;
var figures_default = figures;
var replacements = Object.entries(specialMainSymbols);

// node_modules/yoctocolors/base.js
var import_node_tty = __toESM(require("node:tty"), 1);
var hasColors = import_node_tty.default?.WriteStream?.prototype?.hasColors?.() ?? false;
var format = (open, close) => {
  if (!hasColors) {
    return (input) => input;
  }
  const openCode = `\x1B[${open}m`;
  const closeCode = `\x1B[${close}m`;
  return (input) => {
    const string = input + "";
    let index = string.indexOf(closeCode);
    if (index === -1) {
      return openCode + string + closeCode;
    }
    let result = openCode;
    let lastIndex = 0;
    const reopenOnNestedClose = close === 22;
    const replaceCode = (reopenOnNestedClose ? closeCode : "") + openCode;
    while (index !== -1) {
      result += string.slice(lastIndex, index) + replaceCode;
      lastIndex = index + closeCode.length;
      index = string.indexOf(closeCode, lastIndex);
    }
    result += string.slice(lastIndex) + closeCode;
    return result;
  };
};
var reset = format(0, 0);
var bold = format(1, 22);
var dim = format(2, 22);
var italic = format(3, 23);
var underline = format(4, 24);
var underlineDouble = format("4:2", 24);
var underlineCurly = format("4:3", 24);
var underlineDotted = format("4:4", 24);
var underlineDashed = format("4:5", 24);
var overline = format(53, 55);
var inverse = format(7, 27);
var hidden = format(8, 28);
var strikethrough = format(9, 29);
var black = format(30, 39);
var red = format(31, 39);
var green = format(32, 39);
var yellow = format(33, 39);
var blue = format(34, 39);
var magenta = format(35, 39);
var cyan = format(36, 39);
var white = format(37, 39);
var gray = format(90, 39);
var bgBlack = format(40, 49);
var bgRed = format(41, 49);
var bgGreen = format(42, 49);
var bgYellow = format(43, 49);
var bgBlue = format(44, 49);
var bgMagenta = format(45, 49);
var bgCyan = format(46, 49);
var bgWhite = format(47, 49);
var bgGray = format(100, 49);
var redBright = format(91, 39);
var greenBright = format(92, 39);
var yellowBright = format(93, 39);
var blueBright = format(94, 39);
var magentaBright = format(95, 39);
var cyanBright = format(96, 39);
var whiteBright = format(97, 39);
var bgRedBright = format(101, 49);
var bgGreenBright = format(102, 49);
var bgYellowBright = format(103, 49);
var bgBlueBright = format(104, 49);
var bgMagentaBright = format(105, 49);
var bgCyanBright = format(106, 49);
var bgWhiteBright = format(107, 49);
var underlineBlack = format("58;5;0", 59);
var underlineRed = format("58;5;1", 59);
var underlineGreen = format("58;5;2", 59);
var underlineYellow = format("58;5;3", 59);
var underlineBlue = format("58;5;4", 59);
var underlineMagenta = format("58;5;5", 59);
var underlineCyan = format("58;5;6", 59);
var underlineWhite = format("58;5;7", 59);
var underlineGray = format("58;5;8", 59);
var underlineRedBright = format("58;5;9", 59);
var underlineGreenBright = format("58;5;10", 59);
var underlineYellowBright = format("58;5;11", 59);
var underlineBlueBright = format("58;5;12", 59);
var underlineMagentaBright = format("58;5;13", 59);
var underlineCyanBright = format("58;5;14", 59);
var underlineWhiteBright = format("58;5;15", 59);

// node_modules/execa/lib/verbose/default.js
var defaultVerboseFunction = ({
  type,
  message,
  timestamp,
  piped,
  commandId,
  result: { failed = false } = {},
  options: { reject = true }
}) => {
  const timestampString = serializeTimestamp(timestamp);
  const icon = ICONS[type]({ failed, reject, piped });
  const color = COLORS[type]({ reject });
  return `${gray(`[${timestampString}]`)} ${gray(`[${commandId}]`)} ${color(icon)} ${color(message)}`;
};
var serializeTimestamp = (timestamp) => `${padField(timestamp.getHours(), 2)}:${padField(timestamp.getMinutes(), 2)}:${padField(timestamp.getSeconds(), 2)}.${padField(timestamp.getMilliseconds(), 3)}`;
var padField = (field, padding) => String(field).padStart(padding, "0");
var getFinalIcon = ({ failed, reject }) => {
  if (!failed) {
    return figures_default.tick;
  }
  return reject ? figures_default.cross : figures_default.warning;
};
var ICONS = {
  command: ({ piped }) => piped ? "|" : "$",
  output: () => " ",
  ipc: () => "*",
  error: getFinalIcon,
  duration: getFinalIcon
};
var identity = (string) => string;
var COLORS = {
  command: () => bold,
  output: () => identity,
  ipc: () => identity,
  error: ({ reject }) => reject ? redBright : yellowBright,
  duration: () => gray
};

// node_modules/execa/lib/verbose/custom.js
var applyVerboseOnLines = (printedLines, verboseInfo, fdNumber) => {
  const verboseFunction = getVerboseFunction(verboseInfo, fdNumber);
  return printedLines.map(({ verboseLine, verboseObject }) => applyVerboseFunction(verboseLine, verboseObject, verboseFunction)).filter((printedLine) => printedLine !== void 0).map((printedLine) => appendNewline(printedLine)).join("");
};
var applyVerboseFunction = (verboseLine, verboseObject, verboseFunction) => {
  if (verboseFunction === void 0) {
    return verboseLine;
  }
  const printedLine = verboseFunction(verboseLine, verboseObject);
  if (typeof printedLine === "string") {
    return printedLine;
  }
};
var appendNewline = (printedLine) => printedLine.endsWith("\n") ? printedLine : `${printedLine}
`;

// node_modules/execa/lib/verbose/log.js
var verboseLog = ({ type, verboseMessage, fdNumber, verboseInfo, result }) => {
  const verboseObject = getVerboseObject({ type, result, verboseInfo });
  const printedLines = getPrintedLines(verboseMessage, verboseObject);
  const finalLines = applyVerboseOnLines(printedLines, verboseInfo, fdNumber);
  if (finalLines !== "") {
    console.warn(finalLines.slice(0, -1));
  }
};
var getVerboseObject = ({
  type,
  result,
  verboseInfo: { escapedCommand, commandId, rawOptions: { piped = false, ...options } }
}) => ({
  type,
  escapedCommand,
  commandId: `${commandId}`,
  timestamp: /* @__PURE__ */ new Date(),
  piped,
  result,
  options
});
var getPrintedLines = (verboseMessage, verboseObject) => verboseMessage.split("\n").map((message) => getPrintedLine({ ...verboseObject, message }));
var getPrintedLine = (verboseObject) => {
  const verboseLine = defaultVerboseFunction(verboseObject);
  return { verboseLine, verboseObject };
};
var serializeVerboseMessage = (message) => {
  const messageString = typeof message === "string" ? message : (0, import_node_util3.inspect)(message);
  const escapedMessage = escapeLines(messageString);
  return escapedMessage.replaceAll("	", " ".repeat(TAB_SIZE));
};
var TAB_SIZE = 2;

// node_modules/execa/lib/verbose/start.js
var logCommand = (escapedCommand, verboseInfo) => {
  if (!isVerbose(verboseInfo)) {
    return;
  }
  verboseLog({
    type: "command",
    verboseMessage: escapedCommand,
    verboseInfo
  });
};

// node_modules/execa/lib/verbose/info.js
var getVerboseInfo = (verbose, escapedCommand, rawOptions) => {
  validateVerbose(verbose);
  const commandId = getCommandId(verbose);
  return {
    verbose,
    escapedCommand,
    commandId,
    rawOptions
  };
};
var getCommandId = (verbose) => isVerbose({ verbose }) ? COMMAND_ID++ : void 0;
var COMMAND_ID = 0n;
var validateVerbose = (verbose) => {
  for (const fdVerbose of verbose) {
    if (fdVerbose === false) {
      throw new TypeError(`The "verbose: false" option was renamed to "verbose: 'none'".`);
    }
    if (fdVerbose === true) {
      throw new TypeError(`The "verbose: true" option was renamed to "verbose: 'short'".`);
    }
    if (!VERBOSE_VALUES.includes(fdVerbose) && !isVerboseFunction(fdVerbose)) {
      const allowedValues = VERBOSE_VALUES.map((allowedValue) => `'${allowedValue}'`).join(", ");
      throw new TypeError(`The "verbose" option must not be ${fdVerbose}. Allowed values are: ${allowedValues} or a function.`);
    }
  }
};

// node_modules/execa/lib/return/duration.js
var import_node_process4 = require("node:process");
var getStartTime = () => import_node_process4.hrtime.bigint();
var getDurationMs = (startTime) => Number(import_node_process4.hrtime.bigint() - startTime) / 1e6;

// node_modules/execa/lib/arguments/command.js
var handleCommand = (filePath, rawArguments, rawOptions) => {
  const startTime = getStartTime();
  const { command, escapedCommand } = joinCommand(filePath, rawArguments);
  const verbose = normalizeFdSpecificOption(rawOptions, "verbose");
  const verboseInfo = getVerboseInfo(verbose, escapedCommand, { ...rawOptions });
  logCommand(escapedCommand, verboseInfo);
  return {
    command,
    escapedCommand,
    startTime,
    verboseInfo
  };
};

// node_modules/execa/lib/arguments/options.js
var import_node_path5 = __toESM(require("node:path"), 1);
var import_node_process8 = __toESM(require("node:process"), 1);
var import_cross_spawn = __toESM(require_cross_spawn(), 1);

// node_modules/npm-run-path/index.js
var import_node_process5 = __toESM(require("node:process"), 1);
var import_node_path2 = __toESM(require("node:path"), 1);

// node_modules/npm-run-path/node_modules/path-key/index.js
function pathKey(options = {}) {
  const {
    env = process.env,
    platform: platform2 = process.platform
  } = options;
  if (platform2 !== "win32") {
    return "PATH";
  }
  return Object.keys(env).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
}

// node_modules/unicorn-magic/node.js
var import_node_util4 = require("node:util");
var import_node_child_process2 = require("node:child_process");
var import_node_path = __toESM(require("node:path"), 1);
var import_node_url2 = require("node:url");
var execFileOriginal = (0, import_node_util4.promisify)(import_node_child_process2.execFile);
function toPath(urlOrPath) {
  return urlOrPath instanceof URL ? (0, import_node_url2.fileURLToPath)(urlOrPath) : urlOrPath;
}
function traversePathUp(startPath) {
  return {
    *[Symbol.iterator]() {
      let currentPath = import_node_path.default.resolve(toPath(startPath));
      let previousPath;
      while (previousPath !== currentPath) {
        yield currentPath;
        previousPath = currentPath;
        currentPath = import_node_path.default.resolve(currentPath, "..");
      }
    }
  };
}
var TEN_MEGABYTES_IN_BYTES = 10 * 1024 * 1024;

// node_modules/npm-run-path/index.js
var npmRunPath = ({
  cwd = import_node_process5.default.cwd(),
  path: pathOption = import_node_process5.default.env[pathKey()],
  preferLocal = true,
  execPath: execPath2 = import_node_process5.default.execPath,
  addExecPath = true
} = {}) => {
  const cwdPath = import_node_path2.default.resolve(toPath(cwd));
  const result = [];
  const pathParts = pathOption.split(import_node_path2.default.delimiter);
  if (preferLocal) {
    applyPreferLocal(result, pathParts, cwdPath);
  }
  if (addExecPath) {
    applyExecPath(result, pathParts, execPath2, cwdPath);
  }
  return pathOption === "" || pathOption === import_node_path2.default.delimiter ? `${result.join(import_node_path2.default.delimiter)}${pathOption}` : [...result, pathOption].join(import_node_path2.default.delimiter);
};
var applyPreferLocal = (result, pathParts, cwdPath) => {
  for (const directory of traversePathUp(cwdPath)) {
    const pathPart = import_node_path2.default.join(directory, "node_modules/.bin");
    if (!pathParts.includes(pathPart)) {
      result.push(pathPart);
    }
  }
};
var applyExecPath = (result, pathParts, execPath2, cwdPath) => {
  const pathPart = import_node_path2.default.resolve(cwdPath, toPath(execPath2), "..");
  if (!pathParts.includes(pathPart)) {
    result.push(pathPart);
  }
};
var npmRunPathEnv = ({ env = import_node_process5.default.env, ...options } = {}) => {
  env = { ...env };
  const pathName = pathKey({ env });
  options.path = env[pathName];
  env[pathName] = npmRunPath(options);
  return env;
};

// node_modules/execa/lib/terminate/kill.js
var import_promises2 = require("node:timers/promises");

// node_modules/execa/lib/return/final-error.js
var getFinalError = (originalError, message, isSync) => {
  const ErrorClass = isSync ? ExecaSyncError : ExecaError;
  const options = originalError instanceof DiscardedError ? {} : { cause: originalError };
  return new ErrorClass(message, options);
};
var DiscardedError = class extends Error {
};
var setErrorName = (ErrorClass, value) => {
  Object.defineProperty(ErrorClass.prototype, "name", {
    value,
    writable: true,
    enumerable: false,
    configurable: true
  });
  Object.defineProperty(ErrorClass.prototype, execaErrorSymbol, {
    value: true,
    writable: false,
    enumerable: false,
    configurable: false
  });
};
var isExecaError = (error) => isErrorInstance(error) && execaErrorSymbol in error;
var execaErrorSymbol = /* @__PURE__ */ Symbol("isExecaError");
var isErrorInstance = (value) => Object.prototype.toString.call(value) === "[object Error]";
var ExecaError = class extends Error {
};
setErrorName(ExecaError, ExecaError.name);
var ExecaSyncError = class extends Error {
};
setErrorName(ExecaSyncError, ExecaSyncError.name);

// node_modules/execa/lib/terminate/signal.js
var import_node_os3 = require("node:os");

// node_modules/human-signals/build/src/main.js
var import_node_os2 = require("node:os");

// node_modules/human-signals/build/src/realtime.js
var getRealtimeSignals = () => {
  const length = SIGRTMAX - SIGRTMIN + 1;
  return Array.from({ length }, getRealtimeSignal);
};
var getRealtimeSignal = (value, index) => ({
  name: `SIGRT${index + 1}`,
  number: SIGRTMIN + index,
  action: "terminate",
  description: "Application-specific signal (realtime)",
  standard: "posix"
});
var SIGRTMIN = 34;
var SIGRTMAX = 64;

// node_modules/human-signals/build/src/signals.js
var import_node_os = require("node:os");

// node_modules/human-signals/build/src/core.js
var SIGNALS = [
  {
    name: "SIGHUP",
    number: 1,
    action: "terminate",
    description: "Terminal closed",
    standard: "posix"
  },
  {
    name: "SIGINT",
    number: 2,
    action: "terminate",
    description: "User interruption with CTRL-C",
    standard: "ansi"
  },
  {
    name: "SIGQUIT",
    number: 3,
    action: "core",
    description: "User interruption with CTRL-\\",
    standard: "posix"
  },
  {
    name: "SIGILL",
    number: 4,
    action: "core",
    description: "Invalid machine instruction",
    standard: "ansi"
  },
  {
    name: "SIGTRAP",
    number: 5,
    action: "core",
    description: "Debugger breakpoint",
    standard: "posix"
  },
  {
    name: "SIGABRT",
    number: 6,
    action: "core",
    description: "Aborted",
    standard: "ansi"
  },
  {
    name: "SIGIOT",
    number: 6,
    action: "core",
    description: "Aborted",
    standard: "bsd"
  },
  {
    name: "SIGBUS",
    number: 7,
    action: "core",
    description: "Bus error due to misaligned, non-existing address or paging error",
    standard: "bsd"
  },
  {
    name: "SIGEMT",
    number: 7,
    action: "terminate",
    description: "Command should be emulated but is not implemented",
    standard: "other"
  },
  {
    name: "SIGFPE",
    number: 8,
    action: "core",
    description: "Floating point arithmetic error",
    standard: "ansi"
  },
  {
    name: "SIGKILL",
    number: 9,
    action: "terminate",
    description: "Forced termination",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGUSR1",
    number: 10,
    action: "terminate",
    description: "Application-specific signal",
    standard: "posix"
  },
  {
    name: "SIGSEGV",
    number: 11,
    action: "core",
    description: "Segmentation fault",
    standard: "ansi"
  },
  {
    name: "SIGUSR2",
    number: 12,
    action: "terminate",
    description: "Application-specific signal",
    standard: "posix"
  },
  {
    name: "SIGPIPE",
    number: 13,
    action: "terminate",
    description: "Broken pipe or socket",
    standard: "posix"
  },
  {
    name: "SIGALRM",
    number: 14,
    action: "terminate",
    description: "Timeout or timer",
    standard: "posix"
  },
  {
    name: "SIGTERM",
    number: 15,
    action: "terminate",
    description: "Termination",
    standard: "ansi"
  },
  {
    name: "SIGSTKFLT",
    number: 16,
    action: "terminate",
    description: "Stack is empty or overflowed",
    standard: "other"
  },
  {
    name: "SIGCHLD",
    number: 17,
    action: "ignore",
    description: "Child process terminated, paused or unpaused",
    standard: "posix"
  },
  {
    name: "SIGCLD",
    number: 17,
    action: "ignore",
    description: "Child process terminated, paused or unpaused",
    standard: "other"
  },
  {
    name: "SIGCONT",
    number: 18,
    action: "unpause",
    description: "Unpaused",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGSTOP",
    number: 19,
    action: "pause",
    description: "Paused",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGTSTP",
    number: 20,
    action: "pause",
    description: 'Paused using CTRL-Z or "suspend"',
    standard: "posix"
  },
  {
    name: "SIGTTIN",
    number: 21,
    action: "pause",
    description: "Background process cannot read terminal input",
    standard: "posix"
  },
  {
    name: "SIGBREAK",
    number: 21,
    action: "terminate",
    description: "User interruption with CTRL-BREAK",
    standard: "other"
  },
  {
    name: "SIGTTOU",
    number: 22,
    action: "pause",
    description: "Background process cannot write to terminal output",
    standard: "posix"
  },
  {
    name: "SIGURG",
    number: 23,
    action: "ignore",
    description: "Socket received out-of-band data",
    standard: "bsd"
  },
  {
    name: "SIGXCPU",
    number: 24,
    action: "core",
    description: "Process timed out",
    standard: "bsd"
  },
  {
    name: "SIGXFSZ",
    number: 25,
    action: "core",
    description: "File too big",
    standard: "bsd"
  },
  {
    name: "SIGVTALRM",
    number: 26,
    action: "terminate",
    description: "Timeout or timer",
    standard: "bsd"
  },
  {
    name: "SIGPROF",
    number: 27,
    action: "terminate",
    description: "Timeout or timer",
    standard: "bsd"
  },
  {
    name: "SIGWINCH",
    number: 28,
    action: "ignore",
    description: "Terminal window size changed",
    standard: "bsd"
  },
  {
    name: "SIGIO",
    number: 29,
    action: "terminate",
    description: "I/O is available",
    standard: "other"
  },
  {
    name: "SIGPOLL",
    number: 29,
    action: "terminate",
    description: "Watched event",
    standard: "other"
  },
  {
    name: "SIGINFO",
    number: 29,
    action: "ignore",
    description: "Request for process information",
    standard: "other"
  },
  {
    name: "SIGPWR",
    number: 30,
    action: "terminate",
    description: "Device running out of power",
    standard: "systemv"
  },
  {
    name: "SIGSYS",
    number: 31,
    action: "core",
    description: "Invalid system call",
    standard: "other"
  },
  {
    name: "SIGUNUSED",
    number: 31,
    action: "terminate",
    description: "Invalid system call",
    standard: "other"
  }
];

// node_modules/human-signals/build/src/signals.js
var getSignals = () => {
  const realtimeSignals = getRealtimeSignals();
  const signals2 = [...SIGNALS, ...realtimeSignals].map(normalizeSignal);
  return signals2;
};
var normalizeSignal = ({
  name,
  number: defaultNumber,
  description,
  action,
  forced = false,
  standard
}) => {
  const {
    signals: { [name]: constantSignal }
  } = import_node_os.constants;
  const supported = constantSignal !== void 0;
  const number = supported ? constantSignal : defaultNumber;
  return { name, number, description, supported, action, forced, standard };
};

// node_modules/human-signals/build/src/main.js
var getSignalsByName = () => {
  const signals2 = getSignals();
  return Object.fromEntries(signals2.map(getSignalByName));
};
var getSignalByName = ({
  name,
  number,
  description,
  supported,
  action,
  forced,
  standard
}) => [name, { name, number, description, supported, action, forced, standard }];
var signalsByName = getSignalsByName();
var getSignalsByNumber = () => {
  const signals2 = getSignals();
  const length = SIGRTMAX + 1;
  const signalsA = Array.from(
    { length },
    (value, number) => getSignalByNumber(number, signals2)
  );
  return Object.assign({}, ...signalsA);
};
var getSignalByNumber = (number, signals2) => {
  const signal = findSignalByNumber(number, signals2);
  if (signal === void 0) {
    return {};
  }
  const { name, description, supported, action, forced, standard } = signal;
  return {
    [number]: {
      name,
      number,
      description,
      supported,
      action,
      forced,
      standard
    }
  };
};
var findSignalByNumber = (number, signals2) => {
  const signal = signals2.find(({ name }) => import_node_os2.constants.signals[name] === number);
  if (signal !== void 0) {
    return signal;
  }
  return signals2.find((signalA) => signalA.number === number);
};
var signalsByNumber = getSignalsByNumber();

// node_modules/execa/lib/terminate/signal.js
var normalizeKillSignal = (killSignal) => {
  const optionName = "option `killSignal`";
  if (killSignal === 0) {
    throw new TypeError(`Invalid ${optionName}: 0 cannot be used.`);
  }
  return normalizeSignal2(killSignal, optionName);
};
var normalizeSignalArgument = (signal) => signal === 0 ? signal : normalizeSignal2(signal, "`subprocess.kill()`'s argument");
var normalizeSignal2 = (signalNameOrInteger, optionName) => {
  if (Number.isInteger(signalNameOrInteger)) {
    return normalizeSignalInteger(signalNameOrInteger, optionName);
  }
  if (typeof signalNameOrInteger === "string") {
    return normalizeSignalName(signalNameOrInteger, optionName);
  }
  throw new TypeError(`Invalid ${optionName} ${String(signalNameOrInteger)}: it must be a string or an integer.
${getAvailableSignals()}`);
};
var normalizeSignalInteger = (signalInteger, optionName) => {
  if (signalsIntegerToName.has(signalInteger)) {
    return signalsIntegerToName.get(signalInteger);
  }
  throw new TypeError(`Invalid ${optionName} ${signalInteger}: this signal integer does not exist.
${getAvailableSignals()}`);
};
var getSignalsIntegerToName = () => new Map(Object.entries(import_node_os3.constants.signals).reverse().map(([signalName, signalInteger]) => [signalInteger, signalName]));
var signalsIntegerToName = getSignalsIntegerToName();
var normalizeSignalName = (signalName, optionName) => {
  if (signalName in import_node_os3.constants.signals) {
    return signalName;
  }
  if (signalName.toUpperCase() in import_node_os3.constants.signals) {
    throw new TypeError(`Invalid ${optionName} '${signalName}': please rename it to '${signalName.toUpperCase()}'.`);
  }
  throw new TypeError(`Invalid ${optionName} '${signalName}': this signal name does not exist.
${getAvailableSignals()}`);
};
var getAvailableSignals = () => `Available signal names: ${getAvailableSignalNames()}.
Available signal numbers: ${getAvailableSignalIntegers()}.`;
var getAvailableSignalNames = () => Object.keys(import_node_os3.constants.signals).sort().map((signalName) => `'${signalName}'`).join(", ");
var getAvailableSignalIntegers = () => [...new Set(Object.values(import_node_os3.constants.signals).sort((signalInteger, signalIntegerTwo) => signalInteger - signalIntegerTwo))].join(", ");
var getSignalDescription = (signal) => signalsByName[signal].description;

// node_modules/execa/lib/terminate/kill.js
var normalizeForceKillAfterDelay = (forceKillAfterDelay) => {
  if (forceKillAfterDelay === false) {
    return forceKillAfterDelay;
  }
  if (forceKillAfterDelay === true) {
    return DEFAULT_FORCE_KILL_TIMEOUT;
  }
  if (!Number.isFinite(forceKillAfterDelay) || forceKillAfterDelay < 0) {
    throw new TypeError(`Expected the \`forceKillAfterDelay\` option to be a non-negative integer, got \`${forceKillAfterDelay}\` (${typeof forceKillAfterDelay})`);
  }
  return forceKillAfterDelay;
};
var DEFAULT_FORCE_KILL_TIMEOUT = 1e3 * 5;
var subprocessKill = ({ kill, options: { forceKillAfterDelay, killSignal }, onInternalError, context, controller }, signalOrError, errorArgument) => {
  const { signal, error } = parseKillArguments(signalOrError, errorArgument, killSignal);
  emitKillError(error, onInternalError);
  const killResult = kill(signal);
  setKillTimeout({
    kill,
    signal,
    forceKillAfterDelay,
    killSignal,
    killResult,
    context,
    controller
  });
  return killResult;
};
var parseKillArguments = (signalOrError, errorArgument, killSignal) => {
  const [signal = killSignal, error] = isErrorInstance(signalOrError) ? [void 0, signalOrError] : [signalOrError, errorArgument];
  if (typeof signal !== "string" && !Number.isInteger(signal)) {
    throw new TypeError(`The first argument must be an error instance or a signal name string/integer: ${String(signal)}`);
  }
  if (error !== void 0 && !isErrorInstance(error)) {
    throw new TypeError(`The second argument is optional. If specified, it must be an error instance: ${error}`);
  }
  return { signal: normalizeSignalArgument(signal), error };
};
var emitKillError = (error, onInternalError) => {
  if (error !== void 0) {
    onInternalError.reject(error);
  }
};
var setKillTimeout = async ({ kill, signal, forceKillAfterDelay, killSignal, killResult, context, controller }) => {
  if (signal === killSignal && killResult) {
    killOnTimeout({
      kill,
      forceKillAfterDelay,
      context,
      controllerSignal: controller.signal
    });
  }
};
var killOnTimeout = async ({ kill, forceKillAfterDelay, context, controllerSignal }) => {
  if (forceKillAfterDelay === false) {
    return;
  }
  try {
    await (0, import_promises2.setTimeout)(forceKillAfterDelay, void 0, { signal: controllerSignal });
    if (kill("SIGKILL")) {
      context.isForcefullyTerminated ??= true;
    }
  } catch {
  }
};

// node_modules/execa/lib/utils/abort-signal.js
var import_node_events = require("node:events");
var onAbortedSignal = async (mainSignal, stopSignal) => {
  if (!mainSignal.aborted) {
    await (0, import_node_events.once)(mainSignal, "abort", { signal: stopSignal });
  }
};

// node_modules/execa/lib/terminate/cancel.js
var validateCancelSignal = ({ cancelSignal }) => {
  if (cancelSignal !== void 0 && Object.prototype.toString.call(cancelSignal) !== "[object AbortSignal]") {
    throw new Error(`The \`cancelSignal\` option must be an AbortSignal: ${String(cancelSignal)}`);
  }
};
var throwOnCancel = ({ subprocess, cancelSignal, gracefulCancel, context, controller }) => cancelSignal === void 0 || gracefulCancel ? [] : [terminateOnCancel(subprocess, cancelSignal, context, controller)];
var terminateOnCancel = async (subprocess, cancelSignal, context, { signal }) => {
  await onAbortedSignal(cancelSignal, signal);
  context.terminationReason ??= "cancel";
  subprocess.kill();
  throw cancelSignal.reason;
};

// node_modules/execa/lib/ipc/graceful.js
var import_promises4 = require("node:timers/promises");

// node_modules/execa/lib/ipc/send.js
var import_node_util5 = require("node:util");

// node_modules/execa/lib/ipc/validation.js
var validateIpcMethod = ({ methodName, isSubprocess, ipc, isConnected: isConnected2 }) => {
  validateIpcOption(methodName, isSubprocess, ipc);
  validateConnection(methodName, isSubprocess, isConnected2);
};
var validateIpcOption = (methodName, isSubprocess, ipc) => {
  if (!ipc) {
    throw new Error(`${getMethodName(methodName, isSubprocess)} can only be used if the \`ipc\` option is \`true\`.`);
  }
};
var validateConnection = (methodName, isSubprocess, isConnected2) => {
  if (!isConnected2) {
    throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} has already exited or disconnected.`);
  }
};
var throwOnEarlyDisconnect = (isSubprocess) => {
  throw new Error(`${getMethodName("getOneMessage", isSubprocess)} could not complete: the ${getOtherProcessName(isSubprocess)} exited or disconnected.`);
};
var throwOnStrictDeadlockError = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is sending a message too, instead of listening to incoming messages.
This can be fixed by both sending a message and listening to incoming messages at the same time:

const [receivedMessage] = await Promise.all([
	${getMethodName("getOneMessage", isSubprocess)},
	${getMethodName("sendMessage", isSubprocess, "message, {strict: true}")},
]);`);
};
var getStrictResponseError = (error, isSubprocess) => new Error(`${getMethodName("sendMessage", isSubprocess)} failed when sending an acknowledgment response to the ${getOtherProcessName(isSubprocess)}.`, { cause: error });
var throwOnMissingStrict = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is not listening to incoming messages.`);
};
var throwOnStrictDisconnect = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} exited without listening to incoming messages.`);
};
var getAbortDisconnectError = () => new Error(`\`cancelSignal\` aborted: the ${getOtherProcessName(true)} disconnected.`);
var throwOnMissingParent = () => {
  throw new Error("`getCancelSignal()` cannot be used without setting the `cancelSignal` subprocess option.");
};
var handleEpipeError = ({ error, methodName, isSubprocess }) => {
  if (error.code === "EPIPE") {
    throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} is disconnecting.`, { cause: error });
  }
};
var handleSerializationError = ({ error, methodName, isSubprocess, message }) => {
  if (isSerializationError(error)) {
    throw new Error(`${getMethodName(methodName, isSubprocess)}'s argument type is invalid: the message cannot be serialized: ${String(message)}.`, { cause: error });
  }
};
var isSerializationError = ({ code, message }) => SERIALIZATION_ERROR_CODES.has(code) || SERIALIZATION_ERROR_MESSAGES.some((serializationErrorMessage) => message.includes(serializationErrorMessage));
var SERIALIZATION_ERROR_CODES = /* @__PURE__ */ new Set([
  // Message is `undefined`
  "ERR_MISSING_ARGS",
  // Message is a function, a bigint, a symbol
  "ERR_INVALID_ARG_TYPE"
]);
var SERIALIZATION_ERROR_MESSAGES = [
  // Message is a promise or a proxy, with `serialization: 'advanced'`
  "could not be cloned",
  // Message has cycles, with `serialization: 'json'`
  "circular structure",
  // Message has cycles inside toJSON(), with `serialization: 'json'`
  "call stack size exceeded"
];
var getMethodName = (methodName, isSubprocess, parameters = "") => methodName === "cancelSignal" ? "`cancelSignal`'s `controller.abort()`" : `${getNamespaceName(isSubprocess)}${methodName}(${parameters})`;
var getNamespaceName = (isSubprocess) => isSubprocess ? "" : "subprocess.";
var getOtherProcessName = (isSubprocess) => isSubprocess ? "parent process" : "subprocess";
var disconnect = (anyProcess) => {
  if (anyProcess.connected) {
    anyProcess.disconnect();
  }
};

// node_modules/execa/lib/utils/deferred.js
var createDeferred = () => {
  const methods = {};
  const promise = new Promise((resolve, reject) => {
    Object.assign(methods, { resolve, reject });
  });
  return Object.assign(promise, methods);
};

// node_modules/execa/lib/arguments/fd-options.js
var getToStream = (destination, to = "stdin") => {
  const isWritable = true;
  const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(destination);
  const fdNumber = getFdNumber(fileDescriptors, to, isWritable);
  const destinationStream = destination.stdio[fdNumber];
  if (destinationStream === null) {
    throw new TypeError(getInvalidStdioOptionMessage(fdNumber, to, options, isWritable));
  }
  return destinationStream;
};
var getFromStream = (source, from = "stdout") => {
  const isWritable = false;
  const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(source);
  const fdNumber = getFdNumber(fileDescriptors, from, isWritable);
  const sourceStream = fdNumber === "all" ? source.all : source.stdio[fdNumber];
  if (sourceStream === null || sourceStream === void 0) {
    throw new TypeError(getInvalidStdioOptionMessage(fdNumber, from, options, isWritable));
  }
  return sourceStream;
};
var SUBPROCESS_OPTIONS = /* @__PURE__ */ new WeakMap();
var getFdNumber = (fileDescriptors, fdName, isWritable) => {
  const fdNumber = parseFdNumber(fdName, isWritable);
  validateFdNumber(fdNumber, fdName, isWritable, fileDescriptors);
  return fdNumber;
};
var parseFdNumber = (fdName, isWritable) => {
  const fdNumber = parseFd(fdName);
  if (fdNumber !== void 0) {
    return fdNumber;
  }
  const { validOptions, defaultValue } = isWritable ? { validOptions: '"stdin"', defaultValue: "stdin" } : { validOptions: '"stdout", "stderr", "all"', defaultValue: "stdout" };
  throw new TypeError(`"${getOptionName(isWritable)}" must not be "${fdName}".
It must be ${validOptions} or "fd3", "fd4" (and so on).
It is optional and defaults to "${defaultValue}".`);
};
var validateFdNumber = (fdNumber, fdName, isWritable, fileDescriptors) => {
  const fileDescriptor = fileDescriptors[getUsedDescriptor(fdNumber)];
  if (fileDescriptor === void 0) {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. That file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
  }
  if (fileDescriptor.direction === "input" && !isWritable) {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a readable stream, not writable.`);
  }
  if (fileDescriptor.direction !== "input" && isWritable) {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a writable stream, not readable.`);
  }
};
var getInvalidStdioOptionMessage = (fdNumber, fdName, options, isWritable) => {
  if (fdNumber === "all" && !options.all) {
    return `The "all" option must be true to use "from: 'all'".`;
  }
  const { optionName, optionValue } = getInvalidStdioOption(fdNumber, options);
  return `The "${optionName}: ${serializeOptionValue(optionValue)}" option is incompatible with using "${getOptionName(isWritable)}: ${serializeOptionValue(fdName)}".
Please set this option with "pipe" instead.`;
};
var getInvalidStdioOption = (fdNumber, { stdin, stdout, stderr, stdio }) => {
  const usedDescriptor = getUsedDescriptor(fdNumber);
  if (usedDescriptor === 0 && stdin !== void 0) {
    return { optionName: "stdin", optionValue: stdin };
  }
  if (usedDescriptor === 1 && stdout !== void 0) {
    return { optionName: "stdout", optionValue: stdout };
  }
  if (usedDescriptor === 2 && stderr !== void 0) {
    return { optionName: "stderr", optionValue: stderr };
  }
  return { optionName: `stdio[${usedDescriptor}]`, optionValue: stdio[usedDescriptor] };
};
var getUsedDescriptor = (fdNumber) => fdNumber === "all" ? 1 : fdNumber;
var getOptionName = (isWritable) => isWritable ? "to" : "from";
var serializeOptionValue = (value) => {
  if (typeof value === "string") {
    return `'${value}'`;
  }
  return typeof value === "number" ? `${value}` : "Stream";
};

// node_modules/execa/lib/ipc/strict.js
var import_node_events5 = require("node:events");

// node_modules/execa/lib/utils/max-listeners.js
var import_node_events2 = require("node:events");
var incrementMaxListeners = (eventEmitter, maxListenersIncrement, signal) => {
  const maxListeners = eventEmitter.getMaxListeners();
  if (maxListeners === 0 || maxListeners === Number.POSITIVE_INFINITY) {
    return;
  }
  eventEmitter.setMaxListeners(maxListeners + maxListenersIncrement);
  (0, import_node_events2.addAbortListener)(signal, () => {
    eventEmitter.setMaxListeners(eventEmitter.getMaxListeners() - maxListenersIncrement);
  });
};

// node_modules/execa/lib/ipc/forward.js
var import_node_events4 = require("node:events");

// node_modules/execa/lib/ipc/incoming.js
var import_node_events3 = require("node:events");
var import_promises3 = require("node:timers/promises");

// node_modules/execa/lib/ipc/reference.js
var addReference = (channel, reference) => {
  if (reference) {
    addReferenceCount(channel);
  }
};
var addReferenceCount = (channel) => {
  channel.refCounted();
};
var removeReference = (channel, reference) => {
  if (reference) {
    removeReferenceCount(channel);
  }
};
var removeReferenceCount = (channel) => {
  channel.unrefCounted();
};
var undoAddedReferences = (channel, isSubprocess) => {
  if (isSubprocess) {
    removeReferenceCount(channel);
    removeReferenceCount(channel);
  }
};
var redoAddedReferences = (channel, isSubprocess) => {
  if (isSubprocess) {
    addReferenceCount(channel);
    addReferenceCount(channel);
  }
};

// node_modules/execa/lib/ipc/incoming.js
var onMessage = async ({ anyProcess, channel, isSubprocess, ipcEmitter }, wrappedMessage) => {
  if (handleStrictResponse(wrappedMessage) || handleAbort(wrappedMessage)) {
    return;
  }
  if (!INCOMING_MESSAGES.has(anyProcess)) {
    INCOMING_MESSAGES.set(anyProcess, []);
  }
  const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
  incomingMessages.push(wrappedMessage);
  if (incomingMessages.length > 1) {
    return;
  }
  while (incomingMessages.length > 0) {
    await waitForOutgoingMessages(anyProcess, ipcEmitter, wrappedMessage);
    await import_promises3.scheduler.yield();
    const message = await handleStrictRequest({
      wrappedMessage: incomingMessages[0],
      anyProcess,
      channel,
      isSubprocess,
      ipcEmitter
    });
    incomingMessages.shift();
    ipcEmitter.emit("message", message);
    ipcEmitter.emit("message:done");
  }
};
var onDisconnect = async ({ anyProcess, channel, isSubprocess, ipcEmitter, boundOnMessage }) => {
  abortOnDisconnect();
  const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
  while (incomingMessages?.length > 0) {
    await (0, import_node_events3.once)(ipcEmitter, "message:done");
  }
  anyProcess.removeListener("message", boundOnMessage);
  redoAddedReferences(channel, isSubprocess);
  ipcEmitter.connected = false;
  ipcEmitter.emit("disconnect");
};
var INCOMING_MESSAGES = /* @__PURE__ */ new WeakMap();

// node_modules/execa/lib/ipc/forward.js
var getIpcEmitter = (anyProcess, channel, isSubprocess) => {
  if (IPC_EMITTERS.has(anyProcess)) {
    return IPC_EMITTERS.get(anyProcess);
  }
  const ipcEmitter = new import_node_events4.EventEmitter();
  ipcEmitter.connected = true;
  IPC_EMITTERS.set(anyProcess, ipcEmitter);
  forwardEvents({
    ipcEmitter,
    anyProcess,
    channel,
    isSubprocess
  });
  return ipcEmitter;
};
var IPC_EMITTERS = /* @__PURE__ */ new WeakMap();
var forwardEvents = ({ ipcEmitter, anyProcess, channel, isSubprocess }) => {
  const boundOnMessage = onMessage.bind(void 0, {
    anyProcess,
    channel,
    isSubprocess,
    ipcEmitter
  });
  anyProcess.on("message", boundOnMessage);
  anyProcess.once("disconnect", onDisconnect.bind(void 0, {
    anyProcess,
    channel,
    isSubprocess,
    ipcEmitter,
    boundOnMessage
  }));
  undoAddedReferences(channel, isSubprocess);
};
var isConnected = (anyProcess) => {
  const ipcEmitter = IPC_EMITTERS.get(anyProcess);
  return ipcEmitter === void 0 ? anyProcess.channel !== null : ipcEmitter.connected;
};

// node_modules/execa/lib/ipc/strict.js
var handleSendStrict = ({ anyProcess, channel, isSubprocess, message, strict }) => {
  if (!strict) {
    return message;
  }
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const hasListeners = hasMessageListeners(anyProcess, ipcEmitter);
  return {
    id: count++,
    type: REQUEST_TYPE,
    message,
    hasListeners
  };
};
var count = 0n;
var validateStrictDeadlock = (outgoingMessages, wrappedMessage) => {
  if (wrappedMessage?.type !== REQUEST_TYPE || wrappedMessage.hasListeners) {
    return;
  }
  for (const { id } of outgoingMessages) {
    if (id !== void 0) {
      STRICT_RESPONSES[id].resolve({ isDeadlock: true, hasListeners: false });
    }
  }
};
var handleStrictRequest = async ({ wrappedMessage, anyProcess, channel, isSubprocess, ipcEmitter }) => {
  if (wrappedMessage?.type !== REQUEST_TYPE || !anyProcess.connected) {
    return wrappedMessage;
  }
  const { id, message } = wrappedMessage;
  const response = { id, type: RESPONSE_TYPE, message: hasMessageListeners(anyProcess, ipcEmitter) };
  try {
    await sendMessage({
      anyProcess,
      channel,
      isSubprocess,
      ipc: true
    }, response);
  } catch (error) {
    ipcEmitter.emit("strict:error", error);
  }
  return message;
};
var handleStrictResponse = (wrappedMessage) => {
  if (wrappedMessage?.type !== RESPONSE_TYPE) {
    return false;
  }
  const { id, message: hasListeners } = wrappedMessage;
  STRICT_RESPONSES[id]?.resolve({ isDeadlock: false, hasListeners });
  return true;
};
var waitForStrictResponse = async (wrappedMessage, anyProcess, isSubprocess) => {
  if (wrappedMessage?.type !== REQUEST_TYPE) {
    return;
  }
  const deferred = createDeferred();
  STRICT_RESPONSES[wrappedMessage.id] = deferred;
  const controller = new AbortController();
  try {
    const { isDeadlock, hasListeners } = await Promise.race([
      deferred,
      throwOnDisconnect(anyProcess, isSubprocess, controller)
    ]);
    if (isDeadlock) {
      throwOnStrictDeadlockError(isSubprocess);
    }
    if (!hasListeners) {
      throwOnMissingStrict(isSubprocess);
    }
  } finally {
    controller.abort();
    delete STRICT_RESPONSES[wrappedMessage.id];
  }
};
var STRICT_RESPONSES = {};
var throwOnDisconnect = async (anyProcess, isSubprocess, { signal }) => {
  incrementMaxListeners(anyProcess, 1, signal);
  await (0, import_node_events5.once)(anyProcess, "disconnect", { signal });
  throwOnStrictDisconnect(isSubprocess);
};
var REQUEST_TYPE = "execa:ipc:request";
var RESPONSE_TYPE = "execa:ipc:response";

// node_modules/execa/lib/ipc/outgoing.js
var startSendMessage = (anyProcess, wrappedMessage, strict) => {
  if (!OUTGOING_MESSAGES.has(anyProcess)) {
    OUTGOING_MESSAGES.set(anyProcess, /* @__PURE__ */ new Set());
  }
  const outgoingMessages = OUTGOING_MESSAGES.get(anyProcess);
  const onMessageSent = createDeferred();
  const id = strict ? wrappedMessage.id : void 0;
  const outgoingMessage = { onMessageSent, id };
  outgoingMessages.add(outgoingMessage);
  return { outgoingMessages, outgoingMessage };
};
var endSendMessage = ({ outgoingMessages, outgoingMessage }) => {
  outgoingMessages.delete(outgoingMessage);
  outgoingMessage.onMessageSent.resolve();
};
var waitForOutgoingMessages = async (anyProcess, ipcEmitter, wrappedMessage) => {
  while (!hasMessageListeners(anyProcess, ipcEmitter) && OUTGOING_MESSAGES.get(anyProcess)?.size > 0) {
    const outgoingMessages = [...OUTGOING_MESSAGES.get(anyProcess)];
    validateStrictDeadlock(outgoingMessages, wrappedMessage);
    await Promise.all(outgoingMessages.map(({ onMessageSent }) => onMessageSent));
  }
};
var OUTGOING_MESSAGES = /* @__PURE__ */ new WeakMap();
var hasMessageListeners = (anyProcess, ipcEmitter) => ipcEmitter.listenerCount("message") > getMinListenerCount(anyProcess);
var getMinListenerCount = (anyProcess) => SUBPROCESS_OPTIONS.has(anyProcess) && !getFdSpecificValue(SUBPROCESS_OPTIONS.get(anyProcess).options.buffer, "ipc") ? 1 : 0;

// node_modules/execa/lib/ipc/send.js
var sendMessage = ({ anyProcess, channel, isSubprocess, ipc }, message, { strict = false } = {}) => {
  const methodName = "sendMessage";
  validateIpcMethod({
    methodName,
    isSubprocess,
    ipc,
    isConnected: anyProcess.connected
  });
  return sendMessageAsync({
    anyProcess,
    channel,
    methodName,
    isSubprocess,
    message,
    strict
  });
};
var sendMessageAsync = async ({ anyProcess, channel, methodName, isSubprocess, message, strict }) => {
  const wrappedMessage = handleSendStrict({
    anyProcess,
    channel,
    isSubprocess,
    message,
    strict
  });
  const outgoingMessagesState = startSendMessage(anyProcess, wrappedMessage, strict);
  try {
    await sendOneMessage({
      anyProcess,
      methodName,
      isSubprocess,
      wrappedMessage,
      message
    });
  } catch (error) {
    disconnect(anyProcess);
    throw error;
  } finally {
    endSendMessage(outgoingMessagesState);
  }
};
var sendOneMessage = async ({ anyProcess, methodName, isSubprocess, wrappedMessage, message }) => {
  const sendMethod = getSendMethod(anyProcess);
  try {
    await Promise.all([
      waitForStrictResponse(wrappedMessage, anyProcess, isSubprocess),
      sendMethod(wrappedMessage)
    ]);
  } catch (error) {
    handleEpipeError({ error, methodName, isSubprocess });
    handleSerializationError({
      error,
      methodName,
      isSubprocess,
      message
    });
    throw error;
  }
};
var getSendMethod = (anyProcess) => {
  if (PROCESS_SEND_METHODS.has(anyProcess)) {
    return PROCESS_SEND_METHODS.get(anyProcess);
  }
  const sendMethod = (0, import_node_util5.promisify)(anyProcess.send.bind(anyProcess));
  PROCESS_SEND_METHODS.set(anyProcess, sendMethod);
  return sendMethod;
};
var PROCESS_SEND_METHODS = /* @__PURE__ */ new WeakMap();

// node_modules/execa/lib/ipc/graceful.js
var sendAbort = (subprocess, message) => {
  const methodName = "cancelSignal";
  validateConnection(methodName, false, subprocess.connected);
  return sendOneMessage({
    anyProcess: subprocess,
    methodName,
    isSubprocess: false,
    wrappedMessage: { type: GRACEFUL_CANCEL_TYPE, message },
    message
  });
};
var getCancelSignal = async ({ anyProcess, channel, isSubprocess, ipc }) => {
  await startIpc({
    anyProcess,
    channel,
    isSubprocess,
    ipc
  });
  return cancelController.signal;
};
var startIpc = async ({ anyProcess, channel, isSubprocess, ipc }) => {
  if (cancelListening) {
    return;
  }
  cancelListening = true;
  if (!ipc) {
    throwOnMissingParent();
    return;
  }
  if (channel === null) {
    abortOnDisconnect();
    return;
  }
  getIpcEmitter(anyProcess, channel, isSubprocess);
  await import_promises4.scheduler.yield();
};
var cancelListening = false;
var handleAbort = (wrappedMessage) => {
  if (wrappedMessage?.type !== GRACEFUL_CANCEL_TYPE) {
    return false;
  }
  cancelController.abort(wrappedMessage.message);
  return true;
};
var GRACEFUL_CANCEL_TYPE = "execa:ipc:cancel";
var abortOnDisconnect = () => {
  cancelController.abort(getAbortDisconnectError());
};
var cancelController = new AbortController();

// node_modules/execa/lib/terminate/graceful.js
var validateGracefulCancel = ({ gracefulCancel, cancelSignal, ipc, serialization }) => {
  if (!gracefulCancel) {
    return;
  }
  if (cancelSignal === void 0) {
    throw new Error("The `cancelSignal` option must be defined when setting the `gracefulCancel` option.");
  }
  if (!ipc) {
    throw new Error("The `ipc` option cannot be false when setting the `gracefulCancel` option.");
  }
  if (serialization === "json") {
    throw new Error("The `serialization` option cannot be 'json' when setting the `gracefulCancel` option.");
  }
};
var throwOnGracefulCancel = ({
  subprocess,
  cancelSignal,
  gracefulCancel,
  forceKillAfterDelay,
  context,
  controller
}) => gracefulCancel ? [sendOnAbort({
  subprocess,
  cancelSignal,
  forceKillAfterDelay,
  context,
  controller
})] : [];
var sendOnAbort = async ({ subprocess, cancelSignal, forceKillAfterDelay, context, controller: { signal } }) => {
  await onAbortedSignal(cancelSignal, signal);
  const reason = getReason(cancelSignal);
  await sendAbort(subprocess, reason);
  killOnTimeout({
    kill: subprocess.kill,
    forceKillAfterDelay,
    context,
    controllerSignal: signal
  });
  context.terminationReason ??= "gracefulCancel";
  throw cancelSignal.reason;
};
var getReason = ({ reason }) => {
  if (!(reason instanceof DOMException)) {
    return reason;
  }
  const error = new Error(reason.message);
  Object.defineProperty(error, "stack", {
    value: reason.stack,
    enumerable: false,
    configurable: true,
    writable: true
  });
  return error;
};

// node_modules/execa/lib/terminate/timeout.js
var import_promises5 = require("node:timers/promises");
var validateTimeout = ({ timeout }) => {
  if (timeout !== void 0 && (!Number.isFinite(timeout) || timeout < 0)) {
    throw new TypeError(`Expected the \`timeout\` option to be a non-negative integer, got \`${timeout}\` (${typeof timeout})`);
  }
};
var throwOnTimeout = (subprocess, timeout, context, controller) => timeout === 0 || timeout === void 0 ? [] : [killAfterTimeout(subprocess, timeout, context, controller)];
var killAfterTimeout = async (subprocess, timeout, context, { signal }) => {
  await (0, import_promises5.setTimeout)(timeout, void 0, { signal });
  context.terminationReason ??= "timeout";
  subprocess.kill();
  throw new DiscardedError();
};

// node_modules/execa/lib/methods/node.js
var import_node_process6 = require("node:process");
var import_node_path3 = __toESM(require("node:path"), 1);
var mapNode = ({ options }) => {
  if (options.node === false) {
    throw new TypeError('The "node" option cannot be false with `execaNode()`.');
  }
  return { options: { ...options, node: true } };
};
var handleNodeOption = (file, commandArguments, {
  node: shouldHandleNode = false,
  nodePath = import_node_process6.execPath,
  nodeOptions = import_node_process6.execArgv.filter((nodeOption) => !nodeOption.startsWith("--inspect")),
  cwd,
  execPath: formerNodePath,
  ...options
}) => {
  if (formerNodePath !== void 0) {
    throw new TypeError('The "execPath" option has been removed. Please use the "nodePath" option instead.');
  }
  const normalizedNodePath = safeNormalizeFileUrl(nodePath, 'The "nodePath" option');
  const resolvedNodePath = import_node_path3.default.resolve(cwd, normalizedNodePath);
  const newOptions = {
    ...options,
    nodePath: resolvedNodePath,
    node: shouldHandleNode,
    cwd
  };
  if (!shouldHandleNode) {
    return [file, commandArguments, newOptions];
  }
  if (import_node_path3.default.basename(file, ".exe") === "node") {
    throw new TypeError('When the "node" option is true, the first argument does not need to be "node".');
  }
  return [
    resolvedNodePath,
    [...nodeOptions, file, ...commandArguments],
    { ipc: true, ...newOptions, shell: false }
  ];
};

// node_modules/execa/lib/ipc/ipc-input.js
var import_node_v8 = require("node:v8");
var validateIpcInputOption = ({ ipcInput, ipc, serialization }) => {
  if (ipcInput === void 0) {
    return;
  }
  if (!ipc) {
    throw new Error("The `ipcInput` option cannot be set unless the `ipc` option is `true`.");
  }
  validateIpcInput[serialization](ipcInput);
};
var validateAdvancedInput = (ipcInput) => {
  try {
    (0, import_node_v8.serialize)(ipcInput);
  } catch (error) {
    throw new Error("The `ipcInput` option is not serializable with a structured clone.", { cause: error });
  }
};
var validateJsonInput = (ipcInput) => {
  try {
    JSON.stringify(ipcInput);
  } catch (error) {
    throw new Error("The `ipcInput` option is not serializable with JSON.", { cause: error });
  }
};
var validateIpcInput = {
  advanced: validateAdvancedInput,
  json: validateJsonInput
};
var sendIpcInput = async (subprocess, ipcInput) => {
  if (ipcInput === void 0) {
    return;
  }
  await subprocess.sendMessage(ipcInput);
};

// node_modules/execa/lib/arguments/encoding-option.js
var validateEncoding = ({ encoding }) => {
  if (ENCODINGS.has(encoding)) {
    return;
  }
  const correctEncoding = getCorrectEncoding(encoding);
  if (correctEncoding !== void 0) {
    throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to ${serializeEncoding(correctEncoding)}.`);
  }
  const correctEncodings = [...ENCODINGS].map((correctEncoding2) => serializeEncoding(correctEncoding2)).join(", ");
  throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to one of: ${correctEncodings}.`);
};
var TEXT_ENCODINGS = /* @__PURE__ */ new Set(["utf8", "utf16le"]);
var BINARY_ENCODINGS = /* @__PURE__ */ new Set(["buffer", "hex", "base64", "base64url", "latin1", "ascii"]);
var ENCODINGS = /* @__PURE__ */ new Set([...TEXT_ENCODINGS, ...BINARY_ENCODINGS]);
var getCorrectEncoding = (encoding) => {
  if (encoding === null) {
    return "buffer";
  }
  if (typeof encoding !== "string") {
    return;
  }
  const lowerEncoding = encoding.toLowerCase();
  if (lowerEncoding in ENCODING_ALIASES) {
    return ENCODING_ALIASES[lowerEncoding];
  }
  if (ENCODINGS.has(lowerEncoding)) {
    return lowerEncoding;
  }
};
var ENCODING_ALIASES = {
  // eslint-disable-next-line unicorn/text-encoding-identifier-case
  "utf-8": "utf8",
  "utf-16le": "utf16le",
  "ucs-2": "utf16le",
  ucs2: "utf16le",
  binary: "latin1"
};
var serializeEncoding = (encoding) => typeof encoding === "string" ? `"${encoding}"` : String(encoding);

// node_modules/execa/lib/arguments/cwd.js
var import_node_fs2 = require("node:fs");
var import_node_path4 = __toESM(require("node:path"), 1);
var import_node_process7 = __toESM(require("node:process"), 1);
var normalizeCwd = (cwd = getDefaultCwd()) => {
  const cwdString = safeNormalizeFileUrl(cwd, 'The "cwd" option');
  return import_node_path4.default.resolve(cwdString);
};
var getDefaultCwd = () => {
  try {
    return import_node_process7.default.cwd();
  } catch (error) {
    error.message = `The current directory does not exist.
${error.message}`;
    throw error;
  }
};
var fixCwdError = (originalMessage, cwd) => {
  if (cwd === getDefaultCwd()) {
    return originalMessage;
  }
  let cwdStat;
  try {
    cwdStat = (0, import_node_fs2.statSync)(cwd);
  } catch (error) {
    return `The "cwd" option is invalid: ${cwd}.
${error.message}
${originalMessage}`;
  }
  if (!cwdStat.isDirectory()) {
    return `The "cwd" option is not a directory: ${cwd}.
${originalMessage}`;
  }
  return originalMessage;
};

// node_modules/execa/lib/arguments/options.js
var normalizeOptions = (filePath, rawArguments, rawOptions) => {
  rawOptions.cwd = normalizeCwd(rawOptions.cwd);
  const [processedFile, processedArguments, processedOptions] = handleNodeOption(filePath, rawArguments, rawOptions);
  const { command: file, args: commandArguments, options: initialOptions } = import_cross_spawn.default._parse(processedFile, processedArguments, processedOptions);
  const fdOptions = normalizeFdSpecificOptions(initialOptions);
  const options = addDefaultOptions(fdOptions);
  validateTimeout(options);
  validateEncoding(options);
  validateIpcInputOption(options);
  validateCancelSignal(options);
  validateGracefulCancel(options);
  options.shell = normalizeFileUrl(options.shell);
  options.env = getEnv(options);
  options.killSignal = normalizeKillSignal(options.killSignal);
  options.forceKillAfterDelay = normalizeForceKillAfterDelay(options.forceKillAfterDelay);
  options.lines = options.lines.map((lines2, fdNumber) => lines2 && !BINARY_ENCODINGS.has(options.encoding) && options.buffer[fdNumber]);
  if (import_node_process8.default.platform === "win32" && import_node_path5.default.basename(file, ".exe") === "cmd") {
    commandArguments.unshift("/q");
  }
  return { file, commandArguments, options };
};
var addDefaultOptions = ({
  extendEnv = true,
  preferLocal = false,
  cwd,
  localDir: localDirectory = cwd,
  encoding = "utf8",
  reject = true,
  cleanup = true,
  all = false,
  windowsHide = true,
  killSignal = "SIGTERM",
  forceKillAfterDelay = true,
  gracefulCancel = false,
  ipcInput,
  ipc = ipcInput !== void 0 || gracefulCancel,
  serialization = "advanced",
  ...options
}) => ({
  ...options,
  extendEnv,
  preferLocal,
  cwd,
  localDirectory,
  encoding,
  reject,
  cleanup,
  all,
  windowsHide,
  killSignal,
  forceKillAfterDelay,
  gracefulCancel,
  ipcInput,
  ipc,
  serialization
});
var getEnv = ({ env: envOption, extendEnv, preferLocal, node, localDirectory, nodePath }) => {
  const env = extendEnv ? { ...import_node_process8.default.env, ...envOption } : envOption;
  if (preferLocal || node) {
    return npmRunPathEnv({
      env,
      cwd: localDirectory,
      execPath: nodePath,
      preferLocal,
      addExecPath: node
    });
  }
  return env;
};

// node_modules/execa/lib/arguments/shell.js
var concatenateShell = (file, commandArguments, options) => options.shell && commandArguments.length > 0 ? [[file, ...commandArguments].join(" "), [], options] : [file, commandArguments, options];

// node_modules/execa/lib/return/message.js
var import_node_util6 = require("node:util");

// node_modules/strip-final-newline/index.js
function stripFinalNewline(input) {
  if (typeof input === "string") {
    return stripFinalNewlineString(input);
  }
  if (!(ArrayBuffer.isView(input) && input.BYTES_PER_ELEMENT === 1)) {
    throw new Error("Input must be a string or a Uint8Array");
  }
  return stripFinalNewlineBinary(input);
}
var stripFinalNewlineString = (input) => input.at(-1) === LF ? input.slice(0, input.at(-2) === CR ? -2 : -1) : input;
var stripFinalNewlineBinary = (input) => input.at(-1) === LF_BINARY ? input.subarray(0, input.at(-2) === CR_BINARY ? -2 : -1) : input;
var LF = "\n";
var LF_BINARY = LF.codePointAt(0);
var CR = "\r";
var CR_BINARY = CR.codePointAt(0);

// node_modules/get-stream/source/index.js
var import_node_events6 = require("node:events");
var import_promises6 = require("node:stream/promises");

// node_modules/is-stream/index.js
function isStream(stream, { checkOpen = true } = {}) {
  return stream !== null && typeof stream === "object" && (stream.writable || stream.readable || !checkOpen || stream.writable === void 0 && stream.readable === void 0) && typeof stream.pipe === "function";
}
function isWritableStream(stream, { checkOpen = true } = {}) {
  return isStream(stream, { checkOpen }) && (stream.writable || !checkOpen) && typeof stream.write === "function" && typeof stream.end === "function" && typeof stream.writable === "boolean" && typeof stream.writableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}
function isReadableStream(stream, { checkOpen = true } = {}) {
  return isStream(stream, { checkOpen }) && (stream.readable || !checkOpen) && typeof stream.read === "function" && typeof stream.readable === "boolean" && typeof stream.readableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}
function isDuplexStream(stream, options) {
  return isWritableStream(stream, options) && isReadableStream(stream, options);
}

// node_modules/@sec-ant/readable-stream/dist/ponyfill/asyncIterator.js
var a = Object.getPrototypeOf(
  Object.getPrototypeOf(
    /* istanbul ignore next */
    async function* () {
    }
  ).prototype
);
var c = class {
  #t;
  #n;
  #r = false;
  #e = void 0;
  constructor(e, t) {
    this.#t = e, this.#n = t;
  }
  next() {
    const e = () => this.#s();
    return this.#e = this.#e ? this.#e.then(e, e) : e(), this.#e;
  }
  return(e) {
    const t = () => this.#i(e);
    return this.#e ? this.#e.then(t, t) : t();
  }
  async #s() {
    if (this.#r)
      return {
        done: true,
        value: void 0
      };
    let e;
    try {
      e = await this.#t.read();
    } catch (t) {
      throw this.#e = void 0, this.#r = true, this.#t.releaseLock(), t;
    }
    return e.done && (this.#e = void 0, this.#r = true, this.#t.releaseLock()), e;
  }
  async #i(e) {
    if (this.#r)
      return {
        done: true,
        value: e
      };
    if (this.#r = true, !this.#n) {
      const t = this.#t.cancel(e);
      return this.#t.releaseLock(), await t, {
        done: true,
        value: e
      };
    }
    return this.#t.releaseLock(), {
      done: true,
      value: e
    };
  }
};
var n = /* @__PURE__ */ Symbol();
function i() {
  return this[n].next();
}
Object.defineProperty(i, "name", { value: "next" });
function o(r) {
  return this[n].return(r);
}
Object.defineProperty(o, "name", { value: "return" });
var u = Object.create(a, {
  next: {
    enumerable: true,
    configurable: true,
    writable: true,
    value: i
  },
  return: {
    enumerable: true,
    configurable: true,
    writable: true,
    value: o
  }
});
function h({ preventCancel: r = false } = {}) {
  const e = this.getReader(), t = new c(
    e,
    r
  ), s = Object.create(u);
  return s[n] = t, s;
}

// node_modules/get-stream/source/stream.js
var getAsyncIterable = (stream) => {
  if (isReadableStream(stream, { checkOpen: false }) && nodeImports.on !== void 0) {
    return getStreamIterable(stream);
  }
  if (typeof stream?.[Symbol.asyncIterator] === "function") {
    return stream;
  }
  if (toString.call(stream) === "[object ReadableStream]") {
    return h.call(stream);
  }
  throw new TypeError("The first argument must be a Readable, a ReadableStream, or an async iterable.");
};
var { toString } = Object.prototype;
var getStreamIterable = async function* (stream) {
  const controller = new AbortController();
  const state = {};
  handleStreamEnd(stream, controller, state);
  try {
    for await (const [chunk] of nodeImports.on(stream, "data", { signal: controller.signal })) {
      yield chunk;
    }
  } catch (error) {
    if (state.error !== void 0) {
      throw state.error;
    } else if (!controller.signal.aborted) {
      throw error;
    }
  } finally {
    stream.destroy();
  }
};
var handleStreamEnd = async (stream, controller, state) => {
  try {
    await nodeImports.finished(stream, {
      cleanup: true,
      readable: true,
      writable: false,
      error: false
    });
  } catch (error) {
    state.error = error;
  } finally {
    controller.abort();
  }
};
var nodeImports = {};

// node_modules/get-stream/source/contents.js
var getStreamContents = async (stream, { init, convertChunk, getSize, truncateChunk, addChunk, getFinalChunk, finalize }, { maxBuffer = Number.POSITIVE_INFINITY } = {}) => {
  const asyncIterable = getAsyncIterable(stream);
  const state = init();
  state.length = 0;
  try {
    for await (const chunk of asyncIterable) {
      const chunkType = getChunkType(chunk);
      const convertedChunk = convertChunk[chunkType](chunk, state);
      appendChunk({
        convertedChunk,
        state,
        getSize,
        truncateChunk,
        addChunk,
        maxBuffer
      });
    }
    appendFinalChunk({
      state,
      convertChunk,
      getSize,
      truncateChunk,
      addChunk,
      getFinalChunk,
      maxBuffer
    });
    return finalize(state);
  } catch (error) {
    const normalizedError = typeof error === "object" && error !== null ? error : new Error(error);
    normalizedError.bufferedData = finalize(state);
    throw normalizedError;
  }
};
var appendFinalChunk = ({ state, getSize, truncateChunk, addChunk, getFinalChunk, maxBuffer }) => {
  const convertedChunk = getFinalChunk(state);
  if (convertedChunk !== void 0) {
    appendChunk({
      convertedChunk,
      state,
      getSize,
      truncateChunk,
      addChunk,
      maxBuffer
    });
  }
};
var appendChunk = ({ convertedChunk, state, getSize, truncateChunk, addChunk, maxBuffer }) => {
  const chunkSize = getSize(convertedChunk);
  const newLength = state.length + chunkSize;
  if (newLength <= maxBuffer) {
    addNewChunk(convertedChunk, state, addChunk, newLength);
    return;
  }
  const truncatedChunk = truncateChunk(convertedChunk, maxBuffer - state.length);
  if (truncatedChunk !== void 0) {
    addNewChunk(truncatedChunk, state, addChunk, maxBuffer);
  }
  throw new MaxBufferError();
};
var addNewChunk = (convertedChunk, state, addChunk, newLength) => {
  state.contents = addChunk(convertedChunk, state, newLength);
  state.length = newLength;
};
var getChunkType = (chunk) => {
  const typeOfChunk = typeof chunk;
  if (typeOfChunk === "string") {
    return "string";
  }
  if (typeOfChunk !== "object" || chunk === null) {
    return "others";
  }
  if (globalThis.Buffer?.isBuffer(chunk)) {
    return "buffer";
  }
  const prototypeName = objectToString2.call(chunk);
  if (prototypeName === "[object ArrayBuffer]") {
    return "arrayBuffer";
  }
  if (prototypeName === "[object DataView]") {
    return "dataView";
  }
  if (Number.isInteger(chunk.byteLength) && Number.isInteger(chunk.byteOffset) && objectToString2.call(chunk.buffer) === "[object ArrayBuffer]") {
    return "typedArray";
  }
  return "others";
};
var { toString: objectToString2 } = Object.prototype;
var MaxBufferError = class extends Error {
  name = "MaxBufferError";
  constructor() {
    super("maxBuffer exceeded");
  }
};

// node_modules/get-stream/source/utils.js
var identity2 = (value) => value;
var noop = () => void 0;
var getContentsProperty = ({ contents }) => contents;
var throwObjectStream = (chunk) => {
  throw new Error(`Streams in object mode are not supported: ${String(chunk)}`);
};
var getLengthProperty = (convertedChunk) => convertedChunk.length;

// node_modules/get-stream/source/array.js
async function getStreamAsArray(stream, options) {
  return getStreamContents(stream, arrayMethods, options);
}
var initArray = () => ({ contents: [] });
var increment = () => 1;
var addArrayChunk = (convertedChunk, { contents }) => {
  contents.push(convertedChunk);
  return contents;
};
var arrayMethods = {
  init: initArray,
  convertChunk: {
    string: identity2,
    buffer: identity2,
    arrayBuffer: identity2,
    dataView: identity2,
    typedArray: identity2,
    others: identity2
  },
  getSize: increment,
  truncateChunk: noop,
  addChunk: addArrayChunk,
  getFinalChunk: noop,
  finalize: getContentsProperty
};

// node_modules/get-stream/source/array-buffer.js
async function getStreamAsArrayBuffer(stream, options) {
  return getStreamContents(stream, arrayBufferMethods, options);
}
var initArrayBuffer = () => ({ contents: new ArrayBuffer(0) });
var useTextEncoder = (chunk) => textEncoder2.encode(chunk);
var textEncoder2 = new TextEncoder();
var useUint8Array = (chunk) => new Uint8Array(chunk);
var useUint8ArrayWithOffset = (chunk) => new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
var truncateArrayBufferChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
var addArrayBufferChunk = (convertedChunk, { contents, length: previousLength }, length) => {
  const newContents = hasArrayBufferResize() ? resizeArrayBuffer(contents, length) : resizeArrayBufferSlow(contents, length);
  new Uint8Array(newContents).set(convertedChunk, previousLength);
  return newContents;
};
var resizeArrayBufferSlow = (contents, length) => {
  if (length <= contents.byteLength) {
    return contents;
  }
  const arrayBuffer = new ArrayBuffer(getNewContentsLength(length));
  new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
  return arrayBuffer;
};
var resizeArrayBuffer = (contents, length) => {
  if (length <= contents.maxByteLength) {
    contents.resize(length);
    return contents;
  }
  const arrayBuffer = new ArrayBuffer(length, { maxByteLength: getNewContentsLength(length) });
  new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
  return arrayBuffer;
};
var getNewContentsLength = (length) => SCALE_FACTOR ** Math.ceil(Math.log(length) / Math.log(SCALE_FACTOR));
var SCALE_FACTOR = 2;
var finalizeArrayBuffer = ({ contents, length }) => hasArrayBufferResize() ? contents : contents.slice(0, length);
var hasArrayBufferResize = () => "resize" in ArrayBuffer.prototype;
var arrayBufferMethods = {
  init: initArrayBuffer,
  convertChunk: {
    string: useTextEncoder,
    buffer: useUint8Array,
    arrayBuffer: useUint8Array,
    dataView: useUint8ArrayWithOffset,
    typedArray: useUint8ArrayWithOffset,
    others: throwObjectStream
  },
  getSize: getLengthProperty,
  truncateChunk: truncateArrayBufferChunk,
  addChunk: addArrayBufferChunk,
  getFinalChunk: noop,
  finalize: finalizeArrayBuffer
};

// node_modules/get-stream/source/string.js
async function getStreamAsString(stream, options) {
  return getStreamContents(stream, stringMethods, options);
}
var initString = () => ({ contents: "", textDecoder: new TextDecoder() });
var useTextDecoder = (chunk, { textDecoder: textDecoder2 }) => textDecoder2.decode(chunk, { stream: true });
var addStringChunk = (convertedChunk, { contents }) => contents + convertedChunk;
var truncateStringChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
var getFinalStringChunk = ({ textDecoder: textDecoder2 }) => {
  const finalChunk = textDecoder2.decode();
  return finalChunk === "" ? void 0 : finalChunk;
};
var stringMethods = {
  init: initString,
  convertChunk: {
    string: identity2,
    buffer: useTextDecoder,
    arrayBuffer: useTextDecoder,
    dataView: useTextDecoder,
    typedArray: useTextDecoder,
    others: throwObjectStream
  },
  getSize: getLengthProperty,
  truncateChunk: truncateStringChunk,
  addChunk: addStringChunk,
  getFinalChunk: getFinalStringChunk,
  finalize: getContentsProperty
};

// node_modules/get-stream/source/index.js
Object.assign(nodeImports, { on: import_node_events6.on, finished: import_promises6.finished });

// node_modules/execa/lib/io/max-buffer.js
var handleMaxBuffer = ({ error, stream, readableObjectMode, lines: lines2, encoding, fdNumber }) => {
  if (!(error instanceof MaxBufferError)) {
    throw error;
  }
  if (fdNumber === "all") {
    return error;
  }
  const unit = getMaxBufferUnit(readableObjectMode, lines2, encoding);
  error.maxBufferInfo = { fdNumber, unit };
  stream.destroy();
  throw error;
};
var getMaxBufferUnit = (readableObjectMode, lines2, encoding) => {
  if (readableObjectMode) {
    return "objects";
  }
  if (lines2) {
    return "lines";
  }
  if (encoding === "buffer") {
    return "bytes";
  }
  return "characters";
};
var checkIpcMaxBuffer = (subprocess, ipcOutput, maxBuffer) => {
  if (ipcOutput.length !== maxBuffer) {
    return;
  }
  const error = new MaxBufferError();
  error.maxBufferInfo = { fdNumber: "ipc" };
  throw error;
};
var getMaxBufferMessage = (error, maxBuffer) => {
  const { streamName, threshold, unit } = getMaxBufferInfo(error, maxBuffer);
  return `Command's ${streamName} was larger than ${threshold} ${unit}`;
};
var getMaxBufferInfo = (error, maxBuffer) => {
  if (error?.maxBufferInfo === void 0) {
    return { streamName: "output", threshold: maxBuffer[1], unit: "bytes" };
  }
  const { maxBufferInfo: { fdNumber, unit } } = error;
  delete error.maxBufferInfo;
  const threshold = getFdSpecificValue(maxBuffer, fdNumber);
  if (fdNumber === "ipc") {
    return { streamName: "IPC output", threshold, unit: "messages" };
  }
  return { streamName: getStreamName(fdNumber), threshold, unit };
};
var isMaxBufferSync = (resultError, output, maxBuffer) => resultError?.code === "ENOBUFS" && output !== null && output.some((result) => result !== null && result.length > getMaxBufferSync(maxBuffer));
var truncateMaxBufferSync = (result, isMaxBuffer, maxBuffer) => {
  if (!isMaxBuffer) {
    return result;
  }
  const maxBufferValue = getMaxBufferSync(maxBuffer);
  return result.length > maxBufferValue ? result.slice(0, maxBufferValue) : result;
};
var getMaxBufferSync = ([, stdoutMaxBuffer]) => stdoutMaxBuffer;

// node_modules/execa/lib/return/message.js
var createMessages = ({
  stdio,
  all,
  ipcOutput,
  originalError,
  signal,
  signalDescription,
  exitCode,
  escapedCommand,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  forceKillAfterDelay,
  killSignal,
  maxBuffer,
  timeout,
  cwd
}) => {
  const errorCode = originalError?.code;
  const prefix = getErrorPrefix({
    originalError,
    timedOut,
    timeout,
    isMaxBuffer,
    maxBuffer,
    errorCode,
    signal,
    signalDescription,
    exitCode,
    isCanceled,
    isGracefullyCanceled,
    isForcefullyTerminated,
    forceKillAfterDelay,
    killSignal
  });
  const originalMessage = getOriginalMessage(originalError, cwd);
  const suffix2 = originalMessage === void 0 ? "" : `
${originalMessage}`;
  const shortMessage = `${prefix}: ${escapedCommand}${suffix2}`;
  const messageStdio = all === void 0 ? [stdio[2], stdio[1]] : [all];
  const message = [
    shortMessage,
    ...messageStdio,
    ...stdio.slice(3),
    ipcOutput.map((ipcMessage) => serializeIpcMessage(ipcMessage)).join("\n")
  ].map((messagePart) => escapeLines(stripFinalNewline(serializeMessagePart(messagePart)))).filter(Boolean).join("\n\n");
  return { originalMessage, shortMessage, message };
};
var getErrorPrefix = ({
  originalError,
  timedOut,
  timeout,
  isMaxBuffer,
  maxBuffer,
  errorCode,
  signal,
  signalDescription,
  exitCode,
  isCanceled,
  isGracefullyCanceled,
  isForcefullyTerminated,
  forceKillAfterDelay,
  killSignal
}) => {
  const forcefulSuffix = getForcefulSuffix(isForcefullyTerminated, forceKillAfterDelay);
  if (timedOut) {
    return `Command timed out after ${timeout} milliseconds${forcefulSuffix}`;
  }
  if (isGracefullyCanceled) {
    if (signal === void 0) {
      return `Command was gracefully canceled with exit code ${exitCode}`;
    }
    return isForcefullyTerminated ? `Command was gracefully canceled${forcefulSuffix}` : `Command was gracefully canceled with ${signal} (${signalDescription})`;
  }
  if (isCanceled) {
    return `Command was canceled${forcefulSuffix}`;
  }
  if (isMaxBuffer) {
    return `${getMaxBufferMessage(originalError, maxBuffer)}${forcefulSuffix}`;
  }
  if (errorCode !== void 0) {
    return `Command failed with ${errorCode}${forcefulSuffix}`;
  }
  if (isForcefullyTerminated) {
    return `Command was killed with ${killSignal} (${getSignalDescription(killSignal)})${forcefulSuffix}`;
  }
  if (signal !== void 0) {
    return `Command was killed with ${signal} (${signalDescription})`;
  }
  if (exitCode !== void 0) {
    return `Command failed with exit code ${exitCode}`;
  }
  return "Command failed";
};
var getForcefulSuffix = (isForcefullyTerminated, forceKillAfterDelay) => isForcefullyTerminated ? ` and was forcefully terminated after ${forceKillAfterDelay} milliseconds` : "";
var getOriginalMessage = (originalError, cwd) => {
  if (originalError instanceof DiscardedError) {
    return;
  }
  const originalMessage = isExecaError(originalError) ? originalError.originalMessage : String(originalError?.message ?? originalError);
  const escapedOriginalMessage = escapeLines(fixCwdError(originalMessage, cwd));
  return escapedOriginalMessage === "" ? void 0 : escapedOriginalMessage;
};
var serializeIpcMessage = (ipcMessage) => typeof ipcMessage === "string" ? ipcMessage : (0, import_node_util6.inspect)(ipcMessage);
var serializeMessagePart = (messagePart) => Array.isArray(messagePart) ? messagePart.map((messageItem) => stripFinalNewline(serializeMessageItem(messageItem))).filter(Boolean).join("\n") : serializeMessageItem(messagePart);
var serializeMessageItem = (messageItem) => {
  if (typeof messageItem === "string") {
    return messageItem;
  }
  if (isUint8Array(messageItem)) {
    return uint8ArrayToString(messageItem);
  }
  return "";
};

// node_modules/execa/lib/return/result.js
var makeSuccessResult = ({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput,
  options: { cwd },
  startTime
}) => omitUndefinedProperties({
  command,
  escapedCommand,
  cwd,
  durationMs: getDurationMs(startTime),
  failed: false,
  timedOut: false,
  isCanceled: false,
  isGracefullyCanceled: false,
  isTerminated: false,
  isMaxBuffer: false,
  isForcefullyTerminated: false,
  exitCode: 0,
  stdout: stdio[1],
  stderr: stdio[2],
  all,
  stdio,
  ipcOutput,
  pipedFrom: []
});
var makeEarlyError = ({
  error,
  command,
  escapedCommand,
  fileDescriptors,
  options,
  startTime,
  isSync
}) => makeError({
  error,
  command,
  escapedCommand,
  startTime,
  timedOut: false,
  isCanceled: false,
  isGracefullyCanceled: false,
  isMaxBuffer: false,
  isForcefullyTerminated: false,
  stdio: Array.from({ length: fileDescriptors.length }),
  ipcOutput: [],
  options,
  isSync
});
var makeError = ({
  error: originalError,
  command,
  escapedCommand,
  startTime,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode: rawExitCode,
  signal: rawSignal,
  stdio,
  all,
  ipcOutput,
  options: {
    timeoutDuration,
    timeout = timeoutDuration,
    forceKillAfterDelay,
    killSignal,
    cwd,
    maxBuffer
  },
  isSync
}) => {
  const { exitCode, signal, signalDescription } = normalizeExitPayload(rawExitCode, rawSignal);
  const { originalMessage, shortMessage, message } = createMessages({
    stdio,
    all,
    ipcOutput,
    originalError,
    signal,
    signalDescription,
    exitCode,
    escapedCommand,
    timedOut,
    isCanceled,
    isGracefullyCanceled,
    isMaxBuffer,
    isForcefullyTerminated,
    forceKillAfterDelay,
    killSignal,
    maxBuffer,
    timeout,
    cwd
  });
  const error = getFinalError(originalError, message, isSync);
  Object.assign(error, getErrorProperties({
    error,
    command,
    escapedCommand,
    startTime,
    timedOut,
    isCanceled,
    isGracefullyCanceled,
    isMaxBuffer,
    isForcefullyTerminated,
    exitCode,
    signal,
    signalDescription,
    stdio,
    all,
    ipcOutput,
    cwd,
    originalMessage,
    shortMessage
  }));
  return error;
};
var getErrorProperties = ({
  error,
  command,
  escapedCommand,
  startTime,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode,
  signal,
  signalDescription,
  stdio,
  all,
  ipcOutput,
  cwd,
  originalMessage,
  shortMessage
}) => omitUndefinedProperties({
  shortMessage,
  originalMessage,
  command,
  escapedCommand,
  cwd,
  durationMs: getDurationMs(startTime),
  failed: true,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isTerminated: signal !== void 0,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode,
  signal,
  signalDescription,
  code: error.cause?.code,
  stdout: stdio[1],
  stderr: stdio[2],
  all,
  stdio,
  ipcOutput,
  pipedFrom: []
});
var omitUndefinedProperties = (result) => Object.fromEntries(Object.entries(result).filter(([, value]) => value !== void 0));
var normalizeExitPayload = (rawExitCode, rawSignal) => {
  const exitCode = rawExitCode === null ? void 0 : rawExitCode;
  const signal = rawSignal === null ? void 0 : rawSignal;
  const signalDescription = signal === void 0 ? void 0 : getSignalDescription(rawSignal);
  return { exitCode, signal, signalDescription };
};

// node_modules/parse-ms/index.js
var toZeroIfInfinity = (value) => Number.isFinite(value) ? value : 0;
function parseNumber(milliseconds) {
  return {
    days: Math.trunc(milliseconds / 864e5),
    hours: Math.trunc(milliseconds / 36e5 % 24),
    minutes: Math.trunc(milliseconds / 6e4 % 60),
    seconds: Math.trunc(milliseconds / 1e3 % 60),
    milliseconds: Math.trunc(milliseconds % 1e3),
    microseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e3) % 1e3),
    nanoseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e6) % 1e3)
  };
}
function parseBigint(milliseconds) {
  return {
    days: milliseconds / 86400000n,
    hours: milliseconds / 3600000n % 24n,
    minutes: milliseconds / 60000n % 60n,
    seconds: milliseconds / 1000n % 60n,
    milliseconds: milliseconds % 1000n,
    microseconds: 0n,
    nanoseconds: 0n
  };
}
function parseMilliseconds(milliseconds) {
  switch (typeof milliseconds) {
    case "number": {
      if (Number.isFinite(milliseconds)) {
        return parseNumber(milliseconds);
      }
      break;
    }
    case "bigint": {
      return parseBigint(milliseconds);
    }
  }
  throw new TypeError("Expected a finite number or bigint");
}

// node_modules/pretty-ms/index.js
var isZero = (value) => value === 0 || value === 0n;
var pluralize = (word, count2) => count2 === 1 || count2 === 1n ? word : `${word}s`;
var SECOND_ROUNDING_EPSILON = 1e-7;
var ONE_DAY_IN_MILLISECONDS = 24n * 60n * 60n * 1000n;
function prettyMilliseconds(milliseconds, options) {
  const isBigInt = typeof milliseconds === "bigint";
  if (!isBigInt && !Number.isFinite(milliseconds)) {
    throw new TypeError("Expected a finite number or bigint");
  }
  options = { ...options };
  const sign = milliseconds < 0 ? "-" : "";
  milliseconds = milliseconds < 0 ? -milliseconds : milliseconds;
  if (options.colonNotation) {
    options.compact = false;
    options.formatSubMilliseconds = false;
    options.separateMilliseconds = false;
    options.verbose = false;
  }
  if (options.compact) {
    options.unitCount = 1;
    options.secondsDecimalDigits = 0;
    options.millisecondsDecimalDigits = 0;
  }
  let result = [];
  const floorDecimals = (value, decimalDigits) => {
    const flooredInterimValue = Math.floor(value * 10 ** decimalDigits + SECOND_ROUNDING_EPSILON);
    const flooredValue = Math.round(flooredInterimValue) / 10 ** decimalDigits;
    return flooredValue.toFixed(decimalDigits);
  };
  const add = (value, long, short, valueString) => {
    if ((result.length === 0 || !options.colonNotation) && isZero(value) && !(options.colonNotation && short === "m")) {
      return;
    }
    valueString ??= String(value);
    if (options.colonNotation) {
      const wholeDigits = valueString.includes(".") ? valueString.split(".")[0].length : valueString.length;
      const minLength = result.length > 0 ? 2 : 1;
      valueString = "0".repeat(Math.max(0, minLength - wholeDigits)) + valueString;
    } else {
      valueString += options.verbose ? " " + pluralize(long, value) : short;
    }
    result.push(valueString);
  };
  const parsed = parseMilliseconds(milliseconds);
  const days = BigInt(parsed.days);
  if (options.hideYearAndDays) {
    add(BigInt(days) * 24n + BigInt(parsed.hours), "hour", "h");
  } else {
    if (options.hideYear) {
      add(days, "day", "d");
    } else {
      add(days / 365n, "year", "y");
      add(days % 365n, "day", "d");
    }
    add(Number(parsed.hours), "hour", "h");
  }
  add(Number(parsed.minutes), "minute", "m");
  if (!options.hideSeconds) {
    if (options.separateMilliseconds || options.formatSubMilliseconds || !options.colonNotation && milliseconds < 1e3 && !options.subSecondsAsDecimals) {
      const seconds2 = Number(parsed.seconds);
      const milliseconds2 = Number(parsed.milliseconds);
      const microseconds = Number(parsed.microseconds);
      const nanoseconds = Number(parsed.nanoseconds);
      add(seconds2, "second", "s");
      if (options.formatSubMilliseconds) {
        add(milliseconds2, "millisecond", "ms");
        add(microseconds, "microsecond", "\xB5s");
        add(nanoseconds, "nanosecond", "ns");
      } else {
        const millisecondsAndBelow = milliseconds2 + microseconds / 1e3 + nanoseconds / 1e6;
        const millisecondsDecimalDigits = typeof options.millisecondsDecimalDigits === "number" ? options.millisecondsDecimalDigits : 0;
        const roundedMilliseconds = millisecondsAndBelow >= 1 ? Math.round(millisecondsAndBelow) : Math.ceil(millisecondsAndBelow);
        const maximumMilliseconds = 1e3 - 10 ** -millisecondsDecimalDigits;
        const millisecondsString = millisecondsDecimalDigits ? Math.min(millisecondsAndBelow, maximumMilliseconds).toFixed(millisecondsDecimalDigits) : Math.min(roundedMilliseconds, maximumMilliseconds);
        add(
          Number.parseFloat(millisecondsString),
          "millisecond",
          "ms",
          millisecondsString
        );
      }
    } else {
      const seconds2 = (isBigInt ? Number(milliseconds % ONE_DAY_IN_MILLISECONDS) : milliseconds) / 1e3 % 60;
      const secondsDecimalDigits = typeof options.secondsDecimalDigits === "number" ? options.secondsDecimalDigits : 1;
      const secondsFixed = floorDecimals(seconds2, secondsDecimalDigits);
      const secondsString = options.keepDecimalsOnWholeSeconds ? secondsFixed : secondsFixed.replace(/\.0+$/, "");
      add(Number.parseFloat(secondsString), "second", "s", secondsString);
    }
  }
  if (result.length === 0) {
    return sign + "0" + (options.verbose ? " milliseconds" : "ms");
  }
  const separator = options.colonNotation ? ":" : " ";
  if (typeof options.unitCount === "number") {
    result = result.slice(0, Math.max(options.unitCount, 1));
  }
  return sign + result.join(separator);
}

// node_modules/execa/lib/verbose/error.js
var logError = (result, verboseInfo) => {
  if (result.failed) {
    verboseLog({
      type: "error",
      verboseMessage: result.shortMessage,
      verboseInfo,
      result
    });
  }
};

// node_modules/execa/lib/verbose/complete.js
var logResult = (result, verboseInfo) => {
  if (!isVerbose(verboseInfo)) {
    return;
  }
  logError(result, verboseInfo);
  logDuration(result, verboseInfo);
};
var logDuration = (result, verboseInfo) => {
  const verboseMessage = `(done in ${prettyMilliseconds(result.durationMs)})`;
  verboseLog({
    type: "duration",
    verboseMessage,
    verboseInfo,
    result
  });
};

// node_modules/execa/lib/return/reject.js
var handleResult = (result, verboseInfo, { reject }) => {
  logResult(result, verboseInfo);
  if (result.failed && reject) {
    throw result;
  }
  return result;
};

// node_modules/execa/lib/stdio/handle-sync.js
var import_node_fs4 = require("node:fs");

// node_modules/execa/lib/stdio/type.js
var getStdioItemType = (value, optionName) => {
  if (isAsyncGenerator(value)) {
    return "asyncGenerator";
  }
  if (isSyncGenerator(value)) {
    return "generator";
  }
  if (isUrl(value)) {
    return "fileUrl";
  }
  if (isFilePathObject(value)) {
    return "filePath";
  }
  if (isWebStream(value)) {
    return "webStream";
  }
  if (isStream(value, { checkOpen: false })) {
    return "native";
  }
  if (isUint8Array(value)) {
    return "uint8Array";
  }
  if (isAsyncIterableObject(value)) {
    return "asyncIterable";
  }
  if (isIterableObject(value)) {
    return "iterable";
  }
  if (isTransformStream(value)) {
    return getTransformStreamType({ transform: value }, optionName);
  }
  if (isTransformOptions(value)) {
    return getTransformObjectType(value, optionName);
  }
  return "native";
};
var getTransformObjectType = (value, optionName) => {
  if (isDuplexStream(value.transform, { checkOpen: false })) {
    return getDuplexType(value, optionName);
  }
  if (isTransformStream(value.transform)) {
    return getTransformStreamType(value, optionName);
  }
  return getGeneratorObjectType(value, optionName);
};
var getDuplexType = (value, optionName) => {
  validateNonGeneratorType(value, optionName, "Duplex stream");
  return "duplex";
};
var getTransformStreamType = (value, optionName) => {
  validateNonGeneratorType(value, optionName, "web TransformStream");
  return "webTransform";
};
var validateNonGeneratorType = ({ final, binary, objectMode }, optionName, typeName) => {
  checkUndefinedOption(final, `${optionName}.final`, typeName);
  checkUndefinedOption(binary, `${optionName}.binary`, typeName);
  checkBooleanOption(objectMode, `${optionName}.objectMode`);
};
var checkUndefinedOption = (value, optionName, typeName) => {
  if (value !== void 0) {
    throw new TypeError(`The \`${optionName}\` option can only be defined when using a generator, not a ${typeName}.`);
  }
};
var getGeneratorObjectType = ({ transform, final, binary, objectMode }, optionName) => {
  if (transform !== void 0 && !isGenerator(transform)) {
    throw new TypeError(`The \`${optionName}.transform\` option must be a generator, a Duplex stream or a web TransformStream.`);
  }
  if (isDuplexStream(final, { checkOpen: false })) {
    throw new TypeError(`The \`${optionName}.final\` option must not be a Duplex stream.`);
  }
  if (isTransformStream(final)) {
    throw new TypeError(`The \`${optionName}.final\` option must not be a web TransformStream.`);
  }
  if (final !== void 0 && !isGenerator(final)) {
    throw new TypeError(`The \`${optionName}.final\` option must be a generator.`);
  }
  checkBooleanOption(binary, `${optionName}.binary`);
  checkBooleanOption(objectMode, `${optionName}.objectMode`);
  return isAsyncGenerator(transform) || isAsyncGenerator(final) ? "asyncGenerator" : "generator";
};
var checkBooleanOption = (value, optionName) => {
  if (value !== void 0 && typeof value !== "boolean") {
    throw new TypeError(`The \`${optionName}\` option must use a boolean.`);
  }
};
var isGenerator = (value) => isAsyncGenerator(value) || isSyncGenerator(value);
var isAsyncGenerator = (value) => Object.prototype.toString.call(value) === "[object AsyncGeneratorFunction]";
var isSyncGenerator = (value) => Object.prototype.toString.call(value) === "[object GeneratorFunction]";
var isTransformOptions = (value) => isPlainObject(value) && (value.transform !== void 0 || value.final !== void 0);
var isUrl = (value) => Object.prototype.toString.call(value) === "[object URL]";
var isRegularUrl = (value) => isUrl(value) && value.protocol !== "file:";
var isFilePathObject = (value) => isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => FILE_PATH_KEYS.has(key)) && isFilePathString(value.file);
var FILE_PATH_KEYS = /* @__PURE__ */ new Set(["file", "append"]);
var isFilePathString = (file) => typeof file === "string";
var isUnknownStdioString = (type, value) => type === "native" && typeof value === "string" && !KNOWN_STDIO_STRINGS.has(value);
var KNOWN_STDIO_STRINGS = /* @__PURE__ */ new Set(["ipc", "ignore", "inherit", "overlapped", "pipe"]);
var isReadableStream2 = (value) => Object.prototype.toString.call(value) === "[object ReadableStream]";
var isWritableStream2 = (value) => Object.prototype.toString.call(value) === "[object WritableStream]";
var isWebStream = (value) => isReadableStream2(value) || isWritableStream2(value);
var isTransformStream = (value) => isReadableStream2(value?.readable) && isWritableStream2(value?.writable);
var isAsyncIterableObject = (value) => isObject(value) && typeof value[Symbol.asyncIterator] === "function";
var isIterableObject = (value) => isObject(value) && typeof value[Symbol.iterator] === "function";
var isObject = (value) => typeof value === "object" && value !== null;
var TRANSFORM_TYPES = /* @__PURE__ */ new Set(["generator", "asyncGenerator", "duplex", "webTransform"]);
var FILE_TYPES = /* @__PURE__ */ new Set(["fileUrl", "filePath", "fileNumber"]);
var SPECIAL_DUPLICATE_TYPES_SYNC = /* @__PURE__ */ new Set(["fileUrl", "filePath"]);
var SPECIAL_DUPLICATE_TYPES = /* @__PURE__ */ new Set([...SPECIAL_DUPLICATE_TYPES_SYNC, "webStream", "nodeStream"]);
var FORBID_DUPLICATE_TYPES = /* @__PURE__ */ new Set(["webTransform", "duplex"]);
var TYPE_TO_MESSAGE = {
  generator: "a generator",
  asyncGenerator: "an async generator",
  fileUrl: "a file URL",
  filePath: "a file path string",
  fileNumber: "a file descriptor number",
  webStream: "a web stream",
  nodeStream: "a Node.js stream",
  webTransform: "a web TransformStream",
  duplex: "a Duplex stream",
  native: "any value",
  iterable: "an iterable",
  asyncIterable: "an async iterable",
  string: "a string",
  uint8Array: "a Uint8Array"
};

// node_modules/execa/lib/transform/object-mode.js
var getTransformObjectModes = (objectMode, index, newTransforms, direction) => direction === "output" ? getOutputObjectModes(objectMode, index, newTransforms) : getInputObjectModes(objectMode, index, newTransforms);
var getOutputObjectModes = (objectMode, index, newTransforms) => {
  const writableObjectMode = index !== 0 && newTransforms[index - 1].value.readableObjectMode;
  const readableObjectMode = objectMode ?? writableObjectMode;
  return { writableObjectMode, readableObjectMode };
};
var getInputObjectModes = (objectMode, index, newTransforms) => {
  const writableObjectMode = index === 0 ? objectMode === true : newTransforms[index - 1].value.readableObjectMode;
  const readableObjectMode = index !== newTransforms.length - 1 && (objectMode ?? writableObjectMode);
  return { writableObjectMode, readableObjectMode };
};
var getFdObjectMode = (stdioItems, direction) => {
  const lastTransform = stdioItems.findLast(({ type }) => TRANSFORM_TYPES.has(type));
  if (lastTransform === void 0) {
    return false;
  }
  return direction === "input" ? lastTransform.value.writableObjectMode : lastTransform.value.readableObjectMode;
};

// node_modules/execa/lib/transform/normalize.js
var normalizeTransforms = (stdioItems, optionName, direction, options) => [
  ...stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type)),
  ...getTransforms(stdioItems, optionName, direction, options)
];
var getTransforms = (stdioItems, optionName, direction, { encoding }) => {
  const transforms = stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type));
  const newTransforms = Array.from({ length: transforms.length });
  for (const [index, stdioItem] of Object.entries(transforms)) {
    newTransforms[index] = normalizeTransform({
      stdioItem,
      index: Number(index),
      newTransforms,
      optionName,
      direction,
      encoding
    });
  }
  return sortTransforms(newTransforms, direction);
};
var normalizeTransform = ({ stdioItem, stdioItem: { type }, index, newTransforms, optionName, direction, encoding }) => {
  if (type === "duplex") {
    return normalizeDuplex({ stdioItem, optionName });
  }
  if (type === "webTransform") {
    return normalizeTransformStream({
      stdioItem,
      index,
      newTransforms,
      direction
    });
  }
  return normalizeGenerator({
    stdioItem,
    index,
    newTransforms,
    direction,
    encoding
  });
};
var normalizeDuplex = ({
  stdioItem,
  stdioItem: {
    value: {
      transform,
      transform: { writableObjectMode, readableObjectMode },
      objectMode = readableObjectMode
    }
  },
  optionName
}) => {
  if (objectMode && !readableObjectMode) {
    throw new TypeError(`The \`${optionName}.objectMode\` option can only be \`true\` if \`new Duplex({objectMode: true})\` is used.`);
  }
  if (!objectMode && readableObjectMode) {
    throw new TypeError(`The \`${optionName}.objectMode\` option cannot be \`false\` if \`new Duplex({objectMode: true})\` is used.`);
  }
  return {
    ...stdioItem,
    value: { transform, writableObjectMode, readableObjectMode }
  };
};
var normalizeTransformStream = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction }) => {
  const { transform, objectMode } = isPlainObject(value) ? value : { transform: value };
  const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index, newTransforms, direction);
  return {
    ...stdioItem,
    value: { transform, writableObjectMode, readableObjectMode }
  };
};
var normalizeGenerator = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction, encoding }) => {
  const {
    transform,
    final,
    binary: binaryOption = false,
    preserveNewlines = false,
    objectMode
  } = isPlainObject(value) ? value : { transform: value };
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index, newTransforms, direction);
  return {
    ...stdioItem,
    value: {
      transform,
      final,
      binary,
      preserveNewlines,
      writableObjectMode,
      readableObjectMode
    }
  };
};
var sortTransforms = (newTransforms, direction) => direction === "input" ? newTransforms.reverse() : newTransforms;

// node_modules/execa/lib/stdio/direction.js
var import_node_process9 = __toESM(require("node:process"), 1);
var getStreamDirection = (stdioItems, fdNumber, optionName) => {
  const directions = stdioItems.map((stdioItem) => getStdioItemDirection(stdioItem, fdNumber));
  if (directions.includes("input") && directions.includes("output")) {
    throw new TypeError(`The \`${optionName}\` option must not be an array of both readable and writable values.`);
  }
  return directions.find(Boolean) ?? DEFAULT_DIRECTION;
};
var getStdioItemDirection = ({ type, value }, fdNumber) => KNOWN_DIRECTIONS[fdNumber] ?? guessStreamDirection[type](value);
var KNOWN_DIRECTIONS = ["input", "output", "output"];
var anyDirection = () => void 0;
var alwaysInput = () => "input";
var guessStreamDirection = {
  generator: anyDirection,
  asyncGenerator: anyDirection,
  fileUrl: anyDirection,
  filePath: anyDirection,
  iterable: alwaysInput,
  asyncIterable: alwaysInput,
  uint8Array: alwaysInput,
  webStream: (value) => isWritableStream2(value) ? "output" : "input",
  nodeStream(value) {
    if (!isReadableStream(value, { checkOpen: false })) {
      return "output";
    }
    return isWritableStream(value, { checkOpen: false }) ? void 0 : "input";
  },
  webTransform: anyDirection,
  duplex: anyDirection,
  native(value) {
    const standardStreamDirection = getStandardStreamDirection(value);
    if (standardStreamDirection !== void 0) {
      return standardStreamDirection;
    }
    if (isStream(value, { checkOpen: false })) {
      return guessStreamDirection.nodeStream(value);
    }
  }
};
var getStandardStreamDirection = (value) => {
  if ([0, import_node_process9.default.stdin].includes(value)) {
    return "input";
  }
  if ([1, 2, import_node_process9.default.stdout, import_node_process9.default.stderr].includes(value)) {
    return "output";
  }
};
var DEFAULT_DIRECTION = "output";

// node_modules/execa/lib/ipc/array.js
var normalizeIpcStdioArray = (stdioArray, ipc) => ipc && !stdioArray.includes("ipc") ? [...stdioArray, "ipc"] : stdioArray;

// node_modules/execa/lib/stdio/stdio-option.js
var normalizeStdioOption = ({ stdio, ipc, buffer, ...options }, verboseInfo, isSync) => {
  const stdioArray = getStdioArray(stdio, options).map((stdioOption, fdNumber) => addDefaultValue2(stdioOption, fdNumber));
  return isSync ? normalizeStdioSync(stdioArray, buffer, verboseInfo) : normalizeIpcStdioArray(stdioArray, ipc);
};
var getStdioArray = (stdio, options) => {
  if (stdio === void 0) {
    return STANDARD_STREAMS_ALIASES.map((alias) => options[alias]);
  }
  if (hasAlias(options)) {
    throw new Error(`It's not possible to provide \`stdio\` in combination with one of ${STANDARD_STREAMS_ALIASES.map((alias) => `\`${alias}\``).join(", ")}`);
  }
  if (typeof stdio === "string") {
    return [stdio, stdio, stdio];
  }
  if (!Array.isArray(stdio)) {
    throw new TypeError(`Expected \`stdio\` to be of type \`string\` or \`Array\`, got \`${typeof stdio}\``);
  }
  const length = Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length);
  return Array.from({ length }, (_, fdNumber) => stdio[fdNumber]);
};
var hasAlias = (options) => STANDARD_STREAMS_ALIASES.some((alias) => options[alias] !== void 0);
var addDefaultValue2 = (stdioOption, fdNumber) => {
  if (Array.isArray(stdioOption)) {
    return stdioOption.map((item) => addDefaultValue2(item, fdNumber));
  }
  if (stdioOption === null || stdioOption === void 0) {
    return fdNumber >= STANDARD_STREAMS_ALIASES.length ? "ignore" : "pipe";
  }
  return stdioOption;
};
var normalizeStdioSync = (stdioArray, buffer, verboseInfo) => stdioArray.map((stdioOption, fdNumber) => !buffer[fdNumber] && fdNumber !== 0 && !isFullVerbose(verboseInfo, fdNumber) && isOutputPipeOnly(stdioOption) ? "ignore" : stdioOption);
var isOutputPipeOnly = (stdioOption) => stdioOption === "pipe" || Array.isArray(stdioOption) && stdioOption.every((item) => item === "pipe");

// node_modules/execa/lib/stdio/native.js
var import_node_fs3 = require("node:fs");
var import_node_tty2 = __toESM(require("node:tty"), 1);
var handleNativeStream = ({ stdioItem, stdioItem: { type }, isStdioArray, fdNumber, direction, isSync }) => {
  if (!isStdioArray || type !== "native") {
    return stdioItem;
  }
  return isSync ? handleNativeStreamSync({ stdioItem, fdNumber, direction }) : handleNativeStreamAsync({ stdioItem, fdNumber });
};
var handleNativeStreamSync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber, direction }) => {
  const targetFd = getTargetFd({
    value,
    optionName,
    fdNumber,
    direction
  });
  if (targetFd !== void 0) {
    return targetFd;
  }
  if (isStream(value, { checkOpen: false })) {
    throw new TypeError(`The \`${optionName}: Stream\` option cannot both be an array and include a stream with synchronous methods.`);
  }
  return stdioItem;
};
var getTargetFd = ({ value, optionName, fdNumber, direction }) => {
  const targetFdNumber = getTargetFdNumber(value, fdNumber);
  if (targetFdNumber === void 0) {
    return;
  }
  if (direction === "output") {
    return { type: "fileNumber", value: targetFdNumber, optionName };
  }
  if (import_node_tty2.default.isatty(targetFdNumber)) {
    throw new TypeError(`The \`${optionName}: ${serializeOptionValue(value)}\` option is invalid: it cannot be a TTY with synchronous methods.`);
  }
  return { type: "uint8Array", value: bufferToUint8Array((0, import_node_fs3.readFileSync)(targetFdNumber)), optionName };
};
var getTargetFdNumber = (value, fdNumber) => {
  if (value === "inherit") {
    return fdNumber;
  }
  if (typeof value === "number") {
    return value;
  }
  const standardStreamIndex = STANDARD_STREAMS.indexOf(value);
  if (standardStreamIndex !== -1) {
    return standardStreamIndex;
  }
};
var handleNativeStreamAsync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber }) => {
  if (value === "inherit") {
    return { type: "nodeStream", value: getStandardStream(fdNumber, value, optionName), optionName };
  }
  if (typeof value === "number") {
    return { type: "nodeStream", value: getStandardStream(value, value, optionName), optionName };
  }
  if (isStream(value, { checkOpen: false })) {
    return { type: "nodeStream", value, optionName };
  }
  return stdioItem;
};
var getStandardStream = (fdNumber, value, optionName) => {
  const standardStream = STANDARD_STREAMS[fdNumber];
  if (standardStream === void 0) {
    throw new TypeError(`The \`${optionName}: ${value}\` option is invalid: no such standard stream.`);
  }
  return standardStream;
};

// node_modules/execa/lib/stdio/input-option.js
var handleInputOptions = ({ input, inputFile }, fdNumber) => fdNumber === 0 ? [
  ...handleInputOption(input),
  ...handleInputFileOption(inputFile)
] : [];
var handleInputOption = (input) => input === void 0 ? [] : [{
  type: getInputType(input),
  value: input,
  optionName: "input"
}];
var getInputType = (input) => {
  if (isReadableStream(input, { checkOpen: false })) {
    return "nodeStream";
  }
  if (typeof input === "string") {
    return "string";
  }
  if (isUint8Array(input)) {
    return "uint8Array";
  }
  throw new Error("The `input` option must be a string, a Uint8Array or a Node.js Readable stream.");
};
var handleInputFileOption = (inputFile) => inputFile === void 0 ? [] : [{
  ...getInputFileType(inputFile),
  optionName: "inputFile"
}];
var getInputFileType = (inputFile) => {
  if (isUrl(inputFile)) {
    return { type: "fileUrl", value: inputFile };
  }
  if (isFilePathString(inputFile)) {
    return { type: "filePath", value: { file: inputFile } };
  }
  throw new Error("The `inputFile` option must be a file path string or a file URL.");
};

// node_modules/execa/lib/stdio/duplicate.js
var filterDuplicates = (stdioItems) => stdioItems.filter((stdioItemOne, indexOne) => stdioItems.every((stdioItemTwo, indexTwo) => stdioItemOne.value !== stdioItemTwo.value || indexOne >= indexTwo || stdioItemOne.type === "generator" || stdioItemOne.type === "asyncGenerator"));
var getDuplicateStream = ({ stdioItem: { type, value, optionName }, direction, fileDescriptors, isSync }) => {
  const otherStdioItems = getOtherStdioItems(fileDescriptors, type);
  if (otherStdioItems.length === 0) {
    return;
  }
  if (isSync) {
    validateDuplicateStreamSync({
      otherStdioItems,
      type,
      value,
      optionName,
      direction
    });
    return;
  }
  if (SPECIAL_DUPLICATE_TYPES.has(type)) {
    return getDuplicateStreamInstance({
      otherStdioItems,
      type,
      value,
      optionName,
      direction
    });
  }
  if (FORBID_DUPLICATE_TYPES.has(type)) {
    validateDuplicateTransform({
      otherStdioItems,
      type,
      value,
      optionName
    });
  }
};
var getOtherStdioItems = (fileDescriptors, type) => fileDescriptors.flatMap(({ direction, stdioItems }) => stdioItems.filter((stdioItem) => stdioItem.type === type).map(((stdioItem) => ({ ...stdioItem, direction }))));
var validateDuplicateStreamSync = ({ otherStdioItems, type, value, optionName, direction }) => {
  if (SPECIAL_DUPLICATE_TYPES_SYNC.has(type)) {
    getDuplicateStreamInstance({
      otherStdioItems,
      type,
      value,
      optionName,
      direction
    });
  }
};
var getDuplicateStreamInstance = ({ otherStdioItems, type, value, optionName, direction }) => {
  const duplicateStdioItems = otherStdioItems.filter((stdioItem) => hasSameValue(stdioItem, value));
  if (duplicateStdioItems.length === 0) {
    return;
  }
  const differentStdioItem = duplicateStdioItems.find((stdioItem) => stdioItem.direction !== direction);
  throwOnDuplicateStream(differentStdioItem, optionName, type);
  return direction === "output" ? duplicateStdioItems[0].stream : void 0;
};
var hasSameValue = ({ type, value }, secondValue) => {
  if (type === "filePath") {
    return value.file === secondValue.file;
  }
  if (type === "fileUrl") {
    return value.href === secondValue.href;
  }
  return value === secondValue;
};
var validateDuplicateTransform = ({ otherStdioItems, type, value, optionName }) => {
  const duplicateStdioItem = otherStdioItems.find(({ value: { transform } }) => transform === value.transform);
  throwOnDuplicateStream(duplicateStdioItem, optionName, type);
};
var throwOnDuplicateStream = (stdioItem, optionName, type) => {
  if (stdioItem !== void 0) {
    throw new TypeError(`The \`${stdioItem.optionName}\` and \`${optionName}\` options must not target ${TYPE_TO_MESSAGE[type]} that is the same.`);
  }
};

// node_modules/execa/lib/stdio/handle.js
var handleStdio = (addProperties3, options, verboseInfo, isSync) => {
  const stdio = normalizeStdioOption(options, verboseInfo, isSync);
  const initialFileDescriptors = stdio.map((stdioOption, fdNumber) => getFileDescriptor({
    stdioOption,
    fdNumber,
    options,
    isSync
  }));
  const fileDescriptors = getFinalFileDescriptors({
    initialFileDescriptors,
    addProperties: addProperties3,
    options,
    isSync
  });
  options.stdio = fileDescriptors.map(({ stdioItems }) => forwardStdio(stdioItems));
  return fileDescriptors;
};
var getFileDescriptor = ({ stdioOption, fdNumber, options, isSync }) => {
  const optionName = getStreamName(fdNumber);
  const { stdioItems: initialStdioItems, isStdioArray } = initializeStdioItems({
    stdioOption,
    fdNumber,
    options,
    optionName
  });
  const direction = getStreamDirection(initialStdioItems, fdNumber, optionName);
  const stdioItems = initialStdioItems.map((stdioItem) => handleNativeStream({
    stdioItem,
    isStdioArray,
    fdNumber,
    direction,
    isSync
  }));
  const normalizedStdioItems = normalizeTransforms(stdioItems, optionName, direction, options);
  const objectMode = getFdObjectMode(normalizedStdioItems, direction);
  validateFileObjectMode(normalizedStdioItems, objectMode);
  return { direction, objectMode, stdioItems: normalizedStdioItems };
};
var initializeStdioItems = ({ stdioOption, fdNumber, options, optionName }) => {
  const values = Array.isArray(stdioOption) ? stdioOption : [stdioOption];
  const initialStdioItems = [
    ...values.map((value) => initializeStdioItem(value, optionName)),
    ...handleInputOptions(options, fdNumber)
  ];
  const stdioItems = filterDuplicates(initialStdioItems);
  const isStdioArray = stdioItems.length > 1;
  validateStdioArray(stdioItems, isStdioArray, optionName);
  validateStreams(stdioItems);
  return { stdioItems, isStdioArray };
};
var initializeStdioItem = (value, optionName) => ({
  type: getStdioItemType(value, optionName),
  value,
  optionName
});
var validateStdioArray = (stdioItems, isStdioArray, optionName) => {
  if (stdioItems.length === 0) {
    throw new TypeError(`The \`${optionName}\` option must not be an empty array.`);
  }
  if (!isStdioArray) {
    return;
  }
  for (const { value, optionName: optionName2 } of stdioItems) {
    if (INVALID_STDIO_ARRAY_OPTIONS.has(value)) {
      throw new Error(`The \`${optionName2}\` option must not include \`${value}\`.`);
    }
  }
};
var INVALID_STDIO_ARRAY_OPTIONS = /* @__PURE__ */ new Set(["ignore", "ipc"]);
var validateStreams = (stdioItems) => {
  for (const stdioItem of stdioItems) {
    validateFileStdio(stdioItem);
  }
};
var validateFileStdio = ({ type, value, optionName }) => {
  if (isRegularUrl(value)) {
    throw new TypeError(`The \`${optionName}: URL\` option must use the \`file:\` scheme.
For example, you can use the \`pathToFileURL()\` method of the \`url\` core module.`);
  }
  if (isUnknownStdioString(type, value)) {
    throw new TypeError(`The \`${optionName}: { file: '...' }\` option must be used instead of \`${optionName}: '...'\`.`);
  }
};
var validateFileObjectMode = (stdioItems, objectMode) => {
  if (!objectMode) {
    return;
  }
  const fileStdioItem = stdioItems.find(({ type }) => FILE_TYPES.has(type));
  if (fileStdioItem !== void 0) {
    throw new TypeError(`The \`${fileStdioItem.optionName}\` option cannot use both files and transforms in objectMode.`);
  }
};
var getFinalFileDescriptors = ({ initialFileDescriptors, addProperties: addProperties3, options, isSync }) => {
  const fileDescriptors = [];
  try {
    for (const fileDescriptor of initialFileDescriptors) {
      fileDescriptors.push(getFinalFileDescriptor({
        fileDescriptor,
        fileDescriptors,
        addProperties: addProperties3,
        options,
        isSync
      }));
    }
    return fileDescriptors;
  } catch (error) {
    cleanupCustomStreams(fileDescriptors);
    throw error;
  }
};
var getFinalFileDescriptor = ({
  fileDescriptor: { direction, objectMode, stdioItems },
  fileDescriptors,
  addProperties: addProperties3,
  options,
  isSync
}) => {
  const finalStdioItems = stdioItems.map((stdioItem) => addStreamProperties({
    stdioItem,
    addProperties: addProperties3,
    direction,
    options,
    fileDescriptors,
    isSync
  }));
  return { direction, objectMode, stdioItems: finalStdioItems };
};
var addStreamProperties = ({ stdioItem, addProperties: addProperties3, direction, options, fileDescriptors, isSync }) => {
  const duplicateStream = getDuplicateStream({
    stdioItem,
    direction,
    fileDescriptors,
    isSync
  });
  if (duplicateStream !== void 0) {
    return { ...stdioItem, stream: duplicateStream };
  }
  return {
    ...stdioItem,
    ...addProperties3[direction][stdioItem.type](stdioItem, options)
  };
};
var cleanupCustomStreams = (fileDescriptors) => {
  for (const { stdioItems } of fileDescriptors) {
    for (const { stream } of stdioItems) {
      if (stream !== void 0 && !isStandardStream(stream)) {
        stream.destroy();
      }
    }
  }
};
var forwardStdio = (stdioItems) => {
  if (stdioItems.length > 1) {
    return stdioItems.some(({ value: value2 }) => value2 === "overlapped") ? "overlapped" : "pipe";
  }
  const [{ type, value }] = stdioItems;
  return type === "native" ? value : "pipe";
};

// node_modules/execa/lib/stdio/handle-sync.js
var handleStdioSync = (options, verboseInfo) => handleStdio(addPropertiesSync, options, verboseInfo, true);
var forbiddenIfSync = ({ type, optionName }) => {
  throwInvalidSyncValue(optionName, TYPE_TO_MESSAGE[type]);
};
var forbiddenNativeIfSync = ({ optionName, value }) => {
  if (value === "ipc" || value === "overlapped") {
    throwInvalidSyncValue(optionName, `"${value}"`);
  }
  return {};
};
var throwInvalidSyncValue = (optionName, value) => {
  throw new TypeError(`The \`${optionName}\` option cannot be ${value} with synchronous methods.`);
};
var addProperties = {
  generator() {
  },
  asyncGenerator: forbiddenIfSync,
  webStream: forbiddenIfSync,
  nodeStream: forbiddenIfSync,
  webTransform: forbiddenIfSync,
  duplex: forbiddenIfSync,
  asyncIterable: forbiddenIfSync,
  native: forbiddenNativeIfSync
};
var addPropertiesSync = {
  input: {
    ...addProperties,
    fileUrl: ({ value }) => ({ contents: [bufferToUint8Array((0, import_node_fs4.readFileSync)(value))] }),
    filePath: ({ value: { file } }) => ({ contents: [bufferToUint8Array((0, import_node_fs4.readFileSync)(file))] }),
    fileNumber: forbiddenIfSync,
    iterable: ({ value }) => ({ contents: [...value] }),
    string: ({ value }) => ({ contents: [value] }),
    uint8Array: ({ value }) => ({ contents: [value] })
  },
  output: {
    ...addProperties,
    fileUrl: ({ value }) => ({ path: value }),
    filePath: ({ value: { file, append } }) => ({ path: file, append }),
    fileNumber: ({ value }) => ({ path: value }),
    iterable: forbiddenIfSync,
    string: forbiddenIfSync,
    uint8Array: forbiddenIfSync
  }
};

// node_modules/execa/lib/io/strip-newline.js
var stripNewline = (value, { stripFinalNewline: stripFinalNewline2 }, fdNumber) => getStripFinalNewline(stripFinalNewline2, fdNumber) && value !== void 0 && !Array.isArray(value) ? stripFinalNewline(value) : value;
var getStripFinalNewline = (stripFinalNewline2, fdNumber) => fdNumber === "all" ? stripFinalNewline2[1] || stripFinalNewline2[2] : stripFinalNewline2[fdNumber];

// node_modules/execa/lib/transform/generator.js
var import_node_stream = require("node:stream");

// node_modules/execa/lib/transform/split.js
var getSplitLinesGenerator = (binary, preserveNewlines, skipped, state) => binary || skipped ? void 0 : initializeSplitLines(preserveNewlines, state);
var splitLinesSync = (chunk, preserveNewlines, objectMode) => objectMode ? chunk.flatMap((item) => splitLinesItemSync(item, preserveNewlines)) : splitLinesItemSync(chunk, preserveNewlines);
var splitLinesItemSync = (chunk, preserveNewlines) => {
  const { transform, final } = initializeSplitLines(preserveNewlines, {});
  return [...transform(chunk), ...final()];
};
var initializeSplitLines = (preserveNewlines, state) => {
  state.previousChunks = "";
  return {
    transform: splitGenerator.bind(void 0, state, preserveNewlines),
    final: linesFinal.bind(void 0, state)
  };
};
var splitGenerator = function* (state, preserveNewlines, chunk) {
  if (typeof chunk !== "string") {
    yield chunk;
    return;
  }
  let { previousChunks } = state;
  let start = -1;
  for (let end = 0; end < chunk.length; end += 1) {
    if (chunk[end] === "\n") {
      const newlineLength = getNewlineLength(chunk, end, preserveNewlines, state);
      let line = chunk.slice(start + 1, end + 1 - newlineLength);
      if (previousChunks.length > 0) {
        line = concatString(previousChunks, line);
        previousChunks = "";
      }
      yield line;
      start = end;
    }
  }
  if (start !== chunk.length - 1) {
    previousChunks = concatString(previousChunks, chunk.slice(start + 1));
  }
  state.previousChunks = previousChunks;
};
var getNewlineLength = (chunk, end, preserveNewlines, state) => {
  if (preserveNewlines) {
    return 0;
  }
  state.isWindowsNewline = end !== 0 && chunk[end - 1] === "\r";
  return state.isWindowsNewline ? 2 : 1;
};
var linesFinal = function* ({ previousChunks }) {
  if (previousChunks.length > 0) {
    yield previousChunks;
  }
};
var getAppendNewlineGenerator = ({ binary, preserveNewlines, readableObjectMode, state }) => binary || preserveNewlines || readableObjectMode ? void 0 : { transform: appendNewlineGenerator.bind(void 0, state) };
var appendNewlineGenerator = function* ({ isWindowsNewline = false }, chunk) {
  const { unixNewline, windowsNewline, LF: LF2, concatBytes } = typeof chunk === "string" ? linesStringInfo : linesUint8ArrayInfo;
  if (chunk.at(-1) === LF2) {
    yield chunk;
    return;
  }
  const newline = isWindowsNewline ? windowsNewline : unixNewline;
  yield concatBytes(chunk, newline);
};
var concatString = (firstChunk, secondChunk) => `${firstChunk}${secondChunk}`;
var linesStringInfo = {
  windowsNewline: "\r\n",
  unixNewline: "\n",
  LF: "\n",
  concatBytes: concatString
};
var concatUint8Array = (firstChunk, secondChunk) => {
  const chunk = new Uint8Array(firstChunk.length + secondChunk.length);
  chunk.set(firstChunk, 0);
  chunk.set(secondChunk, firstChunk.length);
  return chunk;
};
var linesUint8ArrayInfo = {
  windowsNewline: new Uint8Array([13, 10]),
  unixNewline: new Uint8Array([10]),
  LF: 10,
  concatBytes: concatUint8Array
};

// node_modules/execa/lib/transform/validate.js
var import_node_buffer = require("node:buffer");
var getValidateTransformInput = (writableObjectMode, optionName) => writableObjectMode ? void 0 : validateStringTransformInput.bind(void 0, optionName);
var validateStringTransformInput = function* (optionName, chunk) {
  if (typeof chunk !== "string" && !isUint8Array(chunk) && !import_node_buffer.Buffer.isBuffer(chunk)) {
    throw new TypeError(`The \`${optionName}\` option's transform must use "objectMode: true" to receive as input: ${typeof chunk}.`);
  }
  yield chunk;
};
var getValidateTransformReturn = (readableObjectMode, optionName) => readableObjectMode ? validateObjectTransformReturn.bind(void 0, optionName) : validateStringTransformReturn.bind(void 0, optionName);
var validateObjectTransformReturn = function* (optionName, chunk) {
  validateEmptyReturn(optionName, chunk);
  yield chunk;
};
var validateStringTransformReturn = function* (optionName, chunk) {
  validateEmptyReturn(optionName, chunk);
  if (typeof chunk !== "string" && !isUint8Array(chunk)) {
    throw new TypeError(`The \`${optionName}\` option's function must yield a string or an Uint8Array, not ${typeof chunk}.`);
  }
  yield chunk;
};
var validateEmptyReturn = (optionName, chunk) => {
  if (chunk === null || chunk === void 0) {
    throw new TypeError(`The \`${optionName}\` option's function must not call \`yield ${chunk}\`.
Instead, \`yield\` should either be called with a value, or not be called at all. For example:
  if (condition) { yield value; }`);
  }
};

// node_modules/execa/lib/transform/encoding-transform.js
var import_node_buffer2 = require("node:buffer");
var import_node_string_decoder2 = require("node:string_decoder");
var getEncodingTransformGenerator = (binary, encoding, skipped) => {
  if (skipped) {
    return;
  }
  if (binary) {
    return { transform: encodingUint8ArrayGenerator.bind(void 0, new TextEncoder()) };
  }
  const stringDecoder = new import_node_string_decoder2.StringDecoder(encoding);
  return {
    transform: encodingStringGenerator.bind(void 0, stringDecoder),
    final: encodingStringFinal.bind(void 0, stringDecoder)
  };
};
var encodingUint8ArrayGenerator = function* (textEncoder3, chunk) {
  if (import_node_buffer2.Buffer.isBuffer(chunk)) {
    yield bufferToUint8Array(chunk);
  } else if (typeof chunk === "string") {
    yield textEncoder3.encode(chunk);
  } else {
    yield chunk;
  }
};
var encodingStringGenerator = function* (stringDecoder, chunk) {
  yield isUint8Array(chunk) ? stringDecoder.write(chunk) : chunk;
};
var encodingStringFinal = function* (stringDecoder) {
  const lastChunk = stringDecoder.end();
  if (lastChunk !== "") {
    yield lastChunk;
  }
};

// node_modules/execa/lib/transform/run-async.js
var import_node_util7 = require("node:util");
var pushChunks = (0, import_node_util7.callbackify)(async (getChunks, state, getChunksArguments, transformStream) => {
  state.currentIterable = getChunks(...getChunksArguments);
  try {
    for await (const chunk of state.currentIterable) {
      transformStream.push(chunk);
    }
  } finally {
    delete state.currentIterable;
  }
});
var transformChunk = async function* (chunk, generators, index) {
  if (index === generators.length) {
    yield chunk;
    return;
  }
  const { transform = identityGenerator } = generators[index];
  for await (const transformedChunk of transform(chunk)) {
    yield* transformChunk(transformedChunk, generators, index + 1);
  }
};
var finalChunks = async function* (generators) {
  for (const [index, { final }] of Object.entries(generators)) {
    yield* generatorFinalChunks(final, Number(index), generators);
  }
};
var generatorFinalChunks = async function* (final, index, generators) {
  if (final === void 0) {
    return;
  }
  for await (const finalChunk of final()) {
    yield* transformChunk(finalChunk, generators, index + 1);
  }
};
var destroyTransform = (0, import_node_util7.callbackify)(async ({ currentIterable }, error) => {
  if (currentIterable !== void 0) {
    await (error ? currentIterable.throw(error) : currentIterable.return());
    return;
  }
  if (error) {
    throw error;
  }
});
var identityGenerator = function* (chunk) {
  yield chunk;
};

// node_modules/execa/lib/transform/run-sync.js
var pushChunksSync = (getChunksSync, getChunksArguments, transformStream, done) => {
  try {
    for (const chunk of getChunksSync(...getChunksArguments)) {
      transformStream.push(chunk);
    }
    done();
  } catch (error) {
    done(error);
  }
};
var runTransformSync = (generators, chunks) => [
  ...chunks.flatMap((chunk) => [...transformChunkSync(chunk, generators, 0)]),
  ...finalChunksSync(generators)
];
var transformChunkSync = function* (chunk, generators, index) {
  if (index === generators.length) {
    yield chunk;
    return;
  }
  const { transform = identityGenerator2 } = generators[index];
  for (const transformedChunk of transform(chunk)) {
    yield* transformChunkSync(transformedChunk, generators, index + 1);
  }
};
var finalChunksSync = function* (generators) {
  for (const [index, { final }] of Object.entries(generators)) {
    yield* generatorFinalChunksSync(final, Number(index), generators);
  }
};
var generatorFinalChunksSync = function* (final, index, generators) {
  if (final === void 0) {
    return;
  }
  for (const finalChunk of final()) {
    yield* transformChunkSync(finalChunk, generators, index + 1);
  }
};
var identityGenerator2 = function* (chunk) {
  yield chunk;
};

// node_modules/execa/lib/transform/generator.js
var generatorToStream = ({
  value,
  value: { transform, final, writableObjectMode, readableObjectMode },
  optionName
}, { encoding }) => {
  const state = {};
  const generators = addInternalGenerators(value, encoding, optionName);
  const transformAsync = isAsyncGenerator(transform);
  const finalAsync = isAsyncGenerator(final);
  const transformMethod = transformAsync ? pushChunks.bind(void 0, transformChunk, state) : pushChunksSync.bind(void 0, transformChunkSync);
  const finalMethod = transformAsync || finalAsync ? pushChunks.bind(void 0, finalChunks, state) : pushChunksSync.bind(void 0, finalChunksSync);
  const destroyMethod = transformAsync || finalAsync ? destroyTransform.bind(void 0, state) : void 0;
  const stream = new import_node_stream.Transform({
    writableObjectMode,
    writableHighWaterMark: (0, import_node_stream.getDefaultHighWaterMark)(writableObjectMode),
    readableObjectMode,
    readableHighWaterMark: (0, import_node_stream.getDefaultHighWaterMark)(readableObjectMode),
    transform(chunk, encoding2, done) {
      transformMethod([chunk, generators, 0], this, done);
    },
    flush(done) {
      finalMethod([generators], this, done);
    },
    destroy: destroyMethod
  });
  return { stream };
};
var runGeneratorsSync = (chunks, stdioItems, encoding, isInput) => {
  const generators = stdioItems.filter(({ type }) => type === "generator");
  const reversedGenerators = isInput ? generators.reverse() : generators;
  for (const { value, optionName } of reversedGenerators) {
    const generators2 = addInternalGenerators(value, encoding, optionName);
    chunks = runTransformSync(generators2, chunks);
  }
  return chunks;
};
var addInternalGenerators = ({ transform, final, binary, writableObjectMode, readableObjectMode, preserveNewlines }, encoding, optionName) => {
  const state = {};
  return [
    { transform: getValidateTransformInput(writableObjectMode, optionName) },
    getEncodingTransformGenerator(binary, encoding, writableObjectMode),
    getSplitLinesGenerator(binary, preserveNewlines, writableObjectMode, state),
    { transform, final },
    { transform: getValidateTransformReturn(readableObjectMode, optionName) },
    getAppendNewlineGenerator({
      binary,
      preserveNewlines,
      readableObjectMode,
      state
    })
  ].filter(Boolean);
};

// node_modules/execa/lib/io/input-sync.js
var addInputOptionsSync = (fileDescriptors, options) => {
  for (const fdNumber of getInputFdNumbers(fileDescriptors)) {
    addInputOptionSync(fileDescriptors, fdNumber, options);
  }
};
var getInputFdNumbers = (fileDescriptors) => new Set(Object.entries(fileDescriptors).filter(([, { direction }]) => direction === "input").map(([fdNumber]) => Number(fdNumber)));
var addInputOptionSync = (fileDescriptors, fdNumber, options) => {
  const { stdioItems } = fileDescriptors[fdNumber];
  const allStdioItems = stdioItems.filter(({ contents }) => contents !== void 0);
  if (allStdioItems.length === 0) {
    return;
  }
  if (fdNumber !== 0) {
    const [{ type, optionName }] = allStdioItems;
    throw new TypeError(`Only the \`stdin\` option, not \`${optionName}\`, can be ${TYPE_TO_MESSAGE[type]} with synchronous methods.`);
  }
  const allContents = allStdioItems.map(({ contents }) => contents);
  const transformedContents = allContents.map((contents) => applySingleInputGeneratorsSync(contents, stdioItems));
  options.input = joinToUint8Array(transformedContents);
};
var applySingleInputGeneratorsSync = (contents, stdioItems) => {
  const newContents = runGeneratorsSync(contents, stdioItems, "utf8", true);
  validateSerializable(newContents);
  return joinToUint8Array(newContents);
};
var validateSerializable = (newContents) => {
  const invalidItem = newContents.find((item) => typeof item !== "string" && !isUint8Array(item));
  if (invalidItem !== void 0) {
    throw new TypeError(`The \`stdin\` option is invalid: when passing objects as input, a transform must be used to serialize them to strings or Uint8Arrays: ${invalidItem}.`);
  }
};

// node_modules/execa/lib/io/output-sync.js
var import_node_fs5 = require("node:fs");

// node_modules/execa/lib/verbose/output.js
var shouldLogOutput = ({ stdioItems, encoding, verboseInfo, fdNumber }) => fdNumber !== "all" && isFullVerbose(verboseInfo, fdNumber) && !BINARY_ENCODINGS.has(encoding) && fdUsesVerbose(fdNumber) && (stdioItems.some(({ type, value }) => type === "native" && PIPED_STDIO_VALUES.has(value)) || stdioItems.every(({ type }) => TRANSFORM_TYPES.has(type)));
var fdUsesVerbose = (fdNumber) => fdNumber === 1 || fdNumber === 2;
var PIPED_STDIO_VALUES = /* @__PURE__ */ new Set(["pipe", "overlapped"]);
var logLines = async (linesIterable, stream, fdNumber, verboseInfo) => {
  for await (const line of linesIterable) {
    if (!isPipingStream(stream)) {
      logLine(line, fdNumber, verboseInfo);
    }
  }
};
var logLinesSync = (linesArray, fdNumber, verboseInfo) => {
  for (const line of linesArray) {
    logLine(line, fdNumber, verboseInfo);
  }
};
var isPipingStream = (stream) => stream._readableState.pipes.length > 0;
var logLine = (line, fdNumber, verboseInfo) => {
  const verboseMessage = serializeVerboseMessage(line);
  verboseLog({
    type: "output",
    verboseMessage,
    fdNumber,
    verboseInfo
  });
};

// node_modules/execa/lib/io/output-sync.js
var transformOutputSync = ({ fileDescriptors, syncResult: { output }, options, isMaxBuffer, verboseInfo }) => {
  if (output === null) {
    return { output: Array.from({ length: 3 }) };
  }
  const state = {};
  const outputFiles = /* @__PURE__ */ new Set([]);
  const transformedOutput = output.map((result, fdNumber) => transformOutputResultSync({
    result,
    fileDescriptors,
    fdNumber,
    state,
    outputFiles,
    isMaxBuffer,
    verboseInfo
  }, options));
  return { output: transformedOutput, ...state };
};
var transformOutputResultSync = ({ result, fileDescriptors, fdNumber, state, outputFiles, isMaxBuffer, verboseInfo }, { buffer, encoding, lines: lines2, stripFinalNewline: stripFinalNewline2, maxBuffer }) => {
  if (result === null) {
    return;
  }
  const truncatedResult = truncateMaxBufferSync(result, isMaxBuffer, maxBuffer);
  const uint8ArrayResult = bufferToUint8Array(truncatedResult);
  const { stdioItems, objectMode } = fileDescriptors[fdNumber];
  const chunks = runOutputGeneratorsSync([uint8ArrayResult], stdioItems, encoding, state);
  const { serializedResult, finalResult = serializedResult } = serializeChunks({
    chunks,
    objectMode,
    encoding,
    lines: lines2,
    stripFinalNewline: stripFinalNewline2,
    fdNumber
  });
  logOutputSync({
    serializedResult,
    fdNumber,
    state,
    verboseInfo,
    encoding,
    stdioItems,
    objectMode
  });
  const returnedResult = buffer[fdNumber] ? finalResult : void 0;
  try {
    if (state.error === void 0) {
      writeToFiles(serializedResult, stdioItems, outputFiles);
    }
    return returnedResult;
  } catch (error) {
    state.error = error;
    return returnedResult;
  }
};
var runOutputGeneratorsSync = (chunks, stdioItems, encoding, state) => {
  try {
    return runGeneratorsSync(chunks, stdioItems, encoding, false);
  } catch (error) {
    state.error = error;
    return chunks;
  }
};
var serializeChunks = ({ chunks, objectMode, encoding, lines: lines2, stripFinalNewline: stripFinalNewline2, fdNumber }) => {
  if (objectMode) {
    return { serializedResult: chunks };
  }
  if (encoding === "buffer") {
    return { serializedResult: joinToUint8Array(chunks) };
  }
  const serializedResult = joinToString(chunks, encoding);
  if (lines2[fdNumber]) {
    return { serializedResult, finalResult: splitLinesSync(serializedResult, !stripFinalNewline2[fdNumber], objectMode) };
  }
  return { serializedResult };
};
var logOutputSync = ({ serializedResult, fdNumber, state, verboseInfo, encoding, stdioItems, objectMode }) => {
  if (!shouldLogOutput({
    stdioItems,
    encoding,
    verboseInfo,
    fdNumber
  })) {
    return;
  }
  const linesArray = splitLinesSync(serializedResult, false, objectMode);
  try {
    logLinesSync(linesArray, fdNumber, verboseInfo);
  } catch (error) {
    state.error ??= error;
  }
};
var writeToFiles = (serializedResult, stdioItems, outputFiles) => {
  for (const { path: path56, append } of stdioItems.filter(({ type }) => FILE_TYPES.has(type))) {
    const pathString = typeof path56 === "string" ? path56 : path56.toString();
    if (append || outputFiles.has(pathString)) {
      (0, import_node_fs5.appendFileSync)(path56, serializedResult);
    } else {
      outputFiles.add(pathString);
      (0, import_node_fs5.writeFileSync)(path56, serializedResult);
    }
  }
};

// node_modules/execa/lib/resolve/all-sync.js
var getAllSync = ([, stdout, stderr], options) => {
  if (!options.all) {
    return;
  }
  if (stdout === void 0) {
    return stderr;
  }
  if (stderr === void 0) {
    return stdout;
  }
  if (Array.isArray(stdout)) {
    return Array.isArray(stderr) ? [...stdout, ...stderr] : [...stdout, stripNewline(stderr, options, "all")];
  }
  if (Array.isArray(stderr)) {
    return [stripNewline(stdout, options, "all"), ...stderr];
  }
  if (isUint8Array(stdout) && isUint8Array(stderr)) {
    return concatUint8Arrays([stdout, stderr]);
  }
  return `${stdout}${stderr}`;
};

// node_modules/execa/lib/resolve/exit-async.js
var import_node_events7 = require("node:events");
var waitForExit = async (subprocess, context) => {
  const [exitCode, signal] = await waitForExitOrError(subprocess);
  context.isForcefullyTerminated ??= false;
  return [exitCode, signal];
};
var waitForExitOrError = async (subprocess) => {
  const [spawnPayload, exitPayload] = await Promise.allSettled([
    (0, import_node_events7.once)(subprocess, "spawn"),
    (0, import_node_events7.once)(subprocess, "exit")
  ]);
  if (spawnPayload.status === "rejected") {
    return [];
  }
  return exitPayload.status === "rejected" ? waitForSubprocessExit(subprocess) : exitPayload.value;
};
var waitForSubprocessExit = async (subprocess) => {
  try {
    return await (0, import_node_events7.once)(subprocess, "exit");
  } catch {
    return waitForSubprocessExit(subprocess);
  }
};
var waitForSuccessfulExit = async (exitPromise) => {
  const [exitCode, signal] = await exitPromise;
  if (!isSubprocessErrorExit(exitCode, signal) && isFailedExit(exitCode, signal)) {
    throw new DiscardedError();
  }
  return [exitCode, signal];
};
var isSubprocessErrorExit = (exitCode, signal) => exitCode === void 0 && signal === void 0;
var isFailedExit = (exitCode, signal) => exitCode !== 0 || signal !== null;

// node_modules/execa/lib/resolve/exit-sync.js
var getExitResultSync = ({ error, status: exitCode, signal, output }, { maxBuffer }) => {
  const resultError = getResultError(error, exitCode, signal);
  const timedOut = resultError?.code === "ETIMEDOUT";
  const isMaxBuffer = isMaxBufferSync(resultError, output, maxBuffer);
  return {
    resultError,
    exitCode,
    signal,
    timedOut,
    isMaxBuffer
  };
};
var getResultError = (error, exitCode, signal) => {
  if (error !== void 0) {
    return error;
  }
  return isFailedExit(exitCode, signal) ? new DiscardedError() : void 0;
};

// node_modules/execa/lib/methods/main-sync.js
var execaCoreSync = (rawFile, rawArguments, rawOptions) => {
  const { file, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors } = handleSyncArguments(rawFile, rawArguments, rawOptions);
  const result = spawnSubprocessSync({
    file,
    commandArguments,
    options,
    command,
    escapedCommand,
    verboseInfo,
    fileDescriptors,
    startTime
  });
  return handleResult(result, verboseInfo, options);
};
var handleSyncArguments = (rawFile, rawArguments, rawOptions) => {
  const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
  const syncOptions = normalizeSyncOptions(rawOptions);
  const { file, commandArguments, options } = normalizeOptions(rawFile, rawArguments, syncOptions);
  validateSyncOptions(options);
  const fileDescriptors = handleStdioSync(options, verboseInfo);
  return {
    file,
    commandArguments,
    command,
    escapedCommand,
    startTime,
    verboseInfo,
    options,
    fileDescriptors
  };
};
var normalizeSyncOptions = (options) => options.node && !options.ipc ? { ...options, ipc: false } : options;
var validateSyncOptions = ({ ipc, ipcInput, detached, cancelSignal }) => {
  if (ipcInput) {
    throwInvalidSyncOption("ipcInput");
  }
  if (ipc) {
    throwInvalidSyncOption("ipc: true");
  }
  if (detached) {
    throwInvalidSyncOption("detached: true");
  }
  if (cancelSignal) {
    throwInvalidSyncOption("cancelSignal");
  }
};
var throwInvalidSyncOption = (value) => {
  throw new TypeError(`The "${value}" option cannot be used with synchronous methods.`);
};
var spawnSubprocessSync = ({ file, commandArguments, options, command, escapedCommand, verboseInfo, fileDescriptors, startTime }) => {
  const syncResult = runSubprocessSync({
    file,
    commandArguments,
    options,
    command,
    escapedCommand,
    fileDescriptors,
    startTime
  });
  if (syncResult.failed) {
    return syncResult;
  }
  const { resultError, exitCode, signal, timedOut, isMaxBuffer } = getExitResultSync(syncResult, options);
  const { output, error = resultError } = transformOutputSync({
    fileDescriptors,
    syncResult,
    options,
    isMaxBuffer,
    verboseInfo
  });
  const stdio = output.map((stdioOutput, fdNumber) => stripNewline(stdioOutput, options, fdNumber));
  const all = stripNewline(getAllSync(output, options), options, "all");
  return getSyncResult({
    error,
    exitCode,
    signal,
    timedOut,
    isMaxBuffer,
    stdio,
    all,
    options,
    command,
    escapedCommand,
    startTime
  });
};
var runSubprocessSync = ({ file, commandArguments, options, command, escapedCommand, fileDescriptors, startTime }) => {
  try {
    addInputOptionsSync(fileDescriptors, options);
    const normalizedOptions = normalizeSpawnSyncOptions(options);
    return (0, import_node_child_process3.spawnSync)(...concatenateShell(file, commandArguments, normalizedOptions));
  } catch (error) {
    return makeEarlyError({
      error,
      command,
      escapedCommand,
      fileDescriptors,
      options,
      startTime,
      isSync: true
    });
  }
};
var normalizeSpawnSyncOptions = ({ encoding, maxBuffer, ...options }) => ({ ...options, encoding: "buffer", maxBuffer: getMaxBufferSync(maxBuffer) });
var getSyncResult = ({ error, exitCode, signal, timedOut, isMaxBuffer, stdio, all, options, command, escapedCommand, startTime }) => error === void 0 ? makeSuccessResult({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput: [],
  options,
  startTime
}) : makeError({
  error,
  command,
  escapedCommand,
  timedOut,
  isCanceled: false,
  isGracefullyCanceled: false,
  isMaxBuffer,
  isForcefullyTerminated: false,
  exitCode,
  signal,
  stdio,
  all,
  ipcOutput: [],
  options,
  startTime,
  isSync: true
});

// node_modules/execa/lib/methods/main-async.js
var import_node_events14 = require("node:events");
var import_node_child_process5 = require("node:child_process");

// node_modules/execa/lib/ipc/methods.js
var import_node_process10 = __toESM(require("node:process"), 1);

// node_modules/execa/lib/ipc/get-one.js
var import_node_events8 = require("node:events");
var getOneMessage = ({ anyProcess, channel, isSubprocess, ipc }, { reference = true, filter } = {}) => {
  validateIpcMethod({
    methodName: "getOneMessage",
    isSubprocess,
    ipc,
    isConnected: isConnected(anyProcess)
  });
  return getOneMessageAsync({
    anyProcess,
    channel,
    isSubprocess,
    filter,
    reference
  });
};
var getOneMessageAsync = async ({ anyProcess, channel, isSubprocess, filter, reference }) => {
  addReference(channel, reference);
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const controller = new AbortController();
  try {
    return await Promise.race([
      getMessage(ipcEmitter, filter, controller),
      throwOnDisconnect2(ipcEmitter, isSubprocess, controller),
      throwOnStrictError(ipcEmitter, isSubprocess, controller)
    ]);
  } catch (error) {
    disconnect(anyProcess);
    throw error;
  } finally {
    controller.abort();
    removeReference(channel, reference);
  }
};
var getMessage = async (ipcEmitter, filter, { signal }) => {
  if (filter === void 0) {
    const [message] = await (0, import_node_events8.once)(ipcEmitter, "message", { signal });
    return message;
  }
  for await (const [message] of (0, import_node_events8.on)(ipcEmitter, "message", { signal })) {
    if (filter(message)) {
      return message;
    }
  }
};
var throwOnDisconnect2 = async (ipcEmitter, isSubprocess, { signal }) => {
  await (0, import_node_events8.once)(ipcEmitter, "disconnect", { signal });
  throwOnEarlyDisconnect(isSubprocess);
};
var throwOnStrictError = async (ipcEmitter, isSubprocess, { signal }) => {
  const [error] = await (0, import_node_events8.once)(ipcEmitter, "strict:error", { signal });
  throw getStrictResponseError(error, isSubprocess);
};

// node_modules/execa/lib/ipc/get-each.js
var import_node_events9 = require("node:events");
var getEachMessage = ({ anyProcess, channel, isSubprocess, ipc }, { reference = true } = {}) => loopOnMessages({
  anyProcess,
  channel,
  isSubprocess,
  ipc,
  shouldAwait: !isSubprocess,
  reference
});
var loopOnMessages = ({ anyProcess, channel, isSubprocess, ipc, shouldAwait, reference }) => {
  validateIpcMethod({
    methodName: "getEachMessage",
    isSubprocess,
    ipc,
    isConnected: isConnected(anyProcess)
  });
  addReference(channel, reference);
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const controller = new AbortController();
  const state = {};
  stopOnDisconnect(anyProcess, ipcEmitter, controller);
  abortOnStrictError({
    ipcEmitter,
    isSubprocess,
    controller,
    state
  });
  return iterateOnMessages({
    anyProcess,
    channel,
    ipcEmitter,
    isSubprocess,
    shouldAwait,
    controller,
    state,
    reference
  });
};
var stopOnDisconnect = async (anyProcess, ipcEmitter, controller) => {
  try {
    await (0, import_node_events9.once)(ipcEmitter, "disconnect", { signal: controller.signal });
    controller.abort();
  } catch {
  }
};
var abortOnStrictError = async ({ ipcEmitter, isSubprocess, controller, state }) => {
  try {
    const [error] = await (0, import_node_events9.once)(ipcEmitter, "strict:error", { signal: controller.signal });
    state.error = getStrictResponseError(error, isSubprocess);
    controller.abort();
  } catch {
  }
};
var iterateOnMessages = async function* ({ anyProcess, channel, ipcEmitter, isSubprocess, shouldAwait, controller, state, reference }) {
  try {
    for await (const [message] of (0, import_node_events9.on)(ipcEmitter, "message", { signal: controller.signal })) {
      throwIfStrictError(state);
      yield message;
    }
  } catch {
    throwIfStrictError(state);
  } finally {
    controller.abort();
    removeReference(channel, reference);
    if (!isSubprocess) {
      disconnect(anyProcess);
    }
    if (shouldAwait) {
      await anyProcess;
    }
  }
};
var throwIfStrictError = ({ error }) => {
  if (error) {
    throw error;
  }
};

// node_modules/execa/lib/ipc/methods.js
var addIpcMethods = (subprocess, { ipc }) => {
  Object.assign(subprocess, getIpcMethods(subprocess, false, ipc));
};
var getIpcExport = () => {
  const anyProcess = import_node_process10.default;
  const isSubprocess = true;
  const ipc = import_node_process10.default.channel !== void 0;
  return {
    ...getIpcMethods(anyProcess, isSubprocess, ipc),
    getCancelSignal: getCancelSignal.bind(void 0, {
      anyProcess,
      channel: anyProcess.channel,
      isSubprocess,
      ipc
    })
  };
};
var getIpcMethods = (anyProcess, isSubprocess, ipc) => ({
  sendMessage: sendMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc
  }),
  getOneMessage: getOneMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc
  }),
  getEachMessage: getEachMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc
  })
});

// node_modules/execa/lib/return/early-error.js
var import_node_child_process4 = require("node:child_process");
var import_node_stream2 = require("node:stream");
var handleEarlyError = ({ error, command, escapedCommand, fileDescriptors, options, startTime, verboseInfo }) => {
  cleanupCustomStreams(fileDescriptors);
  const subprocess = new import_node_child_process4.ChildProcess();
  createDummyStreams(subprocess, fileDescriptors);
  Object.assign(subprocess, { readable, writable, duplex });
  const earlyError = makeEarlyError({
    error,
    command,
    escapedCommand,
    fileDescriptors,
    options,
    startTime,
    isSync: false
  });
  const promise = handleDummyPromise(earlyError, verboseInfo, options);
  return { subprocess, promise };
};
var createDummyStreams = (subprocess, fileDescriptors) => {
  const stdin = createDummyStream();
  const stdout = createDummyStream();
  const stderr = createDummyStream();
  const extraStdio = Array.from({ length: fileDescriptors.length - 3 }, createDummyStream);
  const all = createDummyStream();
  const stdio = [stdin, stdout, stderr, ...extraStdio];
  Object.assign(subprocess, {
    stdin,
    stdout,
    stderr,
    all,
    stdio
  });
};
var createDummyStream = () => {
  const stream = new import_node_stream2.PassThrough();
  stream.end();
  return stream;
};
var readable = () => new import_node_stream2.Readable({ read() {
} });
var writable = () => new import_node_stream2.Writable({ write() {
} });
var duplex = () => new import_node_stream2.Duplex({ read() {
}, write() {
} });
var handleDummyPromise = async (error, verboseInfo, options) => handleResult(error, verboseInfo, options);

// node_modules/execa/lib/stdio/handle-async.js
var import_node_fs6 = require("node:fs");
var import_node_buffer3 = require("node:buffer");
var import_node_stream3 = require("node:stream");
var handleStdioAsync = (options, verboseInfo) => handleStdio(addPropertiesAsync, options, verboseInfo, false);
var forbiddenIfAsync = ({ type, optionName }) => {
  throw new TypeError(`The \`${optionName}\` option cannot be ${TYPE_TO_MESSAGE[type]}.`);
};
var addProperties2 = {
  fileNumber: forbiddenIfAsync,
  generator: generatorToStream,
  asyncGenerator: generatorToStream,
  nodeStream: ({ value }) => ({ stream: value }),
  webTransform({ value: { transform, writableObjectMode, readableObjectMode } }) {
    const objectMode = writableObjectMode || readableObjectMode;
    const stream = import_node_stream3.Duplex.fromWeb(transform, { objectMode });
    return { stream };
  },
  duplex: ({ value: { transform } }) => ({ stream: transform }),
  native() {
  }
};
var addPropertiesAsync = {
  input: {
    ...addProperties2,
    fileUrl: ({ value }) => ({ stream: (0, import_node_fs6.createReadStream)(value) }),
    filePath: ({ value: { file } }) => ({ stream: (0, import_node_fs6.createReadStream)(file) }),
    webStream: ({ value }) => ({ stream: import_node_stream3.Readable.fromWeb(value) }),
    iterable: ({ value }) => ({ stream: import_node_stream3.Readable.from(value) }),
    asyncIterable: ({ value }) => ({ stream: import_node_stream3.Readable.from(value) }),
    string: ({ value }) => ({ stream: import_node_stream3.Readable.from(value) }),
    uint8Array: ({ value }) => ({ stream: import_node_stream3.Readable.from(import_node_buffer3.Buffer.from(value)) })
  },
  output: {
    ...addProperties2,
    fileUrl: ({ value }) => ({ stream: (0, import_node_fs6.createWriteStream)(value) }),
    filePath: ({ value: { file, append } }) => ({ stream: (0, import_node_fs6.createWriteStream)(file, append ? { flags: "a" } : {}) }),
    webStream: ({ value }) => ({ stream: import_node_stream3.Writable.fromWeb(value) }),
    iterable: forbiddenIfAsync,
    asyncIterable: forbiddenIfAsync,
    string: forbiddenIfAsync,
    uint8Array: forbiddenIfAsync
  }
};

// node_modules/@sindresorhus/merge-streams/index.js
var import_node_events10 = require("node:events");
var import_node_stream4 = require("node:stream");
var import_promises7 = require("node:stream/promises");
function mergeStreams(streams) {
  if (!Array.isArray(streams)) {
    throw new TypeError(`Expected an array, got \`${typeof streams}\`.`);
  }
  for (const stream of streams) {
    validateStream(stream);
  }
  const objectMode = streams.some(({ readableObjectMode }) => readableObjectMode);
  const highWaterMark = getHighWaterMark(streams, objectMode);
  const passThroughStream = new MergedStream({
    objectMode,
    writableHighWaterMark: highWaterMark,
    readableHighWaterMark: highWaterMark
  });
  for (const stream of streams) {
    passThroughStream.add(stream);
  }
  return passThroughStream;
}
var getHighWaterMark = (streams, objectMode) => {
  if (streams.length === 0) {
    return (0, import_node_stream4.getDefaultHighWaterMark)(objectMode);
  }
  const highWaterMarks = streams.filter(({ readableObjectMode }) => readableObjectMode === objectMode).map(({ readableHighWaterMark }) => readableHighWaterMark);
  return Math.max(...highWaterMarks);
};
var MergedStream = class extends import_node_stream4.PassThrough {
  #streams = /* @__PURE__ */ new Set([]);
  #ended = /* @__PURE__ */ new Set([]);
  #aborted = /* @__PURE__ */ new Set([]);
  #onFinished;
  #unpipeEvent = /* @__PURE__ */ Symbol("unpipe");
  #streamPromises = /* @__PURE__ */ new WeakMap();
  add(stream) {
    validateStream(stream);
    if (this.#streams.has(stream)) {
      return;
    }
    this.#streams.add(stream);
    this.#onFinished ??= onMergedStreamFinished(this, this.#streams, this.#unpipeEvent);
    const streamPromise = endWhenStreamsDone({
      passThroughStream: this,
      stream,
      streams: this.#streams,
      ended: this.#ended,
      aborted: this.#aborted,
      onFinished: this.#onFinished,
      unpipeEvent: this.#unpipeEvent
    });
    this.#streamPromises.set(stream, streamPromise);
    stream.pipe(this, { end: false });
  }
  async remove(stream) {
    validateStream(stream);
    if (!this.#streams.has(stream)) {
      return false;
    }
    const streamPromise = this.#streamPromises.get(stream);
    if (streamPromise === void 0) {
      return false;
    }
    this.#streamPromises.delete(stream);
    stream.unpipe(this);
    await streamPromise;
    return true;
  }
};
var onMergedStreamFinished = async (passThroughStream, streams, unpipeEvent) => {
  updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_COUNT);
  const controller = new AbortController();
  try {
    await Promise.race([
      onMergedStreamEnd(passThroughStream, controller),
      onInputStreamsUnpipe(passThroughStream, streams, unpipeEvent, controller)
    ]);
  } finally {
    controller.abort();
    updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_COUNT);
  }
};
var onMergedStreamEnd = async (passThroughStream, { signal }) => {
  try {
    await (0, import_promises7.finished)(passThroughStream, { signal, cleanup: true });
  } catch (error) {
    errorOrAbortStream(passThroughStream, error);
    throw error;
  }
};
var onInputStreamsUnpipe = async (passThroughStream, streams, unpipeEvent, { signal }) => {
  for await (const [unpipedStream] of (0, import_node_events10.on)(passThroughStream, "unpipe", { signal })) {
    if (streams.has(unpipedStream)) {
      unpipedStream.emit(unpipeEvent);
    }
  }
};
var validateStream = (stream) => {
  if (typeof stream?.pipe !== "function") {
    throw new TypeError(`Expected a readable stream, got: \`${typeof stream}\`.`);
  }
};
var endWhenStreamsDone = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, onFinished, unpipeEvent }) => {
  updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_PER_STREAM);
  const controller = new AbortController();
  try {
    await Promise.race([
      afterMergedStreamFinished(onFinished, stream, controller),
      onInputStreamEnd({
        passThroughStream,
        stream,
        streams,
        ended,
        aborted: aborted2,
        controller
      }),
      onInputStreamUnpipe({
        stream,
        streams,
        ended,
        aborted: aborted2,
        unpipeEvent,
        controller
      })
    ]);
  } finally {
    controller.abort();
    updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_PER_STREAM);
  }
  if (streams.size > 0 && streams.size === ended.size + aborted2.size) {
    if (ended.size === 0 && aborted2.size > 0) {
      abortStream(passThroughStream);
    } else {
      endStream(passThroughStream);
    }
  }
};
var afterMergedStreamFinished = async (onFinished, stream, { signal }) => {
  try {
    await onFinished;
    if (!signal.aborted) {
      abortStream(stream);
    }
  } catch (error) {
    if (!signal.aborted) {
      errorOrAbortStream(stream, error);
    }
  }
};
var onInputStreamEnd = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, controller: { signal } }) => {
  try {
    await (0, import_promises7.finished)(stream, {
      signal,
      cleanup: true,
      readable: true,
      writable: false
    });
    if (streams.has(stream)) {
      ended.add(stream);
    }
  } catch (error) {
    if (signal.aborted || !streams.has(stream)) {
      return;
    }
    if (isAbortError(error)) {
      aborted2.add(stream);
    } else {
      errorStream(passThroughStream, error);
    }
  }
};
var onInputStreamUnpipe = async ({ stream, streams, ended, aborted: aborted2, unpipeEvent, controller: { signal } }) => {
  await (0, import_node_events10.once)(stream, unpipeEvent, { signal });
  if (!stream.readable) {
    return (0, import_node_events10.once)(signal, "abort", { signal });
  }
  streams.delete(stream);
  ended.delete(stream);
  aborted2.delete(stream);
};
var endStream = (stream) => {
  if (stream.writable) {
    stream.end();
  }
};
var errorOrAbortStream = (stream, error) => {
  if (isAbortError(error)) {
    abortStream(stream);
  } else {
    errorStream(stream, error);
  }
};
var isAbortError = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
var abortStream = (stream) => {
  if (stream.readable || stream.writable) {
    stream.destroy();
  }
};
var errorStream = (stream, error) => {
  if (!stream.destroyed) {
    stream.once("error", noop2);
    stream.destroy(error);
  }
};
var noop2 = () => {
};
var updateMaxListeners = (passThroughStream, increment2) => {
  const maxListeners = passThroughStream.getMaxListeners();
  if (maxListeners !== 0 && maxListeners !== Number.POSITIVE_INFINITY) {
    passThroughStream.setMaxListeners(maxListeners + increment2);
  }
};
var PASSTHROUGH_LISTENERS_COUNT = 2;
var PASSTHROUGH_LISTENERS_PER_STREAM = 1;

// node_modules/execa/lib/io/pipeline.js
var import_promises8 = require("node:stream/promises");
var pipeStreams = (source, destination) => {
  source.pipe(destination);
  onSourceFinish(source, destination);
  onDestinationFinish(source, destination);
};
var onSourceFinish = async (source, destination) => {
  if (isStandardStream(source) || isStandardStream(destination)) {
    return;
  }
  try {
    await (0, import_promises8.finished)(source, { cleanup: true, readable: true, writable: false });
  } catch {
  }
  endDestinationStream(destination);
};
var endDestinationStream = (destination) => {
  if (destination.writable) {
    destination.end();
  }
};
var onDestinationFinish = async (source, destination) => {
  if (isStandardStream(source) || isStandardStream(destination)) {
    return;
  }
  try {
    await (0, import_promises8.finished)(destination, { cleanup: true, readable: false, writable: true });
  } catch {
  }
  abortSourceStream(source);
};
var abortSourceStream = (source) => {
  if (source.readable) {
    source.destroy();
  }
};

// node_modules/execa/lib/io/output-async.js
var pipeOutputAsync = (subprocess, fileDescriptors, controller) => {
  const pipeGroups = /* @__PURE__ */ new Map();
  for (const [fdNumber, { stdioItems, direction }] of Object.entries(fileDescriptors)) {
    for (const { stream } of stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type))) {
      pipeTransform(subprocess, stream, direction, fdNumber);
    }
    for (const { stream } of stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type))) {
      pipeStdioItem({
        subprocess,
        stream,
        direction,
        fdNumber,
        pipeGroups,
        controller
      });
    }
  }
  for (const [outputStream, inputStreams] of pipeGroups.entries()) {
    const inputStream = inputStreams.length === 1 ? inputStreams[0] : mergeStreams(inputStreams);
    pipeStreams(inputStream, outputStream);
  }
};
var pipeTransform = (subprocess, stream, direction, fdNumber) => {
  if (direction === "output") {
    pipeStreams(subprocess.stdio[fdNumber], stream);
  } else {
    pipeStreams(stream, subprocess.stdio[fdNumber]);
  }
  const streamProperty = SUBPROCESS_STREAM_PROPERTIES[fdNumber];
  if (streamProperty !== void 0) {
    subprocess[streamProperty] = stream;
  }
  subprocess.stdio[fdNumber] = stream;
};
var SUBPROCESS_STREAM_PROPERTIES = ["stdin", "stdout", "stderr"];
var pipeStdioItem = ({ subprocess, stream, direction, fdNumber, pipeGroups, controller }) => {
  if (stream === void 0) {
    return;
  }
  setStandardStreamMaxListeners(stream, controller);
  const [inputStream, outputStream] = direction === "output" ? [stream, subprocess.stdio[fdNumber]] : [subprocess.stdio[fdNumber], stream];
  const outputStreams = pipeGroups.get(inputStream) ?? [];
  pipeGroups.set(inputStream, [...outputStreams, outputStream]);
};
var setStandardStreamMaxListeners = (stream, { signal }) => {
  if (isStandardStream(stream)) {
    incrementMaxListeners(stream, MAX_LISTENERS_INCREMENT, signal);
  }
};
var MAX_LISTENERS_INCREMENT = 2;

// node_modules/execa/lib/terminate/cleanup.js
var import_node_events11 = require("node:events");

// node_modules/signal-exit/dist/mjs/signals.js
var signals = [];
signals.push("SIGHUP", "SIGINT", "SIGTERM");
if (process.platform !== "win32") {
  signals.push(
    "SIGALRM",
    "SIGABRT",
    "SIGVTALRM",
    "SIGXCPU",
    "SIGXFSZ",
    "SIGUSR2",
    "SIGTRAP",
    "SIGSYS",
    "SIGQUIT",
    "SIGIOT"
    // should detect profiler and enable/disable accordingly.
    // see #21
    // 'SIGPROF'
  );
}
if (process.platform === "linux") {
  signals.push("SIGIO", "SIGPOLL", "SIGPWR", "SIGSTKFLT");
}

// node_modules/signal-exit/dist/mjs/index.js
var processOk = (process10) => !!process10 && typeof process10 === "object" && typeof process10.removeListener === "function" && typeof process10.emit === "function" && typeof process10.reallyExit === "function" && typeof process10.listeners === "function" && typeof process10.kill === "function" && typeof process10.pid === "number" && typeof process10.on === "function";
var kExitEmitter = /* @__PURE__ */ Symbol.for("signal-exit emitter");
var global2 = globalThis;
var ObjectDefineProperty = Object.defineProperty.bind(Object);
var Emitter = class {
  emitted = {
    afterExit: false,
    exit: false
  };
  listeners = {
    afterExit: [],
    exit: []
  };
  count = 0;
  id = Math.random();
  constructor() {
    if (global2[kExitEmitter]) {
      return global2[kExitEmitter];
    }
    ObjectDefineProperty(global2, kExitEmitter, {
      value: this,
      writable: false,
      enumerable: false,
      configurable: false
    });
  }
  on(ev, fn) {
    this.listeners[ev].push(fn);
  }
  removeListener(ev, fn) {
    const list2 = this.listeners[ev];
    const i2 = list2.indexOf(fn);
    if (i2 === -1) {
      return;
    }
    if (i2 === 0 && list2.length === 1) {
      list2.length = 0;
    } else {
      list2.splice(i2, 1);
    }
  }
  emit(ev, code, signal) {
    if (this.emitted[ev]) {
      return false;
    }
    this.emitted[ev] = true;
    let ret = false;
    for (const fn of this.listeners[ev]) {
      ret = fn(code, signal) === true || ret;
    }
    if (ev === "exit") {
      ret = this.emit("afterExit", code, signal) || ret;
    }
    return ret;
  }
};
var SignalExitBase = class {
};
var signalExitWrap = (handler) => {
  return {
    onExit(cb, opts) {
      return handler.onExit(cb, opts);
    },
    load() {
      return handler.load();
    },
    unload() {
      return handler.unload();
    }
  };
};
var SignalExitFallback = class extends SignalExitBase {
  onExit() {
    return () => {
    };
  }
  load() {
  }
  unload() {
  }
};
var SignalExit = class extends SignalExitBase {
  // "SIGHUP" throws an `ENOSYS` error on Windows,
  // so use a supported signal instead
  /* c8 ignore start */
  #hupSig = process9.platform === "win32" ? "SIGINT" : "SIGHUP";
  /* c8 ignore stop */
  #emitter = new Emitter();
  #process;
  #originalProcessEmit;
  #originalProcessReallyExit;
  #sigListeners = {};
  #loaded = false;
  constructor(process10) {
    super();
    this.#process = process10;
    this.#sigListeners = {};
    for (const sig of signals) {
      this.#sigListeners[sig] = () => {
        const listeners = this.#process.listeners(sig);
        let { count: count2 } = this.#emitter;
        const p = process10;
        if (typeof p.__signal_exit_emitter__ === "object" && typeof p.__signal_exit_emitter__.count === "number") {
          count2 += p.__signal_exit_emitter__.count;
        }
        if (listeners.length === count2) {
          this.unload();
          const ret = this.#emitter.emit("exit", null, sig);
          const s = sig === "SIGHUP" ? this.#hupSig : sig;
          if (!ret)
            process10.kill(process10.pid, s);
        }
      };
    }
    this.#originalProcessReallyExit = process10.reallyExit;
    this.#originalProcessEmit = process10.emit;
  }
  onExit(cb, opts) {
    if (!processOk(this.#process)) {
      return () => {
      };
    }
    if (this.#loaded === false) {
      this.load();
    }
    const ev = opts?.alwaysLast ? "afterExit" : "exit";
    this.#emitter.on(ev, cb);
    return () => {
      this.#emitter.removeListener(ev, cb);
      if (this.#emitter.listeners["exit"].length === 0 && this.#emitter.listeners["afterExit"].length === 0) {
        this.unload();
      }
    };
  }
  load() {
    if (this.#loaded) {
      return;
    }
    this.#loaded = true;
    this.#emitter.count += 1;
    for (const sig of signals) {
      try {
        const fn = this.#sigListeners[sig];
        if (fn)
          this.#process.on(sig, fn);
      } catch (_) {
      }
    }
    this.#process.emit = (ev, ...a2) => {
      return this.#processEmit(ev, ...a2);
    };
    this.#process.reallyExit = (code) => {
      return this.#processReallyExit(code);
    };
  }
  unload() {
    if (!this.#loaded) {
      return;
    }
    this.#loaded = false;
    signals.forEach((sig) => {
      const listener = this.#sigListeners[sig];
      if (!listener) {
        throw new Error("Listener not defined for signal: " + sig);
      }
      try {
        this.#process.removeListener(sig, listener);
      } catch (_) {
      }
    });
    this.#process.emit = this.#originalProcessEmit;
    this.#process.reallyExit = this.#originalProcessReallyExit;
    this.#emitter.count -= 1;
  }
  #processReallyExit(code) {
    if (!processOk(this.#process)) {
      return 0;
    }
    this.#process.exitCode = code || 0;
    this.#emitter.emit("exit", this.#process.exitCode, null);
    return this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode);
  }
  #processEmit(ev, ...args) {
    const og = this.#originalProcessEmit;
    if (ev === "exit" && processOk(this.#process)) {
      if (typeof args[0] === "number") {
        this.#process.exitCode = args[0];
      }
      const ret = og.call(this.#process, ev, ...args);
      this.#emitter.emit("exit", this.#process.exitCode, null);
      return ret;
    } else {
      return og.call(this.#process, ev, ...args);
    }
  }
};
var process9 = globalThis.process;
var {
  /**
   * Called when the process is exiting, whether via signal, explicit
   * exit, or running out of stuff to do.
   *
   * If the global process object is not suitable for instrumentation,
   * then this will be a no-op.
   *
   * Returns a function that may be used to unload signal-exit.
   */
  onExit,
  /**
   * Load the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  load,
  /**
   * Unload the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  unload
} = signalExitWrap(processOk(process9) ? new SignalExit(process9) : new SignalExitFallback());

// node_modules/execa/lib/terminate/cleanup.js
var cleanupOnExit = (subprocess, { cleanup, detached }, { signal }) => {
  if (!cleanup || detached) {
    return;
  }
  const removeExitHandler = onExit(() => {
    subprocess.kill();
  });
  (0, import_node_events11.addAbortListener)(signal, () => {
    removeExitHandler();
  });
};

// node_modules/execa/lib/pipe/pipe-arguments.js
var normalizePipeArguments = ({ source, sourcePromise, boundOptions, createNested }, ...pipeArguments) => {
  const startTime = getStartTime();
  const {
    destination,
    destinationStream,
    destinationError,
    from,
    unpipeSignal
  } = getDestinationStream(boundOptions, createNested, pipeArguments);
  const { sourceStream, sourceError } = getSourceStream(source, from);
  const { options: sourceOptions, fileDescriptors } = SUBPROCESS_OPTIONS.get(source);
  return {
    sourcePromise,
    sourceStream,
    sourceOptions,
    sourceError,
    destination,
    destinationStream,
    destinationError,
    unpipeSignal,
    fileDescriptors,
    startTime
  };
};
var getDestinationStream = (boundOptions, createNested, pipeArguments) => {
  try {
    const {
      destination,
      pipeOptions: { from, to, unpipeSignal } = {}
    } = getDestination(boundOptions, createNested, ...pipeArguments);
    const destinationStream = getToStream(destination, to);
    return {
      destination,
      destinationStream,
      from,
      unpipeSignal
    };
  } catch (error) {
    return { destinationError: error };
  }
};
var getDestination = (boundOptions, createNested, firstArgument, ...pipeArguments) => {
  if (Array.isArray(firstArgument)) {
    const destination = createNested(mapDestinationArguments, boundOptions)(firstArgument, ...pipeArguments);
    return { destination, pipeOptions: boundOptions };
  }
  if (typeof firstArgument === "string" || firstArgument instanceof URL || isDenoExecPath(firstArgument)) {
    if (Object.keys(boundOptions).length > 0) {
      throw new TypeError('Please use .pipe("file", ..., options) or .pipe(execa("file", ..., options)) instead of .pipe(options)("file", ...).');
    }
    const [rawFile, rawArguments, rawOptions] = normalizeParameters(firstArgument, ...pipeArguments);
    const destination = createNested(mapDestinationArguments)(rawFile, rawArguments, rawOptions);
    return { destination, pipeOptions: rawOptions };
  }
  if (SUBPROCESS_OPTIONS.has(firstArgument)) {
    if (Object.keys(boundOptions).length > 0) {
      throw new TypeError("Please use .pipe(options)`command` or .pipe($(options)`command`) instead of .pipe(options)($`command`).");
    }
    return { destination: firstArgument, pipeOptions: pipeArguments[0] };
  }
  throw new TypeError(`The first argument must be a template string, an options object, or an Execa subprocess: ${firstArgument}`);
};
var mapDestinationArguments = ({ options }) => ({ options: { ...options, stdin: "pipe", piped: true } });
var getSourceStream = (source, from) => {
  try {
    const sourceStream = getFromStream(source, from);
    return { sourceStream };
  } catch (error) {
    return { sourceError: error };
  }
};

// node_modules/execa/lib/pipe/throw.js
var handlePipeArgumentsError = ({
  sourceStream,
  sourceError,
  destinationStream,
  destinationError,
  fileDescriptors,
  sourceOptions,
  startTime
}) => {
  const error = getPipeArgumentsError({
    sourceStream,
    sourceError,
    destinationStream,
    destinationError
  });
  if (error !== void 0) {
    throw createNonCommandError({
      error,
      fileDescriptors,
      sourceOptions,
      startTime
    });
  }
};
var getPipeArgumentsError = ({ sourceStream, sourceError, destinationStream, destinationError }) => {
  if (sourceError !== void 0 && destinationError !== void 0) {
    return destinationError;
  }
  if (destinationError !== void 0) {
    abortSourceStream(sourceStream);
    return destinationError;
  }
  if (sourceError !== void 0) {
    endDestinationStream(destinationStream);
    return sourceError;
  }
};
var createNonCommandError = ({ error, fileDescriptors, sourceOptions, startTime }) => makeEarlyError({
  error,
  command: PIPE_COMMAND_MESSAGE,
  escapedCommand: PIPE_COMMAND_MESSAGE,
  fileDescriptors,
  options: sourceOptions,
  startTime,
  isSync: false
});
var PIPE_COMMAND_MESSAGE = "source.pipe(destination)";

// node_modules/execa/lib/pipe/sequence.js
var waitForBothSubprocesses = async (subprocessPromises) => {
  const [
    { status: sourceStatus, reason: sourceReason, value: sourceResult = sourceReason },
    { status: destinationStatus, reason: destinationReason, value: destinationResult = destinationReason }
  ] = await subprocessPromises;
  if (!destinationResult.pipedFrom.includes(sourceResult)) {
    destinationResult.pipedFrom.push(sourceResult);
  }
  if (destinationStatus === "rejected") {
    throw destinationResult;
  }
  if (sourceStatus === "rejected") {
    throw sourceResult;
  }
  return destinationResult;
};

// node_modules/execa/lib/pipe/streaming.js
var import_promises9 = require("node:stream/promises");
var pipeSubprocessStream = (sourceStream, destinationStream, maxListenersController) => {
  const mergedStream = MERGED_STREAMS.has(destinationStream) ? pipeMoreSubprocessStream(sourceStream, destinationStream) : pipeFirstSubprocessStream(sourceStream, destinationStream);
  incrementMaxListeners(sourceStream, SOURCE_LISTENERS_PER_PIPE, maxListenersController.signal);
  incrementMaxListeners(destinationStream, DESTINATION_LISTENERS_PER_PIPE, maxListenersController.signal);
  cleanupMergedStreamsMap(destinationStream);
  return mergedStream;
};
var pipeFirstSubprocessStream = (sourceStream, destinationStream) => {
  const mergedStream = mergeStreams([sourceStream]);
  pipeStreams(mergedStream, destinationStream);
  MERGED_STREAMS.set(destinationStream, mergedStream);
  return mergedStream;
};
var pipeMoreSubprocessStream = (sourceStream, destinationStream) => {
  const mergedStream = MERGED_STREAMS.get(destinationStream);
  mergedStream.add(sourceStream);
  return mergedStream;
};
var cleanupMergedStreamsMap = async (destinationStream) => {
  try {
    await (0, import_promises9.finished)(destinationStream, { cleanup: true, readable: false, writable: true });
  } catch {
  }
  MERGED_STREAMS.delete(destinationStream);
};
var MERGED_STREAMS = /* @__PURE__ */ new WeakMap();
var SOURCE_LISTENERS_PER_PIPE = 2;
var DESTINATION_LISTENERS_PER_PIPE = 1;

// node_modules/execa/lib/pipe/abort.js
var import_node_util8 = require("node:util");
var unpipeOnAbort = (unpipeSignal, unpipeContext) => unpipeSignal === void 0 ? [] : [unpipeOnSignalAbort(unpipeSignal, unpipeContext)];
var unpipeOnSignalAbort = async (unpipeSignal, { sourceStream, mergedStream, fileDescriptors, sourceOptions, startTime }) => {
  await (0, import_node_util8.aborted)(unpipeSignal, sourceStream);
  await mergedStream.remove(sourceStream);
  const error = new Error("Pipe canceled by `unpipeSignal` option.");
  throw createNonCommandError({
    error,
    fileDescriptors,
    sourceOptions,
    startTime
  });
};

// node_modules/execa/lib/pipe/setup.js
var pipeToSubprocess = (sourceInfo, ...pipeArguments) => {
  if (isPlainObject(pipeArguments[0])) {
    return pipeToSubprocess.bind(void 0, {
      ...sourceInfo,
      boundOptions: { ...sourceInfo.boundOptions, ...pipeArguments[0] }
    });
  }
  const { destination, ...normalizedInfo } = normalizePipeArguments(sourceInfo, ...pipeArguments);
  const promise = handlePipePromise({ ...normalizedInfo, destination });
  promise.pipe = pipeToSubprocess.bind(void 0, {
    ...sourceInfo,
    source: destination,
    sourcePromise: promise,
    boundOptions: {}
  });
  return promise;
};
var handlePipePromise = async ({
  sourcePromise,
  sourceStream,
  sourceOptions,
  sourceError,
  destination,
  destinationStream,
  destinationError,
  unpipeSignal,
  fileDescriptors,
  startTime
}) => {
  const subprocessPromises = getSubprocessPromises(sourcePromise, destination);
  handlePipeArgumentsError({
    sourceStream,
    sourceError,
    destinationStream,
    destinationError,
    fileDescriptors,
    sourceOptions,
    startTime
  });
  const maxListenersController = new AbortController();
  try {
    const mergedStream = pipeSubprocessStream(sourceStream, destinationStream, maxListenersController);
    return await Promise.race([
      waitForBothSubprocesses(subprocessPromises),
      ...unpipeOnAbort(unpipeSignal, {
        sourceStream,
        mergedStream,
        sourceOptions,
        fileDescriptors,
        startTime
      })
    ]);
  } finally {
    maxListenersController.abort();
  }
};
var getSubprocessPromises = (sourcePromise, destination) => Promise.allSettled([sourcePromise, destination]);

// node_modules/execa/lib/io/contents.js
var import_promises10 = require("node:timers/promises");

// node_modules/execa/lib/io/iterate.js
var import_node_events12 = require("node:events");
var import_node_stream5 = require("node:stream");
var iterateOnSubprocessStream = ({ subprocessStdout, subprocess, binary, shouldEncode, encoding, preserveNewlines }) => {
  const controller = new AbortController();
  stopReadingOnExit(subprocess, controller);
  return iterateOnStream({
    stream: subprocessStdout,
    controller,
    binary,
    shouldEncode: !subprocessStdout.readableObjectMode && shouldEncode,
    encoding,
    shouldSplit: !subprocessStdout.readableObjectMode,
    preserveNewlines
  });
};
var stopReadingOnExit = async (subprocess, controller) => {
  try {
    await subprocess;
  } catch {
  } finally {
    controller.abort();
  }
};
var iterateForResult = ({ stream, onStreamEnd, lines: lines2, encoding, stripFinalNewline: stripFinalNewline2, allMixed }) => {
  const controller = new AbortController();
  stopReadingOnStreamEnd(onStreamEnd, controller, stream);
  const objectMode = stream.readableObjectMode && !allMixed;
  return iterateOnStream({
    stream,
    controller,
    binary: encoding === "buffer",
    shouldEncode: !objectMode,
    encoding,
    shouldSplit: !objectMode && lines2,
    preserveNewlines: !stripFinalNewline2
  });
};
var stopReadingOnStreamEnd = async (onStreamEnd, controller, stream) => {
  try {
    await onStreamEnd;
  } catch {
    stream.destroy();
  } finally {
    controller.abort();
  }
};
var iterateOnStream = ({ stream, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => {
  const onStdoutChunk = (0, import_node_events12.on)(stream, "data", {
    signal: controller.signal,
    highWaterMark: HIGH_WATER_MARK,
    // Backward compatibility with older name for this option
    // See https://github.com/nodejs/node/pull/52080#discussion_r1525227861
    // @todo Remove after removing support for Node 21
    highWatermark: HIGH_WATER_MARK
  });
  return iterateOnData({
    onStdoutChunk,
    controller,
    binary,
    shouldEncode,
    encoding,
    shouldSplit,
    preserveNewlines
  });
};
var DEFAULT_OBJECT_HIGH_WATER_MARK = (0, import_node_stream5.getDefaultHighWaterMark)(true);
var HIGH_WATER_MARK = DEFAULT_OBJECT_HIGH_WATER_MARK;
var iterateOnData = async function* ({ onStdoutChunk, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) {
  const generators = getGenerators({
    binary,
    shouldEncode,
    encoding,
    shouldSplit,
    preserveNewlines
  });
  try {
    for await (const [chunk] of onStdoutChunk) {
      yield* transformChunkSync(chunk, generators, 0);
    }
  } catch (error) {
    if (!controller.signal.aborted) {
      throw error;
    }
  } finally {
    yield* finalChunksSync(generators);
  }
};
var getGenerators = ({ binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => [
  getEncodingTransformGenerator(binary, encoding, !shouldEncode),
  getSplitLinesGenerator(binary, preserveNewlines, !shouldSplit, {})
].filter(Boolean);

// node_modules/execa/lib/io/contents.js
var getStreamOutput = async ({ stream, onStreamEnd, fdNumber, encoding, buffer, maxBuffer, lines: lines2, allMixed, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
  const logPromise = logOutputAsync({
    stream,
    onStreamEnd,
    fdNumber,
    encoding,
    allMixed,
    verboseInfo,
    streamInfo
  });
  if (!buffer) {
    await Promise.all([resumeStream(stream), logPromise]);
    return;
  }
  const stripFinalNewlineValue = getStripFinalNewline(stripFinalNewline2, fdNumber);
  const iterable = iterateForResult({
    stream,
    onStreamEnd,
    lines: lines2,
    encoding,
    stripFinalNewline: stripFinalNewlineValue,
    allMixed
  });
  const [output] = await Promise.all([
    getStreamContents2({
      stream,
      iterable,
      fdNumber,
      encoding,
      maxBuffer,
      lines: lines2
    }),
    logPromise
  ]);
  return output;
};
var logOutputAsync = async ({ stream, onStreamEnd, fdNumber, encoding, allMixed, verboseInfo, streamInfo: { fileDescriptors } }) => {
  if (!shouldLogOutput({
    stdioItems: fileDescriptors[fdNumber]?.stdioItems,
    encoding,
    verboseInfo,
    fdNumber
  })) {
    return;
  }
  const linesIterable = iterateForResult({
    stream,
    onStreamEnd,
    lines: true,
    encoding,
    stripFinalNewline: true,
    allMixed
  });
  await logLines(linesIterable, stream, fdNumber, verboseInfo);
};
var resumeStream = async (stream) => {
  await (0, import_promises10.setImmediate)();
  if (stream.readableFlowing === null) {
    stream.resume();
  }
};
var getStreamContents2 = async ({ stream, stream: { readableObjectMode }, iterable, fdNumber, encoding, maxBuffer, lines: lines2 }) => {
  try {
    if (readableObjectMode || lines2) {
      return await getStreamAsArray(iterable, { maxBuffer });
    }
    if (encoding === "buffer") {
      return new Uint8Array(await getStreamAsArrayBuffer(iterable, { maxBuffer }));
    }
    return await getStreamAsString(iterable, { maxBuffer });
  } catch (error) {
    return handleBufferedData(handleMaxBuffer({
      error,
      stream,
      readableObjectMode,
      lines: lines2,
      encoding,
      fdNumber
    }));
  }
};
var getBufferedData = async (streamPromise) => {
  try {
    return await streamPromise;
  } catch (error) {
    return handleBufferedData(error);
  }
};
var handleBufferedData = ({ bufferedData }) => isArrayBuffer(bufferedData) ? new Uint8Array(bufferedData) : bufferedData;

// node_modules/execa/lib/resolve/wait-stream.js
var import_promises11 = require("node:stream/promises");
var waitForStream = async (stream, fdNumber, streamInfo, { isSameDirection, stopOnExit = false } = {}) => {
  const state = handleStdinDestroy(stream, streamInfo);
  const abortController = new AbortController();
  try {
    await Promise.race([
      ...stopOnExit ? [streamInfo.exitPromise] : [],
      (0, import_promises11.finished)(stream, { cleanup: true, signal: abortController.signal })
    ]);
  } catch (error) {
    if (!state.stdinCleanedUp) {
      handleStreamError(error, fdNumber, streamInfo, isSameDirection);
    }
  } finally {
    abortController.abort();
  }
};
var handleStdinDestroy = (stream, { originalStreams: [originalStdin], subprocess }) => {
  const state = { stdinCleanedUp: false };
  if (stream === originalStdin) {
    spyOnStdinDestroy(stream, subprocess, state);
  }
  return state;
};
var spyOnStdinDestroy = (subprocessStdin, subprocess, state) => {
  const { _destroy } = subprocessStdin;
  subprocessStdin._destroy = (...destroyArguments) => {
    setStdinCleanedUp(subprocess, state);
    _destroy.call(subprocessStdin, ...destroyArguments);
  };
};
var setStdinCleanedUp = ({ exitCode, signalCode }, state) => {
  if (exitCode !== null || signalCode !== null) {
    state.stdinCleanedUp = true;
  }
};
var handleStreamError = (error, fdNumber, streamInfo, isSameDirection) => {
  if (!shouldIgnoreStreamError(error, fdNumber, streamInfo, isSameDirection)) {
    throw error;
  }
};
var shouldIgnoreStreamError = (error, fdNumber, streamInfo, isSameDirection = true) => {
  if (streamInfo.propagating) {
    return isStreamEpipe(error) || isStreamAbort(error);
  }
  streamInfo.propagating = true;
  return isInputFileDescriptor(streamInfo, fdNumber) === isSameDirection ? isStreamEpipe(error) : isStreamAbort(error);
};
var isInputFileDescriptor = ({ fileDescriptors }, fdNumber) => fdNumber !== "all" && fileDescriptors[fdNumber].direction === "input";
var isStreamAbort = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
var isStreamEpipe = (error) => error?.code === "EPIPE";

// node_modules/execa/lib/resolve/stdio.js
var waitForStdioStreams = ({ subprocess, encoding, buffer, maxBuffer, lines: lines2, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => subprocess.stdio.map((stream, fdNumber) => waitForSubprocessStream({
  stream,
  fdNumber,
  encoding,
  buffer: buffer[fdNumber],
  maxBuffer: maxBuffer[fdNumber],
  lines: lines2[fdNumber],
  allMixed: false,
  stripFinalNewline: stripFinalNewline2,
  verboseInfo,
  streamInfo
}));
var waitForSubprocessStream = async ({ stream, fdNumber, encoding, buffer, maxBuffer, lines: lines2, allMixed, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
  if (!stream) {
    return;
  }
  const onStreamEnd = waitForStream(stream, fdNumber, streamInfo);
  if (isInputFileDescriptor(streamInfo, fdNumber)) {
    await onStreamEnd;
    return;
  }
  const [output] = await Promise.all([
    getStreamOutput({
      stream,
      onStreamEnd,
      fdNumber,
      encoding,
      buffer,
      maxBuffer,
      lines: lines2,
      allMixed,
      stripFinalNewline: stripFinalNewline2,
      verboseInfo,
      streamInfo
    }),
    onStreamEnd
  ]);
  return output;
};

// node_modules/execa/lib/resolve/all-async.js
var makeAllStream = ({ stdout, stderr }, { all }) => all && (stdout || stderr) ? mergeStreams([stdout, stderr].filter(Boolean)) : void 0;
var waitForAllStream = ({ subprocess, encoding, buffer, maxBuffer, lines: lines2, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => waitForSubprocessStream({
  ...getAllStream(subprocess, buffer),
  fdNumber: "all",
  encoding,
  maxBuffer: maxBuffer[1] + maxBuffer[2],
  lines: lines2[1] || lines2[2],
  allMixed: getAllMixed(subprocess),
  stripFinalNewline: stripFinalNewline2,
  verboseInfo,
  streamInfo
});
var getAllStream = ({ stdout, stderr, all }, [, bufferStdout, bufferStderr]) => {
  const buffer = bufferStdout || bufferStderr;
  if (!buffer) {
    return { stream: all, buffer };
  }
  if (!bufferStdout) {
    return { stream: stderr, buffer };
  }
  if (!bufferStderr) {
    return { stream: stdout, buffer };
  }
  return { stream: all, buffer };
};
var getAllMixed = ({ all, stdout, stderr }) => all && stdout && stderr && stdout.readableObjectMode !== stderr.readableObjectMode;

// node_modules/execa/lib/resolve/wait-subprocess.js
var import_node_events13 = require("node:events");

// node_modules/execa/lib/verbose/ipc.js
var shouldLogIpc = (verboseInfo) => isFullVerbose(verboseInfo, "ipc");
var logIpcOutput = (message, verboseInfo) => {
  const verboseMessage = serializeVerboseMessage(message);
  verboseLog({
    type: "ipc",
    verboseMessage,
    fdNumber: "ipc",
    verboseInfo
  });
};

// node_modules/execa/lib/ipc/buffer-messages.js
var waitForIpcOutput = async ({
  subprocess,
  buffer: bufferArray,
  maxBuffer: maxBufferArray,
  ipc,
  ipcOutput,
  verboseInfo
}) => {
  if (!ipc) {
    return ipcOutput;
  }
  const isVerbose2 = shouldLogIpc(verboseInfo);
  const buffer = getFdSpecificValue(bufferArray, "ipc");
  const maxBuffer = getFdSpecificValue(maxBufferArray, "ipc");
  for await (const message of loopOnMessages({
    anyProcess: subprocess,
    channel: subprocess.channel,
    isSubprocess: false,
    ipc,
    shouldAwait: false,
    reference: true
  })) {
    if (buffer) {
      checkIpcMaxBuffer(subprocess, ipcOutput, maxBuffer);
      ipcOutput.push(message);
    }
    if (isVerbose2) {
      logIpcOutput(message, verboseInfo);
    }
  }
  return ipcOutput;
};
var getBufferedIpcOutput = async (ipcOutputPromise, ipcOutput) => {
  await Promise.allSettled([ipcOutputPromise]);
  return ipcOutput;
};

// node_modules/execa/lib/resolve/wait-subprocess.js
var waitForSubprocessResult = async ({
  subprocess,
  options: {
    encoding,
    buffer,
    maxBuffer,
    lines: lines2,
    timeoutDuration: timeout,
    cancelSignal,
    gracefulCancel,
    forceKillAfterDelay,
    stripFinalNewline: stripFinalNewline2,
    ipc,
    ipcInput
  },
  context,
  verboseInfo,
  fileDescriptors,
  originalStreams,
  onInternalError,
  controller
}) => {
  const exitPromise = waitForExit(subprocess, context);
  const streamInfo = {
    originalStreams,
    fileDescriptors,
    subprocess,
    exitPromise,
    propagating: false
  };
  const stdioPromises = waitForStdioStreams({
    subprocess,
    encoding,
    buffer,
    maxBuffer,
    lines: lines2,
    stripFinalNewline: stripFinalNewline2,
    verboseInfo,
    streamInfo
  });
  const allPromise = waitForAllStream({
    subprocess,
    encoding,
    buffer,
    maxBuffer,
    lines: lines2,
    stripFinalNewline: stripFinalNewline2,
    verboseInfo,
    streamInfo
  });
  const ipcOutput = [];
  const ipcOutputPromise = waitForIpcOutput({
    subprocess,
    buffer,
    maxBuffer,
    ipc,
    ipcOutput,
    verboseInfo
  });
  const originalPromises = waitForOriginalStreams(originalStreams, subprocess, streamInfo);
  const customStreamsEndPromises = waitForCustomStreamsEnd(fileDescriptors, streamInfo);
  try {
    return await Promise.race([
      Promise.all([
        {},
        waitForSuccessfulExit(exitPromise),
        Promise.all(stdioPromises),
        allPromise,
        ipcOutputPromise,
        sendIpcInput(subprocess, ipcInput),
        ...originalPromises,
        ...customStreamsEndPromises
      ]),
      onInternalError,
      throwOnSubprocessError(subprocess, controller),
      ...throwOnTimeout(subprocess, timeout, context, controller),
      ...throwOnCancel({
        subprocess,
        cancelSignal,
        gracefulCancel,
        context,
        controller
      }),
      ...throwOnGracefulCancel({
        subprocess,
        cancelSignal,
        gracefulCancel,
        forceKillAfterDelay,
        context,
        controller
      })
    ]);
  } catch (error) {
    context.terminationReason ??= "other";
    return Promise.all([
      { error },
      exitPromise,
      Promise.all(stdioPromises.map((stdioPromise) => getBufferedData(stdioPromise))),
      getBufferedData(allPromise),
      getBufferedIpcOutput(ipcOutputPromise, ipcOutput),
      Promise.allSettled(originalPromises),
      Promise.allSettled(customStreamsEndPromises)
    ]);
  }
};
var waitForOriginalStreams = (originalStreams, subprocess, streamInfo) => originalStreams.map((stream, fdNumber) => stream === subprocess.stdio[fdNumber] ? void 0 : waitForStream(stream, fdNumber, streamInfo));
var waitForCustomStreamsEnd = (fileDescriptors, streamInfo) => fileDescriptors.flatMap(({ stdioItems }, fdNumber) => stdioItems.filter(({ value, stream = value }) => isStream(stream, { checkOpen: false }) && !isStandardStream(stream)).map(({ type, value, stream = value }) => waitForStream(stream, fdNumber, streamInfo, {
  isSameDirection: TRANSFORM_TYPES.has(type),
  stopOnExit: type === "native"
})));
var throwOnSubprocessError = async (subprocess, { signal }) => {
  const [error] = await (0, import_node_events13.once)(subprocess, "error", { signal });
  throw error;
};

// node_modules/execa/lib/convert/concurrent.js
var initializeConcurrentStreams = () => ({
  readableDestroy: /* @__PURE__ */ new WeakMap(),
  writableFinal: /* @__PURE__ */ new WeakMap(),
  writableDestroy: /* @__PURE__ */ new WeakMap()
});
var addConcurrentStream = (concurrentStreams, stream, waitName) => {
  const weakMap = concurrentStreams[waitName];
  if (!weakMap.has(stream)) {
    weakMap.set(stream, []);
  }
  const promises = weakMap.get(stream);
  const promise = createDeferred();
  promises.push(promise);
  const resolve = promise.resolve.bind(promise);
  return { resolve, promises };
};
var waitForConcurrentStreams = async ({ resolve, promises }, subprocess) => {
  resolve();
  const [isSubprocessExit] = await Promise.race([
    Promise.allSettled([true, subprocess]),
    Promise.all([false, ...promises])
  ]);
  return !isSubprocessExit;
};

// node_modules/execa/lib/convert/readable.js
var import_node_stream6 = require("node:stream");
var import_node_util9 = require("node:util");

// node_modules/execa/lib/convert/shared.js
var import_promises12 = require("node:stream/promises");
var safeWaitForSubprocessStdin = async (subprocessStdin) => {
  if (subprocessStdin === void 0) {
    return;
  }
  try {
    await waitForSubprocessStdin(subprocessStdin);
  } catch {
  }
};
var safeWaitForSubprocessStdout = async (subprocessStdout) => {
  if (subprocessStdout === void 0) {
    return;
  }
  try {
    await waitForSubprocessStdout(subprocessStdout);
  } catch {
  }
};
var waitForSubprocessStdin = async (subprocessStdin) => {
  await (0, import_promises12.finished)(subprocessStdin, { cleanup: true, readable: false, writable: true });
};
var waitForSubprocessStdout = async (subprocessStdout) => {
  await (0, import_promises12.finished)(subprocessStdout, { cleanup: true, readable: true, writable: false });
};
var waitForSubprocess = async (subprocess, error) => {
  await subprocess;
  if (error) {
    throw error;
  }
};
var destroyOtherStream = (stream, isOpen, error) => {
  if (error && !isStreamAbort(error)) {
    stream.destroy(error);
  } else if (isOpen) {
    stream.destroy();
  }
};

// node_modules/execa/lib/convert/readable.js
var createReadable = ({ subprocess, concurrentStreams, encoding }, { from, binary: binaryOption = true, preserveNewlines = true } = {}) => {
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { subprocessStdout, waitReadableDestroy } = getSubprocessStdout(subprocess, from, concurrentStreams);
  const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
  const { read, onStdoutDataDone } = getReadableMethods({
    subprocessStdout,
    subprocess,
    binary,
    encoding,
    preserveNewlines
  });
  const readable2 = new import_node_stream6.Readable({
    read,
    destroy: (0, import_node_util9.callbackify)(onReadableDestroy.bind(void 0, { subprocessStdout, subprocess, waitReadableDestroy })),
    highWaterMark: readableHighWaterMark,
    objectMode: readableObjectMode,
    encoding: readableEncoding
  });
  onStdoutFinished({
    subprocessStdout,
    onStdoutDataDone,
    readable: readable2,
    subprocess
  });
  return readable2;
};
var getSubprocessStdout = (subprocess, from, concurrentStreams) => {
  const subprocessStdout = getFromStream(subprocess, from);
  const waitReadableDestroy = addConcurrentStream(concurrentStreams, subprocessStdout, "readableDestroy");
  return { subprocessStdout, waitReadableDestroy };
};
var getReadableOptions = ({ readableEncoding, readableObjectMode, readableHighWaterMark }, binary) => binary ? { readableEncoding, readableObjectMode, readableHighWaterMark } : { readableEncoding, readableObjectMode: true, readableHighWaterMark: DEFAULT_OBJECT_HIGH_WATER_MARK };
var getReadableMethods = ({ subprocessStdout, subprocess, binary, encoding, preserveNewlines }) => {
  const onStdoutDataDone = createDeferred();
  const onStdoutData = iterateOnSubprocessStream({
    subprocessStdout,
    subprocess,
    binary,
    shouldEncode: !binary,
    encoding,
    preserveNewlines
  });
  return {
    read() {
      onRead(this, onStdoutData, onStdoutDataDone);
    },
    onStdoutDataDone
  };
};
var onRead = async (readable2, onStdoutData, onStdoutDataDone) => {
  try {
    const { value, done } = await onStdoutData.next();
    if (done) {
      onStdoutDataDone.resolve();
    } else {
      readable2.push(value);
    }
  } catch {
  }
};
var onStdoutFinished = async ({ subprocessStdout, onStdoutDataDone, readable: readable2, subprocess, subprocessStdin }) => {
  try {
    await waitForSubprocessStdout(subprocessStdout);
    await subprocess;
    await safeWaitForSubprocessStdin(subprocessStdin);
    await onStdoutDataDone;
    if (readable2.readable) {
      readable2.push(null);
    }
  } catch (error) {
    await safeWaitForSubprocessStdin(subprocessStdin);
    destroyOtherReadable(readable2, error);
  }
};
var onReadableDestroy = async ({ subprocessStdout, subprocess, waitReadableDestroy }, error) => {
  if (await waitForConcurrentStreams(waitReadableDestroy, subprocess)) {
    destroyOtherReadable(subprocessStdout, error);
    await waitForSubprocess(subprocess, error);
  }
};
var destroyOtherReadable = (stream, error) => {
  destroyOtherStream(stream, stream.readable, error);
};

// node_modules/execa/lib/convert/writable.js
var import_node_stream7 = require("node:stream");
var import_node_util10 = require("node:util");
var createWritable = ({ subprocess, concurrentStreams }, { to } = {}) => {
  const { subprocessStdin, waitWritableFinal, waitWritableDestroy } = getSubprocessStdin(subprocess, to, concurrentStreams);
  const writable2 = new import_node_stream7.Writable({
    ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
    destroy: (0, import_node_util10.callbackify)(onWritableDestroy.bind(void 0, {
      subprocessStdin,
      subprocess,
      waitWritableFinal,
      waitWritableDestroy
    })),
    highWaterMark: subprocessStdin.writableHighWaterMark,
    objectMode: subprocessStdin.writableObjectMode
  });
  onStdinFinished(subprocessStdin, writable2);
  return writable2;
};
var getSubprocessStdin = (subprocess, to, concurrentStreams) => {
  const subprocessStdin = getToStream(subprocess, to);
  const waitWritableFinal = addConcurrentStream(concurrentStreams, subprocessStdin, "writableFinal");
  const waitWritableDestroy = addConcurrentStream(concurrentStreams, subprocessStdin, "writableDestroy");
  return { subprocessStdin, waitWritableFinal, waitWritableDestroy };
};
var getWritableMethods = (subprocessStdin, subprocess, waitWritableFinal) => ({
  write: onWrite.bind(void 0, subprocessStdin),
  final: (0, import_node_util10.callbackify)(onWritableFinal.bind(void 0, subprocessStdin, subprocess, waitWritableFinal))
});
var onWrite = (subprocessStdin, chunk, encoding, done) => {
  if (subprocessStdin.write(chunk, encoding)) {
    done();
  } else {
    subprocessStdin.once("drain", done);
  }
};
var onWritableFinal = async (subprocessStdin, subprocess, waitWritableFinal) => {
  if (await waitForConcurrentStreams(waitWritableFinal, subprocess)) {
    if (subprocessStdin.writable) {
      subprocessStdin.end();
    }
    await subprocess;
  }
};
var onStdinFinished = async (subprocessStdin, writable2, subprocessStdout) => {
  try {
    await waitForSubprocessStdin(subprocessStdin);
    if (writable2.writable) {
      writable2.end();
    }
  } catch (error) {
    await safeWaitForSubprocessStdout(subprocessStdout);
    destroyOtherWritable(writable2, error);
  }
};
var onWritableDestroy = async ({ subprocessStdin, subprocess, waitWritableFinal, waitWritableDestroy }, error) => {
  await waitForConcurrentStreams(waitWritableFinal, subprocess);
  if (await waitForConcurrentStreams(waitWritableDestroy, subprocess)) {
    destroyOtherWritable(subprocessStdin, error);
    await waitForSubprocess(subprocess, error);
  }
};
var destroyOtherWritable = (stream, error) => {
  destroyOtherStream(stream, stream.writable, error);
};

// node_modules/execa/lib/convert/duplex.js
var import_node_stream8 = require("node:stream");
var import_node_util11 = require("node:util");
var createDuplex = ({ subprocess, concurrentStreams, encoding }, { from, to, binary: binaryOption = true, preserveNewlines = true } = {}) => {
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { subprocessStdout, waitReadableDestroy } = getSubprocessStdout(subprocess, from, concurrentStreams);
  const { subprocessStdin, waitWritableFinal, waitWritableDestroy } = getSubprocessStdin(subprocess, to, concurrentStreams);
  const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
  const { read, onStdoutDataDone } = getReadableMethods({
    subprocessStdout,
    subprocess,
    binary,
    encoding,
    preserveNewlines
  });
  const duplex2 = new import_node_stream8.Duplex({
    read,
    ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
    destroy: (0, import_node_util11.callbackify)(onDuplexDestroy.bind(void 0, {
      subprocessStdout,
      subprocessStdin,
      subprocess,
      waitReadableDestroy,
      waitWritableFinal,
      waitWritableDestroy
    })),
    readableHighWaterMark,
    writableHighWaterMark: subprocessStdin.writableHighWaterMark,
    readableObjectMode,
    writableObjectMode: subprocessStdin.writableObjectMode,
    encoding: readableEncoding
  });
  onStdoutFinished({
    subprocessStdout,
    onStdoutDataDone,
    readable: duplex2,
    subprocess,
    subprocessStdin
  });
  onStdinFinished(subprocessStdin, duplex2, subprocessStdout);
  return duplex2;
};
var onDuplexDestroy = async ({ subprocessStdout, subprocessStdin, subprocess, waitReadableDestroy, waitWritableFinal, waitWritableDestroy }, error) => {
  await Promise.all([
    onReadableDestroy({ subprocessStdout, subprocess, waitReadableDestroy }, error),
    onWritableDestroy({
      subprocessStdin,
      subprocess,
      waitWritableFinal,
      waitWritableDestroy
    }, error)
  ]);
};

// node_modules/execa/lib/convert/iterable.js
var createIterable = (subprocess, encoding, {
  from,
  binary: binaryOption = false,
  preserveNewlines = false
} = {}) => {
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const subprocessStdout = getFromStream(subprocess, from);
  const onStdoutData = iterateOnSubprocessStream({
    subprocessStdout,
    subprocess,
    binary,
    shouldEncode: true,
    encoding,
    preserveNewlines
  });
  return iterateOnStdoutData(onStdoutData, subprocessStdout, subprocess);
};
var iterateOnStdoutData = async function* (onStdoutData, subprocessStdout, subprocess) {
  try {
    yield* onStdoutData;
  } finally {
    if (subprocessStdout.readable) {
      subprocessStdout.destroy();
    }
    await subprocess;
  }
};

// node_modules/execa/lib/convert/add.js
var addConvertedStreams = (subprocess, { encoding }) => {
  const concurrentStreams = initializeConcurrentStreams();
  subprocess.readable = createReadable.bind(void 0, { subprocess, concurrentStreams, encoding });
  subprocess.writable = createWritable.bind(void 0, { subprocess, concurrentStreams });
  subprocess.duplex = createDuplex.bind(void 0, { subprocess, concurrentStreams, encoding });
  subprocess.iterable = createIterable.bind(void 0, subprocess, encoding);
  subprocess[Symbol.asyncIterator] = createIterable.bind(void 0, subprocess, encoding, {});
};

// node_modules/execa/lib/methods/promise.js
var mergePromise = (subprocess, promise) => {
  for (const [property, descriptor] of descriptors) {
    const value = descriptor.value.bind(promise);
    Reflect.defineProperty(subprocess, property, { ...descriptor, value });
  }
};
var nativePromisePrototype = (async () => {
})().constructor.prototype;
var descriptors = ["then", "catch", "finally"].map((property) => [
  property,
  Reflect.getOwnPropertyDescriptor(nativePromisePrototype, property)
]);

// node_modules/execa/lib/methods/main-async.js
var execaCoreAsync = (rawFile, rawArguments, rawOptions, createNested) => {
  const { file, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors } = handleAsyncArguments(rawFile, rawArguments, rawOptions);
  const { subprocess, promise } = spawnSubprocessAsync({
    file,
    commandArguments,
    options,
    startTime,
    verboseInfo,
    command,
    escapedCommand,
    fileDescriptors
  });
  subprocess.pipe = pipeToSubprocess.bind(void 0, {
    source: subprocess,
    sourcePromise: promise,
    boundOptions: {},
    createNested
  });
  mergePromise(subprocess, promise);
  SUBPROCESS_OPTIONS.set(subprocess, { options, fileDescriptors });
  return subprocess;
};
var handleAsyncArguments = (rawFile, rawArguments, rawOptions) => {
  const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
  const { file, commandArguments, options: normalizedOptions } = normalizeOptions(rawFile, rawArguments, rawOptions);
  const options = handleAsyncOptions(normalizedOptions);
  const fileDescriptors = handleStdioAsync(options, verboseInfo);
  return {
    file,
    commandArguments,
    command,
    escapedCommand,
    startTime,
    verboseInfo,
    options,
    fileDescriptors
  };
};
var handleAsyncOptions = ({ timeout, signal, ...options }) => {
  if (signal !== void 0) {
    throw new TypeError('The "signal" option has been renamed to "cancelSignal" instead.');
  }
  return { ...options, timeoutDuration: timeout };
};
var spawnSubprocessAsync = ({ file, commandArguments, options, startTime, verboseInfo, command, escapedCommand, fileDescriptors }) => {
  let subprocess;
  try {
    subprocess = (0, import_node_child_process5.spawn)(...concatenateShell(file, commandArguments, options));
  } catch (error) {
    return handleEarlyError({
      error,
      command,
      escapedCommand,
      fileDescriptors,
      options,
      startTime,
      verboseInfo
    });
  }
  const controller = new AbortController();
  (0, import_node_events14.setMaxListeners)(Number.POSITIVE_INFINITY, controller.signal);
  const originalStreams = [...subprocess.stdio];
  pipeOutputAsync(subprocess, fileDescriptors, controller);
  cleanupOnExit(subprocess, options, controller);
  const context = {};
  const onInternalError = createDeferred();
  subprocess.kill = subprocessKill.bind(void 0, {
    kill: subprocess.kill.bind(subprocess),
    options,
    onInternalError,
    context,
    controller
  });
  subprocess.all = makeAllStream(subprocess, options);
  addConvertedStreams(subprocess, options);
  addIpcMethods(subprocess, options);
  const promise = handlePromise({
    subprocess,
    options,
    startTime,
    verboseInfo,
    fileDescriptors,
    originalStreams,
    command,
    escapedCommand,
    context,
    onInternalError,
    controller
  });
  return { subprocess, promise };
};
var handlePromise = async ({ subprocess, options, startTime, verboseInfo, fileDescriptors, originalStreams, command, escapedCommand, context, onInternalError, controller }) => {
  const [
    errorInfo,
    [exitCode, signal],
    stdioResults,
    allResult,
    ipcOutput
  ] = await waitForSubprocessResult({
    subprocess,
    options,
    context,
    verboseInfo,
    fileDescriptors,
    originalStreams,
    onInternalError,
    controller
  });
  controller.abort();
  onInternalError.resolve();
  const stdio = stdioResults.map((stdioResult, fdNumber) => stripNewline(stdioResult, options, fdNumber));
  const all = stripNewline(allResult, options, "all");
  const result = getAsyncResult({
    errorInfo,
    exitCode,
    signal,
    stdio,
    all,
    ipcOutput,
    context,
    options,
    command,
    escapedCommand,
    startTime
  });
  return handleResult(result, verboseInfo, options);
};
var getAsyncResult = ({ errorInfo, exitCode, signal, stdio, all, ipcOutput, context, options, command, escapedCommand, startTime }) => "error" in errorInfo ? makeError({
  error: errorInfo.error,
  command,
  escapedCommand,
  timedOut: context.terminationReason === "timeout",
  isCanceled: context.terminationReason === "cancel" || context.terminationReason === "gracefulCancel",
  isGracefullyCanceled: context.terminationReason === "gracefulCancel",
  isMaxBuffer: errorInfo.error instanceof MaxBufferError,
  isForcefullyTerminated: context.isForcefullyTerminated,
  exitCode,
  signal,
  stdio,
  all,
  ipcOutput,
  options,
  startTime,
  isSync: false
}) : makeSuccessResult({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput,
  options,
  startTime
});

// node_modules/execa/lib/methods/bind.js
var mergeOptions = (boundOptions, options) => {
  const newOptions = Object.fromEntries(
    Object.entries(options).map(([optionName, optionValue]) => [
      optionName,
      mergeOption(optionName, boundOptions[optionName], optionValue)
    ])
  );
  return { ...boundOptions, ...newOptions };
};
var mergeOption = (optionName, boundOptionValue, optionValue) => {
  if (DEEP_OPTIONS.has(optionName) && isPlainObject(boundOptionValue) && isPlainObject(optionValue)) {
    return { ...boundOptionValue, ...optionValue };
  }
  return optionValue;
};
var DEEP_OPTIONS = /* @__PURE__ */ new Set(["env", ...FD_SPECIFIC_OPTIONS]);

// node_modules/execa/lib/methods/create.js
var createExeca = (mapArguments, boundOptions, deepOptions, setBoundExeca) => {
  const createNested = (mapArguments2, boundOptions2, setBoundExeca2) => createExeca(mapArguments2, boundOptions2, deepOptions, setBoundExeca2);
  const boundExeca = (...execaArguments) => callBoundExeca({
    mapArguments,
    deepOptions,
    boundOptions,
    setBoundExeca,
    createNested
  }, ...execaArguments);
  if (setBoundExeca !== void 0) {
    setBoundExeca(boundExeca, createNested, boundOptions);
  }
  return boundExeca;
};
var callBoundExeca = ({ mapArguments, deepOptions = {}, boundOptions = {}, setBoundExeca, createNested }, firstArgument, ...nextArguments) => {
  if (isPlainObject(firstArgument)) {
    return createNested(mapArguments, mergeOptions(boundOptions, firstArgument), setBoundExeca);
  }
  const { file, commandArguments, options, isSync } = parseArguments({
    mapArguments,
    firstArgument,
    nextArguments,
    deepOptions,
    boundOptions
  });
  return isSync ? execaCoreSync(file, commandArguments, options) : execaCoreAsync(file, commandArguments, options, createNested);
};
var parseArguments = ({ mapArguments, firstArgument, nextArguments, deepOptions, boundOptions }) => {
  const callArguments = isTemplateString(firstArgument) ? parseTemplates(firstArgument, nextArguments) : [firstArgument, ...nextArguments];
  const [initialFile, initialArguments, initialOptions] = normalizeParameters(...callArguments);
  const mergedOptions = mergeOptions(mergeOptions(deepOptions, boundOptions), initialOptions);
  const {
    file = initialFile,
    commandArguments = initialArguments,
    options = mergedOptions,
    isSync = false
  } = mapArguments({ file: initialFile, commandArguments: initialArguments, options: mergedOptions });
  return {
    file,
    commandArguments,
    options,
    isSync
  };
};

// node_modules/execa/lib/methods/command.js
var mapCommandAsync = ({ file, commandArguments }) => parseCommand(file, commandArguments);
var mapCommandSync = ({ file, commandArguments }) => ({ ...parseCommand(file, commandArguments), isSync: true });
var parseCommand = (command, unusedArguments) => {
  if (unusedArguments.length > 0) {
    throw new TypeError(`The command and its arguments must be passed as a single string: ${command} ${unusedArguments}.`);
  }
  const [file, ...commandArguments] = parseCommandString(command);
  return { file, commandArguments };
};
var parseCommandString = (command) => {
  if (typeof command !== "string") {
    throw new TypeError(`The command must be a string: ${String(command)}.`);
  }
  const trimmedCommand = command.trim();
  if (trimmedCommand === "") {
    return [];
  }
  const tokens = [];
  for (const token of trimmedCommand.split(SPACES_REGEXP)) {
    const previousToken = tokens.at(-1);
    if (previousToken && previousToken.endsWith("\\")) {
      tokens[tokens.length - 1] = `${previousToken.slice(0, -1)} ${token}`;
    } else {
      tokens.push(token);
    }
  }
  return tokens;
};
var SPACES_REGEXP = / +/g;

// node_modules/execa/lib/methods/script.js
var setScriptSync = (boundExeca, createNested, boundOptions) => {
  boundExeca.sync = createNested(mapScriptSync, boundOptions);
  boundExeca.s = boundExeca.sync;
};
var mapScriptAsync = ({ options }) => getScriptOptions(options);
var mapScriptSync = ({ options }) => ({ ...getScriptOptions(options), isSync: true });
var getScriptOptions = (options) => ({ options: { ...getScriptStdinOption(options), ...options } });
var getScriptStdinOption = ({ input, inputFile, stdio }) => input === void 0 && inputFile === void 0 && stdio === void 0 ? { stdin: "inherit" } : {};
var deepScriptOptions = { preferLocal: true };

// node_modules/execa/index.js
var execa = createExeca(() => ({}));
var execaSync = createExeca(() => ({ isSync: true }));
var execaCommand = createExeca(mapCommandAsync);
var execaCommandSync = createExeca(mapCommandSync);
var execaNode = createExeca(mapNode);
var $ = createExeca(mapScriptAsync, {}, deepScriptOptions, setScriptSync);
var {
  sendMessage: sendMessage2,
  getOneMessage: getOneMessage2,
  getEachMessage: getEachMessage2,
  getCancelSignal: getCancelSignal2
} = getIpcExport();

// src/cache/cache-part.ts
var import_fs_extra = __toESM(require_lib(), 1);

// src/cache/schema.ts
var isString = (value) => typeof value === "string";
var isNumber = (value) => typeof value === "number" && Number.isFinite(value);
var isBoolean = (value) => typeof value === "boolean";
var isAnything = () => true;
var isStringList = (value) => Array.isArray(value) && value.every(isString);
var isStringRecord = (value) => isObject2(value) && Object.values(value).every(isString);
function optional(check) {
  return (value) => value === void 0 || check(value);
}
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function invalidField(value, schema) {
  for (const [field, check] of Object.entries(schema)) {
    if (!check(value[field])) return field;
  }
  return void 0;
}
function matches(value, schema) {
  return isObject2(value) && invalidField(value, schema) === void 0;
}

// src/cache/cache-part.ts
var CACHE_FORMAT = 1;
function changes(saved, wanted, labels) {
  const found = [];
  for (const field of Object.keys(labels)) {
    const before = saved[field];
    const after = wanted[field];
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    const show2 = (v) => typeof v === "string" || typeof v === "number" ? String(v) : void 0;
    const b = show2(before);
    const a2 = show2(after);
    found.push({
      field,
      reason: b !== void 0 && a2 !== void 0 && b.length <= 40 && a2.length <= 40 ? `${labels[field]} changed (${b} \u2192 ${a2})` : `${labels[field]} changed`
    });
  }
  return found;
}
function differences(saved, wanted, labels) {
  return changes(saved, wanted, labels).map((c3) => c3.reason);
}
function checkMetadata(parsed, schema) {
  if (!isObject2(parsed)) return { kind: "corrupt", reason: "its metadata is corrupt" };
  if (parsed["format"] !== CACHE_FORMAT) {
    return {
      kind: "old-format",
      reason: `it was saved in cache format ${String(parsed["format"])} and this pyslug uses ${CACHE_FORMAT}`,
      format: parsed["format"]
    };
  }
  const field = invalidField(parsed, schema);
  if (field !== void 0) return { kind: "corrupt", reason: `its metadata is corrupt (${field} is missing or malformed)`, field };
  return { kind: "ok", metadata: parsed };
}
var CachePart = class {
  constructor(cacheRoot, name, schema) {
    this.name = name;
    this.schema = schema;
    this.dir = import_node_path6.default.join(cacheRoot, name);
    this.content = import_node_path6.default.join(this.dir, "content");
    this.metadataFile = import_node_path6.default.join(this.dir, "metadata.json");
  }
  name;
  schema;
  dir;
  content;
  metadataFile;
  /** The saved metadata, validated, or what is wrong with the part. */
  async load() {
    if (!await import_fs_extra.default.pathExists(this.metadataFile)) {
      return await import_fs_extra.default.pathExists(this.dir) ? { kind: "incomplete", reason: "it was not saved completely" } : { kind: "none" };
    }
    let parsed;
    try {
      parsed = JSON.parse(await import_fs_extra.default.readFile(this.metadataFile, "utf8"));
    } catch {
      return { kind: "corrupt", reason: "its metadata is corrupt" };
    }
    const checked = checkMetadata(parsed, this.schema);
    if (checked.kind !== "ok") return checked;
    if (!await import_fs_extra.default.pathExists(this.content)) return { kind: "incomplete", reason: "its content is missing" };
    return checked;
  }
  /** A small file kept beside the content (saved before the metadata, so it is trusted with it). */
  sidecar(name) {
    return import_node_path6.default.join(this.dir, name);
  }
  /** Moves the content to `dest` (a rename), un-trusting the part first so a crash can't leave it half-trusted. */
  async takeTo(dest) {
    await import_fs_extra.default.rm(this.metadataFile, { force: true });
    await import_fs_extra.default.ensureDir(import_node_path6.default.dirname(dest));
    await import_fs_extra.default.move(this.content, dest, { overwrite: false });
    await import_fs_extra.default.rm(this.dir, { recursive: true, force: true });
  }
  /** Marks the part as in use: until trust() runs again, a later build won't rely on it. */
  async untrust() {
    await import_fs_extra.default.rm(this.metadataFile, { force: true });
    await import_fs_extra.default.ensureDir(this.content);
  }
  /** Records the metadata of content that was updated in place (with its sidecars, written first). */
  async trust(metadata, sidecars = {}) {
    for (const [name, text] of Object.entries(sidecars)) await import_fs_extra.default.writeFile(this.sidecar(name), text);
    await writeFileAtomic(this.metadataFile, `${JSON.stringify(metadata, null, 2)}
`);
  }
  /** Removes the part, un-trusting it first: a discard cut short never leaves metadata beside half-removed content. */
  async discard() {
    await import_fs_extra.default.rm(this.metadataFile, { force: true });
    await import_fs_extra.default.rm(this.dir, { recursive: true, force: true });
  }
  /**
   * Saves `source` as this part's content, then the metadata: with hard links (a copy only across filesystems), or with
   * `files: "copies"` as files of their own (reflinks where the filesystem has them), for content whose readers refuse
   * a file with more than one link (NLTK's).
   */
  async save(source, metadata, sidecars = {}, files = "links") {
    await this.discard();
    await import_fs_extra.default.ensureDir(this.dir);
    if (files === "copies") await copyTree(source, this.content);
    else {
      try {
        await execa("cp", ["-a", "--link", source, this.content]);
      } catch {
        await import_fs_extra.default.rm(this.content, { recursive: true, force: true });
        await execa("cp", ["-a", source, this.content]);
      }
    }
    await this.trust(metadata, sidecars);
  }
  /** Copies the content to `dest` (files of their own, reflinks where the filesystem has them); the part stays as it is. */
  async copyTo(dest) {
    await import_fs_extra.default.rm(dest, { recursive: true, force: true });
    await import_fs_extra.default.ensureDir(import_node_path6.default.dirname(dest));
    await copyTree(this.content, dest);
  }
};
async function copyTree(source, dest) {
  await execa("cp", ["-a", "--reflink=auto", source, dest]);
}

// src/cache/build-state.ts
var SCHEMA = { format: isNumber, pythonMinor: optional(isString), stack: optional(isString) };
function buildStateFile(cacheRoot) {
  return import_node_path7.default.join(cacheRoot, "build-state.json");
}
async function readBuildState(cacheRoot) {
  try {
    const state = JSON.parse(await import_fs_extra2.default.readFile(buildStateFile(cacheRoot), "utf8"));
    return matches(state, SCHEMA) && state.format === CACHE_FORMAT ? state : {};
  } catch {
    return {};
  }
}
async function writeBuildState(cacheRoot, state) {
  const file = buildStateFile(cacheRoot);
  await import_fs_extra2.default.ensureDir(cacheRoot);
  await writeFileAtomic(file, `${JSON.stringify({ format: CACHE_FORMAT, ...state }, null, 2)}
`);
}

// src/support/disk.ts
var import_promises13 = __toESM(require("node:fs/promises"), 1);
async function freeBytes(dir) {
  try {
    const stats = await import_promises13.default.statfs(dir);
    return stats.bavail * stats.bsize;
  } catch {
    return void 0;
  }
}
var LOW_SPACE_BYTES = 1 << 20;

// src/support/redact.ts
var USERINFO_IN_TEXT = /(?<=[A-Za-z][A-Za-z0-9+.-]*:\/\/)[^\s/?#]*@/g;
function redactUrl(url) {
  return redactText(url);
}
function redactText(text) {
  return text.replace(USERINFO_IN_TEXT, "***@");
}
function credentialsIn(value) {
  const secrets = [];
  for (const match of value.matchAll(/(?<=[a-z][a-z0-9+.-]*:\/\/)[^/@\s]+(?=@)/gi)) {
    const userinfo = match[0];
    const [user, password] = userinfo.split(":", 2);
    for (const part4 of [userinfo, user, password]) {
      if (part4 && part4.length >= 3) {
        secrets.push(part4);
        try {
          const decoded = decodeURIComponent(part4);
          if (decoded !== part4) secrets.push(decoded);
        } catch {
        }
      }
    }
  }
  return secrets;
}
function redactSecrets(text, secrets) {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join("***");
  return out;
}

// src/cache/best-effort-save.ts
async function reasonOf(error, cacheDir) {
  const code = error?.code;
  const free = await freeBytes(cacheDir);
  if (code === "ENOSPC" || code === "EDQUOT" || free !== void 0 && free < LOW_SPACE_BYTES) {
    return `CACHE_DIR is full${free === void 0 ? "" : ` (${Math.round(free / 1024)} KB free)`}`;
  }
  const first = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  return redactText(first.length > 200 ? `${first.slice(0, 200)}\u2026` : first);
}
var CacheSaves = class {
  constructor(log2, cacheDir) {
    this.log = log2;
    this.cacheDir = cacheDir;
  }
  log;
  cacheDir;
  failed = false;
  /** Runs one save; false when it failed or was skipped after an earlier failure (its `undo` then runs all the same). */
  async run(save, undo) {
    if (this.failed) {
      await undo?.().catch(() => void 0);
      return false;
    }
    try {
      await save();
      return true;
    } catch (error) {
      this.failed = true;
      const reason = await reasonOf(error, this.cacheDir);
      await undo?.().catch(() => void 0);
      this.log.warn(
        `The build cache could not be saved: ${reason}.
The next build will download and install again what couldn't be kept.`
      );
      return false;
    }
  }
  get ok() {
    return !this.failed;
  }
};

// src/dependencies/index-config.ts
var import_node_crypto = require("node:crypto");
var INDEX_SETTINGS = ["PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS", "PIP_TRUSTED_HOST", "PIPENV_PYPI_MIRROR"];
function readIndexConfig(config) {
  const env = {};
  for (const name of INDEX_SETTINGS) {
    const value = config.setting(name);
    if (value !== void 0) env[name] = value;
  }
  const hash = (0, import_node_crypto.createHash)("sha256").update(JSON.stringify(env)).digest("hex").slice(0, 16);
  const secrets = [...new Set(Object.values(env).flatMap(credentialsIn))].sort((a2, b) => b.length - a2.length);
  return { env, hash, secrets };
}
function withSecrets(index, secrets) {
  if (secrets.length === 0) return index;
  return { ...index, secrets: [.../* @__PURE__ */ new Set([...index.secrets, ...secrets])].sort((a2, b) => b.length - a2.length) };
}

// src/support/errors.ts
var BuildError = class extends Error {
  name = "BuildError";
  /** The file the problem is in, relative to the app root, when there is one. */
  file;
  /** 1-based line in `file`, when known. */
  line;
  constructor(message, where2 = {}) {
    super(message);
    this.file = where2.file;
    this.line = where2.line;
  }
  /** "requirements.txt, line 3" or "requirements.txt" or "". */
  get location() {
    if (this.file === void 0) return "";
    return this.line === void 0 ? this.file : `${this.file}, line ${this.line}`;
  }
  /** What the log prints: the message, followed by where the problem is when the message doesn't name the file. */
  get report() {
    if (this.file === void 0 || this.message.includes(this.file)) return this.message;
    return `${this.message}
(in ${this.location})`;
  }
};
function excerpt(text, max = 200) {
  if (text.length <= max) return text;
  const head = Math.ceil(max * 0.7);
  const tail = max - head;
  return `${text.slice(0, head)}\u2026(${text.length - head - tail} more characters)\u2026${text.slice(text.length - tail)}`;
}
function isBuildError(error) {
  return error instanceof BuildError;
}

// src/dependencies/pep440.ts
var VersionSyntaxError = class extends Error {
};
var VERSION_PATTERN = /^\s*v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i;
var PRE_NAMES = { alpha: "a", a: "a", beta: "b", b: "b", preview: "rc", pre: "rc", c: "rc", rc: "rc" };
function parseVersion(text) {
  const m = VERSION_PATTERN.exec(text);
  if (!m) return void 0;
  const [, epoch, release, preName, preNumber, postImplicit, postName, postNumber, devName, devNumber, local] = m;
  return {
    epoch: epoch ? Number(epoch) : 0,
    release: release.split(".").map(Number),
    pre: preName ? [PRE_NAMES[preName.toLowerCase()], Number(preNumber ?? 0)] : void 0,
    post: postImplicit !== void 0 ? Number(postImplicit) : postName ? Number(postNumber ?? 0) : void 0,
    dev: devName ? Number(devNumber ?? 0) : void 0,
    local: local?.toLowerCase().replace(/[-_]/g, ".")
  };
}
function mustParse(text) {
  const v = parseVersion(text);
  if (!v) throw new VersionSyntaxError(`'${text}' is not a version`);
  return v;
}
function compareReleases(a2, b) {
  const length = Math.max(a2.length, b.length);
  for (let i2 = 0; i2 < length; i2++) {
    const d = (a2[i2] ?? 0) - (b[i2] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
var PRE_ORDER = { a: 0, b: 1, rc: 2 };
function compareLocal(a2, b) {
  if (a2 === b) return 0;
  if (a2 === void 0) return -1;
  if (b === void 0) return 1;
  const pa = a2.split(".");
  const pb = b.split(".");
  for (let i2 = 0; i2 < Math.max(pa.length, pb.length); i2++) {
    const x = pa[i2];
    const y = pb[i2];
    if (x === void 0) return -1;
    if (y === void 0) return 1;
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
function compareVersions(a2, b) {
  if (a2.epoch !== b.epoch) return Math.sign(a2.epoch - b.epoch);
  const release = compareReleases(a2.release, b.release);
  if (release !== 0) return release;
  const preKey = (v) => v.pre ? [PRE_ORDER[v.pre[0]], v.pre[1]] : v.post === void 0 && v.dev !== void 0 ? [-1, 0] : [3, 0];
  const [pa, pb] = [preKey(a2), preKey(b)];
  if (pa[0] !== pb[0]) return Math.sign(pa[0] - pb[0]);
  if (pa[1] !== pb[1]) return Math.sign(pa[1] - pb[1]);
  const post = (a2.post ?? -1) - (b.post ?? -1);
  if (post !== 0) return Math.sign(post);
  const dev = (a2.dev ?? Infinity) - (b.dev ?? Infinity);
  if (dev !== 0 && Number.isFinite(dev)) return Math.sign(dev);
  if (a2.dev === void 0 && b.dev !== void 0) return 1;
  if (a2.dev !== void 0 && b.dev === void 0) return -1;
  return compareLocal(a2.local, b.local);
}
function isPrerelease(v) {
  return v.pre !== void 0 || v.dev !== void 0;
}
function withoutLocal(v) {
  return { ...v, local: void 0 };
}
function base(v) {
  return { epoch: v.epoch, release: v.release, pre: void 0, post: void 0, dev: void 0, local: void 0 };
}
var SPECIFIER_PATTERN = /^\s*(~=|===|==|!=|<=|>=|<|>)\s*(\S+?)\s*$/;
function parseSpecifiers(text) {
  if (text.trim() === "") return [];
  return text.split(",").map((item) => {
    const m = SPECIFIER_PATTERN.exec(item);
    if (!m) throw new VersionSyntaxError(`'${item.trim()}' is not a version specifier`);
    const [, operator, version] = m;
    if (operator !== "===") {
      const wildcard = version.endsWith(".*");
      if (wildcard && operator !== "==" && operator !== "!=") throw new VersionSyntaxError(`'${item.trim()}': only == and != take a '.*'`);
      mustParse(wildcard ? version.slice(0, -2) : version);
      if (operator === "~=" && mustParse(version).release.length < 2) throw new VersionSyntaxError(`'${item.trim()}': ~= needs X.Y`);
    }
    return { operator, version };
  });
}
function matchesOne(candidate, raw, spec) {
  const { operator, version } = spec;
  if (operator === "===") return raw.trim().toLowerCase() === version.toLowerCase();
  if (version.endsWith(".*")) {
    const prefix = mustParse(version.slice(0, -2));
    const c3 = withoutLocal(candidate);
    const same = c3.epoch === prefix.epoch && compareReleases(c3.release.slice(0, prefix.release.length), prefix.release) === 0 && (prefix.pre === void 0 || c3.pre?.[0] === prefix.pre[0] && c3.pre?.[1] === prefix.pre[1]);
    return operator === "==" ? same : !same;
  }
  const target = mustParse(version);
  const cmp = (a2, b) => compareVersions(a2, b);
  switch (operator) {
    case "==":
      return cmp(target.local === void 0 ? withoutLocal(candidate) : candidate, target) === 0;
    case "!=":
      return cmp(target.local === void 0 ? withoutLocal(candidate) : candidate, target) !== 0;
    case "<=":
      return cmp(withoutLocal(candidate), target) <= 0;
    case ">=":
      return cmp(withoutLocal(candidate), target) >= 0;
    case "<":
      if (cmp(withoutLocal(candidate), target) >= 0) return false;
      return isPrerelease(target) || !isPrerelease(candidate) || cmp(base(candidate), base(target)) !== 0;
    case ">":
      if (cmp(withoutLocal(candidate), target) <= 0) return false;
      return target.post !== void 0 || candidate.post === void 0 || cmp(base(candidate), base(target)) !== 0;
    case "~=": {
      const prefix = target.release.slice(0, -1);
      const upper = { ...base(target), release: prefix };
      return cmp(withoutLocal(candidate), target) >= 0 && candidate.epoch === target.epoch && compareReleases(candidate.release.slice(0, prefix.length), upper.release) === 0;
    }
    default:
      return false;
  }
}
function satisfies(version, specifiers) {
  const candidate = mustParse(version);
  const list2 = typeof specifiers === "string" ? parseSpecifiers(specifiers) : specifiers;
  return list2.every((spec) => matchesOne(candidate, version, spec));
}

// src/dependencies/markers.ts
function machineOf(arch) {
  return { amd64: "x86_64", arm64: "aarch64" }[arch] ?? arch;
}
function targetEnvironment(version, arch) {
  const [major, minor] = version.split(".");
  return {
    python_version: `${major}.${minor}`,
    python_full_version: version,
    os_name: "posix",
    sys_platform: "linux",
    platform_system: "Linux",
    platform_machine: machineOf(arch),
    // The kernel of the dyno isn't known at build time; markers on these are vanishingly rare.
    platform_release: "",
    platform_version: "",
    platform_python_implementation: "CPython",
    implementation_name: "cpython",
    implementation_version: version
  };
}
var MarkerSyntaxError = class extends Error {
};
var ALIASES = {
  "os.name": "os_name",
  "sys.platform": "sys_platform",
  "platform.version": "platform_version",
  "platform.machine": "platform_machine",
  "platform.python_implementation": "platform_python_implementation",
  python_implementation: "platform_python_implementation"
};
var VARIABLES = /* @__PURE__ */ new Set([
  "python_version",
  "python_full_version",
  "os_name",
  "sys_platform",
  "platform_system",
  "platform_machine",
  "platform_release",
  "platform_version",
  "platform_python_implementation",
  "implementation_name",
  "implementation_version",
  "extra",
  // Dependency groups (PEP 735 markers uv writes).
  "dependency_groups"
]);
var VERSION_VARIABLES = /* @__PURE__ */ new Set(["python_version", "python_full_version", "implementation_version", "platform_release"]);
var SPACE = /\s/;
var OPERATORS = ["===", "==", "!=", "<=", ">=", "~=", "<", ">"];
function isWordChar(code, part4) {
  const lower = code | 32;
  return lower >= 97 && lower <= 122 || code === 95 || part4 && (code >= 48 && code <= 57 || code === 46);
}
function isSpace(code) {
  return code === 32 || code >= 9 && code <= 13 || code > 127 && SPACE.test(String.fromCharCode(code));
}
function tokenize(text) {
  const tokens = [];
  const end = text.length;
  let i2 = 0;
  for (; ; ) {
    while (i2 < end && isSpace(text.charCodeAt(i2))) i2++;
    if (i2 >= end) return tokens;
    const ch = text[i2];
    if (ch === '"' || ch === "'") {
      const close = text.indexOf(ch, i2 + 1);
      if (close < 0) break;
      tokens.push({ kind: "string", text: text.slice(i2 + 1, close), raw: text.slice(i2, close + 1) });
      i2 = close + 1;
    } else if (ch === "(" || ch === ")") {
      tokens.push({ kind: "paren", text: ch, raw: ch });
      i2++;
    } else if (isWordChar(text.charCodeAt(i2), false)) {
      let j = i2 + 1;
      while (j < end && isWordChar(text.charCodeAt(j), true)) j++;
      const word = text.slice(i2, j);
      tokens.push({ kind: "word", text: word, raw: word });
      i2 = j;
    } else {
      const op = OPERATORS.find((o2) => text.startsWith(o2, i2));
      if (op === void 0) break;
      tokens.push({ kind: "op", text: op, raw: op });
      i2 += op.length;
    }
  }
  throw new MarkerSyntaxError(`unexpected text '${text.slice(i2).trim().slice(0, 60)}' in the marker`);
}
function parseTokens(tokens) {
  let pos = 0;
  const isToken = (kind, text, at = pos) => {
    const t = tokens[at];
    return t?.kind === kind && t.text === text;
  };
  const isWord = (word, at = pos) => isToken("word", word, at);
  const isParen = (paren) => isToken("paren", paren);
  function operand() {
    const t = tokens[pos++];
    if (!t) throw new MarkerSyntaxError("the marker ends too early");
    if (t.kind === "string") return { literal: t.text };
    if (t.kind === "word") {
      const name = ALIASES[t.text] ?? t.text;
      if (VARIABLES.has(name)) return { variable: name };
    }
    throw new MarkerSyntaxError(`'${t.text}' is not a marker variable (like python_version, sys_platform) or a quoted string`);
  }
  function operator() {
    const t = tokens[pos];
    if (t?.kind === "op" || isWord("in")) {
      pos += 1;
      return t.text;
    }
    if (isWord("not") && isWord("in", pos + 1)) {
      pos += 2;
      return "not in";
    }
    throw new MarkerSyntaxError(`expected a comparison operator in the marker, found '${t?.text ?? "the end"}'`);
  }
  function comparison() {
    if (isParen("(")) {
      pos++;
      const inner = or();
      if (!isParen(")")) throw new MarkerSyntaxError("a '(' in the marker is not closed");
      pos++;
      return inner;
    }
    const left = operand();
    return { kind: "compare", left, operator: operator(), right: operand() };
  }
  function joined(kind, next) {
    const items = [next()];
    while (isWord(kind)) {
      pos++;
      items.push(next());
    }
    return items.length === 1 ? items[0] : { kind, items };
  }
  function or() {
    return joined("or", () => joined("and", comparison));
  }
  if (tokens.length === 0) throw new MarkerSyntaxError("the marker is empty");
  const tree = or();
  if (pos < tokens.length) throw new MarkerSyntaxError(`unexpected '${tokens[pos].text}' in the marker`);
  return tree;
}
function parseMarker(text) {
  return parseTokens(tokenize(text));
}
function canonicalMarker(text) {
  const tokens = tokenize(text);
  parseTokens(tokens);
  let out = "";
  for (let i2 = 0; i2 < tokens.length; i2++) {
    const token = tokens[i2];
    const glue = i2 === 0 || tokens[i2 - 1].text === "(" || token.text === ")" ? "" : " ";
    out += glue + (token.kind === "string" && !token.text.includes('"') ? `"${token.text}"` : token.raw);
  }
  return out;
}
function normaliseName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function compare(left, operator, right, versions) {
  if (operator === "in") return right.includes(left);
  if (operator === "not in") return !right.includes(left);
  if (versions) {
    try {
      parseSpecifiers(`${operator}${right}`);
      return satisfies(left, `${operator}${right}`);
    } catch (error) {
      if (!(error instanceof VersionSyntaxError)) throw error;
    }
  }
  switch (operator) {
    case "==":
    case "===":
      return left === right;
    case "!=":
      return left !== right;
    case "<":
      return left < right;
    case "<=":
      return left <= right;
    case ">":
      return left > right;
    case ">=":
      return left >= right;
    default:
      return false;
  }
}
function evaluateSet(set, operator, value) {
  const name = normaliseName(value);
  if (operator === "==") return set.has(name);
  if (operator === "!=") return !set.has(name);
  if (operator === "in") return set.has(name);
  if (operator === "not in") return !set.has(name);
  return false;
}
function evaluate(node, env, context = {}) {
  if (node.kind !== "compare") {
    return node.kind === "and" ? node.items.every((n2) => evaluate(n2, env, context)) : node.items.some((n2) => evaluate(n2, env, context));
  }
  const { left, operator, right } = node;
  for (const [side, other] of [
    [left, right],
    [right, left]
  ]) {
    if ("variable" in side && (side.variable === "extra" || side.variable === "dependency_groups") && "literal" in other) {
      const active = (side.variable === "extra" ? context.extras : context.groups) ?? /* @__PURE__ */ new Set();
      return evaluateSet(active, operator, other.literal);
    }
  }
  const value = (o2) => "literal" in o2 ? o2.literal : env[o2.variable] ?? "";
  const versions = "variable" in left && VERSION_VARIABLES.has(left.variable) || "variable" in right && VERSION_VARIABLES.has(right.variable);
  return compare(value(left), operator, value(right), versions);
}
var cache = /* @__PURE__ */ new Map();
function markerMatches(marker, env, context = {}) {
  if (marker === void 0 || marker.trim() === "") return true;
  let tree = cache.get(marker);
  if (!tree) {
    try {
      tree = parseMarker(marker);
    } catch (error) {
      if (error instanceof MarkerSyntaxError) throw new MarkerSyntaxError(`'${excerpt(marker)}': ${error.message}`);
      throw error;
    }
    if (cache.size > 1e4) cache.clear();
    cache.set(marker, tree);
  }
  return evaluate(tree, env, context);
}

// src/dependencies/pip-plan.ts
var import_node_path16 = __toESM(require("node:path"), 1);
var import_fs_extra5 = __toESM(require_lib(), 1);

// src/dependencies/pip/requirements-file.ts
var import_node_fs8 = __toESM(require("node:fs"), 1);
var import_node_path10 = __toESM(require("node:path"), 1);

// src/support/text-file.ts
var import_promises14 = __toESM(require("node:fs/promises"), 1);
function lineOfByte(bytes, offset) {
  let line = 1;
  for (let i2 = 0; i2 < offset; i2++) if (bytes[i2] === 10) line++;
  return line;
}
function looksLikeUtf16(bytes) {
  const sample = Math.min(bytes.length, 512) & ~1;
  if (sample < 4) return false;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i2 = 0; i2 < sample; i2 += 2) {
    if (bytes[i2] === 0) evenNuls++;
    if (bytes[i2 + 1] === 0) oddNuls++;
  }
  const pairs = sample / 2;
  return oddNuls > pairs * 0.4 && evenNuls === 0 || evenNuls > pairs * 0.4 && oddNuls === 0;
}
var SAVE_AS_UTF8 = "Save it as UTF-8 (most editors have an encoding choice when saving; or: iconv -f UTF-16 -t UTF-8).";
function decodeAppText(bytes, file) {
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255 || looksLikeUtf16(bytes)) {
    throw new BuildError(`${file} is UTF-16 text, and pyslug reads UTF-8 (as pip does on Heroku).
${SAVE_AS_UTF8}`, { file });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = lineOfByte(bytes, nul);
    throw new BuildError(
      `${file}, line ${line}: the file contains a NUL byte, so it is binary data, not text.
Check that ${file} is the file you meant to commit (not a compiled or corrupted file) and save it as plain UTF-8 text.`,
      { file, line }
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    const bad = text.indexOf("\uFFFD");
    const line = bad < 0 ? 1 : text.slice(0, bad).split("\n").length;
    throw new BuildError(
      `${file}, line ${line}: the file isn't valid UTF-8 text (it may be Latin-1 or Windows-1252, or binary data).
` + SAVE_AS_UTF8.replace("UTF-16", "WINDOWS-1252"),
      { file, line }
    );
  }
}
var MB = 1024 * 1024;
var SIZE_LIMITS = {
  /** Every requirements file of a build together, includes counted each time they are read. */
  requirements: 4 * MB,
  Pipfile: MB / 2,
  "Pipfile.lock": 5 * MB,
  /** runtime.txt and .python-version: one line. */
  version: 64 * 1024
};
function formatSize(bytes) {
  return bytes >= MB ? `${(bytes / MB).toFixed(bytes % MB === 0 ? 0 : 1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
function checkSize(bytes, limit, file, what = `${file} is`) {
  if (bytes <= limit) return;
  throw new BuildError(
    `${what} ${formatSize(bytes)}, more than the ${formatSize(limit)} pyslug reads.
A real ${file} is far smaller: check that the file committed is the one you meant (not generated output, a log or data).`,
    { file }
  );
}
async function readAppText(abs, file, limit) {
  checkSize((await import_promises14.default.stat(abs)).size, limit, file);
  return decodeAppText(await import_promises14.default.readFile(abs), file);
}

// src/dependencies/pip/classify.ts
var import_node_path9 = __toESM(require("node:path"), 1);

// src/dependencies/pip/lines.ts
function isLineBreak(code) {
  switch (code) {
    case 10:
    // \n
    case 11:
    // \v
    case 12:
    // \f
    case 13:
    // \r
    case 28:
    // file, group and record separators
    case 29:
    case 30:
    case 133:
    // next line
    case 8232:
    // line and paragraph separators
    case 8233:
      return true;
    default:
      return false;
  }
}
var FULL_LINE_COMMENT = /^\s*#/;
var WHITESPACE = /\s/;
var ENV_VAR = /\$\{([A-Z0-9_]+)\}/g;
function physicalLines(content) {
  const text = content.startsWith("\uFEFF") ? content.slice(1) : content;
  const parts = [];
  let start = 0;
  for (let i2 = 0; i2 < text.length; i2++) {
    const code = text.charCodeAt(i2);
    if (!isLineBreak(code)) continue;
    parts.push(text.slice(start, i2));
    if (code === 13 && text.charCodeAt(i2 + 1) === 10) i2++;
    start = i2 + 1;
  }
  parts.push(text.slice(start));
  if (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  return parts;
}
function stripBackslashes(line) {
  let start = 0;
  let end = line.length;
  while (start < end && line.charCodeAt(start) === 92) start++;
  while (end > start && line.charCodeAt(end - 1) === 92) end--;
  return line.slice(start, end);
}
function joinContinuations(lines2) {
  const out = [];
  let pending = [];
  let start = 0;
  lines2.forEach((raw, index) => {
    if (pending.length === 0 && (raw === "" || raw.trim() === "")) return;
    const number = index + 1;
    const isComment = FULL_LINE_COMMENT.test(raw);
    if (!raw.endsWith("\\") || isComment) {
      const line = isComment ? ` ${raw}` : raw;
      if (pending.length > 0) {
        pending.push(line);
        out.push({ line: start, text: pending.join("") });
        pending = [];
      } else {
        out.push({ line: number, text: line });
      }
    } else {
      if (pending.length === 0) start = number;
      pending.push(stripBackslashes(raw));
    }
  });
  if (pending.length > 0) out.push({ line: start, text: pending.join("") });
  return out;
}
function withoutComment(text) {
  for (let i2 = text.indexOf("#"); i2 >= 0; i2 = text.indexOf("#", i2 + 1)) {
    if (i2 === 0 || WHITESPACE.test(text[i2 - 1])) return text.slice(0, i2);
  }
  return text;
}
function logicalLines(content) {
  const out = [];
  for (const { line, text } of joinContinuations(physicalLines(content))) {
    const stripped = withoutComment(text).trim();
    if (stripped !== "") out.push({ line, text: stripped });
  }
  return out;
}
function envVarNames(text) {
  if (!text.includes("${")) return [];
  return [...text.matchAll(ENV_VAR)].map((m) => m[1] ?? "");
}
function expandEnv(text, env, onMissing) {
  return text.replace(ENV_VAR, (whole, name) => {
    const value = env[name];
    if (value === void 0 || value === "") {
      onMissing(name);
      return whole;
    }
    return value;
  });
}

// src/dependencies/pip/local-paths.ts
var import_node_fs7 = __toESM(require("node:fs"), 1);
var import_node_path8 = __toESM(require("node:path"), 1);
function isInside(root, target) {
  const rel = import_node_path8.default.relative(root, target);
  return rel === "" || !rel.startsWith("..") && !import_node_path8.default.isAbsolute(rel);
}
function toAppRelative(root, target) {
  const rel = import_node_path8.default.relative(root, target);
  return rel === "" ? "." : rel.split(import_node_path8.default.sep).join("/");
}
function fileUrlPath(url) {
  let rest = url.replace(/^file:/i, "").replace(/[?#].*$/, "");
  if (rest.startsWith("//")) {
    const slash = rest.indexOf("/", 2);
    const host = slash < 0 ? rest.slice(2) : rest.slice(2, slash);
    if (host !== "" && host.toLowerCase() !== "localhost") return void 0;
    rest = slash < 0 ? "/" : rest.slice(slash);
  }
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}
function statOf(p) {
  try {
    return import_node_fs7.default.statSync(p);
  } catch {
    return void 0;
  }
}
function realPath(p) {
  return import_node_fs7.default.realpathSync.native(p);
}
function isInstallableDir(dir) {
  return statOf(import_node_path8.default.join(dir, "pyproject.toml"))?.isFile() === true || statOf(import_node_path8.default.join(dir, "setup.py"))?.isFile() === true;
}
var ARCHIVE_EXTENSIONS = [
  ".zip",
  ".whl",
  ".tar.bz2",
  ".tbz",
  ".tar.gz",
  ".tgz",
  ".tar",
  ".tar.xz",
  ".txz",
  ".tlz",
  ".tar.lz",
  ".tar.lzma"
];
function isArchiveName(name) {
  const lower = name.toLowerCase();
  return ARCHIVE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

// src/dependencies/pip/pep508.ts
var SpecError = class extends Error {
};
var NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
var VALID_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
var SPECIFIER = /^(~=|===|==|!=|<=|>=|<|>)\s*([^,;\s()]+)$/;
var URL_WITH_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;
function canonicalName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function readExtras(text) {
  if (!text.startsWith("[")) return { extras: [], rest: text };
  const close = text.indexOf("]");
  if (close < 0) throw new SpecError("the extras list is missing its closing ']'");
  const inner = text.slice(1, close).trim();
  const extras = inner === "" ? [] : inner.split(",").map((e) => e.trim());
  for (const extra of extras) {
    if (!VALID_NAME.test(extra)) throw new SpecError(`'${extra}' is not a valid extra name`);
  }
  return { extras, rest: text.slice(close + 1).trimStart() };
}
function parseSpecifiers2(text) {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  const items = trimmed.split(",").map((item) => {
    const match = SPECIFIER.exec(item.trim());
    if (!match) throw new SpecError(`'${item.trim()}' is not a version specifier (like ==1.2.3, >=1.0, ~=2.1, !=1.5)`);
    return `${match[1]}${match[2]}`;
  });
  return items.sort().join(",");
}
function parseNamedRequirement(text) {
  const trimmed = text.trim();
  const nameMatch = NAME.exec(trimmed);
  if (!nameMatch) throw new SpecError("it does not start with a project name");
  const name = nameMatch[0];
  const { extras, rest } = readExtras(trimmed.slice(name.length).trimStart());
  if (rest.startsWith("@")) {
    const url = rest.slice(1).trim();
    if (url === "" || /\s/.test(url)) throw new SpecError("'@' must be followed by exactly one URL");
    if (!URL_WITH_SCHEME.test(url)) throw new SpecError(`'${url}' is not a URL (it needs a scheme such as https:// or file:)`);
    if (!/^file:/i.test(url) && !url.includes("://")) throw new SpecError(`'${url}' is not a URL with a host`);
    return { name, extras, specifier: "", url };
  }
  let specText = rest;
  if (rest.startsWith("(")) {
    if (!rest.endsWith(")")) throw new SpecError("the version specifier in parentheses is missing its ')'");
    specText = rest.slice(1, -1);
  }
  return { name, extras, specifier: parseSpecifiers2(specText) };
}

// src/dependencies/pip/classify.ts
var VCS_SCHEMES = [
  "bzr+http",
  "bzr+https",
  "bzr+ssh",
  "bzr+sftp",
  "bzr+ftp",
  "bzr+lp",
  "bzr+file",
  "git+http",
  "git+https",
  "git+ssh",
  "git+git",
  "git+file",
  "hg+file",
  "hg+http",
  "hg+https",
  "hg+ssh",
  "hg+static-http",
  "svn+ssh",
  "svn+http",
  "svn+https",
  "svn+svn",
  "svn+file"
];
var URL_SCHEMES = /* @__PURE__ */ new Set(["http", "https", "file", "ftp", ...VCS_SCHEMES]);
var EGG_FRAGMENT = /[#&]egg=([^&]*)/;
var ANY_SCHEME_URL = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;
var PATH_FIX = "Paths in requirements files are relative to the app root (where pip runs), not to the requirements file; make sure the path is committed to the app's repository.";
function urlScheme(text) {
  const colon = text.indexOf(":");
  if (colon < 0) return void 0;
  const scheme = text.slice(0, colon).toLowerCase();
  return URL_SCHEMES.has(scheme) ? scheme : void 0;
}
function looksLikePath(text) {
  return text.includes("/") || text.startsWith(".");
}
function nameFromUrl(url) {
  const egg = EGG_FRAGMENT.exec(url)?.[1];
  if (egg) return egg;
  const file = url.replace(/[?#].*$/, "").split("/").pop() ?? "";
  if (file.toLowerCase().endsWith(".whl")) return file.split("-")[0] || void 0;
  return void 0;
}
function splitExtras(text) {
  const close = text.length - 1;
  if (close < 3 || text[close] !== "]") return { base: text, extras: [] };
  let open = text.lastIndexOf("[", close - 1);
  if (open === close - 1) open = text.lastIndexOf("[", open - 1);
  if (open < 1 || text.lastIndexOf("]", close - 1) > open) return { base: text, extras: [] };
  const extras = text.slice(open + 1, close).split(",").map((e) => e.trim()).filter(Boolean);
  return { base: text.slice(0, open), extras };
}
function withPlaceholders(text) {
  return text.replace(ENV_VAR, "ENVVAR0");
}
function resolveLocal(raw, ctx) {
  const expanded = expandEnv(
    raw,
    ctx.env,
    (name) => ctx.fail(`the local path ${raw} uses \${${name}}, which is not set`, "Set the config var, or write the path without it.")
  );
  const lexical = import_node_path9.default.resolve(ctx.appRoot, expanded);
  if (!statOf(lexical)) ctx.fail(`the local path ${raw} does not exist`, PATH_FIX);
  const real = realPath(lexical);
  if (!isInside(ctx.appRoot, lexical) || !isInside(ctx.appRoot, real)) {
    ctx.fail(
      `the local path ${raw} is outside the app`,
      "Local packages must live inside the app; move the package into the app's repository."
    );
  }
  return { abs: real, rel: toAppRelative(ctx.appRoot, lexical) };
}
function checkLocalTarget(raw, abs, ctx) {
  const st = statOf(abs);
  if (st?.isDirectory()) {
    if (!isInstallableDir(abs)) {
      ctx.fail(
        `the directory ${raw} is not a Python project (it has neither pyproject.toml nor setup.py)`,
        "Point the line at the project's root directory."
      );
    }
  } else if (!isArchiveName(abs)) {
    ctx.fail(
      `${raw} is neither a project directory nor a package archive (.whl, .tar.gz, .zip, \u2026)`,
      "Point the line at a project directory or an archive."
    );
  }
}
function markerOf(text, ctx, line) {
  if (text === void 0 || text.trim() === "") return void 0;
  let canonical;
  try {
    canonical = canonicalMarker(withPlaceholders(text.trim()));
  } catch (error) {
    if (error instanceof MarkerSyntaxError) ctx.fail(`invalid requirement '${redactText(line)}': ${error.message}`, VALID_FORMS);
    throw error;
  }
  return text.includes("${") ? text.trim().replace(/\s+/g, " ") : canonical;
}
var VALID_FORMS = 'Valid forms are a name with optional extras, version and marker (requests, requests[socks]>=2.31, tomli; python_version < "3.11"), name @ URL (pkg @ https://host/pkg-1.0.tar.gz), a local path (./pkg, ./dist/pkg-1.0-py3-none-any.whl), a VCS URL (git+https://host/repo.git@v1.0#egg=pkg), or an option line (-r other.txt, -e ./pkg, --index-url URL).';
function suffix(extras, marker) {
  return `${extras.length ? `[${extras.map(canonicalName).sort().join(",")}]` : ""}${marker ? `; ${marker}` : ""}`;
}
function classifyUrl(url, ctx, editable) {
  const scheme = url.slice(0, url.indexOf(":")).toLowerCase();
  const name = nameFromUrl(url);
  if (scheme === "file") {
    const filePath = fileUrlPath(url);
    if (filePath === void 0) ctx.fail(`${redactText(url)} names a file on another host`, "Use a file: URL or path inside the app.");
    const { abs, rel } = resolveLocal(filePath, ctx);
    if (!editable) checkLocalTarget(filePath, abs, ctx);
    return name ? { kind: "local-path", name, path: rel } : { kind: "local-path", path: rel };
  }
  const kind = VCS_SCHEMES.includes(scheme) ? "vcs" : "url";
  const redacted = redactText(url);
  return name ? { kind, name, url: redacted } : { kind, url: redacted };
}
function classifyRequirement(args, ctx) {
  const invalid = (reason) => ctx.fail(`invalid requirement '${redactText(args)}': ${reason}`, VALID_FORMS);
  if (urlScheme(args) !== void 0) {
    const sep = args.indexOf("; ");
    const url = (sep < 0 ? args : args.slice(0, sep)).trim();
    const marker2 = markerOf(sep < 0 ? void 0 : args.slice(sep + 2), ctx, args);
    if (/\s/.test(url)) invalid("a URL cannot contain spaces");
    const found = classifyUrl(url, ctx, false);
    const target = found.kind === "local-path" ? `path:${found.path}` : found.url;
    return { ...found, extras: [], ...marker2 ? { marker: marker2 } : {}, canonical: `${target}${suffix([], marker2)}` };
  }
  const semi = args.indexOf(";");
  const reqPart = (semi < 0 ? args : args.slice(0, semi)).trim();
  const markerText = semi < 0 ? void 0 : args.slice(semi + 1);
  const other = ANY_SCHEME_URL.exec(reqPart);
  if (other && !reqPart.includes("@")) {
    invalid(
      `'${other[1]}' is not a URL scheme pip can install from (use https://, file:, or a VCS scheme like git+https:// or git+ssh://)`
    );
  }
  const { base: base2, extras } = splitExtras(reqPart);
  const isPathLike = looksLikePath(reqPart);
  const atIndex = reqPart.indexOf("@");
  const pep508Url = atIndex >= 0 && !looksLikePath(reqPart.slice(0, atIndex));
  if (isPathLike || isArchiveName(base2)) {
    const expanded = expandEnv(base2, ctx.env, () => void 0);
    const st = statOf(import_node_path9.default.resolve(ctx.appRoot, expanded));
    if (st || !pep508Url) {
      const marker2 = markerOf(markerText, ctx, args);
      const { abs, rel } = resolveLocal(base2, ctx);
      checkLocalTarget(base2, abs, ctx);
      const name2 = nameFromUrl(base2);
      return {
        kind: "local-path",
        ...name2 ? { name: name2 } : {},
        extras,
        path: rel,
        ...marker2 ? { marker: marker2 } : {},
        canonical: `path:${rel}${suffix(extras, marker2)}`
      };
    }
  }
  let spec;
  try {
    spec = parseNamedRequirement(withPlaceholders(reqPart));
  } catch (error) {
    if (error instanceof SpecError) return invalid(error.message);
    throw error;
  }
  const marker = markerOf(markerText, ctx, args);
  const name = reqPart.slice(0, spec.name.length);
  const realExtras = spec.extras;
  if (spec.url !== void 0) {
    const url = reqPart.slice(reqPart.indexOf("@") + 1).trim();
    const found = classifyUrl(url, ctx, false);
    const target = found.kind === "local-path" ? `path:${found.path}` : found.url;
    return {
      ...found,
      name,
      extras: realExtras,
      ...marker ? { marker } : {},
      canonical: `${canonicalName(name)}${suffix(realExtras, void 0)} @ ${target}${marker ? `; ${marker}` : ""}`
    };
  }
  const canonical = reqPart.includes("${") ? `${reqPart.replace(/\s+/g, " ")}${marker ? `; ${marker}` : ""}` : `${canonicalName(name)}${suffix(realExtras, void 0)}${spec.specifier}${marker ? `; ${marker}` : ""}`;
  return { kind: "named", name, extras: realExtras, ...marker ? { marker } : {}, canonical };
}
function classifyEditable(value, ctx) {
  const { base: base2, extras } = splitExtras(value);
  const expanded = expandEnv(base2, ctx.env, () => void 0);
  const isDir = statOf(import_node_path9.default.resolve(ctx.appRoot, expanded))?.isDirectory() === true;
  if (isDir || /^file:/i.test(base2)) {
    const found = isDir ? { path: resolveLocal(base2, ctx).rel, name: void 0 } : classifyUrl(base2, ctx, true);
    const abs = import_node_path9.default.resolve(ctx.appRoot, found.path);
    if (!statOf(abs)?.isDirectory() || !isInstallableDir(abs)) {
      ctx.fail(
        `the editable ${value} is not a Python project directory (it needs pyproject.toml or setup.py)`,
        "Point -e at the project's root directory."
      );
    }
    const name2 = found.name;
    return {
      kind: "local-path",
      ...name2 ? { name: name2 } : {},
      extras,
      path: found.path,
      canonical: `-e path:${found.path}${suffix(extras, void 0)}`
    };
  }
  let url = value;
  for (const vcs of ["bzr", "git", "hg", "svn"]) {
    if (url.toLowerCase().startsWith(`${vcs}:`)) url = `${vcs}+${url}`;
  }
  const scheme = urlScheme(url);
  if (scheme === void 0 || !VCS_SCHEMES.includes(scheme)) {
    if (looksLikePath(base2)) resolveLocal(base2, ctx);
    ctx.fail(
      `-e ${redactText(value)} is not a valid editable requirement`,
      `An editable must be a path to a local project (-e ./pkg, -e .) or a VCS URL (-e git+https://host/repo.git#egg=name; schemes: ${VCS_SCHEMES.join(", ")}). For a released package, drop -e and write its name.`
    );
  }
  const name = EGG_FRAGMENT.exec(url)?.[1];
  if (!name) {
    ctx.fail(`cannot tell the project name of the editable ${redactText(value)}`, "Add #egg=<project name> to the end of the URL.");
  }
  const redacted = redactText(url);
  return { kind: "vcs", name, extras: [], url: redacted, canonical: `-e ${redacted}` };
}

// src/dependencies/pip/fingerprint.ts
var import_node_crypto2 = require("node:crypto");
var FINGERPRINT_FORMAT = "pyslug-requirements-v1";
function sha256Hex(text) {
  return (0, import_node_crypto2.createHash)("sha256").update(text, "utf8").digest("hex");
}
function fingerprintOf(canonical) {
  return `sha256:${sha256Hex(`${FINGERPRINT_FORMAT}
${canonical}`)}`;
}
function snapshotOf(set) {
  return {
    fingerprint: set.fingerprint,
    files: set.files.map((f) => ({
      path: f.path,
      role: f.role,
      sha256: f.sha256,
      ...f.includedFrom ? { includedFrom: { ...f.includedFrom } } : {}
    }))
  };
}
function describeChanges(previous, current) {
  if (previous === void 0) return ["no record of the previous build's requirements"];
  if (previous.fingerprint === current.fingerprint) return [];
  const before = new Map(previous.files.map((f) => [f.path, f]));
  const after = new Map(current.files.map((f) => [f.path, f]));
  const reasons = [];
  const oldTop = previous.files[0]?.path;
  const newTop = current.files[0]?.path;
  if (oldTop !== void 0 && newTop !== void 0 && oldTop !== newTop) {
    reasons.push(`requirements are now read from ${newTop} instead of ${oldTop}`);
  }
  for (const file of current.files) {
    const old = before.get(file.path);
    if (old === void 0) {
      if (file.path !== newTop) reasons.push(`${file.path} added`);
    } else if (old.sha256 !== file.sha256) {
      reasons.push(`${file.path} changed`);
    } else if (old.role !== file.role) {
      reasons.push(`${file.path} is now used as ${file.role === "constraints" ? "a constraints" : "a requirements"} file`);
    }
  }
  for (const file of previous.files) {
    if (!after.has(file.path) && file.path !== oldTop) reasons.push(`${file.path} no longer included`);
  }
  if (reasons.length === 0) reasons.push("the requirements changed");
  return reasons;
}

// src/dependencies/pip/options.ts
var SPECS = [
  { key: "index-url", long: ["--index-url", "--pypi-url"], short: "-i", takesValue: true },
  { key: "extra-index-url", long: ["--extra-index-url"], takesValue: true },
  { key: "no-index", long: ["--no-index"], takesValue: false },
  { key: "constraint", long: ["--constraint"], short: "-c", takesValue: true },
  { key: "requirement", long: ["--requirement"], short: "-r", takesValue: true },
  { key: "editable", long: ["--editable"], short: "-e", takesValue: true },
  { key: "find-links", long: ["--find-links"], short: "-f", takesValue: true },
  { key: "no-binary", long: ["--no-binary"], takesValue: true },
  { key: "only-binary", long: ["--only-binary"], takesValue: true },
  { key: "prefer-binary", long: ["--prefer-binary"], takesValue: false },
  { key: "require-hashes", long: ["--require-hashes"], takesValue: false },
  { key: "pre", long: ["--pre"], takesValue: false },
  { key: "trusted-host", long: ["--trusted-host"], takesValue: true },
  { key: "use-feature", long: ["--use-feature"], takesValue: true },
  { key: "global-option", long: ["--global-option"], takesValue: true },
  { key: "hash", long: ["--hash"], takesValue: true },
  { key: "config-settings", long: ["--config-settings"], short: "-C", takesValue: true }
];
var PER_REQUIREMENT_OPTIONS = /* @__PURE__ */ new Set(["hash", "global-option", "config-settings"]);
var HASH_ALGORITHMS = ["sha256", "sha384", "sha512"];
var SUPPORTED_OPTION_SPELLINGS = SPECS.map((s) => [s.short, ...s.long].filter(Boolean).join("/")).join(", ");
var OptionError = class extends Error {
  constructor(message, hint) {
    super(message);
    this.hint = hint;
  }
  hint;
};
var LONG = new Map(SPECS.flatMap((s) => s.long.map((l) => [l, s])));
var SHORT = new Map(SPECS.filter((s) => s.short).map((s) => [s.short, s]));
var SUPPORTED_HINT = `Options allowed in requirements files are: ${SUPPORTED_OPTION_SPELLINGS}.`;
function matchLong(spelling) {
  const exact = LONG.get(spelling);
  if (exact) return exact;
  const candidates = [...LONG.keys()].filter((l) => l.startsWith(spelling));
  if (candidates.length === 1) return LONG.get(candidates[0]);
  if (candidates.length > 1) {
    throw new OptionError(`ambiguous option ${spelling} (could be ${candidates.join(", ")})`, "Spell the option out in full.");
  }
  throw new OptionError(`unknown option ${spelling}`, SUPPORTED_HINT);
}
function validateValue(spec, spelling, value) {
  if (spec.key === "hash") {
    const colon = value.indexOf(":");
    const algorithm = colon < 0 ? "" : value.slice(0, colon);
    if (colon < 0 || value.slice(colon + 1) === "") {
      throw new OptionError(`${spelling} needs a hash name followed by a value`, "Write it like --hash=sha256:0123abcd\u2026");
    }
    if (!HASH_ALGORITHMS.includes(algorithm)) {
      throw new OptionError(
        `${spelling} uses the unsupported hash algorithm '${algorithm}'`,
        `Allowed algorithms are ${HASH_ALGORITHMS.join(", ")}.`
      );
    }
  }
  if (spec.key === "config-settings" && !value.includes("=")) {
    throw new OptionError(`${spelling} needs a value of the form KEY=VALUE`, "Write it like --config-settings=key=value.");
  }
}
function parseOptionWords(words) {
  const options = [];
  const positional = [];
  const take = (spec, spelling, value) => {
    if (value !== void 0) validateValue(spec, spelling, value);
    options.push(value === void 0 ? { key: spec.key, spelling } : { key: spec.key, spelling, value });
  };
  for (let i2 = 0; i2 < words.length; i2 += 1) {
    const word = words[i2];
    if (word === "--") {
      positional.push(...words.slice(i2 + 1));
      break;
    }
    if (word.startsWith("--")) {
      const eq = word.indexOf("=");
      const name = eq < 0 ? word : word.slice(0, eq);
      const spec = matchLong(name);
      if (!spec.takesValue) {
        if (eq >= 0) throw new OptionError(`${name} does not take a value`, `Write ${spec.long[0]} on its own.`);
        take(spec, name, void 0);
      } else if (eq >= 0) {
        take(spec, name, word.slice(eq + 1));
      } else {
        const value = words[i2 + 1];
        if (value === void 0) throw new OptionError(`${name} needs a value`, `Write it like ${spec.long[0]} <value>.`);
        take(spec, name, value);
        i2 += 1;
      }
    } else if (word.startsWith("-") && word.length > 1) {
      for (let j = 1; j < word.length; j += 1) {
        const spelling = `-${word[j]}`;
        const spec = SHORT.get(spelling);
        if (!spec) throw new OptionError(`unknown option ${spelling}`, SUPPORTED_HINT);
        if (!spec.takesValue) {
          take(spec, spelling, void 0);
          continue;
        }
        const rest = word.slice(j + 1);
        if (rest !== "") {
          take(spec, spelling, rest);
        } else {
          const value = words[i2 + 1];
          if (value === void 0) throw new OptionError(`${spelling} needs a value`, `Write it like ${spelling} <value>.`);
          take(spec, spelling, value);
          i2 += 1;
        }
        break;
      }
    } else {
      positional.push(word);
    }
  }
  return { options, positional };
}
function splitArgsAndOptions(line) {
  if (!line.startsWith("-") && !line.includes(" -")) return { args: line, optionText: "" };
  const words = line.split(" ");
  const first = words.findIndex((w) => w.startsWith("-"));
  if (first < 0) return { args: line, optionText: "" };
  return { args: words.slice(0, first).join(" "), optionText: words.slice(first).join(" ") };
}

// src/dependencies/pip/shlex.ts
var SplitError = class extends Error {
};
var WHITESPACE2 = " 	\r\n";
var SPECIAL = `${WHITESPACE2}\\'"`;
function shellSplit(text) {
  const words = [];
  let word = "";
  let inWord = false;
  let i2 = 0;
  while (i2 < text.length) {
    const ch = text[i2];
    if (WHITESPACE2.includes(ch)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
      i2 += 1;
    } else if (ch === "\\") {
      if (i2 + 1 >= text.length) throw new SplitError("No escaped character");
      word += text[i2 + 1];
      inWord = true;
      i2 += 2;
    } else if (ch === "'") {
      const end = text.indexOf("'", i2 + 1);
      if (end < 0) throw new SplitError("No closing quotation");
      word += text.slice(i2 + 1, end);
      inWord = true;
      i2 = end + 1;
    } else if (ch === '"') {
      i2 += 1;
      let closed = false;
      while (i2 < text.length) {
        const c3 = text[i2];
        if (c3 === '"') {
          closed = true;
          i2 += 1;
          break;
        }
        if (c3 === "\\" && i2 + 1 < text.length) {
          const next = text[i2 + 1];
          word += next === '"' || next === "\\" ? next : `\\${next}`;
          i2 += 2;
          continue;
        }
        word += c3;
        i2 += 1;
      }
      if (!closed) throw new SplitError("No closing quotation");
      inWord = true;
    } else {
      let end = i2 + 1;
      while (end < text.length && !SPECIAL.includes(text[end])) end += 1;
      word += text.slice(i2, end);
      inWord = true;
      i2 = end;
    }
  }
  if (inWord) words.push(word);
  return words;
}

// src/dependencies/pip/requirements-file.ts
function failAt(source, what, fix) {
  throw new BuildError(`${source.file}, line ${source.line}: ${excerpt(redactText(what), 400)}. ${redactText(fix)}`, {
    file: source.file,
    line: source.line
  });
}
function emptyOptions() {
  return {
    extraIndexUrls: [],
    noIndex: false,
    findLinks: [],
    trustedHosts: [],
    pre: false,
    preferBinary: false,
    requireHashes: false,
    onlyBinary: [],
    noBinary: [],
    features: []
  };
}
function canonicalOption(option) {
  return option.value === void 0 ? `--${option.key}` : `--${option.key} ${redactText(option.value)}`;
}
var LIST_OPTIONS = {
  "extra-index-url": "extraIndexUrls",
  "find-links": "findLinks",
  "trusted-host": "trustedHosts",
  "use-feature": "features"
};
var FLAG_OPTIONS = {
  "no-index": "noIndex",
  pre: "pre",
  "prefer-binary": "preferBinary",
  "require-hashes": "requireHashes"
};
var FORMAT_OPTIONS = { "only-binary": "onlyBinary", "no-binary": "noBinary" };
function applyGlobalOption(options, option) {
  const value = redactText(option.value ?? "");
  const list2 = LIST_OPTIONS[option.key];
  const flag = FLAG_OPTIONS[option.key];
  const format2 = FORMAT_OPTIONS[option.key];
  if (option.key === "index-url") options.indexUrl = value;
  else if (list2) options[list2].push(value);
  else if (flag) options[flag] = true;
  else if (format2) options[format2].push(...value.split(",").filter(Boolean));
}
function findLinksOption(option, includingAbs, state) {
  const value = option.value ?? "";
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) || import_node_path10.default.isAbsolute(value)) return option;
  const candidate = import_node_path10.default.resolve(import_node_path10.default.dirname(includingAbs), value);
  if (!statOf(candidate) || !isInside(state.appRoot, candidate)) return option;
  return { ...option, value: toAppRelative(state.appRoot, candidate) };
}
function resolveInclude(value, includingAbs, source, state) {
  const option = `${value}`;
  const expanded = expandEnv(
    value,
    state.env,
    (name) => failAt(source, `the include ${option} uses \${${name}}, which is not set`, "Set the config var, or write the path without it.")
  );
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(expanded) && !/^file:/i.test(expanded)) {
    failAt(
      source,
      `including the remote file ${expanded} is not supported`,
      "pyslug must be able to tell when your requirements change, so included files must live inside the app: download the file into the app's repository and include it by path (e.g. -r requirements/base.txt)."
    );
  }
  let target = expanded;
  if (/^file:/i.test(expanded)) {
    const filePath = fileUrlPath(expanded);
    if (filePath === void 0) failAt(source, `${expanded} names a file on another host`, "Include a file inside the app by path.");
    target = filePath;
  }
  const abs = import_node_path10.default.isAbsolute(target) ? import_node_path10.default.normalize(target) : import_node_path10.default.resolve(import_node_path10.default.dirname(includingAbs), target);
  const insideFix = "Included requirements files must live inside the app; move the file into the app's repository and include it by a relative path.";
  if (!isInside(state.appRoot, abs)) failAt(source, `the included file ${value} is outside the app`, insideFix);
  const st = statOf(abs);
  const rel = toAppRelative(state.appRoot, abs);
  if (!st) {
    failAt(
      source,
      `the included file ${value} (${rel}) does not exist`,
      "Include paths are relative to the including file's directory; fix the path or add the file."
    );
  }
  if (!st.isFile()) failAt(source, `the included path ${value} (${rel}) is not a file`, "Include a requirements file, not a directory.");
  if (!isInside(state.appRoot, realPath(abs))) failAt(source, `the included file ${value} links to a file outside the app`, insideFix);
  return { abs, rel };
}
function requirementOptions(options) {
  const hashes = [];
  const extra = [];
  for (const option of options) {
    if (option.key === "hash") hashes.push(option.value ?? "");
    else if (option.key === "global-option" || option.key === "config-settings")
      extra.push({ key: option.key, value: redactText(option.value ?? "") });
  }
  return { hashes: hashes.sort(), extra };
}
async function visit(abs, rel, role, depth, chain, state, includedFrom) {
  const real = realPath(abs);
  const seen = chain.findIndex((link) => link.real === real);
  if (seen >= 0 && includedFrom) {
    const names = [...chain.slice(seen).map((l) => l.rel), rel].join(" \u2192 ");
    failAt(includedFrom, `${rel} includes itself (${names})`, "Remove the -r/-c line that closes the loop.");
  }
  const entry = { path: rel, role, sha256: "", ...includedFrom ? { includedFrom } : {} };
  const firstRead = !state.files.has(rel);
  if (firstRead) state.files.set(rel, entry);
  const nextChain = [...chain, { real, rel }];
  const indent = "  ".repeat(depth);
  const ownLines = [];
  const emit = (line) => {
    ownLines.push(line);
    state.canonical.push(indent + line);
  };
  const bytes = await import_node_fs8.default.promises.readFile(abs);
  state.bytesRead += bytes.length;
  const top = [...state.files.keys()][0] ?? rel;
  checkSize(state.bytesRead, SIZE_LIMITS.requirements, rel, state.files.size > 1 ? `${top} with the files it includes is` : `${rel} is`);
  const content = decodeAppText(bytes, rel);
  for (const { line, text } of logicalLines(content)) {
    const source = { file: rel, line };
    const warn = (message) => void state.warnings.push({ message: redactText(message), source });
    for (const name of envVarNames(text)) state.envVars.add(name);
    const { args, optionText } = splitArgsAndOptions(text);
    let parsed;
    try {
      parsed = parseOptionWords(shellSplit(optionText));
    } catch (error) {
      if (error instanceof OptionError) failAt(source, `${error.message} in '${text}'`, error.hint);
      if (error instanceof SplitError)
        failAt(
          source,
          `cannot split the options of '${text}' (${error.message.toLowerCase()})`,
          "Balance the quotes or escape the backslash."
        );
      throw error;
    }
    const { options, positional } = parsed;
    if (positional.length > 0) warn(`pip ignores '${positional.join(" ")}' after the options`);
    const ctx = { appRoot: state.appRoot, env: state.env, source, fail: (what, fix) => failAt(source, what, fix) };
    const editables = options.filter((o2) => o2.key === "editable");
    if (args !== "" || editables.length > 0) {
      const editable = args === "";
      const value = editable ? editables[0]?.value ?? "" : args;
      const classified = editable ? classifyEditable(value, ctx) : classifyRequirement(args, ctx);
      const ignored = options.filter((o2) => !PER_REQUIREMENT_OPTIONS.has(o2.key) && !(editable && o2 === editables[0]));
      if (ignored.length > 0) warn(`pip ignores ${ignored.map((o2) => o2.spelling).join(", ")} on a requirement line`);
      const { hashes, extra } = requirementOptions(options);
      const canonical = [classified.canonical, ...hashes.map((h2) => `--hash=${h2}`), ...extra.map((o2) => `--${o2.key}=${o2.value}`)].join(" ");
      const requirement = {
        kind: classified.kind,
        editable,
        ...classified.name !== void 0 ? { name: classified.name } : {},
        extras: classified.extras,
        text: redactText(value.trim()),
        ...classified.path !== void 0 ? { path: classified.path } : {},
        ...classified.url !== void 0 ? { url: classified.url } : {},
        ...classified.marker !== void 0 ? { marker: classified.marker } : {},
        hashes,
        options: extra,
        source,
        canonical
      };
      if (role === "constraints") {
        if (editable)
          failAt(
            source,
            `the constraints file ${rel} contains the editable ${requirement.text}`,
            "Constraints can only pin named packages; move -e lines to a requirements file."
          );
        if (requirement.name === void 0)
          failAt(
            source,
            `the constraint '${requirement.text}' has no project name`,
            "Constraints must be named; write it as name @ URL or move it to a requirements file."
          );
        state.constraints.push(requirement);
      } else {
        state.requirements.push(requirement);
      }
      emit(canonical);
      continue;
    }
    const include = options.find((o2) => o2.key === "requirement") ?? options.find((o2) => o2.key === "constraint");
    if (include) {
      const others = options.filter((o2) => o2 !== include);
      if (others.length > 0) warn(`pip only uses the first -r/-c on a line and ignores ${others.map((o2) => o2.spelling).join(", ")}`);
      const target = resolveInclude(include.value ?? "", abs, source, state);
      const flag = include.key === "requirement" ? "-r" : "-c";
      emit(`${flag} ${target.rel}`);
      await visit(
        target.abs,
        target.rel,
        include.key === "requirement" ? "requirements" : "constraints",
        depth + 1,
        nextChain,
        state,
        source
      );
      continue;
    }
    const effective = options.filter((o2) => !PER_REQUIREMENT_OPTIONS.has(o2.key));
    const stray = options.filter((o2) => PER_REQUIREMENT_OPTIONS.has(o2.key));
    if (stray.length > 0) {
      warn(
        `pip ignores ${stray.map((o2) => o2.spelling).join(", ")} on a line without a requirement (a missing '\\' at the end of the previous line?)`
      );
    }
    for (const option of effective)
      applyGlobalOption(state.options, option.key === "find-links" ? findLinksOption(option, abs, state) : option);
    if (effective.length > 0) emit(effective.map(canonicalOption).join(" "));
  }
  if (firstRead) entry.sha256 = sha256Hex(ownLines.join("\n"));
}
async function readRequirements(appDir, file = "requirements.txt", options = {}) {
  const appRoot = realPath(import_node_path10.default.resolve(appDir));
  const abs = import_node_path10.default.resolve(appRoot, file);
  const rel = toAppRelative(appRoot, abs);
  if (!isInside(appRoot, abs))
    throw new BuildError(`${file} is outside the app. The requirements file must live inside the app.`, { file });
  if (!statOf(abs)?.isFile())
    throw new BuildError(`${rel} does not exist in the app. Add it, or tell pyslug which requirements file to use.`, { file: rel });
  if (!isInside(appRoot, realPath(abs)))
    throw new BuildError(
      `${rel} is a symbolic link to ${realPath(abs)}, outside the app: the build can't rely on it.
Commit the requirements themselves: replace the link with a copy of the file (cp --remove-destination "$(readlink -f ${rel})" ${rel}).`,
      { file: rel }
    );
  const state = {
    appRoot,
    env: options.env ?? process.env,
    requirements: [],
    constraints: [],
    options: emptyOptions(),
    files: /* @__PURE__ */ new Map(),
    envVars: /* @__PURE__ */ new Set(),
    warnings: [],
    canonical: [],
    bytesRead: 0
  };
  await visit(abs, rel, "requirements", 0, [], state);
  const canonical = state.canonical.join("\n");
  return {
    requirements: state.requirements,
    constraints: state.constraints,
    options: state.options,
    files: [...state.files.values()],
    envVars: [...state.envVars],
    warnings: state.warnings,
    canonical,
    fingerprint: fingerprintOf(canonical)
  };
}

// src/dependencies/pip-runner.ts
var import_node_path13 = __toESM(require("node:path"), 1);
var import_fs_extra3 = __toESM(require_lib(), 1);

// src/context.ts
var import_node_path11 = __toESM(require("node:path"), 1);
var PYTHON_HOME = import_node_path11.default.join(".heroku", "python");
function pythonHome(ctx) {
  return import_node_path11.default.join(ctx.buildDir, PYTHON_HOME);
}

// src/support/output-lines.ts
async function eachLine(subprocess, onLine) {
  for await (const line of subprocess.iterable({ from: "all" })) onLine(String(line));
}

// src/runtime/python-runtime.ts
var import_node_path12 = __toESM(require("node:path"), 1);
function pythonExecutable(home) {
  return import_node_path12.default.join(home, "bin", "python3");
}
function runPython(home, args, options = {}) {
  const env = {
    ...options.env ?? { LD_LIBRARY_PATH: import_node_path12.default.join(home, "lib"), PATH: process.env["PATH"] ?? "" },
    ...options.readOnly ? { PYTHONDONTWRITEBYTECODE: "1" } : {}
  };
  return execa(pythonExecutable(home), args, { env, extendEnv: false, ...options.cwd ? { cwd: options.cwd } : {} });
}
async function pythonStarts(home) {
  try {
    await runPython(home, ["-S", "-c", "import encodings"], { readOnly: true });
    return true;
  } catch {
    return false;
  }
}

// src/dependencies/plan.ts
function requestedFromReport(report) {
  const items = report?.install ?? [];
  return items.filter((i2) => i2.requested && i2.metadata?.name).map((i2) => i2.metadata.name);
}
function isPinnedCommit(ref) {
  return ref !== void 0 && /^[0-9a-f]{40}$/i.test(ref);
}
function isPinnedVcs(url) {
  const withoutFragment = url.split("#")[0] ?? url;
  return isPinnedCommit(/@([^@/]+)$/.exec(withoutFragment)?.[1]);
}

// src/dependencies/pip-runner.ts
function vcsCheckoutArgs(ctx) {
  return ["--src", import_node_path13.default.join(pythonHome(ctx), "src")];
}
var QUIET = [/^Requirement already satisfied: /, /^\s*Using cached /, /^\s*Downloading .*\(.*\)$/, /^Looking in indexes: /];
function pipEnv(run, readOnly) {
  return {
    ...run.ctx.env,
    ...run.index.env,
    PIP_CACHE_DIR: run.cacheDir,
    PIP_NO_INPUT: "1",
    PIP_DISABLE_PIP_VERSION_CHECK: "1",
    PIP_PROGRESS_BAR: "off",
    PIP_ROOT_USER_ACTION: "ignore",
    PYTHONUNBUFFERED: "1",
    ...readOnly ? { PYTHONDONTWRITEBYTECODE: "1" } : {}
  };
}
async function pip(run, args, what, opts = {}) {
  const { ctx, index } = run;
  const readOnly = opts.readOnly === true;
  if (!readOnly) await run.beforeWrite?.();
  await run.beforePip?.();
  const onLine = opts.quiet ? void 0 : (line) => {
    if (line.trim() === "" || QUIET.some((q) => q.test(line))) return;
    ctx.log.info(redactSecrets(line, index.secrets));
  };
  const result = run.session && !opts.python ? await run.session.run(args, { readOnly, onLine }) : await pipProcess(run, [...opts.python ?? [pythonExecutable(pythonHome(ctx)), "-m", "pip"], ...args], readOnly, onLine);
  const output = redactSecrets(result.output, index.secrets);
  if (result.exitCode !== 0) {
    if (opts.quiet) for (const line of output.trimEnd().split("\n").slice(-40)) ctx.log.info(line);
    throw new BuildError(`${what} failed (pip exited with status ${result.exitCode}).
${explainPipFailure(output)}`);
  }
  return output;
}
async function pipProcess(run, command, readOnly, onLine) {
  const child = execa(command[0], command.slice(1), {
    cwd: run.ctx.buildDir,
    env: pipEnv(run, readOnly),
    extendEnv: false,
    all: true,
    reject: false
  });
  if (onLine) await eachLine(child, onLine);
  const result = await child;
  return { exitCode: result.exitCode ?? 1, output: result.all ?? "" };
}
function explainPipFailure(output) {
  const refused = /\b(401|403) (?:Client )?Error\b.*?(?:for (?:url: )?)(\S+)/.exec(output);
  if (refused) {
    return `The package index refused pip (HTTP ${refused[1]}) at ${redactUrl(refused[2])}: the credentials for it are missing or wrong.
Check the config vars that hold them: UV_INDEX_<NAME>_USERNAME/_PASSWORD (uv.lock), POETRY_HTTP_BASIC_<NAME>_USERNAME/_PASSWORD
(poetry.lock), or the user:password in PIP_INDEX_URL / PIP_EXTRA_INDEX_URL.`;
  }
  const noVersion = /No matching distribution found for ([^\s]+)/.exec(output);
  if (noVersion) {
    const versions = /from versions: ([^)]*)\)/.exec(output)?.[1]?.trim();
    return versions && versions !== "none" ? `No release of ${noVersion[1]} matches the requirement. Available versions: ${versions}.
Fix the version in your dependency file.` : `The package index has no package matching ${noVersion[1]}.
Check the name for typos, and that PIP_INDEX_URL / PIP_EXTRA_INDEX_URL point at an index that has it.`;
  }
  if (/ResolutionImpossible|conflicting dependencies/.test(output)) {
    return "The requirements conflict with each other (see pip's explanation above).\nRelax or align the versions that pip names.";
  }
  if (/THESE PACKAGES DO NOT MATCH THE HASHES/.test(output)) {
    return "A downloaded package doesn't match the hash in your dependency file.\nIf the lock or the hashes are outdated, regenerate them; otherwise the index served something unexpected.";
  }
  const invalid = /Invalid requirement: (.*)/.exec(output);
  if (invalid) return `pip rejected a requirement: ${invalid[1]}`;
  return "See pip's output above for the cause.";
}
async function installLines(run, scratch, lines2, args, what) {
  const file = import_node_path13.default.join(scratch, "local-packages.txt");
  const report = import_node_path13.default.join(scratch, "local-report.json");
  await import_fs_extra3.default.writeFile(file, [...lines2.header ?? [], ...lines2.requirements, ""].join("\n"));
  await pip(run, ["install", ...args, "-r", file, "--report", report], what);
  return { requested: requestedFromReport(await import_fs_extra3.default.readJson(report)) };
}

// src/dependencies/pip/incremental.ts
var import_node_path14 = __toESM(require("node:path"), 1);
function requirementName(entry) {
  if (!entry.name) return void 0;
  const extras = entry.extras.length ? `[${entry.extras.join(",")}]` : "";
  return `${entry.name}${extras}${entry.marker ? `; ${entry.marker}` : ""}`;
}
function setOptions(set) {
  const o2 = set.options;
  const found = [
    [o2.indexUrl !== void 0, "--index-url"],
    [o2.extraIndexUrls.length > 0, "--extra-index-url"],
    [o2.noIndex, "--no-index"],
    [o2.findLinks.length > 0, "--find-links"],
    [o2.trustedHosts.length > 0, "--trusted-host"],
    [o2.pre, "--pre"],
    [o2.preferBinary, "--prefer-binary"],
    [o2.requireHashes, "--require-hashes"],
    [o2.onlyBinary.length > 0, "--only-binary"],
    [o2.noBinary.length > 0, "--no-binary"],
    [o2.features.length > 0, "--use-feature"]
  ];
  return found.filter(([set2]) => set2).map(([, name]) => name);
}
function plainNamed(entry) {
  return entry.kind === "named" && !entry.editable && entry.hashes.length === 0 && entry.options.length === 0 && !entry.text.includes("$");
}
function list(lines2) {
  const shown = lines2.slice(0, 3).join(", ");
  return lines2.length > 3 ? `${shown} and ${lines2.length - 3} more` : shown;
}
function plainLocal(entry) {
  return entry.kind === "local-path" && entry.path !== void 0 && entry.hashes.length === 0 && entry.options.length === 0;
}
function incrementalChange(set, appRoot) {
  const options = setOptions(set);
  if (options.length > 0) return { kind: "reset", reason: `the requirements files set ${options.join(", ")}` };
  const other = [...set.requirements.filter((e) => !plainNamed(e) && !plainLocal(e)), ...set.constraints.filter((e) => !plainNamed(e))];
  if (other.length > 0) {
    return {
      kind: "reset",
      reason: `requirements that aren't a name and a version or a local directory: ${list(other.map((e) => e.text))}`
    };
  }
  const named = set.requirements.filter(plainNamed);
  return {
    kind: "resolve",
    requirements: named.map((e) => e.text),
    constraints: set.constraints.map((e) => e.text),
    local: set.requirements.filter(plainLocal).map((e) => ({ path: import_node_path14.default.join(appRoot, e.path), extras: e.extras })),
    required: named.map(requirementName).filter((n2) => n2 !== void 0)
  };
}
function localReinstallLines(set, appRoot, paths) {
  const options = setOptions(set);
  if (options.length > 0) return { reason: `the requirements files set ${options.join(", ")}` };
  if (set.constraints.length > 0) return { reason: "the requirements files have constraints" };
  const lines2 = [];
  for (const wanted of paths) {
    const entries = set.requirements.filter((e) => e.kind === "local-path" && e.path === wanted);
    const entry = entries.length === 1 ? entries[0] : void 0;
    if (!entry || entry.hashes.length > 0 || entry.options.some((o2) => /[\s"'\\]/.test(o2.value))) {
      return { reason: `${wanted} isn't one plain line of the requirements files` };
    }
    const extras = entry.extras.length ? `[${entry.extras.join(",")}]` : "";
    const options2 = entry.options.map((o2) => ` --${o2.key} ${o2.value}`).join("");
    lines2.push(`${entry.editable ? "-e " : ""}${import_node_path14.default.join(appRoot, wanted)}${extras}${options2}`);
  }
  return { lines: lines2 };
}

// src/dependencies/test-requirements.ts
var import_node_path15 = __toESM(require("node:path"), 1);
var import_fs_extra4 = __toESM(require_lib(), 1);
var TEST_REQUIREMENTS = "requirements-test.txt";
function installsTestDependencies(ctx) {
  return ctx.env["INSTALL_TEST"] === "1";
}
async function readTestRequirements(ctx) {
  if (!installsTestDependencies(ctx) || !await import_fs_extra4.default.pathExists(import_node_path15.default.join(ctx.buildDir, TEST_REQUIREMENTS))) return void 0;
  return readRequirements(ctx.buildDir, TEST_REQUIREMENTS);
}
function withTestRequirements(main2, test) {
  const canonical = `${main2.canonical}
-r ${TEST_REQUIREMENTS}
${test.canonical}`;
  return {
    ...main2,
    requirements: [...main2.requirements, ...test.requirements],
    constraints: [...main2.constraints, ...test.constraints],
    files: [...main2.files, ...test.files.filter((f) => !main2.files.some((m) => m.path === f.path))],
    envVars: [.../* @__PURE__ */ new Set([...main2.envVars, ...test.envVars])],
    warnings: [...main2.warnings, ...test.warnings],
    canonical,
    fingerprint: fingerprintOf(canonical)
  };
}

// src/dependencies/pip-plan.ts
async function pipPlan(ctx) {
  const main2 = await readRequirements(ctx.buildDir, "requirements.txt");
  const test = await readTestRequirements(ctx);
  const set = test ? withTestRequirements(main2, test) : main2;
  for (const warning of set.warnings) ctx.log.warn(`${warning.source.file}, line ${warning.source.line}: ${warning.message}`);
  const snapshot = snapshotOf(set);
  const files = ["-r", "requirements.txt", ...test ? ["-r", TEST_REQUIREMENTS] : []];
  const named = set.requirements.map(requirementName).filter((n2) => n2 !== void 0);
  return {
    manager: "pip",
    label: test ? `requirements.txt and ${TEST_REQUIREMENTS}` : set.files.length > 1 ? `requirements.txt (+ ${set.files.length - 1} included)` : "requirements.txt",
    fingerprint: set.fingerprint,
    snapshot,
    describeChanges: (saved) => describeChanges(saved, set),
    localPackages: set.requirements.filter((r) => r.kind === "local-path").map((r) => ({ path: r.path ?? ".", editable: r.editable })),
    incrementalChange: () => incrementalChange(set, ctx.buildDir),
    unprovable: set.requirements.filter((r) => r.kind === "vcs" && !isPinnedVcs(r.url ?? "")).map((r) => r.text),
    async install(run, scratch) {
      const report = import_node_path16.default.join(scratch, "pip-report.json");
      await pip(
        run,
        ["install", ...files, ...vcsCheckoutArgs(ctx), "--exists-action", "w", "--report", report],
        "Installing the packages of requirements.txt"
      );
      return { required: [...named, ...requestedFromReport(await import_fs_extra5.default.readJson(report))] };
    },
    async reinstallLocal(run, packages, scratch) {
      const found = localReinstallLines(
        set,
        ctx.buildDir,
        packages.map((p) => p.path)
      );
      if ("reason" in found) return found;
      return installLines(run, scratch, { requirements: found.lines }, [], "Reinstalling local packages");
    }
  };
}

// src/dependencies/pipenv-plan.ts
var import_node_crypto5 = require("node:crypto");
var import_node_path21 = __toESM(require("node:path"), 1);

// src/dependencies/locked-install.ts
var import_node_path18 = __toESM(require("node:path"), 1);
var import_fs_extra6 = __toESM(require_lib(), 1);

// src/dependencies/pip-session.ts
var import_node_crypto3 = require("node:crypto");
var import_node_path17 = __toESM(require("node:path"), 1);
var PipSession = class _PipSession {
  constructor(child, marker) {
    this.child = child;
    this.marker = marker;
    child.stdin.on("error", () => void 0);
    this.pumped = this.pump();
  }
  child;
  marker;
  pending;
  /** Output that came while no command ran (the interpreter's start-up): it goes to the next command. */
  early = [];
  ended = false;
  pumped;
  static open(run) {
    const token = `pyslug-pip-session-${(0, import_node_crypto3.randomBytes)(8).toString("hex")}`;
    const child = execa(pythonExecutable(pythonHome(run.ctx)), [import_node_path17.default.join(run.ctx.buildpackDir, "lib", "pip_session.py"), token], {
      cwd: run.ctx.buildDir,
      // The interpreter's start-up writes no bytecode into the tree; pip is imported under its first command's setting.
      env: pipEnv(run, true),
      extendEnv: false,
      all: true,
      reject: false,
      buffer: false,
      stdin: "pipe"
    });
    return new _PipSession(child, `${token} exit `);
  }
  /** Runs one pip command; resolves with its exit status and output (stdout and stderr, in order). */
  async run(args, opts) {
    if (this.pending) throw new Error("a pip session runs one command at a time");
    const lines2 = this.early.splice(0);
    for (const line of lines2) opts.onLine?.(line);
    const exitCode = await new Promise((done) => {
      this.pending = { lines: lines2, onLine: opts.onLine, done };
      if (this.ended) void this.exitStatus().then(done);
      else this.child.stdin.write(`${JSON.stringify({ args, readOnly: opts.readOnly })}
`);
    });
    this.pending = void 0;
    return { exitCode, output: lines2.join("\n") };
  }
  /** Ends the session: the interpreter exits at the end of its input. */
  async close() {
    this.child.stdin.end();
    await this.pumped;
    await this.child;
  }
  async pump() {
    for await (const chunk of this.child.iterable({ from: "all" })) {
      const line = String(chunk);
      const pending = this.pending;
      if (pending && line.startsWith(this.marker)) {
        pending.done(Number(line.slice(this.marker.length)));
      } else if (pending) {
        pending.lines.push(line);
        pending.onLine?.(line);
      } else this.early.push(line);
    }
    this.ended = true;
    if (this.pending) this.pending.done(await this.exitStatus());
  }
  async exitStatus() {
    const result = await this.child;
    return result.exitCode === void 0 || result.exitCode === 0 ? 1 : result.exitCode;
  }
};
async function withPipSession(run, use) {
  if (run.session) return use(run);
  const session = PipSession.open(run);
  try {
    return await use({ ...run, session });
  } finally {
    await session.close();
  }
}

// src/dependencies/locked-install.ts
function describeSelectionChanges(lockFile, saved, current) {
  const before = saved?.packages;
  if (!before || typeof before !== "object") return [`${lockFile} changed`];
  if (saved.fingerprint === current.fingerprint) return [];
  const after = current.packages;
  const added = Object.keys(after).filter((k) => !(k in before));
  const removed = Object.keys(before).filter((k) => !(k in after));
  const changed = Object.keys(after).filter((k) => k in before && before[k] !== after[k]);
  const parts = [
    added.length ? `added ${added.join(", ")}` : "",
    removed.length ? `removed ${removed.join(", ")}` : "",
    changed.length ? `changed ${changed.join(", ")}` : ""
  ].filter(Boolean);
  return [`${lockFile} changed${parts.length ? ` (${parts.join("; ")})` : ""}`];
}
function withoutHashes(line) {
  const first = line.indexOf(" --hash=");
  return (first < 0 ? line : line.slice(0, first)).trim();
}
async function installLockedSelection(run, scratch, selection) {
  if (selection.hashed.length > 0 && selection.rest.length > 0) {
    return withPipSession(run, (session) => installSelection(session, scratch, selection));
  }
  return installSelection(run, scratch, selection);
}
async function installSelection(run, scratch, selection) {
  const { lockFile, indexLines, hashed, rest } = selection;
  const required = [...selection.required];
  const stem = lockFile.replace(/[^A-Za-z0-9]+/g, "-").toLowerCase();
  if (hashed.length > 0) {
    const hashedFile = import_node_path18.default.join(scratch, `${stem}-hashed.txt`);
    await import_fs_extra6.default.writeFile(hashedFile, [...indexLines, ...hashed, ""].join("\n"));
    await pip(run, ["install", "--no-deps", "--require-hashes", "-r", hashedFile], `Installing the packages of ${lockFile}`);
  }
  if (rest.length > 0) {
    const restFile = import_node_path18.default.join(scratch, `${stem}-rest.txt`);
    const report = import_node_path18.default.join(scratch, `${stem}-report.json`);
    await import_fs_extra6.default.writeFile(restFile, [...indexLines, ...rest, ""].join("\n"));
    await pip(
      run,
      ["install", "--no-deps", "-r", restFile, ...vcsCheckoutArgs(run.ctx), "--exists-action", "w", "--report", report],
      `Installing the local and VCS packages of ${lockFile}`
    );
    required.push(...requestedFromReport(await import_fs_extra6.default.readJson(report)));
  }
  return { required };
}
async function reinstallLockedLocal(run, scratch, selection, packages) {
  const lines2 = packages.map((p) => `${p.editable ? "-e " : ""}${import_node_path18.default.join(run.ctx.buildDir, p.path)}`);
  return installLines(
    run,
    scratch,
    { header: selection.indexLines, requirements: lines2 },
    ["--no-deps"],
    `Reinstalling local packages of ${selection.lockFile}`
  );
}

// src/dependencies/pipenv/pipfile-hash.ts
var import_node_crypto4 = require("node:crypto");
var import_node_path19 = __toESM(require("node:path"), 1);

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines2 = string.slice(0, ptr).split(/\r?\n/);
  return [lines2.length, lines2.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines2 = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i2 = line - 1; i2 <= line + 1; i2++) {
    let l = lines2[i2 - 1];
    if (!l)
      continue;
    codeblock += i2.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i2 === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c3 = ctx.s.charCodeAt(ctx.p++);
  let first = c3;
  let isLiteral = c3 === 39;
  let isMultiline = c3 === ctx.s.charCodeAt(ctx.p) && c3 === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c3 = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c3 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c3 = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c3 === 10 || c3 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c3 < 32 && c3 !== 9 || c3 === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c3 === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c3 === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c3 === 120 || c3 === 117 || c3 === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c3 === 120 ? 2 : c3 === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c3 === 32 || c3 === 9)) {
        state = 2;
      } else {
        if (c3 === 98)
          parsed += "\b";
        else if (c3 === 116)
          parsed += "	";
        else if (c3 === 110)
          parsed += "\n";
        else if (c3 === 102)
          parsed += "\f";
        else if (c3 === 114)
          parsed += "\r";
        else if (c3 === 101)
          parsed += "\x1B";
        else if (c3 === 34)
          parsed += '"';
        else if (c3 === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c3 !== 32 && c3 !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c3 === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c3;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c3 = date.charCodeAt(date.length - 1)) !== 90 && c3 !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base2 = 10) {
  return base2 === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base2;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c3 = ctx.s.charCodeAt(ctx.p);
  if (c3 === 91 || c3 === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c3 === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c3 === 34 || c3 === 39) {
    return parseString(ctx);
  }
  if (c3 === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c3 === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c3 === 43 || c3 === 45) {
    return parseNumber2(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c3, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c3, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c3, end);
  }
  return parseNumber2(ctx, ctx.p, c3, 0, end);
}
function parseNumber2(ctx, startPtr, startChr, sign, endChr) {
  let c3 = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c3 === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c3 === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c3 === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c3 = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c3 === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c3 === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c3 === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c3 === 46)
      state = 2;
    else if (c3 === 101 || c3 === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c3))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c3 = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c3, endChr))) {
    if (!state)
      state = 1;
    if (c3 === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c3 === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c3 === 101 || c3 === 69))
      state = 4;
    else if (state === 4 && (c3 === 43 || c3 === 45)) {
      state = 6;
    } else if (!isDigit(c3))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str2 = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str2 = str2.replaceAll("_", "");
  return state > 1 ? parseFloat(str2) : parseInteger(ctx, str2, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base2, endChr) {
  let c3, underscore = 1;
  while (++ctx.p < ctx.s.length && (c3 = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c3, endChr))) {
    if (c3 === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c3, base2))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str2 = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str2 = str2.replaceAll("_", "");
  return parseInteger(ctx, str2, base2, startPtr);
}
function parseInteger(ctx, str2, base2, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str2, base2);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base2 === 10 ? BigInt(str2) : BigInt((base2 === 2 ? "0b" : base2 === 8 ? "0o" : "0x") + str2);
}
function parseDate(ctx, c3, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c3) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber2(ctx, ctx.p = startPtr, c3, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c3 = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c3 !== 84 && c3 !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c3 = ctx.s.charCodeAt(ctx.p)) {
    if (c3 === 90 || c3 === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c3 === 43 || c3 === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c3, endChr) {
  let start = ctx.p;
  if (!isDigit(c3) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber2(ctx, --ctx.p, c3, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str2, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str2, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str2 += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str2);
      case 2:
        return Temporal.PlainDateTime.from(str2);
      case 3:
        return Temporal.PlainDate.from(str2);
      case 4:
        return Temporal.PlainTime.from(str2);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c3 = ctx.s.charCodeAt(ctx.p);
    if (c3 === 10)
      break;
    if (c3 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c3 < 32 && c3 !== 9 || c3 === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c3;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c3 = ctx.s.charCodeAt(ctx.p)) === 32 || c3 === 9 || !banNewLines && (c3 === 10 || c3 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c3 !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c3 = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c3 === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c3 === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c3 === 34 || c3 === 39)) {
      if (c3 === ctx.s.charCodeAt(ctx.p + 1) && c3 === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c3 === 32 || c3 === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c3 < 48 && c3 !== 45 || c3 > 57 && c3 < 65 || c3 > 90 && c3 < 97 && c3 !== 95 || c3 > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c3 = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c3;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c3 = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i2 = 0; i2 < key.length; i2++) {
      if (i2)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i2];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c3 = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c3 !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c3;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c3 = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c3 = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c3 !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i2 = 0; i2 < key.length; i2++) {
    if (i2) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i2];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i2 < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/dependencies/pipenv/python-json.ts
var PyJsonTypeError = class extends Error {
  name = "PyJsonTypeError";
};
var SHORT_ESCAPES = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "	": "\\t",
  "\b": "\\b",
  "\f": "\\f"
};
function pyJsonString(text) {
  let out = '"';
  for (let i2 = 0; i2 < text.length; i2++) {
    const ch = text[i2];
    const code = text.charCodeAt(i2);
    const short = SHORT_ESCAPES[ch];
    if (short !== void 0) out += short;
    else if (code >= 32 && code <= 126) out += ch;
    else out += "\\u" + code.toString(16).padStart(4, "0");
  }
  return out + '"';
}
function pyFloat(x) {
  if (Number.isNaN(x)) return "NaN";
  if (x === Infinity) return "Infinity";
  if (x === -Infinity) return "-Infinity";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const [mantissa, expText] = Math.abs(x).toExponential().split("e");
  const exp = Number(expText);
  const digits = mantissa.replace(".", "");
  const sign = x < 0 ? "-" : "";
  if (exp >= -4 && exp < 16) {
    let fixed;
    if (exp < 0) fixed = "0." + "0".repeat(-exp - 1) + digits;
    else if (digits.length <= exp + 1) fixed = digits + "0".repeat(exp + 1 - digits.length) + ".0";
    else fixed = digits.slice(0, exp + 1) + "." + digits.slice(exp + 1);
    return sign + fixed;
  }
  const frac = digits.length > 1 ? "." + digits.slice(1) : "";
  const expOut = (exp < 0 ? "-" : "+") + String(Math.abs(exp)).padStart(2, "0");
  return `${sign}${digits[0]}${frac}e${expOut}`;
}
function compareCodePoints(a2, b) {
  const ia = a2[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (; ; ) {
    const ca = ia.next();
    const cb = ib.next();
    if (ca.done || cb.done) return ca.done ? cb.done ? 0 : -1 : 1;
    const diff = ca.value.codePointAt(0) - cb.value.codePointAt(0);
    if (diff !== 0) return diff;
  }
}
function pyJsonDumps(value) {
  if (value === null) return "null";
  if (value === true) return "true";
  if (value === false) return "false";
  if (typeof value === "string") return pyJsonString(value);
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") return pyFloat(value);
  if (Array.isArray(value)) return "[" + value.map(pyJsonDumps).join(",") + "]";
  if (isPlainObject2(value)) {
    const record = value;
    const keys = Object.keys(record).sort(compareCodePoints);
    return "{" + keys.map((k) => pyJsonString(k) + ":" + pyJsonDumps(record[k])).join(",") + "}";
  }
  throw new PyJsonTypeError(`Object of type ${describe(value)} is not JSON serializable`);
}
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}
function describe(value) {
  if (typeof value === "object" && value !== null) return value.constructor?.name ?? "object";
  return typeof value;
}

// src/dependencies/pipenv/pipfile-hash.ts
var KNOWN_SECTIONS = /* @__PURE__ */ new Set(["source", "packages", "dev-packages", "requires", "scripts", "pipfile", "pipenv"]);
var DEFAULT_PIPFILE_SOURCE = Object.freeze({ name: "pypi", url: "https://pypi.org/simple", verify_ssl: true });
function parsePipfile(text, file = "Pipfile") {
  try {
    return parse(text.startsWith("\uFEFF") ? text.slice(1) : text, { integersAsBigInt: true });
  } catch (error) {
    if (error instanceof TomlError) {
      const detail = error.message.split("\n")[0].replace(/^Invalid TOML document:\s*/, "");
      throw new BuildError(
        `${file} is not valid TOML: ${detail} (line ${error.line}, column ${error.column}).
${error.codeblock}
Fix the syntax at that line of ${file}, then run 'pipenv lock' and commit ${file} and Pipfile.lock.`,
        { file, line: error.line }
      );
    }
    throw error;
  }
}
function pipfileHashDocument(pipfile) {
  const doc = {
    _meta: {
      sources: "source" in pipfile ? pipfile["source"] : [{ ...DEFAULT_PIPFILE_SOURCE }],
      requires: pipfile["requires"] ?? {}
    },
    default: pipfile["packages"] ?? {},
    develop: pipfile["dev-packages"] ?? {}
  };
  for (const [category, values] of Object.entries(pipfile)) {
    if (KNOWN_SECTIONS.has(category) || category === "default" || category === "develop") continue;
    doc[category] = values;
  }
  return doc;
}
function hashPipfileData(pipfile, file = "Pipfile") {
  let json;
  try {
    json = pyJsonDumps(pipfileHashDocument(pipfile));
  } catch (error) {
    if (error instanceof PyJsonTypeError) {
      throw new BuildError(
        `${file} holds a value Pipenv can't hash (${error.message}); TOML dates and times are not allowed in a Pipfile. Quote the value as a string in ${file}, then run 'pipenv lock'.`,
        { file }
      );
    }
    throw error;
  }
  return (0, import_node_crypto4.createHash)("sha256").update(json, "utf8").digest("hex");
}
async function readPipfileText(buildDir, file = "Pipfile") {
  return readAppText(import_node_path19.default.join(buildDir, file), file, SIZE_LIMITS.Pipfile);
}

// src/dependencies/pipenv/lock-file.ts
var import_node_path20 = __toESM(require("node:path"), 1);
var import_fs_extra7 = __toESM(require_lib(), 1);
var PIP_HASH_ALGORITHMS = /* @__PURE__ */ new Set(["sha256", "sha384", "sha512"]);
function scanJson(text) {
  const entryLines = /* @__PURE__ */ new Map();
  const stack = [];
  let line = 1;
  let lastKey;
  for (let i2 = 0; i2 < text.length; i2++) {
    const c3 = text.charCodeAt(i2);
    if (c3 === 10) line++;
    else if (c3 === 123 || c3 === 91) {
      const parent = stack[stack.length - 1];
      const childPath = parent ? [...parent.path, lastKey ?? "[]"] : [];
      stack.push({ keys: c3 === 123 ? /* @__PURE__ */ new Map() : null, keyNext: c3 === 123, path: parent?.keys ? childPath : parent?.path ?? [] });
      lastKey = void 0;
    } else if (c3 === 125 || c3 === 93) stack.pop();
    else if (c3 === 44) {
      const top = stack[stack.length - 1];
      if (top?.keys) top.keyNext = true;
    } else if (c3 === 34) {
      let end = i2 + 1;
      while (text.charCodeAt(end) !== 34) end += text.charCodeAt(end) === 92 ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.keys && top.keyNext) {
        const key = JSON.parse(text.slice(i2, end + 1));
        const first = top.keys.get(key);
        if (first !== void 0) return { duplicate: { key, path: top.path, first, again: line }, entryLines };
        top.keys.set(key, line);
        if (top.path.length === 1) entryLines.set(`${top.path[0]}/${key}`, line);
        top.keyNext = false;
        lastKey = key;
      }
      i2 = end;
    }
  }
  return { entryLines };
}
function lineAndColumn(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}
function parsePipfileLock(text, file = "Pipfile.lock") {
  let raw;
  const json = text.startsWith("\uFEFF") ? text.slice(1) : text;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pos = /position (\d+)/.exec(message);
    const where2 = pos ? lineAndColumn(json, Number(pos[1])) : void 0;
    const at = where2 ? ` at line ${where2.line}, column ${where2.column}` : "";
    throw new BuildError(
      `${file} is not valid JSON${at}: ${message}.
Regenerate it with 'pipenv lock' (don't edit it by hand; resolve merge conflicts by re-locking), then commit ${file}.`,
      where2 ? { file, line: where2.line } : { file }
    );
  }
  if (!isRecord(raw)) {
    throw new BuildError(`${file} must hold a JSON object. Regenerate it with 'pipenv lock' and commit it.`, { file });
  }
  const relock = `Regenerate it with 'pipenv lock' (resolve merge conflicts by re-locking, not by hand), then commit ${file}.`;
  const scan = scanJson(json);
  if (scan.duplicate) {
    const { key, path: where2, first, again } = scan.duplicate;
    const inside = where2.length ? ` in ${where2.map((k) => JSON.stringify(k)).join(" \u2192 ")}` : "";
    throw new BuildError(
      `${file}, line ${again}: the key ${JSON.stringify(key)} appears twice${inside} (lines ${first} and ${again}), so it is unclear which entry is meant (often a hand-merged lock).
${relock}`,
      { file, line: again }
    );
  }
  for (const name of ["_meta", "default", "develop"]) {
    if (raw[name] !== void 0 && !isRecord(raw[name])) {
      throw new BuildError(`${file}: "${name}" must be a JSON object, not ${describeJson(raw[name])}.
${relock}`, { file });
    }
  }
  const meta = isRecord(raw["_meta"]) ? raw["_meta"] : {};
  const hashRecord = isRecord(meta["hash"]) ? meta["hash"] : {};
  const sha = hashRecord["sha256"];
  const sources = Array.isArray(meta["sources"]) ? meta["sources"].filter(isRecord).map(toSource) : [];
  const lock = {
    hash: typeof sha === "string" ? sha : void 0,
    sources,
    requires: isRecord(meta["requires"]) ? meta["requires"] : {},
    default: toSection(raw["default"]),
    develop: toSection(raw["develop"]),
    raw,
    entryLines: scan.entryLines
  };
  checkEntries(lock, raw, file, relock);
  return lock;
}
function describeJson(value) {
  if (Array.isArray(value)) return "an array";
  return value === null ? "null" : `a ${typeof value}`;
}
function checkEntries(lock, raw, file, relock) {
  for (const section of ["default", "develop"]) {
    const entries = raw[section];
    if (!isRecord(entries)) continue;
    for (const [key, entry] of Object.entries(entries)) {
      const line = lock.entryLines?.get(`${section}/${key}`);
      const where2 = line === void 0 ? `${file}` : `${file}, line ${line}`;
      const fail3 = (what) => {
        throw new BuildError(`${where2}: ${JSON.stringify(key)} in "${section}" ${what}.
${relock}`, { file, line });
      };
      if (typeof entry === "string") continue;
      if (!isRecord(entry)) fail3(`is ${describeJson(entry)}, not a package entry`);
      const record = entry;
      const hashes = record["hashes"] ?? [];
      if (!Array.isArray(hashes) || hashes.some((h2) => typeof h2 !== "string")) fail3(`has "hashes" that aren't a list of strings`);
      const algorithms = new Set(hashes.map((h2) => h2.includes(":") ? h2.slice(0, h2.indexOf(":")).toLowerCase() : h2));
      const refused = [...algorithms].filter((a2) => !PIP_HASH_ALGORITHMS.has(a2));
      if (refused.length > 0) {
        fail3(
          `has ${refused.join(" and ")} hashes, which pip refuses (it checks sha256, sha384 or sha512 only; an old Pipenv wrote md5 hashes)`
        );
      }
    }
  }
}
async function readPipfileLock(buildDir, file = "Pipfile.lock") {
  const abs = import_node_path20.default.join(buildDir, file);
  const stat = await import_fs_extra7.default.stat(abs).catch(() => void 0);
  if (!stat?.isFile()) return void 0;
  return parsePipfileLock(await readAppText(abs, file, SIZE_LIMITS["Pipfile.lock"]), file);
}
function scalarText(value) {
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}
function toSource(record) {
  return {
    name: scalarText(record["name"]),
    url: scalarText(record["url"]),
    verify_ssl: record["verify_ssl"] !== false
  };
}
function toSection(value) {
  const section = /* @__PURE__ */ new Map();
  if (!isRecord(value)) return section;
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry === "string") section.set(key, entry);
    else if (isRecord(entry)) section.set(key, entry);
  }
  return section;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/dependencies/pipenv/markers.ts
var MARKER_KEYS = [
  "os_name",
  "sys_platform",
  "platform_machine",
  "platform_python_implementation",
  "platform_release",
  "platform_system",
  "platform_version",
  "python_version",
  "python_full_version",
  "implementation_name",
  "implementation_version"
];
function entryMarkers(entry) {
  const parts = /* @__PURE__ */ new Set();
  for (const key of MARKER_KEYS) {
    const value = entry[key];
    if (typeof value === "string" && value !== "") parts.add(`${key} ${value}`);
  }
  if (typeof entry.markers === "string" && entry.markers.trim() !== "") parts.add(entry.markers);
  if (parts.size === 0) return void 0;
  const combined = [...parts].sort((a2, b) => a2 < b ? -1 : a2 > b ? 1 : 0).join(" and ");
  return normaliseMarker(combined);
}
var TOKEN = /\s*(?:('[^']*'|"[^"]*")|(===|==|!=|<=|>=|~=|<|>|\(|\))|(not\s+in\b)|([A-Za-z0-9_.]+))/y;
function normaliseMarker(marker) {
  const tokens = [];
  TOKEN.lastIndex = 0;
  const text = marker.trimEnd();
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) return marker.replace(/"/g, "'");
    if (m[1] !== void 0) tokens.push(`'${m[1].slice(1, -1)}'`);
    else if (m[3] !== void 0) tokens.push("not in");
    else tokens.push(m[2] ?? m[4]);
    if (TOKEN.lastIndex === start) break;
  }
  return tokens.join(" ").replace(/\( /g, "(").replace(/ \)/g, ")");
}

// src/dependencies/pipenv/lock-to-requirements.ts
var VCS_KEYS = ["git", "svn", "hg", "bzr"];
function lockToRequirements(lock, options = {}) {
  const withHashes = options.hashes ?? true;
  const withMarkers = options.markers ?? true;
  const deps = /* @__PURE__ */ new Map();
  if (options.dev) for (const [k, v] of lock.develop) deps.set(k, v);
  for (const [k, v] of lock.default) deps.set(k, v);
  const result = {
    indexLines: lock.sources.map((s, i2) => `${i2 === 0 ? "-i" : "--extra-index-url"} ${s.url}`),
    lines: [],
    text: "",
    hashed: [],
    unhashed: [],
    hashedUrls: [],
    urls: [],
    local: [],
    vcs: [],
    allPinnedHashed: true,
    sources: lock.sources
  };
  for (const [key, value] of deps) {
    const entry = typeof value === "string" ? { version: value } : value;
    const markers = withMarkers ? entryMarkers(entry) : void 0;
    const vcs = VCS_KEYS.find((k) => typeof entry[k] === "string");
    let line;
    if (vcs) {
      const req = vcsRequirement(key, vcs, entry, markers);
      result.vcs.push(req);
      line = req.line;
    } else if (typeof entry.path === "string" || typeof entry.file === "string" || typeof entry.uri === "string") {
      const target = entry.path ?? entry.file ?? entry.uri;
      if (isUrl2(target)) {
        line = withHash(appendMarkers(fileUrl(key, target, entry), markers), entry, withHashes);
        if (withHashes && entryHashes(entry).length > 0)
          result.hashedUrls.push({ line, requirement: appendMarkers(safeName(key), markers) });
        else result.urls.push(line);
      } else {
        const pkg = localPackage(key, target, entry, markers, withHashes);
        result.local.push(pkg);
        line = pkg.line;
      }
    } else {
      line = namedLine(key, entry, markers, withHashes);
      const hashed = entryHashes(entry).length > 0 && isPinned(entry.version);
      if (hashed && withHashes) result.hashed.push(line);
      else result.unhashed.push(line);
      if (!hashed) result.allPinnedHashed = false;
    }
    result.lines.push(line);
  }
  result.text = [...result.indexLines, ...result.lines].map((l) => l + "\n").join("");
  return result;
}
function fileUrl(key, url, entry) {
  if (/#(.*&)?egg=/.test(url) || (entry.extras?.length ?? 0) > 0) return url;
  return `${url}#egg=${key}`;
}
function safeName(name) {
  return name.replace(/[^A-Za-z0-9.]+/g, "-").toLowerCase();
}
function extrasSuffix(extras) {
  if (!extras || extras.length === 0) return "";
  return `[${[...new Set(extras.map((e) => e.toLowerCase()))].sort().join(",")}]`;
}
function normaliseSpecifier(version) {
  if (!version || version.trim() === "*") return "";
  return version.split(",").map((s) => s.replace(/\s+/g, "")).filter((s) => s !== "").sort().join(",");
}
function isPinned(version) {
  const spec = normaliseSpecifier(version);
  return /^===?[^,=<>!~]+$/.test(spec) && !spec.endsWith(".*");
}
function entryHashes(entry) {
  if (Array.isArray(entry.hashes)) return entry.hashes.filter((h2) => typeof h2 === "string");
  return typeof entry.hash === "string" ? [entry.hash] : [];
}
function withHash(line, entry, withHashes) {
  const hashes = withHashes ? entryHashes(entry) : [];
  return hashes.length ? `${line} ${hashes.map((h2) => `--hash=${h2}`).join(" ")}` : line;
}
function appendMarkers(line, markers) {
  return markers ? `${line} ; ${markers}` : line;
}
function editableLine(body, markers) {
  return markers ? `-e "${body} ; ${markers}"` : `-e ${body}`;
}
function namedLine(key, entry, markers, withHashes) {
  const base2 = safeName(key) + extrasSuffix(entry.extras) + normaliseSpecifier(entry.version);
  return withHash(appendMarkers(base2, markers), entry, withHashes);
}
function localPackage(key, target, entry, markers, withHashes) {
  const editable = entry.editable === true;
  const body = localPathText(target) + extrasSuffix(entry.extras);
  const line = editable ? editableLine(body, markers) : withHash(appendMarkers(body, markers), entry, withHashes);
  const installLine = editable ? editableLine(body, void 0) : withHash(body, entry, withHashes);
  return { key, path: target, editable, extras: [...entry.extras ?? []], markers, line, installLine };
}
function localPathText(path56) {
  if (path56 === "." || path56 === "./") return ".";
  if (path56.startsWith("/") || path56.startsWith("./") || path56.startsWith("../") || /^[A-Za-z]:[\\/]/.test(path56)) return path56;
  return `./${path56}`;
}
function isUrl2(text) {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(text) && !text.startsWith("file:");
}
function scpToSsh(url) {
  const scp = /^([\w.-]+@[\w.-]+):(?!\/\/)(.*)$/.exec(url);
  return scp ? `ssh://${scp[1]}/${scp[2]}` : url;
}
function vcsRequirement(key, vcs, entry, markers) {
  const raw = scpToSsh(entry[vcs]);
  const url = raw.startsWith(`${vcs}+`) ? raw : `${vcs}+${raw}`;
  const ref = typeof entry.ref === "string" && entry.ref !== "" ? entry.ref : void 0;
  const subdirectory = typeof entry.subdirectory === "string" && entry.subdirectory !== "" ? entry.subdirectory : void 0;
  const editable = entry.editable === true;
  let body = `${url}${ref ? `@${ref}` : ""}#egg=${key}${extrasSuffix(entry.extras)}`;
  if (subdirectory) body += `&subdirectory=${subdirectory}`;
  const line = editable ? editableLine(body, markers) : appendMarkers(body, markers);
  const installLine = editable ? editableLine(body, void 0) : body;
  return { key, vcs, url, ref, subdirectory, editable, markers, line, installLine };
}
function isPypiUrl(url) {
  return /^https?:\/\/pypi(?:\.python)?\.org\/simple\/?$/.test(url);
}
function applyPypiMirror(sources, mirror) {
  if (!mirror) return sources.map((s) => ({ ...s }));
  return sources.map((s) => isPypiUrl(s.url) ? { name: s.name, url: mirror, verify_ssl: mirror.startsWith("https://") } : { ...s });
}

// src/dependencies/pipenv/lock-check.ts
function checkLockCurrent(pipfileText, lockText, files = {}) {
  const pipfileName = files.pipfile ?? "Pipfile";
  const lockName = files.lock ?? "Pipfile.lock";
  const pipfile = parsePipfile(pipfileText, pipfileName);
  const lock = typeof lockText === "string" ? parsePipfileLock(lockText, lockName) : lockText;
  const hash = hashPipfileData(pipfile, pipfileName);
  if (lock.hash === hash) return { lock, pipfile, hash };
  const recorded = lock.hash ? `(${lock.hash.slice(-6)})` : "(no hash)";
  const differences2 = describeDifferences(pipfile, lock);
  const detail = differences2.length ? `
What differs between ${pipfileName} and ${lockName}:
${differences2.map((d) => `  - ${d}`).join("\n")}` : `
${pipfileName} changed since ${lockName} was made (no package differs; a source, [requires] or a package option changed).`;
  throw new BuildError(
    `Your ${lockName} ${recorded} is out of date. Expected: (${hash.slice(-6)}).${detail}
To fix it, run 'pipenv lock' and commit ${lockName}.`,
    { file: lockName }
  );
}
function describeDifferences(pipfile, lock) {
  const out = [];
  const sections = [
    ["packages", lock.default],
    ["dev-packages", lock.develop]
  ];
  for (const [name, section] of sections) {
    const packages = pipfile[name];
    if (!isRecord(packages)) continue;
    for (const [key, spec] of Object.entries(packages)) {
      const wanted = normaliseEntry(spec);
      const found = findLockEntry(key, wanted, section);
      if (!found) {
        out.push(`[${name}] ${key} ${describeSpec(wanted)}is in Pipfile but not in Pipfile.lock`);
        continue;
      }
      out.push(...compareEntry(`[${name}] ${key}`, wanted, found));
    }
  }
  const pipfileSources = Array.isArray(pipfile["source"]) ? pipfile["source"].filter(isRecord).map((s) => String(s["url"])) : [DEFAULT_PIPFILE_SOURCE.url];
  const lockSources = lock.sources.map((s) => s.url);
  if (pipfileSources.join("\n") !== lockSources.join("\n")) {
    out.push(`sources: Pipfile has ${pipfileSources.join(", ") || "none"}; Pipfile.lock has ${lockSources.join(", ") || "none"}`);
  }
  const requires = isRecord(pipfile["requires"]) ? pipfile["requires"] : {};
  for (const key of /* @__PURE__ */ new Set([...Object.keys(requires), ...Object.keys(lock.requires)])) {
    const a2 = requires[key];
    const b = lock.requires[key];
    if (comparable(a2) !== comparable(b)) out.push(`[requires] ${key}: Pipfile has ${show(a2)}; Pipfile.lock has ${show(b)}`);
  }
  return out;
}
function comparable(value) {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return String(value);
  }
  return JSON.stringify(value) ?? "undefined";
}
function show(value) {
  return value === void 0 ? "nothing" : JSON.stringify(typeof value === "bigint" ? value.toString() : value);
}
function normaliseEntry(spec) {
  if (typeof spec === "string") return { version: spec };
  return isRecord(spec) ? spec : {};
}
function describeSpec(entry) {
  const version = normaliseSpecifier(entry.version);
  const parts = [version, extrasSuffix(entry.extras)].filter((p) => p !== "");
  const where2 = entry.path ?? entry.file ?? VCS_KEYS.map((k) => entry[k]).find((v) => typeof v === "string");
  if (typeof where2 === "string") parts.push(`(${where2})`);
  return parts.length ? `${parts.join(" ")} ` : "";
}
function findLockEntry(key, wanted, section) {
  const direct = section.get(key);
  if (direct !== void 0) return normaliseEntry(direct);
  const name = safeName(key).replace(/[.]/g, "-");
  for (const [k, v] of section) if (safeName(k).replace(/[.]/g, "-") === name) return normaliseEntry(v);
  const location = wanted.path ?? VCS_KEYS.map((k) => wanted[k]).find((v) => typeof v === "string");
  if (typeof location !== "string") return void 0;
  for (const v of section.values()) {
    const entry = normaliseEntry(v);
    if (entry.path === location || VCS_KEYS.some((k) => entry[k] === location)) return entry;
  }
  return void 0;
}
function compareEntry(label, wanted, locked) {
  const out = [];
  const spec = normaliseSpecifier(wanted.version);
  const pinned = /^===?(.+)$/.exec(spec);
  if (pinned && locked.version !== void 0 && normaliseSpecifier(locked.version) !== spec) {
    out.push(`${label}: version ${spec} in Pipfile, ${locked.version} in Pipfile.lock`);
  }
  const lockedExtras = new Set((locked.extras ?? []).map((e) => e.toLowerCase()));
  const missingExtras = (wanted.extras ?? []).filter((e) => !lockedExtras.has(e.toLowerCase()));
  if (missingExtras.length) out.push(`${label}: extras ${missingExtras.join(", ")} in Pipfile, not in Pipfile.lock`);
  if ((wanted.path !== void 0 || VCS_KEYS.some((k) => wanted[k] !== void 0)) && Boolean(wanted.editable) !== Boolean(locked.editable)) {
    out.push(`${label}: editable is ${Boolean(wanted.editable)} in Pipfile, ${Boolean(locked.editable)} in Pipfile.lock`);
  }
  if (wanted.path !== void 0 && locked.path !== void 0 && wanted.path !== locked.path) {
    out.push(`${label}: path ${wanted.path} in Pipfile, ${locked.path} in Pipfile.lock`);
  }
  for (const k of VCS_KEYS) {
    if (typeof wanted[k] === "string" && wanted[k] !== locked[k]) {
      out.push(`${label}: ${k} URL ${String(wanted[k])} in Pipfile, ${String(locked[k] ?? "none")} in Pipfile.lock`);
    }
  }
  const loose = (m) => m.replace(/['"\s]/g, "");
  if (typeof wanted.markers === "string" && typeof locked.markers === "string" && loose(wanted.markers) !== loose(locked.markers)) {
    out.push(`${label}: markers "${wanted.markers}" in Pipfile, "${locked.markers}" in Pipfile.lock`);
  }
  return out;
}

// src/dependencies/pipenv/requires-python.ts
function originText(origin) {
  if (origin === "default") return "pyslug's default, as no version was requested";
  if (origin === "previous build") return "the previous build's version";
  return origin;
}
function checkRequiresPython(pipfile, chosen, file = "Pipfile") {
  const requires = isRecord(pipfile["requires"]) ? pipfile["requires"] : {};
  const full = scalarText2(requires["python_full_version"]);
  const minor = scalarText2(requires["python_version"]);
  const [key, wanted] = full ? ["python_full_version", full] : minor ? ["python_version", minor] : [];
  if (key === void 0 || wanted === void 0) return;
  const have = key === "python_full_version" ? chosen.version : chosen.version.split(".").slice(0, 2).join(".");
  const want = key === "python_full_version" ? wanted : wanted.split(".").slice(0, 2).join(".");
  if (have === want) return;
  const from = originText(chosen.origin);
  throw new BuildError(
    `${file} requires Python ${wanted} ([requires] ${key} = "${wanted}"), but the build uses Python ${chosen.version}, chosen by ${from}.
pipenv install --deploy refuses this, and so does pyslug. Make them agree: change ${key} in ${file} (then run 'pipenv lock')` + (chosen.origin === "default" || chosen.origin === "previous build" ? ", or add a .python-version file." : `, or the version in ${chosen.origin}.`),
    { file }
  );
}
function scalarText2(value) {
  return typeof value === "string" || typeof value === "number" ? String(value) : void 0;
}

// src/dependencies/pipenv-plan.ts
function packagesOf(reqs) {
  const packages = {};
  for (const line of reqs.lines) {
    const text = withoutHashes(line);
    const name = /^(?:-e\s+)?"?([A-Za-z0-9._-]+)/.exec(text)?.[1] ?? text;
    packages[name.toLowerCase()] = text;
  }
  return packages;
}
async function pipenvPlan(ctx, target) {
  const pipfileText = await readPipfileText(ctx.buildDir);
  const parsed = await readPipfileLock(ctx.buildDir);
  if (!parsed) throw new BuildError("The app has no Pipfile.lock.\nRun 'pipenv lock' and commit Pipfile.lock.", { file: "Pipfile.lock" });
  const { lock } = checkLockCurrent(pipfileText, parsed, { pipfile: "Pipfile", lock: "Pipfile.lock" });
  checkRequiresPython(parsePipfile(pipfileText), { version: target.python.version, origin: target.python.request.origin });
  const markerEnv = targetEnvironment(target.python.version, target.platform.arch);
  const applies = (entry) => {
    try {
      return markerMatches(entry.markers, markerEnv);
    } catch (error) {
      throw new BuildError(
        `Pipfile.lock: the markers of ${entry.key} can't be evaluated (${error.message}): ${entry.markers}
Fix them in the Pipfile and run 'pipenv lock' again.`,
        { file: "Pipfile.lock" }
      );
    }
  };
  const mirror = ctx.config.setting("PIPENV_PYPI_MIRROR");
  const sources = applyPypiMirror(lock.sources, mirror);
  const dev = ctx.env["INSTALL_TEST"] === "1";
  const reqs = lockToRequirements({ ...lock, sources }, { dev });
  const text = reqs.text;
  const snapshot = {
    fingerprint: `sha256:${(0, import_node_crypto5.createHash)("sha256").update(`pipenv-v1
${dev ? "dev\n" : ""}${text}`).digest("hex")}`,
    packages: packagesOf(reqs)
  };
  return {
    manager: "pipenv",
    label: dev ? "Pipfile.lock (default and develop)" : "Pipfile.lock",
    fingerprint: snapshot.fingerprint,
    snapshot,
    describeChanges: (saved) => describeSelectionChanges("Pipfile.lock", saved, snapshot),
    localPackages: reqs.local.filter(applies).map((l) => ({ path: import_node_path21.default.posix.normalize(l.path).replace(/\/$/, "") || ".", editable: l.editable })),
    unprovable: reqs.vcs.filter((v) => applies(v) && !isPinnedCommit(v.ref)).map((v) => v.line),
    reinstallLocal: (run, packages, scratch) => reinstallLockedLocal(run, scratch, { lockFile: "Pipfile.lock", indexLines: reqs.indexLines }, packages),
    install: (run, scratch) => (
      // Like `pipenv install --deploy`: the lock is complete, so nothing is resolved.
      installLockedSelection(run, scratch, {
        lockFile: "Pipfile.lock",
        indexLines: reqs.indexLines,
        // A hashed file URL is checked with the pins: in the other run its hash would put pip in
        // hash-checking mode, which refuses every editable and VCS line.
        hashed: [...reqs.hashed, ...reqs.hashedUrls.map((u2) => u2.line)],
        rest: [
          ...reqs.unhashed,
          ...reqs.urls,
          ...reqs.vcs.filter(applies).map((v) => v.installLine),
          ...reqs.local.filter(applies).map((l) => l.installLine)
        ],
        required: [...[...reqs.hashed, ...reqs.unhashed].map(withoutHashes), ...reqs.hashedUrls.map((u2) => u2.requirement)]
      })
    )
  };
}

// src/dependencies/poetry/plan.ts
var import_node_crypto7 = require("node:crypto");
var import_node_path24 = __toESM(require("node:path"), 1);
var import_fs_extra9 = __toESM(require_lib(), 1);

// src/dependencies/index-credentials.ts
function uvIndexVariable(name) {
  return name.replace(/[^A-Za-z0-9]/g, "_").toUpperCase();
}
function readIndexCredentials(config, prefix, envName) {
  const names = [`${prefix}${envName}_USERNAME`, `${prefix}${envName}_PASSWORD`];
  const [username, password] = names.map((n2) => config.setting(n2));
  if (username === void 0 && password === void 0) return void 0;
  return { variables: names.filter((_, i2) => [username, password][i2] !== void 0), username, password };
}
function withCredentials(url, credentials) {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(credentials.username ?? "");
  parsed.password = credentials.password === void 0 ? "" : encodeURIComponent(credentials.password);
  return parsed.toString();
}
function secretsOf(credentials, url) {
  const forms = new Set(credentialsIn(withCredentials(url, credentials)));
  for (const value of [credentials.password, credentials.username]) {
    if (value && value.length >= 3) {
      forms.add(value);
      forms.add(encodeURIComponent(value));
    }
  }
  return [...forms].sort((a2, b) => b.length - a2.length);
}

// src/dependencies/poetry/content-hash.ts
var import_node_crypto6 = require("node:crypto");

// src/dependencies/toml-file.ts
var import_node_path22 = __toESM(require("node:path"), 1);
var import_fs_extra8 = __toESM(require_lib(), 1);
function parseTomlText(text, file, fix) {
  try {
    return parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const reason = error.message.split("\n")[0].replace(/^Invalid TOML document: /, "");
    throw new BuildError(`${file}, line ${error.line}: this isn't valid TOML (${reason}).
${fix}`, { file, line: error.line });
  }
}
async function readTomlFile(appDir, rel, fix) {
  return parseTomlText(await import_fs_extra8.default.readFile(import_node_path22.default.join(appDir, rel), "utf8"), rel, fix);
}
function tableAt(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date) ? value : void 0;
}
function lineOf(text, pattern) {
  const index = text.split("\n").findIndex((l) => pattern.test(l));
  return index < 0 ? void 0 : index + 1;
}

// src/dependencies/poetry/content-hash.ts
var LEGACY_KEYS = ["dependencies", "source", "extras", "dev-dependencies"];
var POETRY_KEYS = [...LEGACY_KEYS, "group"];
var PROJECT_KEYS = ["requires-python", "dependencies", "optional-dependencies"];
function pythonJsonDumps(value) {
  if (value === null || value === void 0) return "null";
  if (value === true) return "true";
  if (value === false) return "false";
  if (typeof value === "string") return pyJsonString(value);
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") return pyFloat(value);
  if (Array.isArray(value)) return `[${value.map(pythonJsonDumps).join(", ")}]`;
  const table = tableAt(value);
  const proto = table && Object.getPrototypeOf(table);
  if (table && (proto === Object.prototype || proto === null)) {
    const keys = Object.keys(table).sort(compareCodePoints);
    return `{${keys.map((k) => `${pyJsonString(k)}: ${pythonJsonDumps(table[k])}`).join(", ")}}`;
  }
  throw new PyJsonTypeError(`a ${value.constructor?.name ?? typeof value} value can't be hashed as JSON`);
}
function contentHashDocument(pyproject, withDependencyGroups = true) {
  const project = tableAt(pyproject["project"]) ?? {};
  const groups = withDependencyGroups ? tableAt(pyproject["dependency-groups"]) ?? {} : {};
  const poetry = tableAt(tableAt(pyproject["tool"])?.["poetry"]) ?? {};
  const relevantProject = {};
  for (const key of PROJECT_KEYS) if (project[key] !== void 0) relevantProject[key] = project[key];
  const modern = Object.keys(relevantProject).length > 0 || Object.keys(groups).length > 0;
  const relevantPoetry = {};
  for (const key of POETRY_KEYS) {
    const data = poetry[key];
    if (data === void 0 && (!LEGACY_KEYS.includes(key) || modern)) continue;
    relevantPoetry[key] = data ?? null;
  }
  if (!modern) return relevantPoetry;
  const doc = {};
  if (Object.keys(relevantProject).length > 0) doc["project"] = relevantProject;
  if (Object.keys(groups).length > 0) doc["dependency-groups"] = groups;
  doc["tool"] = { poetry: relevantPoetry };
  return doc;
}
function contentHash(pyproject, withDependencyGroups = true) {
  return (0, import_node_crypto6.createHash)("sha256").update(pythonJsonDumps(contentHashDocument(pyproject, withDependencyGroups))).digest("hex");
}
function generatorVersion(lockText) {
  const first = lockText.split("\n", 1)[0] ?? "";
  return /Poetry ([^ ]+)/.exec(first)?.[1];
}
function before23(version) {
  const m = /^(\d+)(?:\.(\d+))?/.exec(version);
  if (!m) return false;
  const [major, minor] = [Number(m[1]), Number(m[2] ?? 0)];
  return major < 2 || major === 2 && minor < 3;
}
function lockIsFresh(pyproject, recorded, lockText) {
  if (recorded === void 0) return false;
  if (contentHash(pyproject) === recorded) return true;
  const version = generatorVersion(lockText);
  return version !== void 0 && before23(version) && contentHash(pyproject, false) === recorded;
}

// src/dependencies/poetry/install-lines.ts
var import_node_path23 = __toESM(require("node:path"), 1);

// src/dependencies/wheel-tags.ts
var GLIBC_OF_UBUNTU = {
  "22.04": [2, 35],
  "24.04": [2, 39],
  "26.04": [2, 42]
};
function glibcOfUbuntu(ubuntu) {
  return GLIBC_OF_UBUNTU[ubuntu];
}
function wheelTags(filename) {
  if (!filename.endsWith(".whl")) return void 0;
  const parts = filename.slice(0, -4).split("-");
  if (parts.length !== 5 && parts.length !== 6) return void 0;
  const [python, abi, platform2] = parts.slice(-3);
  return { python: python.split("."), abi: abi.split("."), platform: platform2.split(".") };
}
function platformFits(tag, target) {
  if (tag === "any") return true;
  if (tag === `linux_${target.machine}`) return true;
  const legacy = { manylinux1: [2, 5], manylinux2010: [2, 12], manylinux2014: [2, 17] };
  let glibc;
  let machine;
  const modern = /^manylinux_(\d+)_(\d+)_(.+)$/.exec(tag);
  if (modern) {
    glibc = [Number(modern[1]), Number(modern[2])];
    machine = modern[3];
  } else {
    const old = /^(manylinux1|manylinux2010|manylinux2014)_(.+)$/.exec(tag);
    if (old) {
      glibc = legacy[old[1]];
      machine = old[2];
    }
  }
  if (!glibc || machine !== target.machine) return false;
  if (!target.glibc) return true;
  return glibc[0] < target.glibc[0] || glibc[0] === target.glibc[0] && glibc[1] <= target.glibc[1];
}
function wheelFits(filename, target) {
  const tags = wheelTags(filename);
  if (!tags) return false;
  const minor = Number(target.minor.split(".")[1]);
  const cpython = `cp3${minor}`;
  for (const py of tags.python) {
    const generic = py === "py3" || /^py3(\d+)$/.test(py) && Number(py.slice(3)) <= minor;
    const cp = /^cp3(\d+)$/.exec(py);
    for (const abi of tags.abi) {
      const abiOk = abi === "none" && (generic || py === cpython) || abi === "abi3" && cp !== null && Number(cp[1]) <= minor || abi === cpython && py === cpython;
      if (abiOk && tags.platform.some((p) => platformFits(p, target))) return true;
    }
  }
  return false;
}

// src/dependencies/poetry/install-lines.ts
var STRONG = /^(sha256|sha384|sha512):[0-9a-f]+$/i;
var InstallLineError = class extends Error {
  constructor(message, packageName) {
    super(message);
    this.packageName = packageName;
  }
  packageName;
};
function checkInstallable(pkg, target) {
  const names = pkg.files.map((f) => f.file);
  if (names.length === 0 || names.some((n2) => !n2.endsWith(".whl")) || names.some((n2) => wheelFits(n2, target))) return;
  throw new InstallLineError(
    `poetry.lock has no wheel of ${pkg.displayName} ${pkg.version} for Python ${target.minor} on Linux ${target.machine}${target.glibc ? ` (glibc ${target.glibc.join(".")})` : ""} and no source distribution (it has ${names.join(", ")})`,
    pkg.name
  );
}
function hashOptions(pkg) {
  const hashes = pkg.files.map((f) => f.hash).filter((h2) => STRONG.test(h2));
  if (hashes.length === 0) {
    const weak = pkg.files.map((f) => f.hash.split(":")[0]).filter(Boolean);
    throw new InstallLineError(
      weak.length > 0 ? `poetry.lock has only ${[...new Set(weak)].join("/")} hashes for ${pkg.displayName} ${pkg.version}; pip checks sha256, sha384 or sha512` : `poetry.lock has no files (and so no hashes) for ${pkg.displayName} ${pkg.version}`,
      pkg.name
    );
  }
  return [...new Set(hashes)].map((h2) => `--hash=${h2}`).join(" ");
}
function localPath(url) {
  const normal = import_node_path23.default.posix.normalize(url.replace(/\\/g, "/")).replace(/\/$/, "");
  if (normal === "." || normal === "") return ".";
  return normal.startsWith("/") || normal.startsWith("../") ? normal : `./${normal}`;
}
function gitUrl(url) {
  const scp = /^([\w.-]+@[\w.-]+):(?!\/\/)(.*)$/.exec(url);
  const full = scp ? `ssh://${scp[1]}/${scp[2]}` : url;
  return full.startsWith("git+") ? full : `git+${full}`;
}
function installLines2(packages, target) {
  const out = { sources: [], usesDefaultIndex: false, hashed: [], rest: [], required: [], local: [], unpinned: [] };
  for (const pkg of packages) {
    const source = pkg.source;
    const type = source?.type ?? "";
    out.required.push(pkg.name);
    if (!source || type === "" || type === "legacy" || type === "pypi") {
      const reference = type === "legacy" ? source?.reference : void 0;
      if (reference !== void 0 && reference.toLowerCase() !== "pypi") {
        if (!out.sources.includes(reference)) out.sources.push(reference);
      } else out.usesDefaultIndex = true;
      checkInstallable(pkg, target);
      out.hashed.push(`${pkg.displayName}==${pkg.version} ${hashOptions(pkg)}`);
    } else if (type === "directory") {
      const dir = localPath(source.url ?? ".");
      out.local.push({ path: dir.replace(/^\.\//, ""), editable: pkg.develop });
      out.rest.push(pkg.develop ? `-e ${dir}` : dir);
    } else if (type === "file") {
      out.hashed.push(`${localPath(source.url ?? "")} ${hashOptions(pkg)}`);
    } else if (type === "url") {
      out.hashed.push(`${pkg.displayName} @ ${source.url} ${hashOptions(pkg)}`);
    } else if (type === "git") {
      const commit = source.resolvedReference ?? source.reference;
      const sub = source.subdirectory ? `subdirectory=${source.subdirectory}` : "";
      const base2 = `${gitUrl(source.url ?? "")}${commit ? `@${commit}` : ""}`;
      if (!commit || !/^[0-9a-f]{40}$/i.test(commit)) out.unpinned.push(`${pkg.displayName} (${source.url}${commit ? ` ${commit}` : ""})`);
      out.rest.push(
        pkg.develop ? `-e ${base2}#egg=${pkg.displayName}${sub ? `&${sub}` : ""}` : `${pkg.displayName} @ ${base2}${sub ? `#${sub}` : ""}`
      );
    } else {
      throw new InstallLineError(`poetry.lock installs ${pkg.displayName} from a '${type}' source, which pyslug doesn't know`, pkg.name);
    }
  }
  return out;
}

// src/dependencies/poetry/toml-file.ts
function parseTomlFile(text, file, fix) {
  try {
    return parse(text, { integersAsBigInt: true });
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const reason = error.message.split("\n")[0].replace(/^Invalid TOML document:\s*/, "");
    throw new BuildError(`${file} isn't valid TOML (line ${error.line}, column ${error.column}): ${reason}.
${error.codeblock}
${fix}`, {
      file,
      line: error.line
    });
  }
}
function stringOf(value) {
  return typeof value === "string" ? value : void 0;
}

// src/dependencies/poetry/lock-file.ts
var PoetryLockError = class extends Error {
};
function stringList(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function dependencyConstraints(name, spec) {
  const constraints = Array.isArray(spec) ? spec : [spec];
  return constraints.map((c3) => {
    const table = tableAt(c3) ?? {};
    return {
      name: canonicalName(name),
      marker: stringOf(table["markers"]),
      python: stringOf(table["python"]),
      optional: table["optional"] === true,
      extras: stringList(table["extras"])
    };
  });
}
function extraItemName(item) {
  const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(item)?.[1];
  return name === void 0 ? void 0 : canonicalName(name);
}
function filesOf(value) {
  return (Array.isArray(value) ? value : []).map((f) => tableAt(f) ?? {}).map((f) => ({ file: stringOf(f["file"]) ?? "", hash: stringOf(f["hash"]) ?? "" }));
}
function readPoetryLock(data) {
  const metadata = tableAt(data["metadata"]);
  if (!metadata) throw new PoetryLockError("it has no [metadata] table");
  const lockVersion = stringOf(metadata["lock-version"]) ?? "1.0";
  const legacyFiles = tableAt(metadata["files"]) ?? {};
  const packages = (Array.isArray(data["package"]) ? data["package"] : []).map((raw, index) => {
    const p = tableAt(raw) ?? {};
    const displayName = stringOf(p["name"]);
    const version = stringOf(p["version"]);
    if (!displayName || version === void 0) throw new PoetryLockError(`package ${index + 1} has no name or version`);
    const source = tableAt(p["source"]);
    const extras = /* @__PURE__ */ new Map();
    for (const [extra, items] of Object.entries(tableAt(p["extras"]) ?? {})) {
      extras.set(
        canonicalName(extra),
        stringList(items).map(extraItemName).filter((n2) => n2 !== void 0)
      );
    }
    const markers = p["markers"];
    return {
      name: canonicalName(displayName),
      displayName,
      version,
      optional: p["optional"] === true,
      develop: p["develop"] === true,
      files: p["files"] !== void 0 ? filesOf(p["files"]) : filesOf(legacyFiles[displayName] ?? legacyFiles[canonicalName(displayName)]),
      dependencies: Object.entries(tableAt(p["dependencies"]) ?? {}).flatMap(([n2, s]) => dependencyConstraints(n2, s)),
      extras,
      source: source && {
        type: stringOf(source["type"]) ?? "",
        url: stringOf(source["url"]),
        reference: stringOf(source["reference"]),
        resolvedReference: stringOf(source["resolved_reference"]),
        subdirectory: stringOf(source["subdirectory"])
      },
      groups: Array.isArray(p["groups"]) ? stringList(p["groups"]).map(canonicalName) : void 0,
      markers: typeof markers === "string" ? markers : tableAt(markers) ? Object.fromEntries(Object.entries(tableAt(markers)).map(([g, m]) => [canonicalName(g), String(m)])) : void 0
    };
  });
  return {
    lockVersion,
    contentHash: stringOf(metadata["content-hash"]),
    pythonVersions: stringOf(metadata["python-versions"]),
    packages
  };
}
function lockVersionParts(version) {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : [NaN, NaN];
}
function recordsGroups(lock) {
  const [major, minor] = lockVersionParts(lock.lockVersion);
  return major === 2 && minor >= 1;
}

// src/dependencies/poetry/pyproject.ts
var PoetryProjectError = class extends Error {
};
function tableEntries(value) {
  return Object.entries(tableAt(value) ?? {});
}
function stringList2(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function versionOf(text) {
  return text === void 0 || text.trim() === "" || text.trim() === "*" ? void 0 : { text, syntax: "poetry" };
}
function poetryDependencies(value) {
  const out = [];
  for (const [name, spec] of tableEntries(value)) {
    if (canonicalName(name) === "python") continue;
    const constraints = Array.isArray(spec) ? spec : [spec];
    for (const c3 of constraints) {
      const table = tableAt(c3) ?? {};
      const markers = [stringOf(table["markers"]), stringOf(table["platform"]) && `sys_platform == "${stringOf(table["platform"])}"`].filter((m) => Boolean(m)).map((m) => `(${m})`);
      out.push({
        name: canonicalName(name),
        marker: markers.length ? markers.join(" and ") : void 0,
        python: stringOf(table["python"]),
        constraint: versionOf(typeof c3 === "string" ? c3 : stringOf(table["version"])),
        optional: table["optional"] === true,
        extras: stringList2(table["extras"])
      });
    }
  }
  return out;
}
function pep508Dependency(text, optional2 = false) {
  const semicolon = text.indexOf(";");
  const head = semicolon < 0 ? text : text.slice(0, semicolon);
  const marker = semicolon < 0 ? void 0 : text.slice(semicolon + 1).trim() || void 0;
  let spec;
  try {
    spec = parseNamedRequirement(head.trim());
  } catch (error) {
    if (error instanceof SpecError) throw new PoetryProjectError(`'${text}' is not a PEP 508 requirement: ${error.message}`);
    throw error;
  }
  const constraint = spec.specifier ? { text: spec.specifier, syntax: "pep440" } : void 0;
  return { name: canonicalName(spec.name), marker, python: void 0, constraint, optional: optional2, extras: spec.extras };
}
function dependencyGroups(value) {
  const raw = new Map(tableEntries(value).map(([k, v]) => [canonicalName(k), Array.isArray(v) ? v : []]));
  const expand = (group, seen) => {
    if (seen.includes(group)) throw new PoetryProjectError(`[dependency-groups] includes itself: ${[...seen, group].join(" -> ")}`);
    const items = raw.get(group);
    if (!items) throw new PoetryProjectError(`[dependency-groups] includes '${group}', which isn't defined`);
    return items.flatMap((item) => {
      if (typeof item === "string") return [pep508Dependency(item)];
      const include = stringOf(tableAt(item)?.["include-group"]);
      return include ? expand(canonicalName(include), [...seen, group]) : [];
    });
  };
  return new Map([...raw.keys()].map((g) => [g, expand(g, [])]));
}
function readPoetryProject(data) {
  const project = tableAt(data["project"]);
  const poetry = tableAt(tableAt(data["tool"])?.["poetry"]) ?? {};
  const sources = (Array.isArray(poetry["source"]) ? poetry["source"] : []).map((s) => {
    const t = tableAt(s) ?? {};
    return { name: stringOf(t["name"]) ?? "", url: stringOf(t["url"]), priority: stringOf(t["priority"]) };
  });
  const groups = /* @__PURE__ */ new Map();
  const group = (name) => {
    const key = canonicalName(name);
    let g = groups.get(key);
    if (!g) groups.set(key, g = { name: key, optional: false, dependencies: [] });
    return g;
  };
  const main2 = group("main");
  const projectDeps = project?.["dependencies"];
  if (Array.isArray(projectDeps)) {
    main2.dependencies.push(...stringList2(projectDeps).map((d) => pep508Dependency(d)));
    const optional2 = tableAt(project?.["optional-dependencies"]) ?? {};
    for (const deps of Object.values(optional2)) main2.dependencies.push(...stringList2(deps).map((d) => pep508Dependency(d, true)));
  } else {
    main2.dependencies.push(...poetryDependencies(poetry["dependencies"]));
  }
  if (poetry["dev-dependencies"] !== void 0) group("dev").dependencies.push(...poetryDependencies(poetry["dev-dependencies"]));
  for (const [name, dependencies] of dependencyGroups(data["dependency-groups"])) group(name).dependencies.push(...dependencies);
  for (const [name, spec] of tableEntries(poetry["group"])) {
    const table = tableAt(spec) ?? {};
    const g = group(name);
    if (table["optional"] === true) g.optional = true;
    g.dependencies.push(...poetryDependencies(table["dependencies"]));
  }
  const requiresPython = stringOf(project?.["requires-python"]);
  const poetryPython = stringOf(tableAt(poetry["dependencies"])?.["python"]);
  return {
    name: stringOf(project?.["name"]) ?? stringOf(poetry["name"]),
    packageMode: poetry["package-mode"] !== false,
    python: requiresPython ? { constraint: requiresPython, key: "requires-python" } : poetryPython ? { constraint: poetryPython, key: "python" } : void 0,
    hasBuildSystem: tableAt(data["build-system"]) !== void 0,
    sources,
    groups: [...groups.values()],
    data
  };
}

// src/dependencies/python-constraint.ts
function bump(release, keep) {
  const kept = release.slice(0, keep);
  kept[kept.length - 1] = (kept[kept.length - 1] ?? 0) + 1;
  return kept.join(".");
}
function poetryTerm(term) {
  const text = term.trim();
  if (text === "*" || text === "") return [];
  const caret = /^\^\s*(\d+(?:\.\d+)*)$/.exec(text);
  if (caret) {
    const release = caret[1].split(".").map(Number);
    const firstNonZero = release.findIndex((n2) => n2 !== 0);
    const keep = firstNonZero < 0 ? release.length : Math.min(firstNonZero + 1, release.length);
    return [
      { operator: ">=", version: caret[1] },
      { operator: "<", version: bump(release, keep) }
    ];
  }
  const tilde = /^~(?!=)\s*(\d+(?:\.\d+)*)$/.exec(text);
  if (tilde) {
    const release = tilde[1].split(".").map(Number);
    return [
      { operator: ">=", version: tilde[1] },
      { operator: "<", version: bump(release, release.length === 1 ? 1 : 2) }
    ];
  }
  const wildcard = /^(\d+(?:\.\d+)*)\.[*xX]$/.exec(text);
  if (wildcard) return [{ operator: "==", version: `${wildcard[1]}.*` }];
  if (/^\d+(?:\.\d+)*$/.test(text)) {
    return text.split(".").length < 3 ? [{ operator: "==", version: `${text}.*` }] : [{ operator: "==", version: text }];
  }
  return parseSpecifiers(text.replace(/^(=)(?!=)/, "=="));
}
function constraintAlternatives(constraint, syntax) {
  if (syntax === "pep440") return [parseSpecifiers(constraint)];
  return constraint.split("||").map(
    (alternative) => alternative.trim().replace(/(===|==|!=|<=|>=|~=|<|>|\^|~)\s+/g, "$1").split(/\s*,\s*|\s+/).flatMap(poetryTerm)
  );
}
function pythonSatisfies(version, constraint, syntax) {
  return constraintAlternatives(constraint, syntax).some((specifiers) => satisfies(version, specifiers));
}
function checkPythonConstraint(python, constraint, source, candidates) {
  let ok;
  try {
    ok = pythonSatisfies(python.version, constraint, source.syntax);
  } catch (error) {
    if (!(error instanceof VersionSyntaxError)) throw error;
    throw new BuildError(`${source.file}: ${source.key} = "${constraint}" isn't a version constraint pyslug can read (${error.message}).`, {
      file: source.file,
      line: source.line
    });
  }
  if (ok) return;
  const fits = candidates.find((c3) => {
    try {
      return pythonSatisfies(c3.version, constraint, source.syntax);
    } catch {
      return false;
    }
  });
  const fix = fits ? source.pinCommand ? `Run '${source.pinCommand(fits.minor)}' and commit .python-version, or change ${source.key}.` : `Ask for Python ${fits.minor} in .python-version, or change ${source.key}.` : `No Python version pyslug supports satisfies it: change ${source.key}.`;
  throw new BuildError(
    `Python ${python.version} (from ${python.origin}) is outside the project's ${source.key} "${constraint}" in ${source.file}.
${fix}`,
    { file: source.file, line: source.line }
  );
}

// src/dependencies/poetry/select.ts
var SelectionError = class extends Error {
  constructor(message, packageName) {
    super(message);
    this.packageName = packageName;
  }
  packageName;
};
function pythonConstraintHolds(constraint, env) {
  if (constraint === void 0 || constraint.trim() === "" || constraint.trim() === "*") return true;
  return constraintAlternatives(constraint, "poetry").some(
    (specs) => specs.every((spec) => {
      const parts = spec.version.replace(/\.\*$/, "").split(".").length;
      const version = parts < 3 && !spec.version.endsWith(".*") ? env.python_version : env.python_full_version;
      return satisfies(version, [spec]);
    })
  );
}
function installedGroups(project, withNonOptional) {
  const groups = /* @__PURE__ */ new Set(["main"]);
  if (withNonOptional) {
    for (const g of project.groups) if (!g.optional) groups.add(g.name);
  }
  return groups;
}
function holds(dep, env, extras) {
  return markerMatches(dep.marker, env, { extras }) && pythonConstraintHolds(dep.python, env);
}
function selectByGroups(lock, options) {
  const none = /* @__PURE__ */ new Set();
  return lock.packages.filter((p) => {
    const groups = (p.groups ?? []).filter((g) => options.groups.has(g));
    if (groups.length === 0) return false;
    if (p.markers === void 0 || typeof p.markers === "string") return markerMatches(p.markers, options.env, { extras: none });
    const markers = p.markers;
    return groups.some((g) => markerMatches(markers[g] ?? "", options.env, { extras: none }));
  });
}
function selectByWalking(lock, project, options) {
  const byName = /* @__PURE__ */ new Map();
  for (const p of lock.packages) {
    if (byName.has(p.name)) {
      throw new SelectionError(
        `poetry.lock (lock-version ${lock.lockVersion}) locks ${p.displayName} twice (${byName.get(p.name).version} and ${p.version}); choosing between them needs Poetry's solver`,
        p.name
      );
    }
    byName.set(p.name, p);
  }
  const root = project.name === void 0 ? void 0 : project.name.toLowerCase().replace(/[-_.]+/g, "-");
  const extrasOf = /* @__PURE__ */ new Map();
  const queue = [];
  const none = /* @__PURE__ */ new Set();
  for (const group of project.groups) {
    if (!options.groups.has(group.name)) continue;
    for (const dep of group.dependencies) {
      if (dep.optional || !holds(dep, options.env, none)) continue;
      queue.push({ name: dep.name, extras: dep.extras, from: "pyproject.toml" });
    }
  }
  while (queue.length > 0) {
    const { name, extras, from } = queue.shift();
    if (name === root) continue;
    const pkg = byName.get(name);
    if (!pkg) {
      throw new SelectionError(`${from} requires ${name}, which poetry.lock doesn't lock`, name);
    }
    const seen = extrasOf.get(name);
    const wanted = new Set(extras.map((e) => e.toLowerCase().replace(/[-_.]+/g, "-")));
    if (seen && [...wanted].every((e) => seen.has(e))) continue;
    const active = /* @__PURE__ */ new Set([...seen ?? [], ...wanted]);
    extrasOf.set(name, active);
    const fromExtras = new Set([...active].flatMap((e) => pkg.extras.get(e) ?? []));
    for (const dep of pkg.dependencies) {
      if (dep.optional && !fromExtras.has(dep.name)) continue;
      if (!holds(dep, options.env, active)) continue;
      queue.push({ name: dep.name, extras: dep.extras, from: `${pkg.displayName} ${pkg.version}` });
    }
  }
  return lock.packages.filter((p) => extrasOf.has(p.name));
}
function selectPackages(lock, project, options) {
  const selected = recordsGroups(lock) ? selectByGroups(lock, options) : selectByWalking(lock, project, options);
  const names = /* @__PURE__ */ new Map();
  for (const p of selected) {
    const other = names.get(p.name);
    if (other) {
      throw new SelectionError(
        `poetry.lock selects two versions of ${p.displayName} (${other.version} and ${p.version}) for Python ${options.env.python_full_version}`,
        p.name
      );
    }
    names.set(p.name, p);
  }
  return selected;
}

// src/dependencies/poetry/staleness.ts
function allows(dep, version) {
  if (!dep.constraint) return true;
  try {
    return constraintAlternatives(dep.constraint.text, dep.constraint.syntax).some((specs) => satisfies(version, specs));
  } catch {
    return true;
  }
}
function describeStaleLock(project, lock) {
  const changes2 = [];
  if (project.python && lock.pythonVersions !== void 0 && project.python.constraint.trim() !== lock.pythonVersions.trim()) {
    changes2.push(`${project.python.key} is "${project.python.constraint}" but the lock was made for "${lock.pythonVersions}"`);
  }
  const locked = new Map(lock.packages.map((p) => [p.name, p]));
  const rootName = project.name?.toLowerCase().replace(/[-_.]+/g, "-");
  const direct = project.groups.flatMap((g) => g.dependencies.map((d) => ({ group: g.name, dep: d })));
  for (const { group, dep } of direct) {
    if (dep.name === rootName) continue;
    const pkg = locked.get(dep.name);
    if (!pkg) changes2.push(`${dep.name} was added (group ${group}) and isn't in the lock`);
    else if (!allows(dep, pkg.version)) changes2.push(`${dep.name} now requires "${dep.constraint.text}" but the lock has ${pkg.version}`);
  }
  const reached = /* @__PURE__ */ new Set();
  const queue = direct.map((d) => d.dep.name);
  while (queue.length > 0) {
    const name = queue.pop();
    if (reached.has(name)) continue;
    reached.add(name);
    for (const dep of locked.get(name)?.dependencies ?? []) queue.push(dep.name);
  }
  const unreached = lock.packages.filter((p) => !reached.has(p.name)).map((p) => p.displayName);
  if (unreached.length > 0 && direct.length > 0) changes2.push(`nothing requires ${[...new Set(unreached)].join(", ")} any more`);
  if (changes2.length === 0) {
    changes2.push("a dependency, extra, group or source in pyproject.toml changed (Poetry's content hash of them differs)");
  }
  return changes2;
}

// src/dependencies/poetry/plan.ts
var RELOCK = "Run 'poetry lock' with Poetry 2 and commit poetry.lock.";
function poetrySourceVariables(name) {
  const upper = name.toUpperCase().replace(/-/g, "_");
  return [.../* @__PURE__ */ new Set([upper, upper.replace(/\./g, "_")])];
}
function sourceUrl(ctx, project, reference, lockUrl) {
  const source = project.sources.find((s) => s.name.toLowerCase() === reference.toLowerCase());
  const url = source?.url ?? lockUrl;
  if (!url) {
    throw new BuildError(
      `poetry.lock installs packages from the source '${reference}', which pyproject.toml doesn't define.
Add it as a [[tool.poetry.source]] with its url, or ${RELOCK}`,
      { file: "pyproject.toml" }
    );
  }
  for (const variable of poetrySourceVariables(reference)) {
    const credentials = readIndexCredentials(ctx.config, "POETRY_HTTP_BASIC_", variable);
    if (credentials) {
      ctx.log.info(`Using ${credentials.variables.join(" and ")} for the source '${reference}' (${redactUrl(url)})`);
      return { url: withCredentials(url, credentials), plain: url, secrets: secretsOf(credentials, url) };
    }
  }
  return { url, plain: url, secrets: [] };
}
async function readText(ctx, file) {
  return import_fs_extra9.default.readFile(import_node_path24.default.join(ctx.buildDir, file), "utf8");
}
async function poetryPlan(ctx, target) {
  const [pyprojectText, lockText] = await Promise.all([readText(ctx, "pyproject.toml"), readText(ctx, "poetry.lock")]);
  const pyprojectData = parseTomlFile(
    pyprojectText,
    "pyproject.toml",
    "Fix the syntax at that line, then run 'poetry lock' and commit both files."
  );
  const lockData = parseTomlFile(lockText, "poetry.lock", `Don't edit poetry.lock by hand: ${RELOCK}`);
  let project;
  try {
    project = readPoetryProject(pyprojectData);
  } catch (error) {
    if (error instanceof PoetryProjectError) throw new BuildError(`pyproject.toml: ${error.message}.`, { file: "pyproject.toml" });
    throw error;
  }
  let lock;
  try {
    lock = readPoetryLock(lockData);
  } catch (error) {
    if (error instanceof PoetryLockError)
      throw new BuildError(`poetry.lock isn't a lock file Poetry wrote: ${error.message}.
${RELOCK}`, { file: "poetry.lock" });
    throw error;
  }
  const [major, minor] = lockVersionParts(lock.lockVersion);
  const versionLine = lineOf(lockText, /^\s*lock-version\s*=/);
  if (!(major >= 1) || major > 2) {
    throw new BuildError(
      `poetry.lock has lock-version "${lock.lockVersion}"; pyslug reads lock versions 1.x to 2.1.
` + (major > 2 ? "The lock was written by a Poetry newer than pyslug knows: re-lock with Poetry 2, or update pyslug." : RELOCK),
      { file: "poetry.lock", line: versionLine }
    );
  }
  if (major === 2 && minor > 1)
    ctx.log.warn(`poetry.lock has lock-version ${lock.lockVersion}, newer than the 2.1 pyslug knows; reading it as 2.1.`);
  if (!lockIsFresh(pyprojectData, lock.contentHash, lockText)) {
    throw new BuildError(
      "poetry.lock is out of date: pyproject.toml changed since it was locked (Poetry refuses to install it too).\n" + describeStaleLock(project, lock).map((c3) => `  - ${c3}
`).join("") + RELOCK.replace("with Poetry 2 ", ""),
      { file: "poetry.lock", line: lineOf(lockText, /^\s*content-hash\s*=/) }
    );
  }
  const { python, platform: platform2, supported } = target;
  if (project.python) {
    checkPythonConstraint(
      { version: python.version, origin: python.request.file ?? python.request.origin },
      project.python.constraint,
      {
        key: project.python.key,
        file: "pyproject.toml",
        line: lineOf(pyprojectText, project.python.key === "python" ? /^\s*python\s*=/ : /^\s*requires-python\s*=/),
        syntax: project.python.key === "python" ? "poetry" : "pep440"
      },
      supported
    );
  }
  const ci = installsTestDependencies(ctx);
  const groups = installedGroups(project, ci);
  const env = targetEnvironment(python.version, platform2.arch);
  let lines2;
  try {
    lines2 = installLines2(selectPackages(lock, project, { env, groups }), {
      minor: python.minor,
      machine: env.platform_machine,
      glibc: glibcOfUbuntu(platform2.ubuntu)
    });
  } catch (error) {
    if (error instanceof SelectionError || error instanceof InstallLineError) {
      const name = error instanceof SelectionError ? error.packageName : error.packageName;
      const line = name ? lineOf(lockText, new RegExp(`^name = "${name.replace(/-/g, "[-_.]")}"`, "i")) : void 0;
      const twice = error instanceof SelectionError && /twice/.test(error.message);
      throw new BuildError(
        `${error.message}.
` + (twice ? "Re-lock with Poetry 2 ('poetry lock'): its lock-version 2.1 records which one each Python gets." : RELOCK),
        { file: "poetry.lock", line }
      );
    }
    throw error;
  }
  const secrets = [];
  const indexLines = [];
  const indexes = [];
  for (const reference of lines2.sources) {
    const lockUrl = lock.packages.find((p) => p.source?.reference === reference)?.source?.url;
    const { url, plain, secrets: s } = sourceUrl(ctx, project, reference, lockUrl);
    const first = !lines2.usesDefaultIndex && indexLines.length === 0;
    indexLines.push(`${first ? "--index-url" : "--extra-index-url"} ${url}`);
    indexes.push(plain);
    secrets.push(...s);
  }
  const rest = [...lines2.rest];
  const localPackages = lines2.local.map((l) => ({ path: l.path, editable: l.editable }));
  if (project.packageMode) {
    if (!project.hasBuildSystem) {
      throw new BuildError(
        `pyproject.toml has no [build-system], so pip can't install the project itself (Poetry would use poetry-core).
Add [build-system] with requires = ["poetry-core>=2.0"] and build-backend = "poetry.core.masonry.api",
or set package-mode = false in [tool.poetry] if the app isn't a package.`,
        { file: "pyproject.toml" }
      );
    }
    rest.push("-e .");
    localPackages.push({ path: ".", editable: true });
  }
  const label = ci ? `poetry.lock (${[...groups].join(", ")})` : "poetry.lock";
  const fingerprint = `sha256:${(0, import_node_crypto7.createHash)("sha256").update(JSON.stringify({ v: "poetry-v1", ci, groups: [...groups], indexes, hashed: lines2.hashed, rest })).digest("hex")}`;
  const snapshot = { fingerprint, packages: snapshotPackages(lines2.hashed, rest) };
  ctx.log.info(
    `poetry.lock (lock-version ${lock.lockVersion}) is current; ${lines2.required.length} packages selected for Python ${python.version}`
  );
  return {
    manager: "poetry",
    label,
    fingerprint,
    snapshot,
    describeChanges: (saved) => describeSelectionChanges("poetry.lock", saved, snapshot),
    localPackages,
    unprovable: lines2.unpinned,
    secrets,
    reinstallLocal: (run, packages, scratch) => reinstallLockedLocal(run, scratch, { lockFile: "poetry.lock", indexLines }, packages),
    install: (run, scratch) => installLockedSelection(run, scratch, {
      lockFile: "poetry.lock",
      indexLines,
      hashed: lines2.hashed,
      rest,
      required: lines2.required
    })
  };
}
function snapshotPackages(hashed, rest) {
  const packages = {};
  for (const line of hashed) {
    const text = withoutHashes(line);
    const pin = /^([A-Za-z0-9._-]+)==(\S+)$/.exec(text);
    if (pin) packages[pin[1].toLowerCase()] = pin[2];
    else packages[text] = text;
  }
  for (const line of rest) packages[line] = line;
  return packages;
}

// src/dependencies/uv/plan.ts
var import_node_crypto8 = require("node:crypto");
var import_node_path26 = __toESM(require("node:path"), 1);
var import_fs_extra11 = __toESM(require_lib(), 1);

// src/dependencies/uv/freshness.ts
function canonicalVersion(text) {
  if (text.endsWith(".*")) return text;
  const v = parseVersion(text);
  if (!v) return text;
  const release = [...v.release];
  while (release.length > 1 && release[release.length - 1] === 0) release.pop();
  return [
    v.epoch ? `${v.epoch}!` : "",
    release.join("."),
    v.pre ? `${v.pre[0]}${v.pre[1]}` : "",
    v.post !== void 0 ? `.post${v.post}` : "",
    v.dev !== void 0 ? `.dev${v.dev}` : "",
    v.local ? `+${v.local}` : ""
  ].join("");
}
function canonicalSpecifier(text) {
  if (!text || text.trim() === "") return "";
  return parseSpecifiers(text).map((s) => `${s.operator}${canonicalVersion(s.version)}`).sort().join(",");
}
function extraOfMarker(marker) {
  const m = /\bextra\s*==\s*['"]([^'"]+)['"]/.exec(marker ?? "");
  return m ? m[1].toLowerCase().replace(/[-_.]+/g, "-") : "";
}
function fromDeclared(d) {
  const sourced = Object.keys(d.source).some((k) => k !== "index");
  return {
    key: `${d.name}[${[...d.extras].sort().join(",")}]${sourced ? "" : canonicalSpecifier(d.specifier)} ${extraOfMarker(d.marker)}`,
    name: d.name,
    sourced
  };
}
function fromRequirement(text, extra, sources) {
  const [body = ""] = splitMarker(text);
  const spec = parseNamedRequirement(body);
  const name = spec.name.toLowerCase().replace(/[-_.]+/g, "-");
  const sourced = spec.url !== void 0 || Object.keys(sources).some((k) => k.toLowerCase().replace(/[-_.]+/g, "-") === name);
  const extras = spec.extras.map((e) => e.toLowerCase().replace(/[-_.]+/g, "-")).sort();
  return { key: `${name}[${extras.join(",")}]${sourced ? "" : canonicalSpecifier(spec.specifier)} ${extra}`, name, sourced };
}
function splitMarker(text) {
  const at = text.includes(" @ ") ? text.indexOf(" ;") : text.indexOf(";");
  return at < 0 ? [text.trim(), void 0] : [text.slice(0, at).trim(), text.slice(at + 1).trim()];
}
function multiset(items) {
  const m = /* @__PURE__ */ new Map();
  for (const i2 of items) m.set(i2.key, (m.get(i2.key) ?? 0) + 1);
  return m;
}
function compareRequirements(what, locked, declared) {
  const lockedNames = new Set(locked.map((c3) => c3.name));
  const declaredNames = new Set(declared.map((c3) => c3.name));
  const added = [...declaredNames].filter((n2) => !lockedNames.has(n2)).sort();
  const removed = [...lockedNames].filter((n2) => !declaredNames.has(n2)).sort();
  const stale = [];
  if (added.length) stale.push(`${what}: ${added.join(", ")} added`);
  if (removed.length) stale.push(`${what}: ${removed.join(", ")} removed`);
  const a2 = multiset(locked);
  const b = multiset(declared);
  const changed = /* @__PURE__ */ new Set();
  let sourcedOnly = true;
  for (const key of /* @__PURE__ */ new Set([...a2.keys(), ...b.keys()])) {
    if (a2.get(key) === b.get(key)) continue;
    const item = [...locked, ...declared].find((c3) => c3.key === key);
    if (added.includes(item.name) || removed.includes(item.name)) continue;
    changed.add(item.name);
    if (!item.sourced) sourcedOnly = false;
  }
  if (changed.size === 0) return { stale, undecided: [] };
  if (sourcedOnly) return { stale, undecided: [`${what}: ${[...changed].sort().join(", ")} (sources)`] };
  stale.push(`${what}: ${[...changed].sort().join(", ")} changed`);
  return { stale, undecided: [] };
}
function kindsOf(entry) {
  const t = tableAt(Array.isArray(entry) ? void 0 : entry);
  if (!t) return void 0;
  if (t["workspace"] === true) return ["editable", "virtual", "directory"];
  if (typeof t["path"] === "string") return t["editable"] === true ? ["editable"] : ["directory", "path", "virtual"];
  if (typeof t["git"] === "string") return ["git"];
  if (typeof t["url"] === "string") return ["url"];
  if (typeof t["index"] === "string") return ["index"];
  return void 0;
}
function sourceMismatches(locked, sources) {
  const out = [];
  for (const [rawName, entry] of Object.entries(sources)) {
    const name = rawName.toLowerCase().replace(/[-_.]+/g, "-");
    const kinds = kindsOf(entry);
    const entries = locked.filter((d) => d.name === name);
    if (!kinds || entries.length === 0) continue;
    if (!entries.some((d) => Object.keys(d.source).some((k) => kinds.includes(k)))) out.push(name);
  }
  return out.sort();
}
function stringList3(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : void 0;
}
function checkMember(member, pkg, result) {
  const label = member.dir === "." ? "pyproject.toml" : member.file;
  if (member.isPackage !== (pkg.source.kind !== "virtual")) {
    result.stale.push(
      `${label}: ${member.name} is ${member.isPackage ? "now a package (it has a [build-system] or tool.uv.package = true)" : "no longer a package"}, and uv.lock installs it ${pkg.source.kind === "virtual" ? "as virtual" : "as a package"}`
    );
  }
  if (!pkg.metadata) {
    result.undecided.push(`${label}: uv.lock records no metadata for ${member.name}`);
    return;
  }
  const project = member.project ?? {};
  const dynamic = stringList3(project["dynamic"]) ?? [];
  const sources = tableAt(member.tool["sources"]) ?? {};
  try {
    const locked = pkg.metadata.requiresDist.map(fromDeclared);
    if (dynamic.includes("dependencies") || dynamic.includes("optional-dependencies")) {
      result.undecided.push(`${label}: dynamic ${dynamic.filter((d) => d.endsWith("dependencies")).join(" and ")}`);
    } else {
      const declared = (stringList3(project["dependencies"]) ?? []).map((r2) => fromRequirement(r2, "", sources));
      const optional2 = tableAt(project["optional-dependencies"]) ?? {};
      for (const [extra, reqs] of Object.entries(optional2)) {
        const name = extra.toLowerCase().replace(/[-_.]+/g, "-");
        declared.push(...(stringList3(reqs) ?? []).map((r2) => fromRequirement(r2, name, sources)));
      }
      const r = compareRequirements(`${label} dependencies`, locked, declared);
      result.stale.push(...r.stale);
      result.undecided.push(...r.undecided);
      const moved = sourceMismatches(pkg.metadata.requiresDist, sources);
      if (moved.length && r.stale.length === 0) result.undecided.push(`${label}: the source of ${moved.join(", ")} in [tool.uv.sources]`);
      const extras = Object.keys(optional2).map((e) => e.toLowerCase().replace(/[-_.]+/g, "-")).sort();
      const lockedExtras = [...pkg.metadata.providesExtras].sort();
      if (extras.join(",") !== lockedExtras.join(","))
        result.stale.push(`${label}: optional-dependencies are [${extras.join(", ")}], uv.lock has [${lockedExtras.join(", ")}]`);
    }
    const groups = /* @__PURE__ */ new Map();
    for (const [group, reqs] of Object.entries(member.dependencyGroups ?? {})) {
      groups.set(group.toLowerCase().replace(/[-_.]+/g, "-"), Array.isArray(reqs) ? reqs : []);
    }
    const legacyDev = stringList3(member.tool["dev-dependencies"]);
    if (legacyDev) groups.set("dev", [...groups.get("dev") ?? [], ...legacyDev]);
    const lockedGroups = pkg.metadata.requiresDev;
    const names = [...groups.keys()].sort();
    const lockedNames = [...lockedGroups.keys()].sort();
    if (names.join(",") !== lockedNames.join(",")) {
      result.stale.push(`${label}: dependency groups are [${names.join(", ")}], uv.lock has [${lockedNames.join(", ")}]`);
    } else {
      for (const [group, reqs] of groups) {
        if (reqs.some((r2) => typeof r2 !== "string")) {
          result.undecided.push(`${label}: dependency group ${group} includes another group`);
          continue;
        }
        const r = compareRequirements(
          `${label} group ${group}`,
          (lockedGroups.get(group) ?? []).map(fromDeclared),
          reqs.map((q) => fromRequirement(q, "", sources))
        );
        result.stale.push(...r.stale);
        result.undecided.push(...r.undecided);
      }
    }
  } catch (error) {
    if (!(error instanceof SpecError) && !(error instanceof VersionSyntaxError)) throw error;
    result.undecided.push(`${label}: ${error.message}`);
  }
}
function sampleVersions() {
  const out = [];
  for (let minor = 0; minor <= 20; minor++) for (const patch of [0, 1, 2, 5, 8, 12, 20, 40]) out.push(`3.${minor}.${patch}`);
  return [...out, "2.7.18", "4.0.0"];
}
function checkRequiresPython2(workspace, lock, result) {
  const constraints = workspace.members.map((m) => m.project?.["requires-python"]).filter((c3) => typeof c3 === "string");
  const locked = lock.requiresPython;
  if (constraints.length === 0 || locked === void 0) return;
  try {
    const differs = sampleVersions().find((v) => satisfies(v, locked) !== constraints.every((c3) => satisfies(v, c3)));
    if (differs) result.stale.push(`requires-python is "${constraints.join('" and "')}", uv.lock was made for "${locked}"`);
  } catch (error) {
    if (!(error instanceof VersionSyntaxError)) throw error;
    result.undecided.push(`requires-python: ${error.message}`);
  }
}
function checkUvLockFresh(workspace, lock) {
  const result = { stale: [], undecided: [] };
  checkRequiresPython2(workspace, lock, result);
  const names = workspace.members.map((m) => m.name).sort();
  if (lock.members.length > 0 || names.length > 1) {
    const lockedMembers = lock.members.length > 0 ? [...lock.members].sort() : names;
    const added = names.filter((n2) => !lockedMembers.includes(n2));
    const removed = lockedMembers.filter((n2) => !names.includes(n2));
    if (added.length) result.stale.push(`workspace members ${added.join(", ")} added`);
    if (removed.length) result.stale.push(`workspace members ${removed.join(", ")} removed`);
  }
  for (const member of workspace.members) {
    const pkg = lock.packages.find((p) => p.name === member.name && ["editable", "virtual", "directory"].includes(p.source.kind));
    if (!pkg) {
      if (!result.stale.some((s) => s.includes(member.name)))
        result.stale.push(`the project ${member.name} (${member.file}) isn't in uv.lock`);
      continue;
    }
    checkMember(member, pkg, result);
  }
  return result;
}

// src/dependencies/uv/lock-file.ts
var UV_LOCK_VERSION = 1;
var FIX = "Regenerate it with 'uv lock' and commit uv.lock; don't edit it by hand.";
function fail(message, line) {
  throw new BuildError(`uv.lock${line ? `, line ${line}` : ""}: ${message}
${FIX}`, { file: "uv.lock", line });
}
function str(value) {
  return typeof value === "string" ? value : void 0;
}
function strings(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
var SOURCE_KEYS = [
  ["registry", "registry"],
  ["git", "git"],
  ["url", "url"],
  ["path", "path"],
  ["directory", "directory"],
  ["editable", "editable"],
  ["virtual", "virtual"]
];
function readSource(value, where2) {
  const table = tableAt(value);
  if (!table) fail(`${where2} has no source`);
  for (const [key, kind] of SOURCE_KEYS) {
    const v = str(table[key]);
    if (v !== void 0) {
      const subdirectory = str(table["subdirectory"]);
      return subdirectory ? { kind, value: v, subdirectory } : { kind, value: v };
    }
  }
  fail(`${where2} has a source pyslug doesn't know: ${JSON.stringify(table)}`);
}
function readDependency(value, where2) {
  const table = tableAt(value);
  const name = str(table?.["name"]);
  if (!table || !name) fail(`${where2}: a dependency without a name`);
  return {
    name: canonicalName(name),
    version: str(table["version"]),
    source: table["source"] === void 0 ? void 0 : readSource(table["source"], where2),
    extras: strings(table["extra"]).map(canonicalName),
    marker: str(table["marker"])
  };
}
function readDependencies(value, where2) {
  return Array.isArray(value) ? value.map((d) => readDependency(d, where2)) : [];
}
function readDependencyTable(value, where2) {
  const map = /* @__PURE__ */ new Map();
  for (const [key, deps] of Object.entries(tableAt(value) ?? {})) map.set(canonicalName(key), readDependencies(deps, `${where2}.${key}`));
  return map;
}
function readFile(value) {
  const t = tableAt(value) ?? {};
  return {
    url: str(t["url"]),
    path: str(t["path"]),
    filename: str(t["filename"]),
    hash: str(t["hash"]),
    size: typeof t["size"] === "number" ? t["size"] : void 0
  };
}
function readDeclared(value) {
  const t = tableAt(value) ?? {};
  const source = {};
  for (const [key, v] of Object.entries(t)) {
    if (!["name", "extras", "specifier", "marker"].includes(key)) source[key] = v;
  }
  return {
    name: canonicalName(str(t["name"]) ?? ""),
    extras: strings(t["extras"]).map(canonicalName),
    specifier: str(t["specifier"]),
    marker: str(t["marker"]),
    source
  };
}
function readPackage(value, index) {
  const t = tableAt(value);
  const name = str(t?.["name"]);
  if (!t || !name) fail(`package number ${index + 1} has no name`);
  const where2 = `package ${name}`;
  const meta = tableAt(t["metadata"]);
  const requiresDev = /* @__PURE__ */ new Map();
  for (const [group, reqs] of Object.entries(tableAt(meta?.["requires-dev"] ?? meta?.["dependency-groups"]) ?? {})) {
    requiresDev.set(canonicalName(group), Array.isArray(reqs) ? reqs.map(readDeclared) : []);
  }
  return {
    name: canonicalName(name),
    version: str(t["version"]),
    source: readSource(t["source"], where2),
    dependencies: readDependencies(t["dependencies"], where2),
    optional: readDependencyTable(t["optional-dependencies"], `${where2} optional-dependencies`),
    groups: readDependencyTable(t["dev-dependencies"] ?? t["dependency-groups"], `${where2} dev-dependencies`),
    sdist: t["sdist"] === void 0 ? void 0 : readFile(t["sdist"]),
    wheels: Array.isArray(t["wheels"]) ? t["wheels"].map(readFile) : [],
    metadata: meta ? {
      requiresDist: Array.isArray(meta["requires-dist"]) ? meta["requires-dist"].map(readDeclared) : [],
      providesExtras: strings(meta["provides-extras"]).map(canonicalName),
      requiresDev
    } : void 0
  };
}
function parseUvLock(text) {
  const raw = parseTomlText(text, "uv.lock", FIX);
  const version = raw["version"];
  if (typeof version !== "number") fail("it has no lock format 'version'", lineOf(text, /^\s*version\s*=/));
  if (version > UV_LOCK_VERSION) {
    throw new BuildError(
      `uv.lock has lock format version ${version}, and pyslug reads version ${UV_LOCK_VERSION}.
The lock was written by a newer uv than pyslug knows. Update pyslug, or lock with a uv that writes version 1.`,
      { file: "uv.lock", line: lineOf(text, /^\s*version\s*=/) }
    );
  }
  if (version < UV_LOCK_VERSION) fail(`lock format version ${version} is older than uv's first stable format (1).`);
  const manifest = tableAt(raw["manifest"]) ?? {};
  const packages = (Array.isArray(raw["package"]) ? raw["package"] : Array.isArray(raw["distribution"]) ? raw["distribution"] : []).map(
    readPackage
  );
  return {
    version,
    revision: typeof raw["revision"] === "number" ? raw["revision"] : void 0,
    requiresPython: str(raw["requires-python"]),
    resolutionMarkers: strings(raw["resolution-markers"]),
    supportedMarkers: strings(raw["supported-markers"]),
    conflicts: Array.isArray(raw["conflicts"]) ? raw["conflicts"].map(
      (set) => (Array.isArray(set) ? set : []).map((item) => {
        const t = tableAt(item) ?? {};
        return { package: canonicalName(str(t["package"]) ?? ""), extra: str(t["extra"]), group: str(t["group"]) };
      })
    ) : [],
    members: strings(manifest["members"]).map(canonicalName),
    packages
  };
}

// src/dependencies/uv/project.ts
var import_node_path25 = __toESM(require("node:path"), 1);
var import_fast_glob = __toESM(require_out4(), 1);
var import_fs_extra10 = __toESM(require_lib(), 1);
var FIX2 = "Fix the TOML, then run 'uv lock' and commit pyproject.toml and uv.lock.";
async function readProjectFile(appDir, dir) {
  const file = dir === "." ? "pyproject.toml" : import_node_path25.default.posix.join(dir, "pyproject.toml");
  const doc = await readTomlFile(appDir, file, FIX2);
  const project = tableAt(doc["project"]);
  const uv = tableAt(tableAt(doc["tool"])?.["uv"]) ?? {};
  const name = typeof project?.["name"] === "string" ? canonicalName(project["name"]) : void 0;
  const isPackage = typeof uv["package"] === "boolean" ? uv["package"] : tableAt(doc["build-system"]) !== void 0;
  return { dir, file, name, project, tool: uv, dependencyGroups: tableAt(doc["dependency-groups"]), isPackage };
}
async function readUvWorkspace(appDir) {
  const root = await readProjectFile(appDir, ".");
  const workspace = tableAt(root.tool["workspace"]);
  const members = root.project ? [root] : [];
  if (workspace) {
    const patterns = Array.isArray(workspace["members"]) ? workspace["members"].filter((m) => typeof m === "string") : [];
    const exclude = Array.isArray(workspace["exclude"]) ? workspace["exclude"].filter((m) => typeof m === "string") : [];
    const dirs = await (0, import_fast_glob.default)(patterns, { cwd: appDir, onlyDirectories: true, ignore: exclude, dot: false, followSymbolicLinks: false });
    for (const dir of dirs.map((d) => import_node_path25.default.posix.normalize(d).replace(/\/$/, "")).sort()) {
      if (dir === "." || !await import_fs_extra10.default.pathExists(import_node_path25.default.join(appDir, dir, "pyproject.toml"))) continue;
      const member = await readProjectFile(appDir, dir);
      if (!member.name) {
        throw new BuildError(
          `${member.file} is a uv workspace member without a [project] name.
Give it a [project] table, or exclude it from the workspace.`,
          {
            file: member.file
          }
        );
      }
      members.push(member);
    }
  }
  const indexes = (Array.isArray(root.tool["index"]) ? root.tool["index"] : []).flatMap((entry) => {
    const t = tableAt(entry);
    const url = t && typeof t["url"] === "string" ? t["url"] : void 0;
    if (!t || !url) return [];
    return [
      {
        name: typeof t["name"] === "string" ? t["name"] : void 0,
        url,
        format: typeof t["format"] === "string" ? t["format"] : void 0
      }
    ];
  });
  const groups = root.tool["default-groups"];
  const defaultGroups = groups === "all" ? "all" : Array.isArray(groups) ? groups.filter((g) => typeof g === "string").map(canonicalName) : ["dev"];
  return { root, members, indexes, defaultGroups };
}

// src/dependencies/uv/select.ts
var encodeExtra = (pkg, extra) => `extra-${pkg.length}-${pkg}-${extra}`;
var encodeGroup = (pkg, group) => `group-${pkg.length}-${pkg}-${group}`;
var encodeProject = (pkg) => `project-${pkg.length}-${pkg}`;
function fail2(message) {
  throw new BuildError(`uv.lock: ${message}
Regenerate it with 'uv lock' and commit uv.lock.`, { file: "uv.lock" });
}
function packageFinder(lock) {
  const byName = /* @__PURE__ */ new Map();
  for (const pkg of lock.packages) byName.set(pkg.name, [...byName.get(pkg.name) ?? [], pkg]);
  return (dep, from) => {
    let candidates = byName.get(dep.name) ?? [];
    if (candidates.length > 1 && dep.version !== void 0) candidates = candidates.filter((p) => p.version === dep.version);
    if (candidates.length > 1 && dep.source) {
      candidates = candidates.filter((p) => p.source.kind === dep.source.kind && p.source.value === dep.source.value);
    }
    if (candidates.length === 0)
      fail2(`${from} depends on ${dep.name}${dep.version ? ` ${dep.version}` : ""}, which the lock has no package for.`);
    if (candidates.length > 1) fail2(`${from} depends on ${dep.name}, and the lock has ${candidates.length} packages that match it.`);
    return candidates[0];
  };
}
function rootPackage(lock, name) {
  const found = lock.packages.filter((p) => p.name === name);
  if (found.length !== 1) {
    fail2(found.length === 0 ? `the project ${name} is not in the lock.` : `the lock has ${found.length} packages named ${name}.`);
  }
  return found[0];
}
function selectUvPackages(lock, request) {
  const find = packageFinder(lock);
  const roots = request.roots.map((name) => rootPackage(lock, name));
  const active = new Set(roots.map((r) => encodeProject(r.name)));
  for (const root of roots)
    for (const group of root.groups.keys()) if (request.groups.has(group)) active.add(encodeGroup(root.name, group));
  for (; ; ) {
    const { selected, extras } = traverse(roots, request, active, find);
    const before = active.size;
    for (const extra of extras) active.add(extra);
    if (active.size === before) {
      checkConflicts(lock, active);
      return lock.packages.filter((p) => selected.has(p));
    }
  }
}
function traverse(roots, request, active, find) {
  const selected = new Set(roots);
  const extras = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const queue = [];
  const follow = (dep, from) => {
    if (!markerMatches(dep.marker, request.env, { extras: active })) return;
    const target = find(dep, from.name);
    selected.add(target);
    for (const key of [void 0, ...dep.extras]) {
      if (key !== void 0) extras.add(encodeExtra(target.name, key));
      const id = `${target.name} ${target.version ?? ""} ${target.source.value} ${key ?? ""}`;
      if (!seen.has(id)) {
        seen.add(id);
        queue.push([target, key]);
      }
    }
  };
  for (const root of roots) {
    seen.add(`${root.name} ${root.version ?? ""} ${root.source.value} `);
    queue.push([root, void 0]);
    for (const [group, deps] of root.groups) if (request.groups.has(group)) for (const dep of deps) follow(dep, root);
  }
  while (queue.length > 0) {
    const [pkg, extra] = queue.shift();
    const deps = extra === void 0 ? pkg.dependencies : pkg.optional.get(extra) ?? [];
    for (const dep of deps) follow(dep, pkg);
  }
  return { selected, extras };
}
function checkConflicts(lock, active) {
  for (const set of lock.conflicts) {
    const hits = set.filter(
      (item) => active.has(
        item.extra ? encodeExtra(item.package, item.extra) : item.group ? encodeGroup(item.package, item.group) : encodeProject(item.package)
      )
    );
    if (hits.length > 1) {
      const names = hits.map((h2) => `${h2.package}${h2.extra ? `[${h2.extra}]` : h2.group ? ` (group ${h2.group})` : ""}`);
      throw new BuildError(
        `uv.lock: ${names.join(" and ")} are declared as conflicting ([tool.uv] conflicts), but this install needs both.
Change the dependencies so only one of them is required, then run 'uv lock'.`,
        { file: "pyproject.toml" }
      );
    }
  }
}

// src/dependencies/uv/plan.ts
var PYPI = /^https?:\/\/pypi\.org\/simple\/?$/;
var PIP_HASHES = /^(sha256|sha384|sha512):[0-9a-f]+$/i;
var REFUSED_SETTINGS = {
  "no-build-isolation": "pip would build every package without isolation, which needs their build dependencies installed first",
  "no-build-isolation-package": "pip can't turn off build isolation for some packages only",
  "config-settings": "pip's --config-settings apply to every package it builds, not as uv applies them",
  "config-settings-package": "pip can't pass config settings to some packages only",
  "no-binary-package": "pip's --no-binary per package isn't honoured in hash-checking mode the way uv honours it",
  "no-build-package": "pip can't refuse to build some packages only while installing others from source",
  "extra-build-dependencies": "pip can't add build dependencies to a package's own build requirements",
  "extra-build-variables": "pip can't set build variables per package",
  "build-constraint-dependencies": "pip's build constraints don't reach the isolated builds of a hash-checked install"
};
function refuseSettings(workspace, pyprojectText) {
  for (const key of Object.keys(workspace.root.tool)) {
    const why = REFUSED_SETTINGS[key];
    if (why) {
      throw new BuildError(
        `pyproject.toml sets [tool.uv] ${key}, which pyslug can't honour: ${why}.
Remove ${key} (pyslug installs uv.lock with pip), or build the app with uv itself.`,
        { file: "pyproject.toml", line: lineOf(pyprojectText, new RegExp(`^\\s*${key.replace(/-/g, "\\-")}\\s*=`)) }
      );
    }
  }
}
function lockFail(pkg, message) {
  throw new BuildError(`uv.lock: ${pkg.name}${pkg.version ? ` ${pkg.version}` : ""} ${message}`, { file: "uv.lock" });
}
function hashOptions2(pkg, files) {
  const hashes = files.map((f) => f.hash).filter((h2) => h2 !== void 0);
  const usable = hashes.filter((h2) => PIP_HASHES.test(h2));
  if (usable.length === 0) {
    lockFail(
      pkg,
      hashes.length === 0 ? "has no hashes, and pyslug installs a lock only with its hashes checked.\nLock it from an index that publishes sha256 hashes (uv records them), then run 'uv lock'." : `has only ${[...new Set(hashes.map((h2) => h2.split(":")[0]))].join(", ")} hashes, which pip can't check (it needs sha256, sha384 or sha512).
Lock it from an index that publishes sha256 hashes, then run 'uv lock'.`
    );
  }
  return [...new Set(usable)].map((h2) => ` --hash=${h2.toLowerCase()}`).join("");
}
function fileName(file) {
  return file.filename ?? decodeURIComponent((file.url ?? file.path ?? "").split(/[/?#]/).filter(Boolean).pop() ?? "");
}
function relativePathLine(value) {
  if (import_node_path26.default.posix.isAbsolute(value)) return value;
  const normal = import_node_path26.default.posix.normalize(value).replace(/\/$/, "");
  return normal === "." ? "." : normal.startsWith("../") ? normal : `./${normal}`;
}
function gitRequirement(pkg) {
  const [base2 = "", fragment] = pkg.source.value.split("#", 2);
  let url;
  try {
    url = new URL(base2);
  } catch {
    lockFail(pkg, `has a git source that isn't a URL: ${pkg.source.value}`);
  }
  const subdirectory = url.searchParams.get("subdirectory");
  url.search = "";
  if (!isPinnedCommit(fragment)) lockFail(pkg, `has a git source without a pinned commit: ${pkg.source.value}`);
  const scheme = url.protocol.startsWith("git+") ? "" : "git+";
  return `${pkg.name} @ ${scheme}${url.toString()}@${fragment}${subdirectory ? `#subdirectory=${subdirectory}` : ""}`;
}
function sameIndex(a2, b) {
  return a2.replace(/\/+$/, "") === b.replace(/\/+$/, "");
}
function linesForSelection(selected, options) {
  const out = { indexLines: [], hashed: [], rest: [], required: [], packages: {}, local: [], secrets: [], credentials: [] };
  const indexUrls = [];
  const findLinks = [];
  const useRegistry = (registry) => {
    const declared = options.indexes.find((i2) => sameIndex(i2.url, registry));
    let url = PYPI.test(registry) && options.pypiReplacement ? options.pypiReplacement : registry;
    if (declared) {
      const applied = options.credentialsFor(declared);
      if (applied) {
        url = applied.url;
        out.secrets.push(...applied.secrets);
        out.credentials.push(...applied.variables);
      }
    }
    const flat = declared?.format === "flat" || !/^[a-z][a-z0-9+.-]*:\/\//i.test(registry);
    const list2 = flat ? findLinks : indexUrls;
    if (!list2.includes(url)) list2.push(url);
  };
  for (const pkg of selected) {
    const { kind, value } = pkg.source;
    if (kind === "virtual") continue;
    out.required.push(pkg.name);
    const files = [...pkg.wheels, ...pkg.sdist ? [pkg.sdist] : []];
    switch (kind) {
      case "registry": {
        if (!pkg.version) lockFail(pkg, "has no version");
        const fits = pkg.wheels.some((w) => wheelFits(fileName(w), options.wheelTarget));
        if (!fits && !pkg.sdist) {
          lockFail(
            pkg,
            `has no wheel for Python ${options.wheelTarget.minor} on Linux ${options.wheelTarget.machine}${options.wheelTarget.glibc ? ` (glibc ${options.wheelTarget.glibc.join(".")})` : ""} and no source distribution.
Its wheels: ${pkg.wheels.map(fileName).join(", ") || "none"}.
Choose a Python version it has wheels for, or a version of the package that supports this one, then run 'uv lock'.`
          );
        }
        useRegistry(value);
        const line = `${pkg.name}==${pkg.version}`;
        out.hashed.push(`${line}${hashOptions2(pkg, files)}`);
        out.packages[pkg.name] = line;
        break;
      }
      case "url": {
        const target = `${value}${pkg.source.subdirectory ? `#subdirectory=${pkg.source.subdirectory}` : ""}`;
        out.hashed.push(`${pkg.name} @ ${target}${hashOptions2(pkg, files)}`);
        out.packages[pkg.name] = `${pkg.name} @ ${target}`;
        break;
      }
      case "path": {
        const line = relativePathLine(value);
        out.hashed.push(`${line}${hashOptions2(pkg, files)}`);
        out.packages[pkg.name] = `${pkg.name} @ ${line} ${files.map((f) => f.hash).join(",")}`;
        break;
      }
      case "directory":
      case "editable": {
        const dir = relativePathLine(value);
        const line = kind === "editable" ? `-e ${dir}` : dir;
        out.rest.push(line);
        out.local.push({ path: import_node_path26.default.posix.normalize(value).replace(/\/$/, "") || ".", editable: kind === "editable" });
        out.packages[pkg.name] = line;
        break;
      }
      case "git": {
        const line = gitRequirement(pkg);
        out.rest.push(line);
        out.packages[pkg.name] = line;
        break;
      }
    }
  }
  out.indexLines = [
    ...indexUrls.map((u2, i2) => `${i2 === 0 ? "--index-url" : "--extra-index-url"} ${u2}`),
    ...findLinks.map((u2) => `--find-links ${u2}`)
  ];
  out.secrets = [...new Set(out.secrets)].sort((a2, b) => b.length - a2.length);
  out.credentials = [...new Set(out.credentials)];
  return out;
}
function checkSupported(lock, env) {
  if (lock.supportedMarkers.length === 0) return;
  if (lock.supportedMarkers.some((m) => markerMatches(m, env))) return;
  throw new BuildError(
    `uv.lock supports only these environments ([tool.uv] environments): ${lock.supportedMarkers.join("; ")}.
This build is Python ${env.python_full_version} on Linux ${env.platform_machine}. Add it to environments in pyproject.toml, then run 'uv lock'.`,
    { file: "uv.lock" }
  );
}
async function checkMembersExist(ctx, lock) {
  for (const pkg of lock.packages) {
    if (!["editable", "virtual", "directory"].includes(pkg.source.kind)) continue;
    if (import_node_path26.default.posix.isAbsolute(pkg.source.value)) continue;
    const dir = import_node_path26.default.join(ctx.buildDir, pkg.source.value);
    if (!await import_fs_extra11.default.pathExists(import_node_path26.default.join(dir, "pyproject.toml")) && !await import_fs_extra11.default.pathExists(import_node_path26.default.join(dir, "setup.py"))) {
      const member = lock.members.includes(pkg.name) ? "workspace member" : "local package";
      throw new BuildError(
        `uv.lock installs the ${member} ${pkg.name} from ${pkg.source.value}, and the app has no project there (no pyproject.toml or setup.py).
Commit ${import_node_path26.default.posix.join(pkg.source.value, "pyproject.toml")}, or remove ${pkg.name} from the workspace and run 'uv lock'.`,
        { file: "uv.lock" }
      );
    }
  }
}
async function uvPlan(ctx, target) {
  const [pyprojectText, lockText] = await Promise.all([
    import_fs_extra11.default.readFile(import_node_path26.default.join(ctx.buildDir, "pyproject.toml"), "utf8"),
    import_fs_extra11.default.readFile(import_node_path26.default.join(ctx.buildDir, "uv.lock"), "utf8")
  ]);
  const workspace = await readUvWorkspace(ctx.buildDir);
  refuseSettings(workspace, pyprojectText);
  const lock = parseUvLock(lockText);
  const { python, platform: platform2 } = target;
  const env = targetEnvironment(python.version, platform2.arch);
  const requiresPython = workspace.root.project?.["requires-python"];
  const constraint = typeof requiresPython === "string" ? requiresPython : lock.requiresPython;
  if (constraint !== void 0) {
    checkPythonConstraint(
      { version: python.version, origin: python.request.file ?? python.request.origin },
      constraint,
      {
        key: "requires-python",
        file: typeof requiresPython === "string" ? "pyproject.toml" : "uv.lock",
        line: typeof requiresPython === "string" ? lineOf(pyprojectText, /^\s*requires-python\s*=/) : void 0,
        syntax: "pep440",
        pinCommand: (minor) => `uv python pin ${minor}`
      },
      target.supported
    );
  }
  checkSupported(lock, env);
  await checkMembersExist(ctx, lock);
  const freshness = checkUvLockFresh(workspace, lock);
  if (freshness.stale.length > 0) {
    throw new BuildError(
      `uv.lock is out of date with pyproject.toml (uv sync --locked would refuse it too):
${freshness.stale.map((s) => `  ${s}`).join("\n")}
Run 'uv lock' and commit uv.lock.`,
      { file: "uv.lock" }
    );
  }
  if (freshness.undecided.length > 0) {
    ctx.log.info(`pyslug can't tell whether uv.lock is current (${freshness.undecided.join("; ")}); installing uv.lock as written`);
  }
  const ci = ctx.env["INSTALL_TEST"] === "1";
  const roots = workspace.root.name ? [workspace.root.name] : lock.members;
  const groups = /* @__PURE__ */ new Set();
  if (ci) {
    for (const root of roots) {
      const pkg = lock.packages.find((p) => p.name === root);
      for (const group of pkg?.groups.keys() ?? [])
        if (workspace.defaultGroups === "all" || workspace.defaultGroups.includes(group)) groups.add(group);
    }
  }
  const selected = selectUvPackages(lock, { roots, groups, env });
  const lines2 = linesForSelection(selected, {
    wheelTarget: { minor: python.minor, machine: env.platform_machine, glibc: glibcOfUbuntu(platform2.ubuntu) },
    indexes: workspace.indexes,
    pypiReplacement: ctx.config.setting("PIP_INDEX_URL"),
    credentialsFor: (index) => {
      if (!index.name) return void 0;
      const credentials = readIndexCredentials(ctx.config, "UV_INDEX_", uvIndexVariable(index.name));
      if (!credentials) return void 0;
      return { url: withCredentials(index.url, credentials), secrets: secretsOf(credentials, index.url), variables: credentials.variables };
    }
  });
  if (lines2.credentials.length > 0) ctx.log.info(`Using index credentials from ${lines2.credentials.join(", ")}`);
  const label = ci ? `uv.lock (with ${groups.size ? `groups ${[...groups].sort().join(", ")}` : "no groups"})` : "uv.lock";
  const spec = [
    ...lines2.indexLines.map((l) => l.replace(/\/\/[^/@\s]*@/, "//")),
    ...lines2.hashed,
    ...lines2.rest,
    ...ci ? ["# ci"] : []
  ].join("\n");
  const snapshot = {
    fingerprint: `sha256:${(0, import_node_crypto8.createHash)("sha256").update(`uv-v1
${spec}`).digest("hex")}`,
    packages: lines2.packages
  };
  return {
    manager: "uv",
    label,
    fingerprint: snapshot.fingerprint,
    snapshot,
    describeChanges: (saved) => describeSelectionChanges("uv.lock", saved, snapshot),
    localPackages: lines2.local,
    unprovable: [],
    secrets: lines2.secrets,
    reinstallLocal: (run, packages, scratch) => reinstallLockedLocal(run, scratch, { lockFile: "uv.lock", indexLines: lines2.indexLines }, packages),
    install: (run, scratch) => installLockedSelection(run, scratch, {
      lockFile: "uv.lock",
      indexLines: lines2.indexLines,
      hashed: lines2.hashed,
      rest: lines2.rest,
      required: lines2.required
    })
  };
}

// src/dependencies/dependency-plan.ts
function planTarget(python, platform2, inventory) {
  return {
    python,
    platform: platform2,
    supported: [...inventory.supported].reverse().map((minor) => ({ minor, version: inventory.latest[minor] }))
  };
}
async function dependencyPlan(manager, ctx, target) {
  try {
    switch (manager) {
      case "pip":
        return await pipPlan(ctx);
      case "pipenv":
        return await pipenvPlan(ctx, target);
      case "poetry":
        return await poetryPlan(ctx, target);
      case "uv":
        return await uvPlan(ctx, target);
    }
  } catch (error) {
    if (!(error instanceof MarkerSyntaxError)) throw error;
    const { file, relock } = LOCKS[manager];
    throw new BuildError(
      `${file} has an environment marker that is not valid PEP 508: ${error.message}. Re-create the lock with \`${relock}\`.`,
      {
        file
      }
    );
  }
}
var LOCKS = {
  pip: { file: "requirements.txt", relock: "pip freeze" },
  pipenv: { file: "Pipfile.lock", relock: "pipenv lock" },
  poetry: { file: "poetry.lock", relock: "poetry lock" },
  uv: { file: "uv.lock", relock: "uv lock" }
};

// src/dependencies/version-files.ts
var import_node_path27 = __toESM(require("node:path"), 1);
var import_fs_extra12 = __toESM(require_lib(), 1);
async function checkVersionFiles(manager, buildDir, defaultMinor) {
  if (manager !== "uv") return;
  const exists = async (name) => (await import_fs_extra12.default.stat(import_node_path27.default.join(buildDir, name)).catch(() => void 0))?.isFile() ?? false;
  if (await exists("runtime.txt")) {
    throw new BuildError(
      `The app uses uv and has a runtime.txt, which uv doesn't read.
Delete runtime.txt and pin the Python version the uv way: run 'uv python pin ${defaultMinor}' (or the version you use) and commit .python-version.`,
      { file: "runtime.txt" }
    );
  }
  if (!await exists(".python-version")) {
    throw new BuildError(
      `The app uses uv and has no .python-version file, so pyslug can't tell which Python the lock was made for.
Run 'uv python pin ${defaultMinor}' (or the version you use) and commit .python-version.`,
      { file: ".python-version" }
    );
  }
}

// src/support/log.ts
var processSink = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text)
};
function seconds(ms) {
  return `${(ms / 1e3).toFixed(2)}s`;
}
var BuildLog = class {
  constructor(sink = processSink) {
    this.sink = sink;
  }
  sink;
  timings = {};
  step(title) {
    this.sink.out(`-----> ${title}
`);
  }
  info(text) {
    for (const line of text.split("\n")) this.sink.out(`       ${line}
`);
  }
  warn(text) {
    const [first = "", ...rest] = text.split("\n");
    this.sink.err(` !     Warning: ${first}
`);
    for (const line of rest) this.sink.err(` !     ${line}
`);
  }
  error(text) {
    for (const line of text.split("\n")) this.sink.err(` !     ${line}
`);
  }
  /** Runs one step of the build: prints its title, then its duration when it ends. */
  async timed(key, title, run) {
    this.step(title);
    const started = performance.now();
    try {
      return await run();
    } finally {
      const elapsed = performance.now() - started;
      this.timings[key] = (this.timings[key] ?? 0) + elapsed;
      this.info(`(${seconds(elapsed)})`);
    }
  }
  /** Adds time to a named share without printing a step (e.g. cache save inside another step). */
  async measure(key, run) {
    const started = performance.now();
    try {
      return await run();
    } finally {
      this.timings[key] = (this.timings[key] ?? 0) + (performance.now() - started);
    }
  }
};

// src/dependencies/package-manager.ts
var import_node_path28 = __toESM(require("node:path"), 1);
var import_fs_extra13 = __toESM(require_lib(), 1);
var DEPENDENCY_FILES = [
  { file: "requirements.txt", manager: "pip", tool: "pip" },
  { file: "Pipfile.lock", manager: "pipenv", tool: "Pipenv" },
  { file: "poetry.lock", manager: "poetry", tool: "Poetry" },
  { file: "uv.lock", manager: "uv", tool: "uv" }
];
async function isFile(file) {
  try {
    return (await import_fs_extra13.default.stat(file)).isFile();
  } catch {
    return false;
  }
}
function listOfFiles() {
  const names = DEPENDENCY_FILES.map((d) => `${d.file} (${d.tool})`);
  return `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}
async function choosePackageManager(buildDir) {
  const has = async (name) => isFile(import_node_path28.default.join(buildDir, name));
  const [pipfile, pyproject, ...present] = await Promise.all([
    has("Pipfile"),
    has("pyproject.toml"),
    ...DEPENDENCY_FILES.map((d) => has(d.file))
  ]);
  const found = DEPENDENCY_FILES.filter((_, i2) => present[i2]);
  if (found.length > 1) {
    throw new BuildError(
      "The app has several dependency files, so pyslug can't tell which package manager to use:\n" + found.map((d) => `  ${d.file} (${d.tool})`).join("\n") + "\nKeep the one you use and delete the others.",
      { file: found[0].file }
    );
  }
  const chosen = found[0]?.manager;
  if (chosen === "pip" && pipfile) {
    throw new BuildError(
      "The app has both requirements.txt and Pipfile, so pyslug can't tell whether to use pip or Pipenv.\nKeep one: delete requirements.txt and commit Pipfile.lock to install with Pipenv's lock, or delete Pipfile to install with pip.",
      { file: "requirements.txt" }
    );
  }
  if (chosen === "pipenv" && !pipfile) {
    throw new BuildError("The app has a Pipfile.lock but no Pipfile.\nCommit the Pipfile that the lock was made from.", {
      file: "Pipfile"
    });
  }
  if ((chosen === "uv" || chosen === "poetry") && !pyproject) {
    const lock = found[0];
    throw new BuildError(
      `The app has ${lock.file} but no pyproject.toml.
Commit the pyproject.toml that ${lock.file} was made from, next to it at the app's root.`,
      { file: "pyproject.toml" }
    );
  }
  if (chosen) return chosen;
  if (pipfile) {
    throw new BuildError(
      "The app has a Pipfile but no Pipfile.lock.\npyslug installs exactly what a lock file says. Run 'pipenv lock' and commit Pipfile.lock.",
      { file: "Pipfile" }
    );
  }
  if (pyproject) {
    throw new BuildError(
      `The app has no dependency file: pyslug looks for ${listOfFiles()} at its root.
pyproject.toml alone pins nothing. Run 'uv lock' (or 'poetry lock') and commit the lock file.`,
      { file: "pyproject.toml" }
    );
  }
  throw new BuildError(
    `The app has no dependency file: pyslug looks for ${listOfFiles()} at its root.
Add one. If the app needs no packages, commit an empty requirements.txt.`
  );
}

// src/runtime/inventory.ts
var import_fs_extra14 = __toESM(require_lib(), 1);
var import_node_path29 = __toESM(require("node:path"), 1);
function stringList4(value, key) {
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    throw new Error(`inventory/python.toml: '${key}' must be a list of strings`);
  }
  return value;
}
function parsePythonInventory(text) {
  const data = parse(text);
  const defaultMinor = data["default"];
  if (typeof defaultMinor !== "string") throw new Error("inventory/python.toml: 'default' must be a string");
  const latestTable = data["latest"];
  if (typeof latestTable !== "object" || latestTable === null) throw new Error("inventory/python.toml: missing [latest]");
  const latest = {};
  for (const [minor, version] of Object.entries(latestTable)) {
    if (typeof version !== "string" || !version.startsWith(`${minor}.`)) {
      throw new Error(`inventory/python.toml: latest["${minor}"] must be a ${minor}.N version`);
    }
    latest[minor] = version;
  }
  const supported = stringList4(data["supported"], "supported");
  for (const minor of [...supported, defaultMinor]) {
    if (!latest[minor]) throw new Error(`inventory/python.toml: no latest version for supported ${minor}`);
  }
  const pip2 = data["pip"];
  if (typeof pip2 !== "string" || !/^\d+(\.\d+)+$/.test(pip2)) throw new Error("inventory/python.toml: 'pip' must be a version");
  return { defaultMinor, supported, deprecated: stringList4(data["deprecated"] ?? [], "deprecated"), latest, pip: pip2 };
}
async function loadPythonInventory(buildpackDir) {
  return parsePythonInventory(await import_fs_extra14.default.readFile(import_node_path29.default.join(buildpackDir, "inventory", "python.toml"), "utf8"));
}

// src/support/platform.ts
var import_fs_extra15 = __toESM(require_lib(), 1);
var KNOWN_STACKS = {
  "heroku-22": "22.04",
  "heroku-24": "24.04",
  "heroku-26": "26.04"
};
var EOL_STACK = /^(cedar.*|heroku-1[0-9]|heroku-20)$/;
function ubuntuForStack(stack) {
  return KNOWN_STACKS[stack];
}
function detectArch() {
  return normaliseArch(process.arch);
}
function normaliseArch(arch) {
  if (arch === "x86_64" || arch === "x64") return "amd64";
  if (arch === "aarch64") return "arm64";
  return arch;
}
async function osReleaseVersion() {
  try {
    const text = await import_fs_extra15.default.readFile("/etc/os-release", "utf8");
    return /^VERSION_ID="?([^"\n]+)"?$/m.exec(text)?.[1];
  } catch {
    return void 0;
  }
}
async function detectPlatform(stack, customRuntimeUrl) {
  if (!stack) {
    throw new BuildError(
      "The STACK environment variable is not set.\nHeroku and herokuish set it for every build (e.g. STACK=heroku-24). If you run bin/compile yourself, set it too."
    );
  }
  if (EOL_STACK.test(stack)) {
    throw new BuildError(
      `The ${stack} stack has reached end of life and pyslug does not build for it.
Upgrade the app to a supported stack: heroku stack:set heroku-24`
    );
  }
  const arch = detectArch();
  const ubuntu = ubuntuForStack(stack) ?? (customRuntimeUrl ? await osReleaseVersion() : void 0);
  if (!ubuntu) {
    throw new BuildError(
      `pyslug has no Python builds for the '${stack}' stack.
Supported stacks: heroku-22, heroku-24, heroku-26. For a custom stack, set PYSLUG_PYTHON_URL
to a URL template of Python builds made for it, e.g. https://mirror.example/python-{version}-{stack}-{arch}.tar.zst`
    );
  }
  return { stack, ubuntu, arch };
}

// src/steps/check-app-files.ts
var import_node_path30 = __toESM(require("node:path"), 1);
var import_fs_extra16 = __toESM(require_lib(), 1);
async function checkAppFiles(buildDir) {
  const entries = await import_fs_extra16.default.readdir(buildDir, { withFileTypes: true });
  for (const entry of entries.sort((a2, b) => a2.name < b.name ? -1 : 1)) {
    if (!entry.isDirectory()) continue;
    if (!await import_fs_extra16.default.pathExists(import_node_path30.default.join(buildDir, entry.name, "pyvenv.cfg"))) continue;
    const dir = entry.name;
    throw new BuildError(
      `The app contains a virtualenv, ${dir}/ (it has a pyvenv.cfg). A virtualenv made on another machine doesn't work on Heroku: its python and scripts point at that machine's paths. pyslug installs the app's dependencies itself, from its dependency files.
Remove it from the repository and ignore it: git rm -r --cached ${dir} && echo '${dir}/' >> .gitignore`,
      { file: `${dir}/pyvenv.cfg` }
    );
  }
}

// src/steps/check-environment.ts
var REFUSED = ["PIP_TARGET", "PIP_PREFIX", "PIP_ROOT", "PIP_USER", "PIP_REQUIRE_VIRTUALENV", "PYTHONUSERBASE"];
var REMOVED = ["PYTHONHOME", "PYTHONPATH", "VIRTUAL_ENV"];
function checkBuildEnvironment(env) {
  const refused = REFUSED.filter((name) => env[name] !== void 0 && env[name] !== "");
  if (refused.length > 0) {
    throw new BuildError(
      `${refused.join(", ")} ${refused.length === 1 ? "is" : "are"} set in the build environment, which would make pip install the app's dependencies outside .heroku/python, where the app couldn't find them.
Unset it: it comes from a config var (on Dokku, config vars reach the build) or from an earlier buildpack's export file.`
    );
  }
  const cleaned = { ...env };
  const warnings = [];
  for (const name of REMOVED) {
    if (cleaned[name] === void 0) continue;
    delete cleaned[name];
    warnings.push(`${name} was set in the build environment (by an earlier buildpack or a config var); pyslug ignores it while building.`);
  }
  return { env: cleaned, warnings };
}

// src/steps/choose-python-version.ts
var import_node_path31 = __toESM(require("node:path"), 1);
var import_fs_extra17 = __toESM(require_lib(), 1);
var import_semver2 = __toESM(require_semver2(), 1);

// src/runtime/version.ts
var import_semver = __toESM(require_semver2(), 1);
var VERSION = /^(\d+)\.(\d+)(?:\.(\d+))?$/;
function where(request) {
  if (!request.file) return request.origin;
  return request.line ? `${request.file} (line ${request.line})` : request.file;
}
function printable(text) {
  return JSON.stringify(excerpt(text, 60));
}
function resolvePythonVersion(request, inventory) {
  const match = VERSION.exec(request.spec);
  if (!match) {
    throw new BuildError(
      `${where(request)} asks for Python ${printable(request.spec)}, which isn't a valid version.
Write the version as 3.X or 3.X.Y, for example ${inventory.defaultMinor} (recommended: the latest ${inventory.defaultMinor} patch on every build).`,
      { file: request.file, line: request.line }
    );
  }
  const [, major, minorNumber, patch] = match;
  const minor = `${major}.${minorNumber}`;
  const oldest = inventory.supported[0];
  const newest = inventory.supported[inventory.supported.length - 1];
  const asSemver = (v) => import_semver.default.coerce(v);
  if (!inventory.supported.includes(minor)) {
    if (import_semver.default.lt(asSemver(minor), asSemver(oldest))) {
      throw new BuildError(
        `${where(request)} asks for Python ${request.spec}, which has reached end of life and is no longer supported.
Supported versions: ${inventory.supported.join(", ")}. Upgrade the app and ask for ${inventory.defaultMinor}` + (request.file ? ` in ${request.file}.` : "."),
        { file: request.file, line: request.line }
      );
    }
    throw new BuildError(
      `${where(request)} asks for Python ${request.spec}, which pyslug doesn't know.
` + (import_semver.default.gt(asSemver(minor), asSemver(newest)) ? `The newest version pyslug supports is ${newest}. If ${minor} has just been released, update pyslug; otherwise check for a typo.
` : `Check for a typo.
`) + `Supported versions: ${inventory.supported.join(", ")}.`,
      { file: request.file, line: request.line }
    );
  }
  if (patch !== void 0) {
    return { version: `${minor}.${Number(patch)}`, minor, request, patchChosen: false };
  }
  return { version: inventory.latest[minor], minor, request, patchChosen: true };
}
function withoutComment2(line) {
  const hash = line.indexOf("#");
  return hash < 0 ? line : line.slice(0, hash);
}
function meaningfulLines(content) {
  return (content.startsWith("\uFEFF") ? content.slice(1) : content).split(/\r\n|\r|\n/).map((raw, index) => ({ text: withoutComment2(raw).trim(), line: index + 1 })).filter((l) => l.text !== "");
}
function parsePythonVersionFile(content, file = ".python-version") {
  const lines2 = meaningfulLines(content);
  if (lines2.length === 0) {
    throw new BuildError(`${file} has no Python version in it.
Put one line in it, for example: 3.13`, { file });
  }
  if (lines2.length > 1) {
    throw new BuildError(
      `${file} names more than one Python version (lines ${lines2.map((l) => l.line).join(", ")}).
pyslug installs exactly one; keep a single line, for example: ${lines2[0].text}`,
      { file, line: lines2[1].line }
    );
  }
  const { text, line } = lines2[0];
  const cleaned = text.replace(/^python-?/i, "");
  if (!VERSION.test(text)) {
    throw new BuildError(
      `${file}, line ${line}: ${printable(text)} isn't a valid Python version.
` + (VERSION.test(cleaned) ? `Write just the number: ${cleaned}` : `Write the version as 3.X or 3.X.Y, for example 3.13 (pyenv virtualenv names and ranges aren't supported).`),
      { file, line }
    );
  }
  return { spec: text, origin: ".python-version", file, line };
}
function parseRuntimeTxt(content, file = "runtime.txt") {
  const lines2 = meaningfulLines(content);
  const first = lines2[0];
  const match = first && /^python-(\S+)$/.exec(first.text);
  if (!first || !match || lines2.length > 1) {
    throw new BuildError(
      `${file}${first ? `, line ${first.line}` : ""}: ${first ? printable(first.text) : "the file is empty and"} isn't a valid runtime.txt.
It must contain one line like python-3.13. Better: delete runtime.txt and put 3.13 in a .python-version file.`,
      { file, line: first?.line }
    );
  }
  return { spec: match[1], origin: "runtime.txt", file, line: first.line };
}
function requestFromPipfileLock(lock, file = "Pipfile.lock") {
  const requires = lock?._meta?.requires;
  if (!requires || typeof requires !== "object") return void 0;
  const full = requires["python_full_version"];
  if (typeof full === "string" && full.trim() !== "") {
    return { spec: full.trim(), origin: "Pipfile.lock python_full_version", file };
  }
  const minor = requires["python_version"];
  if (typeof minor === "string" && minor.trim() !== "") {
    return { spec: minor.trim(), origin: "Pipfile.lock python_version", file };
  }
  return void 0;
}

// src/steps/choose-python-version.ts
async function readIfFile(buildDir, file) {
  const abs = import_node_path31.default.join(buildDir, file);
  try {
    if (!(await import_fs_extra17.default.stat(abs)).isFile()) return void 0;
  } catch {
    return void 0;
  }
  return readAppText(abs, file, SIZE_LIMITS.version);
}
var MISSPELLED_VERSION_FILES = {
  ".python_version": ".python-version",
  "python-version": ".python-version",
  python_version: ".python-version",
  ".python-version.txt": ".python-version",
  ".python-versions": ".python-version",
  ".pythonversion": ".python-version",
  ".python-verison": ".python-version",
  "runtime.text": ".python-version",
  "Runtime.txt": ".python-version",
  "runtime.txt.txt": ".python-version"
};
async function refuseMisspelledVersionFile(buildDir) {
  for (const [wrong, right] of Object.entries(MISSPELLED_VERSION_FILES)) {
    const stat = await import_fs_extra17.default.lstat(import_node_path31.default.join(buildDir, wrong)).catch(() => void 0);
    if (!stat) continue;
    throw new BuildError(
      `The app has a file named ${wrong}, which pyslug doesn't read: did you mean ${right}?
Rename it: git mv ${wrong} ${right} (it holds one line such as 3.13).`,
      { file: wrong }
    );
  }
}
async function findVersionRequest(buildDir, previousMinor, inventory) {
  const runtimeTxt = await readIfFile(buildDir, "runtime.txt");
  if (runtimeTxt !== void 0) return parseRuntimeTxt(runtimeTxt);
  const versionFile = await readIfFile(buildDir, ".python-version");
  if (versionFile !== void 0) return parsePythonVersionFile(versionFile);
  await refuseMisspelledVersionFile(buildDir);
  const fromLock = requestFromPipfileLock((await readPipfileLock(buildDir))?.raw);
  if (fromLock) return fromLock;
  if (previousMinor) return { spec: previousMinor, origin: "previous build" };
  return { spec: inventory.defaultMinor, origin: "default" };
}
async function choosePythonVersion(ctx, inventory, previousMinor) {
  const request = await findVersionRequest(ctx.buildDir, previousMinor, inventory);
  const python = resolvePythonVersion(request, inventory);
  const { log: log2 } = ctx;
  const from = request.origin === "default" ? "the default, no version requested" : request.origin === "previous build" ? "the version of the previous build" : request.origin;
  log2.info(`Python ${python.version} (from ${from}${python.patchChosen && request.origin !== "default" ? `: ${request.spec}` : ""})`);
  if (request.origin === "runtime.txt") {
    log2.warn(`runtime.txt is deprecated.
Delete it and create a .python-version file containing: ${python.minor}`);
  }
  if (request.origin === "default" || request.origin === "previous build") {
    log2.warn(
      `No Python version was requested.
Add a .python-version file containing ${python.minor} so every build uses the Python you develop with.`
    );
  }
  if (inventory.deprecated.includes(python.minor)) {
    log2.warn(`Python ${python.minor} is close to end of life. Plan the upgrade to ${inventory.defaultMinor}.`);
  }
  const latest = inventory.latest[python.minor];
  if (!python.patchChosen && latest && import_semver2.default.lt(python.version, latest)) {
    log2.info(`A newer patch of Python ${python.minor} exists: ${latest}. Asking for ${python.minor} gets it automatically.`);
  }
  return python;
}

// src/steps/install-dependencies.ts
var import_node_os5 = __toESM(require("node:os"), 1);
var import_node_path41 = __toESM(require("node:path"), 1);
var import_fs_extra25 = __toESM(require_lib(), 1);

// src/cache/python-tree.ts
var import_node_fs11 = __toESM(require("node:fs"), 1);
var import_node_path36 = __toESM(require("node:path"), 1);
var import_fs_extra20 = __toESM(require_lib(), 1);

// src/relocation/rewrite.ts
var import_node_path32 = __toESM(require("node:path"), 1);
var import_node_fs9 = __toESM(require("node:fs"), 1);

// src/relocation/boundary.ts
var PATH_END_BRACKET = "[^A-Za-z0-9._-]";
function continuesName(byte) {
  if (byte === void 0) return false;
  return byte >= 48 && byte <= 57 || // 0-9
  byte >= 65 && byte <= 90 || // A-Z
  byte >= 97 && byte <= 122 || // a-z
  byte === 46 || // .
  byte === 95 || // _
  byte === 45;
}
function occurrences(data, needle) {
  const found = [];
  if (needle.length === 0) return found;
  let at = data.indexOf(needle);
  while (at !== -1) {
    if (continuesName(data[at + needle.length])) {
      at = data.indexOf(needle, at + 1);
    } else {
      found.push(at);
      at = data.indexOf(needle, at + needle.length);
    }
  }
  return found;
}
function holdsPath(data, needle) {
  let at = data.indexOf(needle);
  while (at !== -1) {
    if (!continuesName(data[at + needle.length])) return true;
    at = data.indexOf(needle, at + 1);
  }
  return false;
}
function replacePath(data, from, to) {
  const at = occurrences(data, from);
  if (at.length === 0) return void 0;
  const parts = [];
  let last = 0;
  for (const start of at) {
    parts.push(data.subarray(last, start), to);
    last = start + from.length;
  }
  parts.push(data.subarray(last));
  return Buffer.concat(parts);
}
function normaliseDir(dir) {
  if (!dir.startsWith("/")) throw new Error(`Not an absolute path: ${JSON.stringify(dir)}`);
  if (/[\n\0]/.test(dir)) throw new Error(`A path with a newline or NUL can't be relocated: ${JSON.stringify(dir)}`);
  let end = dir.length;
  while (end > 0 && dir[end - 1] === "/") end--;
  const trimmed = dir.slice(0, end);
  if (trimmed === "") throw new Error("The root directory can't be relocated");
  return trimmed;
}

// src/relocation/rewrite.ts
function removeStalePyc(pyFile) {
  const cacheDir = import_node_path32.default.join(import_node_path32.default.dirname(pyFile), "__pycache__");
  const prefix = `${import_node_path32.default.basename(pyFile, ".py")}.`;
  let names;
  try {
    names = import_node_fs9.default.readdirSync(cacheDir);
  } catch {
    return 0;
  }
  const stale = names.filter((n2) => n2.startsWith(prefix) && n2.endsWith(".pyc"));
  for (const name of stale) import_node_fs9.default.rmSync(import_node_path32.default.join(cacheDir, name), { force: true });
  return stale.length;
}
function relocateOne(file, from, to) {
  const stat = import_node_fs9.default.lstatSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) return "missing";
  const updated = replacePath(import_node_fs9.default.readFileSync(file), from, to);
  if (updated === void 0) return "unchanged";
  writeFileAtomicSync(file, updated, { mode: stat.mode & 4095 });
  return "rewritten";
}
function relocateFiles(baseDir, files, from, to) {
  const fromBytes = Buffer.from(normaliseDir(from));
  const toBytes = Buffer.from(normaliseDir(to));
  const counts = { rewritten: 0, unchanged: 0, missing: [], pycRemoved: 0 };
  if (fromBytes.equals(toBytes)) return counts;
  for (const file of files) {
    const full = import_node_path32.default.resolve(baseDir, file);
    const outcome = relocateOne(full, fromBytes, toBytes);
    if (outcome === "missing") {
      counts.missing.push(file);
      continue;
    }
    counts[outcome]++;
    if (outcome === "rewritten" && full.endsWith(".py")) counts.pycRemoved += removeStalePyc(full);
  }
  return counts;
}

// src/support/walk-tree.ts
var import_node_fs10 = __toESM(require("node:fs"), 1);
var import_node_path33 = __toESM(require("node:path"), 1);
function walkTree(root, visit2) {
  const walk = (dir, relDir) => {
    let entries;
    try {
      entries = import_node_fs10.default.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const code = error.code;
      if (code === "ENOENT" || code === "ENOTDIR" || code === "EACCES") return;
      throw error;
    }
    for (const dirent of entries) {
      const rel = relDir ? `${relDir}/${dirent.name}` : dirent.name;
      const full = import_node_path33.default.join(dir, dirent.name);
      if (visit2({ rel, full, dirent }) !== "skip" && dirent.isDirectory()) walk(full, rel);
    }
  };
  walk(root, "");
}

// src/cache/tree-snapshot.ts
var import_node_path35 = __toESM(require("node:path"), 1);
var import_promises15 = require("node:timers/promises");
var import_fs_extra19 = __toESM(require_lib(), 1);

// src/relocation/changed-files.ts
var import_node_path34 = __toESM(require("node:path"), 1);
var import_fs_extra18 = __toESM(require_lib(), 1);

// src/support/two-halves.ts
var SPLIT_MIN_ENTRIES = 100;
function twoHalves(items) {
  return [items.filter((_, i2) => i2 % 2 === 0), items.filter((_, i2) => i2 % 2 === 1)];
}

// src/relocation/changed-files.ts
var COARSE_CLOCK_MARGIN_MS = 100;
function findTime(ms) {
  return `@${Math.floor(ms / 1e3)}.${String(ms % 1e3).padStart(3, "0")}`;
}
var SPLIT_MAX_ARGV_BYTES = 512 * 1024;
function literalPattern(text) {
  return text.replace(/[\\*?[\]]/g, "\\$&");
}
function changedTest(since, prune) {
  const dirs = ["(", "-type", "d", "-newerct", since, "-printf", "d%p\\0", "-false", ")"];
  const skip = prune === void 0 ? [] : ["-o", "(", "-path", literalPattern(prune), "-prune", ")"];
  return [
    ...dirs,
    ...skip,
    ...["-o", "(", "-name", "__pycache__", "-prune", ")"],
    ...["-o", "(", "-type", "f", "-newerct", since, "!", "-name", "*.pyc", "!", "-name", "*.pyo", "-printf", "f%p\\0", ")"],
    ...["-o", "(", "-type", "l", "-newerct", since, "-printf", "l%p\\0", ")"]
  ];
}
async function bigSitePackages(dir) {
  const isDir = async (p) => (await import_fs_extra18.default.lstat(p).catch(() => void 0))?.isDirectory() === true;
  if (!await isDir(import_node_path34.default.join(dir, "lib"))) return void 0;
  const versions = (await import_fs_extra18.default.readdir(import_node_path34.default.join(dir, "lib"))).filter((name) => /^python3\.\d+$/.test(name));
  if (versions.length !== 1) return void 0;
  const version = import_node_path34.default.join(dir, "lib", versions[0]);
  const sitePackages = import_node_path34.default.join(version, "site-packages");
  if (!await isDir(version) || !await isDir(sitePackages)) return void 0;
  const entries = (await import_fs_extra18.default.readdir(sitePackages)).map((name) => import_node_path34.default.join(sitePackages, name));
  if (entries.length < SPLIT_MIN_ENTRIES) return void 0;
  const bytes = entries.reduce((sum, entry) => sum + entry.length + 1, 0);
  return bytes / 2 > SPLIT_MAX_ARGV_BYTES ? void 0 : { sitePackages, halves: twoHalves(entries) };
}
async function findChanged(startPoints, test) {
  const result = await execa("find", [...startPoints, ...test], { reject: false, stripFinalNewline: false, maxBuffer: 1 << 30 });
  if (result.exitCode === 0) return result.stdout;
  if (/No such file or directory/.test(result.stderr) && !result.stdout) return void 0;
  throw new Error(`find ${startPoints[0]} failed: ${result.stderr}`);
}
async function entriesChangedSince(root, sinceMs, baseDir, marginMs = COARSE_CLOCK_MARGIN_MS, split = true) {
  const dir = import_node_path34.default.resolve(baseDir, root);
  const since = findTime(Math.floor(sinceMs) - marginMs);
  const test = changedTest(since, void 0);
  const big = split ? await bigSitePackages(dir) : void 0;
  const outputs = big ? await Promise.all([findChanged([dir, ...big.halves[0]], changedTest(since, big.sitePackages)), findChanged(big.halves[1], test)]) : [await findChanged([dir], test)];
  if (outputs[0] === void 0) return { files: [], symlinks: [], dirs: [] };
  const changed = { files: [], symlinks: [], dirs: [] };
  const lists = { f: changed.files, l: changed.symlinks, d: changed.dirs };
  for (const entry of outputs.map((output) => output ?? "").join("").split("\0")) {
    if (entry === "") continue;
    lists[entry[0]].push(import_node_path34.default.relative(baseDir, entry.slice(1)));
  }
  changed.files.sort();
  changed.symlinks.sort();
  changed.dirs.sort();
  return changed;
}

// src/cache/tree-snapshot.ts
var CLOCK_LAG_MS = 20;
var TreeSnapshot = class _TreeSnapshot {
  constructor(tree, copy, finished7) {
    this.tree = tree;
    this.copy = copy;
    this.finished = finished7;
  }
  tree;
  copy;
  finished;
  /**
   * Starts copying `tree` to `copy` with hard links. Undefined when `probe` (a file of the tree) can't be linked
   * beside the copy (another filesystem or mount point): the cache is then saved by copying the whole tree at the end.
   */
  static async start(tree, copy, probe) {
    await import_fs_extra19.default.rm(copy, { recursive: true, force: true });
    await import_fs_extra19.default.ensureDir(import_node_path35.default.dirname(copy));
    const probed = `${copy}.link-probe`;
    try {
      await import_fs_extra19.default.link(import_node_path35.default.join(tree, probe), probed);
    } catch {
      return void 0;
    } finally {
      await import_fs_extra19.default.rm(probed, { force: true });
    }
    const finished7 = execa("cp", ["-a", "--link", "--no-target-directory", tree, copy]).then(
      () => ({ at: Date.now() + 1 }),
      async (failure) => {
        const at = Date.now() + 1;
        await import_fs_extra19.default.rm(copy, { recursive: true, force: true }).catch(() => void 0);
        return { at, failure: failure instanceof Error ? failure : new Error(String(failure)) };
      }
    );
    return new _TreeSnapshot(tree, copy, finished7);
  }
  /**
   * A copy made the other way round, before the build started: `tree` is the hard-link copy of `copy` (the cache's
   * own tree) that bin/compile made, and `at` when it ended (see EarlyTreeCopy). The two are the same entries then,
   * as after start(), and the tree's changes since `at` are found the same way.
   */
  static made(tree, copy, at) {
    return new _TreeSnapshot(tree, copy, Promise.resolve({ at }));
  }
  /**
   * Resolves when the tree may be written: the copy is finished, and the clock has moved on far enough
   * that whatever is written from now on has a ctime after the returned time (ms since the epoch).
   */
  async writable() {
    const { at } = await this.finished;
    const wait = at + CLOCK_LAG_MS - Date.now();
    if (wait > 0) await (0, import_promises15.setTimeout)(wait);
    return at;
  }
  /**
   * Brings the copy to what the tree holds now: in every directory whose entries changed since the copy,
   * removes what the tree no longer has and links what is new or replaced. `changedDirs` (relative, "" for
   * the tree itself): those directories, when the caller already walked the tree for them; else they are
   * found here. False when there is no whole copy to update (the caller copies the whole tree).
   */
  async update(changedDirs) {
    const { at, failure } = await this.finished;
    if (failure !== void 0) return false;
    const changed = [...changedDirs ?? await this.dirsChangedSince(at)].sort();
    const copiedWhole = /* @__PURE__ */ new Set();
    for (const rel of changed) {
      if (atOrUnder(rel, copiedWhole)) continue;
      for (const dir of await this.updateDirectory(rel)) copiedWhole.add(dir);
    }
    return true;
  }
  /** Resolves when the copy is finished; rejects with what stopped it when it isn't whole. */
  async whole() {
    const { failure } = await this.finished;
    if (failure !== void 0) throw failure;
  }
  /** The tree's directories (relative, "" for itself) whose inode changed after `at`. */
  async dirsChangedSince(at) {
    const found = await execa("find", [this.tree, "-type", "d", "-newerct", findTime(at), "-printf", "%P\\0"], {
      stripFinalNewline: false,
      maxBuffer: 1 << 30
    });
    return found.stdout.split("\0").slice(0, -1);
  }
  /** One changed directory (relative to the tree; "" for its root). Returns the subdirectories it linked whole. */
  async updateDirectory(rel) {
    const from = import_node_path35.default.join(this.tree, rel);
    const to = import_node_path35.default.join(this.copy, rel);
    const [fromStat, toStat] = await Promise.all([import_fs_extra19.default.lstat(from), lstatOrNone(to)]);
    if (!toStat?.isDirectory()) {
      await import_fs_extra19.default.rm(to, { recursive: true, force: true });
      await execa("cp", ["-a", "--link", "--no-target-directory", from, to]);
      return [rel];
    }
    const [fromNames, toNames] = await Promise.all([import_fs_extra19.default.readdir(from), import_fs_extra19.default.readdir(to)]);
    const inFrom = new Set(fromNames);
    const inTo = new Set(toNames);
    await Promise.all(
      toNames.filter((name) => !inFrom.has(name)).map((name) => import_fs_extra19.default.rm(import_node_path35.default.join(to, name), { recursive: true, force: true }))
    );
    const subdirs = [];
    await Promise.all(
      fromNames.map(async (name) => {
        const [source, kept] = await Promise.all([
          import_fs_extra19.default.lstat(import_node_path35.default.join(from, name)),
          inTo.has(name) ? lstatOrNone(import_node_path35.default.join(to, name)) : void 0
        ]);
        if (kept && sameEntry(source, kept)) return;
        if (kept) await import_fs_extra19.default.rm(import_node_path35.default.join(to, name), { recursive: true, force: true });
        if (source.isDirectory()) subdirs.push(name);
        else await import_fs_extra19.default.link(import_node_path35.default.join(from, name), import_node_path35.default.join(to, name));
      })
    );
    subdirs.sort();
    const groups = subdirs.length >= SPLIT_MIN_ENTRIES ? twoHalves(subdirs) : [subdirs];
    if (subdirs.length > 0)
      await Promise.all(
        groups.map((names) => execa("cp", ["-a", "--link", "--target-directory", to, ...names.map((name) => import_node_path35.default.join(from, name))]))
      );
    if ((fromStat.mode & 4095) !== (toStat.mode & 4095)) await import_fs_extra19.default.chmod(to, fromStat.mode & 4095);
    return subdirs.map((name) => rel ? `${rel}/${name}` : name);
  }
  /**
   * What a test platform checks after the save (PYSLUG_VERIFY_CACHE=1): the updated copy is the tree, entry for
   * entry: the same paths and types, and every file and symlink the same inode. Returns the differences, if any.
   */
  static async differences(tree, copy) {
    const list2 = async (root) => {
      const { stdout } = await execa("find", [root, "-mindepth", "1", "-printf", "%P\\0%y %i\\0"], {
        stripFinalNewline: false,
        maxBuffer: 1 << 30
      });
      const fields = stdout.split("\0");
      const entries = /* @__PURE__ */ new Map();
      for (let i2 = 0; i2 + 1 < fields.length; i2 += 2) {
        const [type, inode] = fields[i2 + 1].split(" ");
        entries.set(fields[i2], type === "d" ? "a directory" : type === "l" ? `a symlink (inode ${inode})` : `a file (inode ${inode})`);
      }
      return entries;
    };
    const [a2, b] = await Promise.all([list2(tree), list2(copy)]);
    const found = [];
    for (const [rel, mine] of a2) {
      const kept = b.get(rel);
      if (kept !== mine) found.push(`${rel}: ${mine} in the tree, ${kept ?? "missing"} in the cache`);
    }
    for (const rel of b.keys()) if (!a2.has(rel)) found.push(`${rel}: only in the cache`);
    return found;
  }
};
function sameEntry(source, kept) {
  if (source.isDirectory() || kept.isDirectory()) return source.isDirectory() && kept.isDirectory();
  return source.ino === kept.ino && source.dev === kept.dev;
}
function atOrUnder(rel, dirs) {
  if (dirs.has(rel) || rel !== "" && dirs.has("")) return true;
  for (let at = rel.indexOf("/"); at !== -1; at = rel.indexOf("/", at + 1)) if (dirs.has(rel.slice(0, at))) return true;
  return false;
}
async function lstatOrNone(file) {
  return import_fs_extra19.default.lstat(file).catch(() => void 0);
}

// src/cache/python-tree.ts
var PYTHON_TREE_PART = "python";
var PRISTINE_SIDECAR = "pristine.txt";
var BUILD_PATHS_SIDECAR = "build-paths.txt";
var isLocalDist = (value) => isObject2(value) && isString(value["name"]) && isString(value["version"]) && isStringList(value["requires"]);
var isSiteReport = (value) => isObject2(value) && isStringRecord(value["installed"]) && isObject2(value["local"]) && Object.values(value["local"]).every(isLocalDist);
var TREE_SCHEMA = {
  format: isNumber,
  stack: isString,
  arch: isString,
  version: isString,
  source: isString,
  archiveSha256: isString,
  environment: isAnything,
  buildDir: isString
};
var ENVIRONMENT_SCHEMA = {
  format: isNumber,
  stack: isString,
  arch: isString,
  python: isString,
  manager: isString,
  pip: isString,
  spec: isString,
  index: isString,
  snapshot: isAnything,
  local: optional(isStringRecord),
  required: optional(isStringList),
  exact: optional(isBoolean),
  updatable: optional(isBoolean),
  checkedSet: optional(isStringList),
  siteReport: optional(isSiteReport),
  made: optional(isString)
};
var RUNTIME_LABELS = {
  format: "the cache format",
  stack: "the stack",
  arch: "the architecture",
  version: "the Python version",
  source: "the Python archive URL"
};
var ENVIRONMENT_LABELS = {
  format: "the cache format",
  stack: "the stack",
  arch: "the architecture",
  python: "the Python version",
  manager: "the package manager",
  pip: "the pip version",
  index: "the package index settings"
};
function environmentChanges(saved, wanted) {
  return changes(saved, wanted, ENVIRONMENT_LABELS);
}
function part(ctx) {
  return new CachePart(ctx.cacheRoot, PYTHON_TREE_PART, TREE_SCHEMA);
}
function listTree(root) {
  const paths = [];
  walkTree(root, ({ rel }) => void paths.push(rel));
  return paths.sort();
}
function lines(text) {
  return text.split("\n").filter(Boolean);
}
async function readSidecar(file) {
  return lines(await import_fs_extra20.default.readFile(file, "utf8").catch(() => ""));
}
var PythonTree = class _PythonTree {
  constructor(ctx, runtime, reused, savedEnvironment, pristine, restoredFrom) {
    this.ctx = ctx;
    this.runtime = runtime;
    this.reused = reused;
    this.savedEnvironment = savedEnvironment;
    this.pristine = pristine;
    this.restoredFrom = restoredFrom;
  }
  ctx;
  runtime;
  reused;
  savedEnvironment;
  pristine;
  restoredFrom;
  /** The copy of the tree the cache will keep, made in the background from its restore or extraction (see TreeSnapshot). */
  snapshot;
  /** Whether save() updated that copy (rather than copying the whole tree). */
  savedFromSnapshot = false;
  /**
   * The cache's part still holds the tree this build restored, and is trusted: the build took a copy of it (see
   * EarlyTreeCopy). The first write into the tree un-trusts it, since a file written in place is written in both.
   */
  cacheTrusted = false;
  /** For a new tree: trusts its copy, made in the background, as the kept runtime (see keepRuntime). */
  keepCopiedRuntime;
  /** A tree whose runtime was just extracted at `runtime.home`: everything in it is the runtime's own. */
  static fresh(ctx, runtime) {
    return new _PythonTree(ctx, runtime, false, { kind: "none" }, listTree(runtime.home));
  }
  /**
   * Moves the cached tree into the build dir when its runtime is `wanted` and still starts, and points
   * its paths at this build dir. Anything else is discarded, with the reason in the log. Undefined: nothing reused.
   */
  static async restore(ctx, wanted, home) {
    const tree = await _PythonTree.restoreCached(ctx, wanted, home);
    if (!tree) await ctx.treeCopy?.drop();
    return tree;
  }
  static async restoreCached(ctx, wanted, home) {
    const { log: log2 } = ctx;
    const cached = part(ctx);
    const saved = await log2.measure("cacheRestore", () => cached.load());
    if (saved.kind === "none") return void 0;
    if (saved.kind !== "ok") {
      log2.info(`Discarding cached Python: ${saved.reason}`);
      await cached.discard();
      return void 0;
    }
    const wantedMetadata = { format: CACHE_FORMAT, ...wanted };
    const reasons = changes(saved.metadata, wantedMetadata, RUNTIME_LABELS).map((c3) => c3.reason);
    const pristine = await readSidecar(cached.sidecar(PRISTINE_SIDECAR));
    if (reasons.length === 0 && pristine.length === 0) reasons.push("its list of runtime files is missing");
    if (reasons.length > 0) {
      log2.info(`Discarding cached Python ${saved.metadata.version}: ${reasons.join("; ")}`);
      return void 0;
    }
    const buildPaths = await readSidecar(cached.sidecar(BUILD_PATHS_SIDECAR));
    const copied = await log2.measure("cacheRestore", async () => {
      const report = await ctx.treeCopy?.take(home);
      if (report === void 0) await cached.takeTo(home);
      return report;
    });
    const { archiveSha256, buildDir, environment } = saved.metadata;
    const runtime = { ...wanted, home, archiveSha256 };
    const tree = new _PythonTree(ctx, runtime, true, checkEnvironment(environment), pristine, { buildDir, files: buildPaths });
    if (copied !== void 0) {
      tree.snapshot = TreeSnapshot.made(home, cached.content, copied.at);
      tree.cacheTrusted = true;
      await tree.snapshot.writable();
    }
    const starting = copied ? Promise.resolve(copied.starts) : pythonStarts(home);
    const relocated = await log2.measure("cacheRestore", () => tree.relocate(buildDir, buildPaths));
    const starts = await starting;
    tree.snapshot ??= await tree.startCopy();
    if (!starts) {
      log2.info(`Discarding cached Python ${wanted.version}: its interpreter no longer starts (the cache is damaged)`);
      await tree.writable();
      await cached.discard();
      await import_fs_extra20.default.rm(home, { recursive: true, force: true });
      return void 0;
    }
    log2.info(`Reusing cached Python ${wanted.version} (archive SHA-256 ${archiveSha256.slice(0, 12)}\u2026)`);
    if (relocated > 0) log2.info(`Relocated ${relocated} cached files from ${buildDir} to this build dir`);
    return tree;
  }
  /** Points the files of a tree made in `savedBuildDir` at this build dir, before anything runs. Returns how many it rewrote. */
  relocate(savedBuildDir, files) {
    const { ctx } = this;
    if (savedBuildDir === ctx.buildDir || files.length === 0) return 0;
    const inTree = files.filter((f) => f.startsWith(".heroku/python/"));
    return relocateFiles(ctx.buildDir, inTree, savedBuildDir, ctx.buildDir).rewritten;
  }
  /** Starts the hard-link copy of the tree into the cache part (see TreeSnapshot); undefined where it can't be made. */
  async startCopy() {
    const { home } = this.runtime;
    return TreeSnapshot.start(home, part(this.ctx).content, import_node_path36.default.relative(home, pythonExecutable(home))).catch(() => void 0);
  }
  /**
   * Resolves when the tree may be written (see TreeSnapshot): every writer awaits it. Resolves to the time after which
   * every write has a later inode change time, when a copy was made in the background; undefined when none was.
   */
  async writable() {
    const at = await this.snapshot?.writable();
    if (this.cacheTrusted) {
      this.cacheTrusted = false;
      await part(this.ctx).untrust();
    }
    const keep = this.keepCopiedRuntime;
    this.keepCopiedRuntime = void 0;
    await keep?.();
    return at;
  }
  /**
   * Keeps a new runtime for the next build before anything is installed in it, so that a build that fails later
   * doesn't download it again. The hard-link copy is made in the background while the build goes on (the pip wheel's
   * download, the resolution) and trusted before the first write into the tree (see writable); without hard links
   * between the build dir and the cache, the tree is copied now. A copy that fails is one warning (see CacheSaves).
   */
  async keepRuntime(saves) {
    const kept = part(this.ctx);
    const copy = this.snapshot = await this.startCopy();
    if (!copy) {
      await saves.run(
        () => this.save(),
        () => this.discardSaved()
      );
      return;
    }
    this.keepCopiedRuntime = () => saves.run(
      async () => {
        await copy.whole();
        await kept.trust(this.metadata(void 0), this.sidecars([]));
      },
      () => this.discardSaved()
    );
  }
  /** Removes everything the runtime didn't come with (a stale environment): a fresh one, without downloading the runtime again. */
  async resetToPristine() {
    await this.writable();
    const keep = new Set(this.pristine);
    walkTree(this.runtime.home, ({ rel, full }) => {
      if (keep.has(rel)) return;
      import_node_fs11.default.rmSync(full, { recursive: true, force: true });
      return "skip";
    });
  }
  /** Makes what the tree holds now part of the runtime's own files (the pinned pip: pyslug's tool, not the app's dependency). */
  markPristine() {
    this.pristine = listTree(this.runtime.home);
  }
  /** Removes what save() kept (after a save that failed halfway: it frees the space, and nothing half-saved stays). */
  async discardSaved() {
    await part(this.ctx).discard();
  }
  /** Keeps the tree for the next build (hard links), with the environment installed in it, if any, and the files holding the build dir. */
  async save(environment, buildPaths = [], changedDirs) {
    const kept = part(this.ctx);
    const metadata = this.metadata(environment);
    const sidecars = this.sidecars(buildPaths);
    if (this.snapshot) await kept.untrust();
    this.savedFromSnapshot = this.snapshot !== void 0 && await this.snapshot.update(changedDirs);
    if (this.savedFromSnapshot) await kept.trust(metadata, sidecars);
    else await kept.save(this.runtime.home, metadata, sidecars);
  }
  metadata(environment) {
    const { runtime, ctx } = this;
    return {
      format: CACHE_FORMAT,
      stack: runtime.stack,
      arch: runtime.arch,
      version: runtime.version,
      source: runtime.source,
      archiveSha256: runtime.archiveSha256,
      environment,
      buildDir: ctx.buildDir
    };
  }
  sidecars(buildPaths) {
    return {
      [PRISTINE_SIDECAR]: `${this.pristine.join("\n")}
`,
      [BUILD_PATHS_SIDECAR]: `${buildPaths.join("\n")}
`
    };
  }
  /**
   * With PYSLUG_VERIFY_CACHE=1 (the test platform sets it): a tree saved by updating the copy made in the background
   * must be this build's tree, entry for entry. (A tree copied whole at the save is what `cp` made of it.)
   */
  async verifySaved() {
    if (this.ctx.env["PYSLUG_VERIFY_CACHE"] !== "1" || !this.savedFromSnapshot) return;
    const found = await TreeSnapshot.differences(this.runtime.home, part(this.ctx).content);
    if (found.length > 0) throw new Error(`the cached Python tree differs from the build's: ${found.slice(0, 20).join("; ")}`);
  }
};
function checkEnvironment(environment) {
  if (environment === void 0) return { kind: "none" };
  if (!isObject2(environment)) return { kind: "corrupt", reason: "its metadata is corrupt" };
  const field = invalidField(environment, ENVIRONMENT_SCHEMA);
  if (field !== void 0) return { kind: "corrupt", reason: `its metadata is corrupt (${field} is missing or malformed)` };
  return { kind: "ok", metadata: environment };
}

// src/dependencies/editable-source.ts
var import_node_crypto9 = require("node:crypto");
var import_node_path37 = __toESM(require("node:path"), 1);
var import_fast_glob2 = __toESM(require_out4(), 1);
var import_fs_extra21 = __toESM(require_lib(), 1);
var PLAIN_BACKENDS = /* @__PURE__ */ new Set([
  "hatchling.build",
  "poetry.core.masonry.api",
  "uv_build",
  "flit_core.buildapi",
  "pdm.backend",
  "setuptools.build_meta"
]);
var BUILD_SCRIPTS = ["setup.py", "setup.cfg", "hatch_build.py", "pdm_build.py", "build.py"];
var CONFIG_DIGEST = "config-sha256:";
function dynamicBuildReason(pyproject, present) {
  const script = BUILD_SCRIPTS.find((name) => present.includes(name));
  if (script) return `it has ${script}`;
  const backend = tableAt(pyproject["build-system"])?.["build-backend"];
  if (typeof backend !== "string") return "it names no build backend";
  if (!PLAIN_BACKENDS.has(backend)) return `its build backend is ${backend}`;
  const tool = tableAt(pyproject["tool"]) ?? {};
  const project = tableAt(pyproject["project"]);
  const poetry = tableAt(tool["poetry"]);
  if (project) {
    if (typeof project["version"] !== "string") return "its version isn't set in pyproject.toml";
    const dynamic = project["dynamic"];
    if (Array.isArray(dynamic) && dynamic.length > 0) return `its metadata is dynamic (${dynamic.join(", ")})`;
  } else if (backend === "poetry.core.masonry.api" && poetry) {
    if (typeof poetry["version"] !== "string") return "its version isn't set in pyproject.toml";
    if (tool["poetry-dynamic-versioning"] !== void 0) return "its version comes from poetry-dynamic-versioning";
    if (typeof poetry["build"] === "string") return "it has a poetry build script";
  } else return "it has no [project] table";
  const hatchBuild = tableAt(tableAt(tool["hatch"])?.["build"]);
  const hatchHooks = hatchBuild?.["hooks"] !== void 0 || Object.values(tableAt(hatchBuild?.["targets"]) ?? {}).some((target) => tableAt(target)?.["hooks"] !== void 0) || tableAt(tool["hatch"])?.["metadata"] !== void 0;
  if (hatchHooks) return "it configures hatch build or metadata hooks";
  if (tableAt(tool["setuptools"])?.["ext-modules"] !== void 0) return "it builds extension modules";
  if (tableAt(tool["pdm"])?.["build"] !== void 0) return "it configures pdm's build";
  if (tableAt(tableAt(tool["poetry"])?.["build"]) !== void 0) return "it has a poetry build script";
  return void 0;
}
function namedFiles(pyproject) {
  const project = tableAt(pyproject["project"]);
  const files = [];
  if (!project) {
    const readme = tableAt(tableAt(pyproject["tool"])?.["poetry"])?.["readme"];
    for (const file of Array.isArray(readme) ? readme : [readme]) if (typeof file === "string") files.push(file);
    return files;
  }
  for (const key of ["readme", "license"]) {
    const value = project[key];
    if (key === "readme" && typeof value === "string") files.push(value);
    const file = tableAt(value)?.["file"];
    if (typeof file === "string") files.push(file);
  }
  return files;
}
async function configDigest(appDir, pkg) {
  if (!pkg.editable) return void 0;
  const root = import_node_path37.default.join(appDir, pkg.path);
  let text;
  let pyproject;
  try {
    text = await import_fs_extra21.default.readFile(import_node_path37.default.join(root, "pyproject.toml"), "utf8");
    pyproject = parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return void 0;
  }
  const present = [];
  for (const name of BUILD_SCRIPTS) if (await import_fs_extra21.default.pathExists(import_node_path37.default.join(root, name))) present.push(name);
  if (dynamicBuildReason(pyproject, present) !== void 0) return void 0;
  const hash = (0, import_node_crypto9.createHash)("sha256");
  hash.update(`pyslug-local-config-v1
pyproject.toml\0${text}
`);
  for (const file of namedFiles(pyproject).sort()) {
    const content = await import_fs_extra21.default.readFile(import_node_path37.default.join(root, file)).catch(() => void 0);
    hash.update(`${file}\0${content === void 0 ? "(missing)" : content.toString("base64")}
`);
  }
  return `${CONFIG_DIGEST}${hash.digest("hex")}`;
}
async function readsSourceInPlace(sitePackages, dir) {
  const url = `file://${dir}`;
  for (const site of sitePackages) {
    for (const directUrl of await (0, import_fast_glob2.default)("*.dist-info/direct_url.json", { cwd: site, absolute: true })) {
      let info;
      try {
        info = await import_fs_extra21.default.readJson(directUrl);
      } catch {
        continue;
      }
      if (info.dir_info?.editable !== true || typeof info.url !== "string" || fileUrl2(info.url) !== url) continue;
      return onlySourcePaths(site, import_node_path37.default.dirname(directUrl), dir);
    }
  }
  return false;
}
function fileUrl2(url) {
  try {
    return decodeURI(url).replace(/\/$/, "");
  } catch {
    return url;
  }
}
async function onlySourcePaths(site, distInfo, dir) {
  const record = await import_fs_extra21.default.readFile(import_node_path37.default.join(distInfo, "RECORD"), "utf8").catch(() => "");
  const own = `${import_node_path37.default.basename(distInfo)}/`;
  let pths = 0;
  for (const line of record.split("\n")) {
    const file = line.split(",")[0]?.trim() ?? "";
    if (file === "" || file.startsWith(own) || file.startsWith("../")) continue;
    if (!file.endsWith(".pth") || file.includes("/")) return false;
    pths++;
    const text = await import_fs_extra21.default.readFile(import_node_path37.default.join(site, file), "utf8").catch(() => void 0);
    if (text === void 0) return false;
    for (const raw of text.split("\n")) {
      const entry = raw.trim();
      if (entry === "" || entry.startsWith("#")) continue;
      if (/^import[\s\t]/.test(entry)) return false;
      const target = import_node_path37.default.resolve(site, entry);
      const inside = import_node_path37.default.relative(dir, target);
      if (inside.startsWith("..") || import_node_path37.default.isAbsolute(inside)) return false;
      if (inside.split(import_node_path37.default.sep).some((part4) => part4 === "build" || part4 === "dist" || part4.endsWith(".egg-info"))) return false;
    }
  }
  return pths > 0;
}

// src/dependencies/local-state.ts
var import_node_path39 = __toESM(require("node:path"), 1);
var import_fast_glob4 = __toESM(require_out4(), 1);
var import_fs_extra23 = __toESM(require_lib(), 1);

// src/dependencies/local-packages.ts
var import_node_crypto10 = require("node:crypto");
var import_node_path38 = __toESM(require("node:path"), 1);
var import_fast_glob3 = __toESM(require_out4(), 1);
var import_fs_extra22 = __toESM(require_lib(), 1);
var NOT_INPUTS = [
  "**/*.egg-info/**",
  "**/__pycache__/**",
  "**/*.pyc",
  "**/build/**",
  "**/dist/**",
  "**/.git/**",
  "**/node_modules/**",
  ".heroku/**",
  ".profile.d/**",
  ".cache/**"
];
async function localPackageDigest(appDir, pkg) {
  const root = import_node_path38.default.join(appDir, pkg.path);
  const hash = (0, import_node_crypto10.createHash)("sha256");
  hash.update(`pyslug-local-v1 ${pkg.editable ? "editable" : "copy"}
`);
  const files = await (0, import_fast_glob3.default)("**/*", { cwd: root, dot: true, onlyFiles: true, ignore: NOT_INPUTS, followSymbolicLinks: false, stats: true });
  files.sort((a2, b) => a2.path < b.path ? -1 : a2.path > b.path ? 1 : 0);
  for (const file of files) {
    const full = import_node_path38.default.join(root, file.path);
    const stat = file.stats;
    hash.update(`${file.path}\0${stat.mode & 73 ? "x" : "-"}\0`);
    if (stat.isSymbolicLink()) hash.update(`link:${await import_fs_extra22.default.readlink(full)}`);
    else hash.update(await import_fs_extra22.default.readFile(full));
    hash.update("\n");
  }
  return `sha256:${hash.digest("hex")}`;
}
async function legacyEggLinks(sitePackages) {
  const found = [];
  for (const dir of sitePackages) {
    if (await import_fs_extra22.default.pathExists(dir)) found.push(...await (0, import_fast_glob3.default)("*.egg-link", { cwd: dir }));
  }
  return found;
}

// src/dependencies/local-state.ts
async function sitePackagesOf(ctx) {
  return (0, import_fast_glob4.default)("lib/python3*/site-packages", { cwd: pythonHome(ctx), onlyDirectories: true, absolute: true });
}
async function inPlaceDigest(ctx, pkg, sites) {
  const config = await configDigest(ctx.buildDir, pkg);
  if (config === void 0) return void 0;
  return await readsSourceInPlace(await sites(), import_node_path39.default.join(ctx.buildDir, pkg.path)) ? config : void 0;
}
function lazySitePackages(ctx) {
  let listed;
  return () => listed ??= sitePackagesOf(ctx);
}
async function wantedDigests(ctx, plan, saved) {
  const local = {};
  const sites = lazySitePackages(ctx);
  for (const pkg of plan.localPackages) {
    const inPlace = saved?.local?.[pkg.path]?.startsWith(CONFIG_DIGEST) ? await inPlaceDigest(ctx, pkg, sites) : void 0;
    local[pkg.path] = inPlace ?? await localPackageDigest(ctx.buildDir, pkg);
  }
  return local;
}
async function recordedDigests(ctx, plan, local) {
  const recorded = { ...local };
  const sites = lazySitePackages(ctx);
  for (const pkg of plan.localPackages) {
    if (recorded[pkg.path]?.startsWith(CONFIG_DIGEST)) continue;
    const inPlace = await inPlaceDigest(ctx, pkg, sites);
    if (inPlace !== void 0) recorded[pkg.path] = inPlace;
  }
  return recorded;
}
function describeStale(stale) {
  return stale.map((s) => `${s.pkg.path} (${s.reason})`).join("; ");
}
async function staleLocalPackages(ctx, plan, local, saved) {
  if (plan.localPackages.length === 0) return [];
  const sitePackages = await sitePackagesOf(ctx);
  const legacy = await legacyEggLinks(sitePackages);
  if (legacy.length > 0) {
    return plan.localPackages.map((pkg) => ({ pkg, reason: `installed with setup.py develop: ${legacy.join(", ")}` }));
  }
  const gone = await missingPthTargets(sitePackages, ctx.buildDir);
  const stale = [];
  for (const pkg of plan.localPackages) {
    const target = gone.find((g) => ownerOf(g, plan.localPackages) === pkg);
    if (target) stale.push({ pkg, reason: `an editable install points at ${target}, which this build doesn't have` });
    else if (saved?.local?.[pkg.path] !== local[pkg.path]) stale.push({ pkg, reason: whyStale(saved?.local?.[pkg.path], local[pkg.path]) });
  }
  const orphan = gone.find((g) => ownerOf(g, plan.localPackages) === void 0);
  if (orphan) {
    return plan.localPackages.map((pkg) => ({ pkg, reason: `an editable install points at ${orphan}, which this build doesn't have` }));
  }
  return stale;
}
function whyStale(before, now) {
  if (before === void 0) return "not installed by the cached build";
  if (!before.startsWith(CONFIG_DIGEST)) return "its files changed";
  return now?.startsWith(CONFIG_DIGEST) ? "its pyproject.toml changed" : "its metadata is no longer all in pyproject.toml, or its install no longer reads its code from the app";
}
function ownerOf(file, packages) {
  let owner;
  for (const pkg of packages) {
    const dir = import_node_path39.default.posix.normalize(pkg.path).replace(/\/$/, "");
    const inside = dir === "." || file === dir || file.startsWith(`${dir}/`);
    if (inside && (!owner || dir.length > import_node_path39.default.posix.normalize(owner.path).length)) owner = pkg;
  }
  return owner;
}
async function missingPthTargets(sitePackages, buildDir) {
  const missing = [];
  for (const dir of sitePackages) {
    for (const pth of await (0, import_fast_glob4.default)("*.pth", { cwd: dir, absolute: true })) {
      for (const line of (await import_fs_extra23.default.readFile(pth, "utf8")).split("\n")) {
        const entry = line.trim();
        if (entry.startsWith(`${buildDir}/`) && !await import_fs_extra23.default.pathExists(entry)) missing.push(import_node_path39.default.relative(buildDir, entry));
      }
    }
  }
  return missing;
}

// src/dependencies/pip-bootstrap.ts
var import_node_crypto11 = require("node:crypto");
var import_node_os4 = __toESM(require("node:os"), 1);
var import_node_path40 = __toESM(require("node:path"), 1);
var import_fast_glob5 = __toESM(require_out4(), 1);
var import_fs_extra24 = __toESM(require_lib(), 1);

// src/support/download.ts
var import_node_fs12 = require("node:fs");
var import_promises16 = __toESM(require("node:fs/promises"), 1);
var import_node_module = require("node:module");
var import_node_stream9 = require("node:stream");
var import_promises17 = require("node:stream/promises");
var import_node_url3 = require("node:url");
var require2 = (0, import_node_module.createRequire)(__filename);
var httpGet = (protocol) => (protocol === "https:" ? require2("node:https") : require2("node:http")).get;
var DownloadError = class extends Error {
  constructor(message, status, retryable, retryAfterMs) {
    super(message);
    this.status = status;
    this.retryable = retryable;
    this.retryAfterMs = retryAfterMs;
  }
  status;
  retryable;
  retryAfterMs;
  name = "DownloadError";
};
var DEFAULT_CONNECT_TIMEOUT_MS = 1e4;
var DEFAULT_TIMEOUT_MS = 3e5;
var MAX_REDIRECTS = 10;
var RETRYABLE_STATUS = /* @__PURE__ */ new Set([408, 425, 429]);
function secondsSetting(value, fallbackMs) {
  const seconds2 = Number(value);
  return value !== void 0 && value.trim() !== "" && Number.isFinite(seconds2) && seconds2 > 0 ? seconds2 * 1e3 : fallbackMs;
}
function parseRetryAfter(value, now = Date.now()) {
  if (value === void 0) return void 0;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1e3;
  const date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
var sleep2 = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function errnoOf(error) {
  const code = error?.code;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code) && !code.startsWith("ERR") ? code : void 0;
}
function describeNetworkError(error, received, length) {
  const code = errnoOf(error);
  const progress = length === void 0 ? `after ${received} bytes` : `after ${received} of ${length} bytes`;
  if (code === "ECONNREFUSED") return "the connection was refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "the host name could not be resolved";
  if (received > 0 || length !== void 0) return `the connection broke ${progress}${code ? ` (${code})` : ""}`;
  return `the connection failed${code ? ` (${code})` : ""}`;
}
async function attemptOnce(url, limits, consume) {
  const shown = redactUrl(url);
  const origin = new URL(url).origin;
  let failure;
  const live = /* @__PURE__ */ new Set();
  const fail3 = (error) => {
    failure ??= error;
    for (const stream of live) stream.destroy(failure);
    return failure;
  };
  const deadline = setTimeout(
    () => fail3(new DownloadError(`${shown}: the download took longer than ${limits.timeoutMs / 1e3}s (CURL_TIMEOUT)`, void 0, true)),
    limits.timeoutMs
  );
  try {
    let current = new URL(url);
    for (let redirects = 0; ; redirects++) {
      if (current.protocol === "file:") return await consumeFile(current, shown, consume);
      if (current.protocol !== "http:" && current.protocol !== "https:") {
        throw new DownloadError(`${shown}: pyslug can only download http(s) and file URLs`, void 0, false);
      }
      const response = await new Promise((resolve, reject) => {
        const get = httpGet(current.protocol);
        const extra = current.origin === origin ? limits.headers : {};
        const request = get(current, { agent: false, headers: { "user-agent": "pyslug", accept: "*/*", ...extra } }, resolve);
        live.add(request);
        request.on(
          "error",
          (error) => reject(failure ?? new DownloadError(`${shown}: ${describeNetworkError(error, 0, void 0)}`, void 0, true))
        );
        request.on("socket", (socket) => {
          if (!socket.connecting) return;
          const timer = setTimeout(
            () => fail3(
              new DownloadError(
                `${shown}: no connection within ${limits.connectTimeoutMs / 1e3}s (CURL_CONNECT_TIMEOUT)`,
                void 0,
                true
              )
            ),
            limits.connectTimeoutMs
          );
          socket.once(current.protocol === "https:" ? "secureConnect" : "connect", () => clearTimeout(timer));
          socket.once("close", () => clearTimeout(timer));
        });
      });
      live.add(response);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location !== void 0) {
        response.resume();
        if (redirects >= MAX_REDIRECTS) throw new DownloadError(`${shown}: more than ${MAX_REDIRECTS} redirects`, status, false);
        current = new URL(response.headers.location, current);
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw new DownloadError(
          `${shown} answered HTTP ${status}`,
          status,
          status >= 500 || RETRYABLE_STATUS.has(status),
          parseRetryAfter(response.headers["retry-after"])
        );
      }
      const header = response.headers["content-length"];
      const length = header !== void 0 && /^\d+$/.test(header) ? Number(header) : void 0;
      let received = 0;
      response.on("error", (error) => {
        fail3(new DownloadError(`${shown}: ${describeNetworkError(error, received, length)}`, void 0, true));
      });
      const checked = new import_node_stream9.Transform({
        transform(chunk, _encoding, callback) {
          received += chunk.length;
          callback(null, chunk);
        },
        flush(callback) {
          if (length !== void 0 && received !== length) {
            callback(fail3(new DownloadError(`${shown}: the server sent ${received} of ${length} bytes`, void 0, true)));
          } else callback();
        }
      });
      live.add(checked);
      (0, import_promises17.pipeline)(response, checked).catch(() => void 0);
      try {
        const result = await consume(checked, { length, url: current.href });
        if (failure) throw failure;
        return result;
      } catch (error) {
        throw failure ?? error;
      }
    }
  } finally {
    clearTimeout(deadline);
    for (const stream of live) stream.destroy();
  }
}
async function consumeFile(url, shown, consume) {
  const file = (0, import_node_url3.fileURLToPath)(url);
  const stat = await import_promises16.default.stat(file).catch(() => void 0);
  if (!stat?.isFile()) throw new DownloadError(`${shown} doesn't exist`, 404, false);
  return consume((0, import_node_fs12.createReadStream)(file), { length: stat.size, url: url.href });
}
async function download(url, consume, options = {}) {
  const limits = {
    connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    headers: options.headers ?? {}
  };
  const attempts = Math.max(1, options.attempts ?? 4);
  const backoffMs = options.backoffMs ?? 500;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 3e4;
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptOnce(url, limits, consume);
    } catch (error) {
      if (!(error instanceof DownloadError) || !error.retryable) throw error;
      if (attempt >= attempts) {
        throw new DownloadError(`${error.message} (${attempts} attempts)`, error.status, false);
      }
      const delay = error.retryAfterMs !== void 0 ? Math.min(error.retryAfterMs, maxRetryAfterMs) : backoffMs * 2 ** (attempt - 1);
      options.onRetry?.(`${error.message}; retrying in ${(delay / 1e3).toFixed(1)}s (attempt ${attempt + 1} of ${attempts})`);
      await sleep2(delay);
    }
  }
}
async function fetchOptionalText(url, options = {}) {
  const maxBytes = options.maxBytes ?? 1 << 20;
  try {
    return await download(
      url,
      async (body) => {
        const chunks = [];
        let size = 0;
        for await (const chunk of body) {
          size += chunk.length;
          if (size > maxBytes) {
            body.destroy();
            throw new DownloadError(`${redactUrl(url)} is larger than ${maxBytes} bytes`, void 0, false);
          }
          chunks.push(chunk);
        }
        return Buffer.concat(chunks).toString("utf8");
      },
      options
    );
  } catch (error) {
    if (error instanceof DownloadError && (error.status === 404 || error.status === 403 || error.status === 410)) return void 0;
    throw error;
  }
}
function parseSha256File(text) {
  const match = /^\s*([0-9a-fA-F]{64})(?:\s+\*?\S.*)?\s*$/.exec(text.split(/\r?\n/).find((l) => l.trim() !== "") ?? "");
  return match?.[1]?.toLowerCase();
}

// src/dependencies/pip-bootstrap.ts
var INDEX_TIMEOUT_MS = 3e4;
function indexSources(env) {
  const urls = [env["PIP_INDEX_URL"]?.trim() || "https://pypi.org/simple", ...(env["PIP_EXTRA_INDEX_URL"] ?? "").split(/\s+/)];
  const sources = [];
  for (const text of urls.filter(Boolean)) {
    let url;
    try {
      url = new URL(text.endsWith("/") ? text : `${text}/`);
    } catch {
      continue;
    }
    const headers = {};
    if (url.username || url.password) {
      const user = decodeURIComponent(url.username);
      const password = decodeURIComponent(url.password);
      headers["authorization"] = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
      url.username = "";
      url.password = "";
    }
    sources.push({ url, headers });
  }
  return sources;
}
function findWheelLink(page, pageUrl, file) {
  for (const match of page.matchAll(/<a\s[^>]*?href\s*=\s*["']([^"']+)["'][^>]*>/gi)) {
    const href = match[1].replace(/&amp;/g, "&");
    let url;
    try {
      url = new URL(href, pageUrl);
    } catch {
      continue;
    }
    if (decodeURIComponent(import_node_path40.default.posix.basename(url.pathname)) !== file) continue;
    const sha256 = /(?:^|&)sha256=([0-9a-fA-F]{64})(?:&|$)/.exec(url.hash.slice(1))?.[1]?.toLowerCase();
    url.hash = "";
    return { url, sha256 };
  }
  return void 0;
}
async function fetchBytes(url, headers) {
  return download(
    url.href,
    async (body) => {
      const chunks = [];
      for await (const chunk of body) chunks.push(chunk);
      return Buffer.concat(chunks);
    },
    { headers, timeoutMs: INDEX_TIMEOUT_MS, attempts: 2 }
  );
}
async function downloadPipWheel(run, version, dest) {
  const file = `pip-${version}-py3-none-any.whl`;
  const misses = [];
  for (const source of indexSources(run.index.env)) {
    const pageUrl = new URL("pip/", source.url);
    let page;
    try {
      page = (await fetchBytes(pageUrl, source.headers)).toString("utf8");
    } catch (error) {
      misses.push(error.message);
      continue;
    }
    const link = findWheelLink(page, pageUrl, file);
    if (!link) {
      misses.push(`${redactUrl(pageUrl.href)} has no ${file}`);
      continue;
    }
    if (!link.sha256) throw new Error(`${redactUrl(pageUrl.href)} gives no sha256 for ${file}`);
    const sameOrigin = link.url.origin === source.url.origin;
    const bytes = await fetchBytes(link.url, sameOrigin ? source.headers : {});
    const actual = (0, import_node_crypto11.createHash)("sha256").update(bytes).digest("hex");
    if (actual !== link.sha256) throw new Error(`${file} from the index doesn't match the sha256 its page gives`);
    await import_fs_extra24.default.writeFile(dest, bytes);
    return;
  }
  throw new Error(misses.join("; ") || "no package index is set");
}
async function installedPip(home) {
  const found = await (0, import_fast_glob5.default)(["lib/python3*/site-packages/pip-*.dist-info", "lib/python3*/site-packages/pip"], {
    cwd: home,
    onlyDirectories: true
  });
  const infos = found.filter((f) => f.endsWith(".dist-info"));
  const version = infos.length === 1 ? /pip-(.+)\.dist-info$/.exec(infos[0])?.[1] : void 0;
  return { version, any: found.length > 0 };
}
async function installWithBundledPip(run, version) {
  const home = pythonHome(run.ctx);
  const [wheel] = await (0, import_fast_glob5.default)("lib/python3*/ensurepip/_bundled/pip-*.whl", { cwd: home, absolute: true });
  if (!wheel) throw new Error(`the Python runtime has no bundled pip wheel (ensurepip/_bundled) to bootstrap pip ${version} from`);
  await pip(run, ["install", "--no-warn-script-location", `pip==${version}`], `Installing pip ${version}`, {
    quiet: true,
    python: [pythonExecutable(home), import_node_path40.default.join(wheel, "pip")]
  });
}
async function bootstrapPip(run, version) {
  await run.ctx.log.measure("pipBootstrap", () => putPipInPlace(run, version));
}
async function putPipInPlace(run, version) {
  const { ctx } = run;
  const home = pythonHome(ctx);
  const installed = await installedPip(home);
  if (installed.version === version) return;
  ctx.log.info(`Installing pip ${version}`);
  let reason;
  if (installed.any) {
    reason = `pip ${installed.version ?? "(unknown version)"} is already installed`;
  } else {
    const scratch = await import_fs_extra24.default.mkdtemp(import_node_path40.default.join(import_node_os4.default.tmpdir(), "pyslug-pip-"));
    try {
      const wheel = import_node_path40.default.join(scratch, `pip-${version}-py3-none-any.whl`);
      await downloadPipWheel(run, version, wheel);
      await run.beforeWrite?.();
      const unpack = await execa(pythonExecutable(home), [import_node_path40.default.join(ctx.buildpackDir, "lib", "install_wheel.py"), wheel, "pyslug"], {
        env: ctx.env,
        extendEnv: false,
        reject: false,
        all: true
      });
      if (unpack.exitCode === 0) return;
      reason = unpack.all?.trim().split("\n").at(-1) ?? `exit status ${unpack.exitCode}`;
    } catch (error) {
      reason = error.message;
    } finally {
      await import_fs_extra24.default.rm(scratch, { recursive: true, force: true });
    }
  }
  ctx.log.info(`Using the runtime's bundled pip to install it: ${redactSecrets(reason, run.index.secrets)}`);
  await installWithBundledPip(run, version);
}

// src/runtime/installed.ts
var import_fast_glob6 = __toESM(require_out4(), 1);
function distInfoStem(name) {
  return name.replace(/[-_.]+/g, "_").toLowerCase();
}
async function installedVersion(home, name) {
  const dirs = await (0, import_fast_glob6.default)("lib/python3*/site-packages/*.dist-info", { cwd: home, onlyDirectories: true });
  const stem = distInfoStem(name);
  for (const dir of dirs) {
    const base2 = dir.slice(dir.lastIndexOf("/") + 1, -".dist-info".length);
    const dash = base2.indexOf("-");
    if (dash > 0 && distInfoStem(base2.slice(0, dash)) === stem) return base2.slice(dash + 1);
  }
  return void 0;
}
async function installedDistributions(home) {
  const found = await (0, import_fast_glob6.default)("lib/python3*/site-packages/*.{dist-info,egg-info,egg-link,pth}", { cwd: home, onlyFiles: false, dot: true });
  return found.sort();
}

// src/steps/install-dependencies.ts
async function decide(ctx, tree, wanted, plan, local) {
  if (!tree.reused) return { kind: "new" };
  const saved = tree.savedEnvironment;
  if (saved.kind === "none") return { kind: "reset", reasons: ["the cache has no environment"] };
  if (saved.kind === "corrupt") return { kind: "reset", reasons: [saved.reason] };
  const changed = environmentChanges(saved.metadata, wanted);
  const reasons = changed.map((c3) => c3.reason);
  if (changed.some((c3) => c3.field === "manager")) return { kind: "reset", reasons };
  if (saved.metadata.spec === wanted.spec) return reasons.length === 0 ? { kind: "reuse" } : { kind: "reset", reasons };
  const described = plan.describeChanges(saved.metadata.snapshot);
  reasons.push(...described.length ? described : [`${plan.label} changed`]);
  if (changed.length > 0 || !plan.incrementalChange) return { kind: "reset", reasons };
  if (saved.metadata.exact !== true) {
    return { kind: "reset", reasons: [...reasons, "the previous build did not verify that it installed exactly what was required"] };
  }
  if (saved.metadata.updatable !== true) {
    return {
      kind: "reset",
      reasons: [...reasons, "the cached environment was installed from requirements that can't be updated in place"]
    };
  }
  if (plan.unprovable.length > 0) {
    return { kind: "reset", reasons: [...reasons, `requirements that can change upstream: ${plan.unprovable.join(", ")}`] };
  }
  const change = plan.incrementalChange();
  if (change.kind === "reset") return { kind: "reset", reasons: [...reasons, change.reason] };
  const stale = await staleLocalPackages(ctx, plan, local, saved.metadata);
  if (stale.length > 0 && !plan.reinstallLocal) {
    return { kind: "reset", reasons: [...reasons, `local packages to reinstall: ${describeStale(stale)}`] };
  }
  return { kind: "incremental", spec: change, reasons, stale };
}
async function envReport(ctx, request, scratch) {
  const file = import_node_path41.default.join(scratch, "env-request.json");
  await import_fs_extra25.default.writeJson(file, request);
  const { stdout } = await runPython(pythonHome(ctx), [import_node_path41.default.join(ctx.buildpackDir, "lib", "env_report.py"), file], {
    env: ctx.env,
    cwd: scratch,
    readOnly: true
  });
  return JSON.parse(stdout);
}
async function updateInPlace(run, spec, scratch, checked) {
  const { ctx } = run;
  const { log: log2 } = ctx;
  const known = checked && fromSiteReport(ctx.buildDir, checked, spec.local);
  if (known) log2.info("Installed packages as the cached build checked them (site-packages lists the same)");
  const { installed, local } = known ?? await envReport(ctx, { top: [], keep: [], local: spec.local }, scratch);
  const lines2 = [...spec.requirements];
  const localNames = /* @__PURE__ */ new Set();
  const required = [...spec.required];
  for (const pkg of spec.local) {
    const dist = local[pkg.path];
    if (!dist) return { reason: `no installed package comes from ${import_node_path41.default.relative(ctx.buildDir, pkg.path) || "."}` };
    if (dist.requires.some((r) => r.includes("@"))) return { reason: `${dist.name} requires a package by URL` };
    localNames.add(dist.name);
    lines2.push(...dist.requires);
    required.push(pkg.extras.length ? `${dist.name}[${pkg.extras.join(",")}]` : dist.name);
  }
  const requirements = import_node_path41.default.join(scratch, "resolve.txt");
  const constraints = import_node_path41.default.join(scratch, "constraints.txt");
  const report = import_node_path41.default.join(scratch, "fresh-report.json");
  await import_fs_extra25.default.writeFile(requirements, lines2.map((line) => `${line}
`).join(""));
  await import_fs_extra25.default.writeFile(constraints, spec.constraints.map((line) => `${line}
`).join(""));
  try {
    await pip(
      run,
      ["install", "--dry-run", "--ignore-installed", "--quiet", "--report", report, "-r", requirements, "-c", constraints],
      "Resolving the requirements",
      { quiet: true, readOnly: true }
    );
  } catch (error) {
    if (error instanceof BuildError) return { reason: "pip could not resolve the requirements in place (its output above)" };
    throw error;
  }
  const fresh = freshPicks(await import_fs_extra25.default.readJson(report));
  const fromIndex = Object.keys(fresh).filter((name) => localNames.has(name));
  if (fromIndex.length > 0) return { reason: `the requirements ask for the local package ${fromIndex.join(", ")} from the index` };
  const changed = Object.entries(fresh).filter(([name, version]) => name !== "pip" && installed[name] !== version).map(([name, version]) => `${name}==${version}`).sort();
  if (changed.length === 0) {
    log2.info("Every package a fresh install picks is installed");
    return { required };
  }
  const pins = import_node_path41.default.join(scratch, "changed.txt");
  await import_fs_extra25.default.writeFile(pins, changed.map((line) => `${line}
`).join(""));
  log2.info(`Installing what a fresh install picks differently: ${changed.join(", ")}`);
  try {
    await pip(run, ["install", "--no-deps", "-r", pins], "Installing the changed packages");
  } catch (error) {
    if (error instanceof BuildError) return { reason: "pip could not install the changed packages (its output above)" };
    throw error;
  }
  return { required };
}
async function updateWithLocal(run, plan, stale, spec, scratch, checked) {
  return withPipSession(run, async (session) => {
    if (stale.length > 0 && plan.reinstallLocal) {
      session.ctx.log.info(`Reinstalling local packages: ${describeStale(stale)}`);
      try {
        const done = await plan.reinstallLocal(
          session,
          stale.map((s) => s.pkg),
          scratch
        );
        if ("reason" in done) return done;
      } catch (error) {
        if (error instanceof BuildError) return { reason: "pip could not install the local packages again (its output above)" };
        throw error;
      }
    }
    return updateInPlace(session, spec, scratch, stale.length === 0 ? checked : void 0);
  });
}
function localKey(buildDir, pkg) {
  return `${import_node_path41.default.relative(buildDir, pkg.path) || "."}[${[...pkg.extras].sort().join(",")}]`;
}
function toSiteReport(buildDir, report, local, uninstalled) {
  const gone = new Set(uninstalled);
  const installed = Object.fromEntries(Object.entries(report.installed).filter(([name]) => !gone.has(name)));
  const dists = {};
  for (const pkg of local) {
    const dist = report.local[pkg.path];
    if (dist && !gone.has(dist.name)) dists[localKey(buildDir, pkg)] = dist;
  }
  return { installed, local: dists };
}
function fromSiteReport(buildDir, checked, local) {
  const dists = {};
  for (const pkg of local) {
    const dist = checked.local[localKey(buildDir, pkg)];
    if (!dist) return void 0;
    dists[pkg.path] = dist;
  }
  return { installed: checked.installed, local: dists };
}
function freshPicks(report) {
  const items = report?.install ?? [];
  const picks = {};
  for (const item of items) {
    const { name, version } = item.metadata ?? {};
    if (name && version) picks[canonicalName(name)] = version;
  }
  return picks;
}
async function removeExtras(run, required, scratch, local) {
  const { ctx } = run;
  const report = await envReport(ctx, { top: required, keep: ["pip"], local }, scratch);
  const keep = new Set(report.required);
  const extras = Object.keys(report.installed).filter((name) => !keep.has(name)).sort();
  if (extras.length > 0) {
    ctx.log.info(`Removing packages no longer required: ${extras.join(", ")}`);
    await pip(run, ["uninstall", "--yes", ...extras], "Removing packages no longer required", { quiet: true });
  }
  for (const missing of report.missing) ctx.log.warn(`${missing} is not installed; the app may fail when it imports it.`);
  return { extras, missing: report.missing, report };
}
async function checkInstalledSet(run, required, scratch, saved, local) {
  const home = pythonHome(run.ctx);
  const listed = await installedDistributions(home);
  if (saved?.exact === true && saved.checkedSet && sameList(saved.checkedSet, listed)) {
    run.ctx.log.info("Installed packages unchanged since the cached build checked them");
    return { missing: [], checkedSet: listed, ...saved.siteReport ? { siteReport: saved.siteReport } : {} };
  }
  const { extras, missing, report } = await removeExtras(run, required, scratch, local);
  return {
    missing,
    checkedSet: extras.length > 0 ? await installedDistributions(home) : listed,
    siteReport: toSiteReport(run.ctx.buildDir, report, local, extras)
  };
}
async function stillChecked(ctx, saved) {
  if (!saved.siteReport || !saved.checkedSet) return void 0;
  return sameList(saved.checkedSet, await installedDistributions(pythonHome(ctx))) ? saved.siteReport : void 0;
}
function sameList(a2, b) {
  return a2.length === b.length && a2.every((item, i2) => item === b[i2]);
}
async function installDependencies(ctx, platform2, tree, plan, pipVersion, index, pipCache) {
  const { log: log2 } = ctx;
  const { runtime } = tree;
  const wanted = {
    format: CACHE_FORMAT,
    stack: platform2.stack,
    arch: platform2.arch,
    python: runtime.version,
    manager: plan.manager,
    pip: pipVersion,
    spec: plan.fingerprint,
    index: index.hash
  };
  const local = await wantedDigests(ctx, plan, tree.savedEnvironment.kind === "ok" ? tree.savedEnvironment.metadata : void 0);
  const decision = await decide(ctx, tree, wanted, plan, local);
  let made = decision.kind === "reuse" ? "reused" : decision.kind;
  if (decision.kind === "reuse") log2.info(`Reusing cached environment (${plan.label} unchanged)`);
  if (decision.kind === "incremental") log2.info(`Updating cached environment in place: ${decision.reasons.join("; ")}`);
  if (decision.kind === "reset") {
    log2.info(`Discarding cached environment: ${decision.reasons.join("; ")}`);
    await tree.resetToPristine();
  }
  const scratch = await import_fs_extra25.default.mkdtemp(import_node_path41.default.join(import_node_os5.default.tmpdir(), "pyslug-deps-"));
  try {
    const run = {
      ctx,
      index,
      cacheDir: pipCache.dir,
      beforeWrite: () => tree.writable(),
      beforePip: () => pipCache.beforeUse()
    };
    await bootstrapPip(run, pipVersion);
    if (decision.kind === "new" || decision.kind === "reset") tree.markPristine();
    let required;
    let asSaved;
    if (decision.kind === "incremental") {
      const saved = tree.savedEnvironment.kind === "ok" ? tree.savedEnvironment.metadata : void 0;
      const checked = saved && await stillChecked(ctx, saved);
      const updated = await updateWithLocal(run, plan, decision.stale, decision.spec, scratch, checked);
      if ("required" in updated) required = updated.required;
      else {
        log2.info(`Discarding cached environment: ${updated.reason}`);
        made = "reset";
        await tree.resetToPristine();
        await bootstrapPip(run, pipVersion);
        tree.markPristine();
      }
    }
    if (required === void 0 && decision.kind === "reuse" && tree.savedEnvironment.kind === "ok") {
      const saved = tree.savedEnvironment.metadata;
      const reused = await completeReused(run, plan, local, saved, scratch);
      if (reused) required = reused.required;
      if (reused?.untouched) asSaved = saved;
    }
    if (required === void 0) ({ required } = await plan.install(run, scratch));
    const change = plan.incrementalChange?.();
    const { missing, checkedSet, siteReport } = await checkInstalledSet(
      run,
      required,
      scratch,
      asSaved,
      change?.kind === "resolve" ? change.local : []
    );
    return {
      metadata: {
        ...wanted,
        snapshot: plan.snapshot,
        local: await recordedDigests(ctx, plan, local),
        required,
        exact: missing.length === 0,
        updatable: change?.kind === "resolve",
        checkedSet,
        ...siteReport ? { siteReport } : {},
        made
      },
      reused: decision.kind === "reuse"
    };
  } finally {
    await import_fs_extra25.default.rm(scratch, { recursive: true, force: true });
  }
}
async function completeReused(run, plan, local, saved, scratch) {
  const { log: log2 } = run.ctx;
  const stale = await staleLocalPackages(run.ctx, plan, local, saved);
  if (stale.length > 0) log2.info(`Reinstalling local packages: ${describeStale(stale)}`);
  if (plan.unprovable.length > 0) {
    log2.info(`Checking requirements that can change upstream: ${plan.unprovable.join(", ")}`);
    return void 0;
  }
  if (!saved.required) return void 0;
  if (stale.length === 0) {
    if (plan.localPackages.length > 0) {
      log2.info(`Local packages unchanged since the cached install: ${plan.localPackages.map((p) => p.path).join(", ")}`);
      const inPlace = plan.localPackages.filter((p) => local[p.path]?.startsWith(CONFIG_DIGEST)).map((p) => p.path);
      if (inPlace.length > 0)
        log2.info(`Editable, reading their code from the app (only their pyproject.toml counts): ${inPlace.join(", ")}`);
    }
    return { required: saved.required, untouched: true };
  }
  if (saved.exact !== true || !plan.reinstallLocal) return void 0;
  const done = await plan.reinstallLocal(
    run,
    stale.map((s) => s.pkg),
    scratch
  );
  if ("reason" in done) {
    log2.info(`Installing all of ${plan.label} again: ${done.reason}`);
    return void 0;
  }
  const known = new Set(saved.required.map(projectOf));
  const renamed = done.requested.filter((name) => !known.has(projectOf(name)));
  if (renamed.length > 0) {
    log2.info(`Installing all of ${plan.label} again: the cached install had no ${renamed.join(", ")}`);
    return void 0;
  }
  return { required: saved.required, untouched: false };
}
function projectOf(requirement) {
  return canonicalName(/^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(requirement)?.[1] ?? requirement);
}

// src/steps/install-python.ts
var import_node_path43 = __toESM(require("node:path"), 1);
var import_fs_extra27 = __toESM(require_lib(), 1);

// src/runtime/fetch-archive.ts
var import_node_child_process6 = require("node:child_process");
var import_node_crypto12 = require("node:crypto");
var import_node_path42 = __toESM(require("node:path"), 1);
var import_node_stream10 = require("node:stream");
var import_promises18 = require("node:stream/promises");
var import_fs_extra26 = __toESM(require_lib(), 1);
function detectCompression(head) {
  if (head.length >= 4 && head.subarray(0, 4).equals(Buffer.from([40, 181, 47, 253]))) return "zstd";
  if (head.length >= 2 && head[0] === 31 && head[1] === 139) return "gzip";
  return void 0;
}
var ArchiveError = class extends Error {
  constructor(message, sha256) {
    super(message);
    this.sha256 = sha256;
  }
  sha256;
  name = "ArchiveError";
};
async function extractStream(input, compression, dir) {
  const decompress = compression === "zstd" ? "zstd -d -q -c" : "gzip -d -c";
  const child = (0, import_node_child_process6.spawn)("bash", ["-c", `set -o pipefail; ${decompress} | tar -x --no-same-owner -f - -C "$0"`, dir], {
    stdio: ["pipe", "ignore", "pipe"]
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (text) => {
    stderr = (stderr + text).slice(-2e3);
  });
  const exited = new Promise((resolve) => {
    child.once("error", () => resolve(127));
    child.once("close", (code2, signal) => resolve(code2 ?? (signal ? 128 : 1)));
  });
  const fed = (0, import_promises18.pipeline)(input, child.stdin);
  const [feeding, code] = await Promise.all([
    fed.then(
      () => void 0,
      (error) => error instanceof Error ? error : new Error(String(error))
    ),
    exited
  ]);
  if (code !== 0) return { code, stderr: stderr.trim() };
  if (feeding !== void 0) throw feeding;
  return { code, stderr: "" };
}
async function extractBody(body, partial) {
  await import_fs_extra26.default.rm(partial, { recursive: true, force: true });
  await import_fs_extra26.default.ensureDir(partial);
  const hash = (0, import_node_crypto12.createHash)("sha256");
  const iterator = body[Symbol.asyncIterator]();
  const read = async () => {
    const next = await iterator.next();
    if (next.done) return void 0;
    hash.update(next.value);
    return next.value;
  };
  const head = [];
  let whole = false;
  while (Buffer.concat(head).length < 4) {
    const chunk = await read();
    if (chunk === void 0) {
      whole = true;
      break;
    }
    head.push(chunk);
  }
  const compression = detectCompression(Buffer.concat(head));
  if (compression === void 0) {
    await iterator.return?.();
    throw new ArchiveError("it is not a zstd or gzip compressed tar archive");
  }
  const rest = import_node_stream10.Readable.from(
    (async function* () {
      yield* head;
      for (let chunk = await read(); chunk !== void 0; chunk = await read()) yield chunk;
      whole = true;
    })()
  );
  const { code, stderr } = await extractStream(rest, compression, partial);
  if (code !== 0) {
    const detail = stderr.split("\n").slice(0, 3).join("; ") || `the extractor exited with status ${code}`;
    throw new ArchiveError(detail, whole ? hash.digest("hex") : void 0);
  }
  return hash.digest("hex");
}
function downloadLimits(ctx) {
  return {
    connectTimeoutMs: secondsSetting(ctx.config.setting("CURL_CONNECT_TIMEOUT", ctx.env), DEFAULT_CONNECT_TIMEOUT_MS),
    timeoutMs: secondsSetting(ctx.config.setting("CURL_TIMEOUT", ctx.env), DEFAULT_TIMEOUT_MS)
  };
}
async function fetchArchive(url, dest, options = {}) {
  const shown = redactUrl(url);
  const downloadOptions = { onRetry: options.onRetry, ...options.download };
  const published = await fetchOptionalText(`${url}.sha256`, { ...downloadOptions, maxBytes: 64 * 1024 });
  const expected = published === void 0 ? void 0 : parseSha256File(published);
  if (published !== void 0 && expected === void 0) {
    throw new BuildError(
      `${shown}.sha256 doesn't contain a SHA-256 digest, so the archive can't be verified.
The mirror may have answered with an error page: check the URL in PYSLUG_PYTHON_URL, or try the build again.`
    );
  }
  const partial = `${dest}.partial`;
  try {
    let sha256;
    try {
      sha256 = await download(url, (body) => extractBody(body, partial), downloadOptions);
    } catch (error) {
      if (!(error instanceof ArchiveError)) throw error;
      if (expected !== void 0 && error.sha256 !== void 0 && error.sha256 !== expected) {
        throw mismatch(shown, error.sha256, expected);
      }
      const free = await freeBytes(import_node_path42.default.dirname(dest));
      if (free !== void 0 && free < LOW_SPACE_BYTES) {
        throw new BuildError(
          `The build directory ran out of disk space while extracting ${shown}
(${Math.round(free / 1024)} KB left on its filesystem). Make room on the build machine, or make the app's source smaller.`
        );
      }
      throw new BuildError(
        `The archive at ${shown} isn't a .tar.zst or .tar.gz Python build: ${error.message}.
If PYSLUG_PYTHON_URL points at a mirror, check what it serves at that URL.`
      );
    }
    if (expected !== void 0 && sha256 !== expected) throw mismatch(shown, sha256, expected);
    await import_fs_extra26.default.rename(partial, dest);
    return { sha256, verified: expected !== void 0 };
  } finally {
    await import_fs_extra26.default.rm(partial, { recursive: true, force: true });
  }
}
function mismatch(shown, actual, expected) {
  return new BuildError(
    `The Python archive failed verification: ${shown}
has SHA-256 ${actual}, but ${shown}.sha256 says ${expected}.
The download is corrupt or the mirror is inconsistent. Nothing was installed or cached; try the build again.`
  );
}

// src/runtime/archive-url.ts
var DEFAULT_PYTHON_URL_TEMPLATE = "https://heroku-buildpack-python.s3.dualstack.us-east-1.amazonaws.com/python-{version}-ubuntu-{ubuntu}-{arch}.tar.zst";
var PLACEHOLDER = /\{([a-z]+)\}/g;
var KNOWN = /* @__PURE__ */ new Set(["version", "stack", "ubuntu", "arch"]);
function unknownPlaceholders(template) {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((name) => !KNOWN.has(name));
}
function templateProblem(template) {
  const unknown = unknownPlaceholders(template);
  if (unknown.length > 0) {
    return `PYSLUG_PYTHON_URL has placeholders pyslug doesn't know: ${unknown.map((u2) => `{${u2}}`).join(", ")}.
Use only {version}, {stack}, {ubuntu} and {arch}.`;
  }
  if (!template.includes("{version}")) {
    return "PYSLUG_PYTHON_URL has no {version} placeholder, so every Python version would be the same archive and the version the app asks for would be ignored.\nPut {version} where the version goes, e.g. https://mirror.example/python-{version}-ubuntu-{ubuntu}-{arch}.tar.zst";
  }
  return void 0;
}
function pythonArchiveUrl(template, version, platform2) {
  const values = {
    version,
    stack: platform2.stack,
    ubuntu: platform2.ubuntu,
    arch: platform2.arch
  };
  return template.replace(PLACEHOLDER, (whole, name) => values[name] ?? whole);
}

// src/steps/install-python.ts
var import_node_crypto13 = require("node:crypto");
function hashText(text) {
  return (0, import_node_crypto13.createHash)("sha256").update(text).digest("hex").slice(0, 16);
}
function runtimeUrlTemplate(ctx) {
  const custom = ctx.config.setting("PYSLUG_PYTHON_URL");
  if (custom === void 0) return { template: DEFAULT_PYTHON_URL_TEMPLATE, custom: false };
  const problem = templateProblem(custom);
  if (problem) throw new BuildError(problem);
  if (!/^(https?|file):\/\//.test(custom)) {
    throw new BuildError(`PYSLUG_PYTHON_URL must be an http(s) URL template, not ${JSON.stringify(redactUrl(custom))}.`);
  }
  return { template: custom, custom: true };
}
async function checkNoPythonInSource(home) {
  if (await import_fs_extra27.default.pathExists(home)) {
    throw new BuildError(
      "The app's source already has a .heroku/python directory.\npyslug installs Python there itself. Remove .heroku/python from the repository (and add it to .gitignore);\nif an earlier buildpack made it, run pyslug before that buildpack or remove it.",
      { file: ".heroku/python" }
    );
  }
}
async function verifyRuntime(ctx, home, version) {
  if (!await import_fs_extra27.default.pathExists(import_node_path43.default.join(home, "bin", "python"))) {
    await import_fs_extra27.default.symlink("python3", import_node_path43.default.join(home, "bin", "python"));
  }
  let reported;
  try {
    const { stdout } = await runPython(home, ["-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"]);
    reported = stdout.trim();
  } catch (error) {
    throw new BuildError(
      `The Python ${version} archive installed, but its interpreter doesn't start on this stack:
${error.stderr ?? error.message}
If PYSLUG_PYTHON_URL points at a mirror, check that its builds are made for this stack and architecture.`
    );
  }
  if (reported !== version) {
    ctx.log.warn(`The archive for Python ${version} contains Python ${reported}; the runtime mirror serves another patch under this name.`);
  }
}
async function download2(ctx, url, python, inventory, custom) {
  const shown = redactUrl(url);
  ctx.log.info(`Downloading ${shown}`);
  const home = pythonHome(ctx);
  try {
    const { sha256, verified } = await fetchArchive(url, home, {
      onRetry: (line) => ctx.log.info(line),
      download: downloadLimits(ctx)
    });
    ctx.log.info(
      verified ? `Verified SHA-256 ${sha256.slice(0, 12)}\u2026 against ${import_node_path43.default.basename(new URL(url).pathname)}.sha256` : `SHA-256 ${sha256.slice(0, 12)}\u2026 (no .sha256 published beside the archive)`
    );
    return sha256;
  } catch (error) {
    if (!(error instanceof DownloadError)) throw error;
    if (error.status === 404 || error.status === 403) {
      const latest = inventory.latest[python.minor];
      throw new BuildError(
        `Python ${python.version} isn't available for this stack at ${shown} (HTTP ${error.status}).
` + (python.patchChosen || !latest ? custom ? "Check that the mirror in PYSLUG_PYTHON_URL has this build." : "The build may not be published yet; try again later or ask for another version." : `Check the version for typos, or ask for ${python.minor} to get the latest patch (${latest}).`),
        { file: python.request.file, line: python.request.line }
      );
    }
    throw new BuildError(
      `Could not download Python ${python.version}: ${error.message}.
This is usually temporary: try the build again. If it persists, check PYSLUG_PYTHON_URL or the network.`
    );
  }
}
async function installPython(ctx, platform2, python, inventory) {
  const home = pythonHome(ctx);
  await checkNoPythonInSource(home);
  const { template, custom } = runtimeUrlTemplate(ctx);
  const url = pythonArchiveUrl(template, python.version, platform2);
  const wanted = { stack: platform2.stack, arch: platform2.arch, version: python.version, source: hashText(url) };
  const restored = await PythonTree.restore(ctx, wanted, home);
  if (restored) return restored;
  const archiveSha256 = await download2(ctx, url, python, inventory, custom);
  await verifyRuntime(ctx, home, python.version);
  const tree = PythonTree.fresh(ctx, { ...wanted, home, archiveSha256 });
  ctx.log.info(`Installed Python ${python.version}`);
  return tree;
}

// src/cache/pip-cache.ts
var import_fast_glob7 = __toESM(require_out4(), 1);
var import_fs_extra28 = __toESM(require_lib(), 1);
var SCHEMA2 = { format: isNumber, stack: isString, arch: isString, bytes: optional(isNumber) };
var LABELS = { format: "the cache format", stack: "the stack", arch: "the architecture" };
var PIP_CACHE_PART = "pip-cache";
var DEFAULT_PIP_CACHE_MB = 1024;
function part2(ctx) {
  return new CachePart(ctx.cacheRoot, PIP_CACHE_PART, SCHEMA2);
}
var PipCache = class {
  constructor(dir, identity3, savedBytes, cached) {
    this.dir = dir;
    this.identity = identity3;
    this.savedBytes = savedBytes;
    this.cached = cached;
  }
  dir;
  identity;
  savedBytes;
  cached;
  opened;
  /** Awaited before every pip command: pip may write into the cache, so from then on it is untrusted until saved. */
  beforeUse() {
    this.opened ??= this.cached.untrust();
    return this.opened;
  }
  /** Whether a pip command may have changed the content. */
  get used() {
    return this.opened !== void 0;
  }
  /** Trusts the content again, recording its size. */
  async trust(bytes) {
    await this.cached.trust({ ...this.identity, bytes });
  }
};
async function openPipCache(ctx, platform2) {
  const cached = part2(ctx);
  const wanted = { format: CACHE_FORMAT, stack: platform2.stack, arch: platform2.arch };
  const saved = await cached.load();
  let savedBytes;
  if (saved.kind === "ok") {
    const reasons = differences(saved.metadata, wanted, LABELS);
    if (reasons.length > 0) {
      ctx.log.info(`Discarding pip cache: ${reasons.join("; ")}`);
      await cached.discard();
    } else savedBytes = saved.metadata.bytes;
  } else if (saved.kind !== "none") {
    ctx.log.info(`Discarding pip cache: ${saved.reason}`);
    await cached.discard();
  }
  await import_fs_extra28.default.ensureDir(cached.content);
  return new PipCache(cached.content, wanted, savedBytes, cached);
}
function selectForPruning(files, maxBytes) {
  let total = files.reduce((sum, f) => sum + f.size, 0);
  const victims = [];
  for (const file of [...files].sort((a2, b) => a2.mtimeMs - b.mtimeMs)) {
    if (total <= maxBytes) break;
    victims.push(file.path);
    total -= file.size;
  }
  return victims;
}
async function savePipCache(ctx, cache2) {
  const limitMb = Number(ctx.config.setting("PYSLUG_PIP_CACHE_MB") ?? DEFAULT_PIP_CACHE_MB);
  const maxBytes = (Number.isFinite(limitMb) && limitMb > 0 ? limitMb : DEFAULT_PIP_CACHE_MB) * 1024 * 1024;
  if (!cache2.used && cache2.savedBytes !== void 0 && cache2.savedBytes <= maxBytes) return cache2.savedBytes;
  await cache2.beforeUse();
  const entries = await (0, import_fast_glob7.default)("**/*", { cwd: cache2.dir, onlyFiles: true, stats: true, dot: true, absolute: true });
  const files = entries.map((e) => ({ path: e.path, size: e.stats.size, mtimeMs: e.stats.mtimeMs }));
  const victims = selectForPruning(files, maxBytes);
  for (const victim of victims) await import_fs_extra28.default.rm(victim, { force: true });
  if (victims.length > 0)
    ctx.log.info(`Pruned ${victims.length} old files from the pip cache (limit ${Math.round(maxBytes / 1048576)} MB)`);
  const removed = new Set(victims);
  const bytes = files.filter((f) => !removed.has(f.path)).reduce((sum, f) => sum + f.size, 0);
  await cache2.trust(bytes);
  return bytes;
}

// src/steps/collectstatic.ts
var import_fast_glob8 = __toESM(require_out4(), 1);

// src/support/app-env.ts
var NOT_EXPORTED = /^(PATH|GIT_DIR|CPATH|CPPATH|LD_PRELOAD|LIBRARY_PATH|LD_LIBRARY_PATH|PYTHONHOME|BUILD_DIR|CACHE_DIR|ENV_DIR)$/;
function appEnvironment(ctx) {
  const env = { ...ctx.env };
  for (const [key, value] of ctx.config.entries()) if (!NOT_EXPORTED.test(key)) env[key] = value;
  return env;
}
var SECRET_NAME = /SECRET|TOKEN|PASSWORD|PASSWD|PRIVATE|CREDENTIAL|(^|_)KEY($|_)|API_KEY|AUTH/i;
function redactedEnvironment(env, secrets = []) {
  return Object.keys(env).sort().map((name) => {
    const value = env[name] ?? "";
    return `${name}=${SECRET_NAME.test(name) && value !== "" ? "***" : redactSecrets(redactText(value), secrets)}`;
  });
}

// src/steps/collectstatic.ts
async function reasonToSkip(ctx, manage) {
  const disabled = ctx.config.setting("DISABLE_COLLECTSTATIC", ctx.env);
  if (disabled !== void 0 && disabled !== "0") return "DISABLE_COLLECTSTATIC is set";
  if (ctx.env["INSTALL_TEST"] === "1") return "Heroku CI test build";
  if (await installedVersion(pythonHome(ctx), "django") === void 0) return "Django isn't installed";
  if (manage === void 0) return "no manage.py within three levels of the app root";
  return void 0;
}
async function findManagePy(buildDir) {
  const found = await (0, import_fast_glob8.default)("**/manage.py", {
    cwd: buildDir,
    deep: 3,
    onlyFiles: true,
    dot: false,
    ignore: ["**/node_modules/**", "**/.heroku/**"]
  });
  const depth = (p) => p.split("/").length;
  return found.sort((a2, b) => depth(a2) - depth(b) || a2.localeCompare(b))[0];
}
function explainCollectstaticFailure(output) {
  const missingModule = /ModuleNotFoundError: No module named '([^']+)'/.exec(output)?.[1];
  if (missingModule && /django[/\\]conf[/\\]__init__\.py/.test(output)) {
    return `The settings module can't be imported (No module named '${missingModule}').
Check DJANGO_SETTINGS_MODULE (set in manage.py or as a config var) and that the module is in the app.`;
  }
  if (/Unknown command: '?collectstatic'?/.test(output)) {
    return "Django has no collectstatic command: 'django.contrib.staticfiles' is not in INSTALLED_APPS.\nAdd it to INSTALLED_APPS.";
  }
  if (/STATIC_ROOT setting/.test(output)) {
    return 'STATIC_ROOT is not set.\nSet it in the settings to a directory of the app, e.g. STATIC_ROOT = BASE_DIR / "staticfiles".';
  }
  const missingFile = /The file '([^']+)' could not be found/.exec(output)?.[1];
  if (missingFile) {
    const from = /Post-processing '([^']+)' failed/.exec(output)?.[1];
    return `${from ? `'${from}' refers to` : "A static file refers to"} '${missingFile}', which is not among the static files.
Add the missing file, or fix the reference.`;
  }
  return void 0;
}
async function collectStatic(ctx, secrets = []) {
  const manage = await findManagePy(ctx.buildDir);
  const skip = await reasonToSkip(ctx, manage);
  if (skip !== void 0 || manage === void 0) {
    ctx.log.step(`Skipping Django's collectstatic: ${skip}`);
    return;
  }
  await ctx.log.timed("collectstatic", `Running Django's collectstatic (python ${manage} collectstatic --noinput)`, async () => {
    const env = appEnvironment(ctx);
    env["PYTHONPATH"] = env["PYTHONPATH"] ? `${ctx.buildDir}:${env["PYTHONPATH"]}` : ctx.buildDir;
    const redact = (text) => redactSecrets(text, secrets);
    if (ctx.config.setting("DEBUG_COLLECTSTATIC", ctx.env) === "1") {
      ctx.log.info("Environment of collectstatic (DEBUG_COLLECTSTATIC=1; credentials redacted):");
      for (const line of redactedEnvironment(env, secrets)) ctx.log.info(`  ${line}`);
    }
    const child = execa(pythonExecutable(pythonHome(ctx)), [manage, "collectstatic", "--noinput"], {
      cwd: ctx.buildDir,
      env,
      extendEnv: false,
      all: true,
      reject: false,
      stdin: "ignore"
    });
    await eachLine(child, (line) => ctx.log.info(redact(line)));
    const result = await child;
    if (result.exitCode !== 0) {
      const cause = explainCollectstaticFailure(result.all ?? "");
      throw new BuildError(
        `Django's collectstatic failed: 'python ${manage} collectstatic --noinput' exited with status ${result.exitCode ?? result.signal} (its output is above).
${cause ?? "The cause is in its output above."}
To build without collectstatic, set the config var DISABLE_COLLECTSTATIC=1 (heroku config:set DISABLE_COLLECTSTATIC=1).`,
        { file: manage }
      );
    }
  });
}

// src/steps/download-nltk-data.ts
var import_promises19 = require("node:fs/promises");
var import_node_os6 = require("node:os");
var import_node_path44 = __toESM(require("node:path"), 1);
var import_fs_extra30 = __toESM(require_lib(), 1);

// src/cache/nltk-data.ts
var import_fs_extra29 = __toESM(require_lib(), 1);
var SCHEMA3 = { format: isNumber, ids: isStringList, index: isString };
var LABELS2 = {
  format: "the cache format",
  ids: "the ids in nltk.txt",
  index: "the NLTK index (NLTK_DOWNLOAD_URL)"
};
var NLTK_DATA_PART = "nltk-data";
var NLTK_DEFAULT_INDEX = "NLTK's default index";
function part3(ctx) {
  return new CachePart(ctx.cacheRoot, NLTK_DATA_PART, SCHEMA3);
}
function nltkDataMetadata(ids, indexUrl) {
  return { format: CACHE_FORMAT, ids: [...ids], index: indexUrl === void 0 ? NLTK_DEFAULT_INDEX : redactText(indexUrl) };
}
function nltkDataChanges(saved, wanted) {
  return changes(saved, wanted, LABELS2).map(({ field, reason }) => {
    if (field !== "ids") return reason;
    const added = wanted.ids.filter((id) => !saved.ids.includes(id));
    const removed = saved.ids.filter((id) => !wanted.ids.includes(id));
    const parts = [added.length ? `added ${added.join(", ")}` : "", removed.length ? `removed ${removed.join(", ")}` : ""].filter(Boolean);
    return `${LABELS2.ids} changed (${parts.length ? parts.join("; ") : "reordered"})`;
  });
}
async function restoreNltkData(ctx, wanted, dest) {
  const cached = part3(ctx);
  const saved = await cached.load();
  if (saved.kind === "none") return false;
  const reasons = saved.kind === "ok" ? nltkDataChanges(saved.metadata, wanted) : [saved.reason];
  if (reasons.length > 0) {
    ctx.log.info(`Discarding cached NLTK data: ${reasons.join("; ")}`);
    await cached.discard();
    return false;
  }
  try {
    await ctx.log.measure("cacheRestore", () => cached.copyTo(dest));
  } catch (error) {
    await import_fs_extra29.default.rm(dest, { recursive: true, force: true });
    ctx.log.info(`Discarding cached NLTK data: it could not be copied (${error.message.split("\n")[0]})`);
    await cached.discard();
    return false;
  }
  ctx.log.info(`Reusing cached NLTK data (${wanted.ids.join(", ")} from ${wanted.index})`);
  return true;
}
async function saveNltkData(ctx, source, metadata) {
  await ctx.log.measure("cacheSave", () => part3(ctx).save(source, metadata, {}, "copies"));
}
async function discardNltkData(ctx, reason) {
  const cached = part3(ctx);
  if (reason !== void 0 && (await cached.load()).kind !== "none") ctx.log.info(`Discarding cached NLTK data: ${reason}`);
  await cached.discard();
}

// src/runtime/env-vars.ts
function pythonEnvVars() {
  return [
    { name: "PATH", kind: "prepend-path", value: ".heroku/python/bin" },
    { name: "LD_LIBRARY_PATH", kind: "prepend-path", value: ".heroku/python/lib" },
    { name: "LIBRARY_PATH", kind: "prepend-path", value: ".heroku/python/lib" },
    { name: "PYTHONUNBUFFERED", kind: "default", value: "1" },
    { name: "LANG", kind: "default", value: "en_US.UTF-8" },
    { name: "PIP_DISABLE_PIP_VERSION_CHECK", kind: "default", value: "1" }
  ];
}
function buildOnlyEnvVars() {
  return [{ name: "PKG_CONFIG_PATH", kind: "prepend-path", value: ".heroku/python/lib/pkgconfig" }];
}
function applyEnv(env, vars, root) {
  const next = { ...env };
  for (const v of vars) {
    if (v.kind === "prepend-path") {
      const entry = `${root}/${v.value}`;
      const current = next[v.name];
      next[v.name] = current ? `${entry}:${current}` : entry;
    } else if (v.kind === "default") {
      if (!next[v.name]) next[v.name] = v.value;
    } else {
      next[v.name] = v.value;
    }
  }
  return next;
}
function shellQuote(text) {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
function envScriptLines(vars, rootExpression) {
  return vars.map((v) => {
    if (v.kind === "prepend-path") {
      return `export ${v.name}=${rootExpression}/${shellQuote(v.value)}"\${${v.name}:+:\${${v.name}}}"`;
    }
    if (v.kind === "default") return `export ${v.name}="\${${v.name}:-${v.value.replace(/["$`\\]/g, "\\$&")}}"`;
    return `export ${v.name}=${shellQuote(v.value)}`;
  });
}

// src/runtime/nltk-txt.ts
var NLTK_TXT = "nltk.txt";
var ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
function parseNltkTxt(text) {
  const requests = [];
  const seen = /* @__PURE__ */ new Set();
  text.split("\n").forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/(^|\s)#[^]*$/, "");
    const words = content.split(/\s+/).filter(Boolean);
    for (const id of words) {
      if (!ID.test(id) || id.includes("..")) {
        const shown = (text2) => text2.length > 80 ? `${text2.slice(0, 80)}\u2026` : text2;
        throw new BuildError(
          `${NLTK_TXT}, line ${line}: '${shown(id)}' isn't an NLTK data id${words.length > 1 ? ` (the line: ${shown(content.trim())})` : ""}.
List the ids NLTK's downloader knows (e.g. punkt_tab, stopwords, wordnet), separated by spaces or one per line; '#' starts a comment.`,
          { file: NLTK_TXT, line }
        );
      }
      if (seen.has(id)) continue;
      seen.add(id);
      requests.push({ id, line });
    }
  });
  return requests;
}

// src/steps/download-nltk-data.ts
var NLTK_DATA_DIR = import_node_path44.default.join(".heroku", "nltk_data");
function nltkEnvVars() {
  return [{ name: "NLTK_DATA", kind: "prepend-path", value: NLTK_DATA_DIR }];
}
var DOWNLOADER = `
import json, sys
result_file, url, dest, *ids = sys.argv[1:]
def done(code, **result):
    with open(result_file, "w") as f:
        json.dump(result, f)
    sys.exit(code)
from nltk.downloader import Collection, Downloader
downloader = Downloader(server_index_url=url or None)
try:
    downloader.index()
except Exception as e:
    done(2, kind="index", url=downloader.url, message=f"{type(e).__name__}: {e}")
unknown = []
for id in ids:
    try:
        downloader.info(id)
    except ValueError:
        unknown.append(id)
if unknown:
    done(3, kind="unknown", url=downloader.url, ids=unknown)
downloader.download(list(ids), download_dir=dest, quiet=False, halt_on_error=True, prefix="")
missing = []
for id in ids:
    info = downloader.info(id)
    for package in info.packages if isinstance(info, Collection) else [info]:
        if downloader.status(package, dest) != downloader.INSTALLED:
            missing.append(package.id)
if missing:
    done(4, kind="failed", url=downloader.url, ids=missing)
done(0, kind="ok", url=downloader.url)
`;
async function runDownloader(ctx, requests, indexUrl, dest, secrets) {
  const hidden2 = [...secrets, ...credentialsIn(indexUrl ?? "")];
  const redact = (text) => redactSecrets(redactText(text), hidden2);
  const scratch = await (0, import_promises19.mkdtemp)(import_node_path44.default.join((0, import_node_os6.tmpdir)(), "pyslug-nltk-"));
  const resultFile = import_node_path44.default.join(scratch, "result.json");
  try {
    const child = execa(
      pythonExecutable(pythonHome(ctx)),
      ["-c", DOWNLOADER, resultFile, indexUrl ?? "", dest, ...requests.map((r) => r.id)],
      { cwd: ctx.buildDir, env: appEnvironment(ctx), extendEnv: false, all: true, reject: false, stdin: "ignore" }
    );
    await eachLine(child, (line) => ctx.log.info(redact(line)));
    const exit = await child;
    const result = await import_fs_extra30.default.readJson(resultFile).catch(() => void 0);
    const fix = `Check NLTK_DOWNLOAD_URL (a config var; without it NLTK's default index is used) and that ${NLTK_TXT} lists what you need.`;
    if (result === void 0) {
      throw new BuildError(
        `NLTK's downloader failed: python exited with status ${exit.exitCode ?? exit.signal} (its output is above).
Check that the nltk your dependencies install can be imported and run (python -m nltk.downloader), and ${NLTK_TXT}.`,
        { file: NLTK_TXT }
      );
    }
    if (result.kind === "index") {
      throw new BuildError(`NLTK's downloader couldn't read its index ${redact(result.url)}: ${redact(result.message)}.
${fix}`, {
        file: NLTK_TXT
      });
    }
    if (result.kind === "unknown") {
      const unknown = requests.filter((r) => result.ids.includes(r.id));
      const list2 = unknown.map((r) => `'${r.id}' (line ${r.line})`).join(", ");
      throw new BuildError(
        `${NLTK_TXT} lists ${unknown.length === 1 ? "an id" : "ids"} NLTK's index (${redact(result.url)}) doesn't have: ${list2}.
Fix the spelling or remove ${unknown.length === 1 ? "it" : "them"} from ${NLTK_TXT} (the ids are those of nltk.download(), e.g. punkt_tab, stopwords, wordnet).`,
        { file: NLTK_TXT, line: unknown[0]?.line }
      );
    }
    if (result.kind === "failed") {
      throw new BuildError(
        `NLTK's downloader didn't install ${result.ids.map((id) => `'${id}'`).join(", ")} from ${redact(result.url)} (its output is above).
${fix}`,
        { file: NLTK_TXT }
      );
    }
  } finally {
    await import_fs_extra30.default.rm(scratch, { recursive: true, force: true });
  }
}
async function readNltkTxt(buildDir) {
  const file = import_node_path44.default.join(buildDir, NLTK_TXT);
  if (!await import_fs_extra30.default.pathExists(file)) return void 0;
  return parseNltkTxt(await readAppText(file, NLTK_TXT, 256 * 1024));
}
async function downloadNltkData(ctx, requests, saves, secrets = []) {
  const nltk = await installedVersion(pythonHome(ctx), "nltk");
  if (requests === void 0 || nltk === void 0) {
    if (requests !== void 0) ctx.log.warn(`${NLTK_TXT} is ignored: nltk isn't installed (add it to your dependencies to get its data).`);
    else if (nltk !== void 0) ctx.log.step(`Skipping NLTK data: nltk ${nltk} is installed but there is no ${NLTK_TXT} listing its data`);
    await discardNltkData(ctx, `this build has no ${NLTK_TXT} to use`);
    return [];
  }
  if (requests.length === 0) {
    ctx.log.step(`Skipping NLTK data: ${NLTK_TXT} lists no ids`);
    await discardNltkData(ctx, `${NLTK_TXT} lists no ids`);
    return [];
  }
  const ids = requests.map((r) => r.id);
  const indexUrl = ctx.config.setting("NLTK_DOWNLOAD_URL", ctx.env);
  const wanted = nltkDataMetadata(ids, indexUrl);
  await ctx.log.timed("nltk", `Installing NLTK data from ${NLTK_TXT} (${ids.join(", ")}) into ${NLTK_DATA_DIR}`, async () => {
    const dest = import_node_path44.default.join(ctx.buildDir, NLTK_DATA_DIR);
    await import_fs_extra30.default.rm(dest, { recursive: true, force: true });
    if (await restoreNltkData(ctx, wanted, dest)) return;
    await runDownloader(ctx, requests, indexUrl, dest, secrets);
    await saves.run(
      () => saveNltkData(ctx, dest, wanted),
      () => discardNltkData(ctx)
    );
  });
  ctx.env = applyEnv(ctx.env, nltkEnvVars(), ctx.buildDir);
  return nltkEnvVars();
}

// src/steps/dyno-defaults.ts
var import_node_path45 = __toESM(require("node:path"), 1);
var import_fs_extra31 = __toESM(require_lib(), 1);
var DYNO_DEFAULTS_SCRIPT = import_node_path45.default.join(".profile.d", "pyslug-defaults.sh");
var MIN_MEMORY = 1048576;
var MAX_MEMORY = 1099511627776;
function dynoDefaultsScript() {
  return `# Written by pyslug: defaults for Python web apps in every dyno. Config vars override all but PYTHONHOME.
# Sourced at dyno start: bash builtins only; safe under 'set -eo pipefail' and nullglob (herokuish).

# Python finds its own prefix, whatever PYTHONHOME a config var left from another setup says.
export PYTHONHOME="$HOME/.heroku/python"
# The app root first on Python's path, then the config var's entries.
if [[ ":\${PYTHONPATH:-}:" != ":$HOME:"* ]]; then
  export PYTHONPATH="$HOME\${PYTHONPATH:+:\${PYTHONPATH}}"
fi
# gunicorn: trust the router's X-Forwarded-* headers, log requests to stdout.
export FORWARDED_ALLOW_IPS="\${FORWARDED_ALLOW_IPS:-*}"
export GUNICORN_CMD_ARGS="\${GUNICORN_CMD_ARGS:---access-logfile -}"

__pyslug_web_concurrency() {
  local memory="" cpus=0 allowed="" status range first last by_cpu by_memory workers
  # The dyno's memory limit: cgroup v2, else v1.
  if [[ -r /sys/fs/cgroup/memory.max ]]; then
    read -r memory </sys/fs/cgroup/memory.max || true
  elif [[ -r /sys/fs/cgroup/memory/memory.limit_in_bytes ]]; then
    read -r memory </sys/fs/cgroup/memory/memory.limit_in_bytes || true
  fi
  # "max", garbage and absurd sizes say nothing about the dyno.
  if [[ ! "$memory" =~ ^[0-9]{1,15}$ ]] || ((memory < ${MIN_MEMORY} || memory > ${MAX_MEMORY})); then
    memory=""
  fi
  # The CPUs this process may run on (what nproc counts), e.g. "0-3,6".
  mapfile -t status </proc/self/status || true
  if [[ "\${status[*]}" =~ Cpus_allowed_list:[[:space:]]*([0-9,-]+) ]]; then allowed="\${BASH_REMATCH[0]#*:}"; fi
  allowed="\${allowed//[[:space:]]/}"
  while [[ -n "$allowed" ]]; do
    range="\${allowed%%,*}"
    if [[ "$allowed" == *,* ]]; then allowed="\${allowed#*,}"; else allowed=""; fi
    first="\${range%-*}"
    last="\${range#*-}"
    if [[ "$first" =~ ^[0-9]+$ && "$last" =~ ^[0-9]+$ ]] && ((last >= first)); then
      cpus=$((cpus + last - first + 1))
    fi
  done
  if ((cpus < 1)); then cpus=1; fi

  by_cpu=$((cpus * 2 + 1))
  workers=$by_cpu
  if [[ -n "$memory" ]]; then
    export DYNO_RAM=$((memory / 1048576))
    by_memory=$((DYNO_RAM / 256))
    if ((by_memory < 1)); then by_memory=1; fi
    if ((by_memory < workers)); then workers=$by_memory; fi
  fi
  if [[ -n "\${WEB_CONCURRENCY:-}" && "\${WEB_CONCURRENCY_SET_BY:-}" != "pyslug" ]]; then
    return 0
  fi
  export WEB_CONCURRENCY=$workers WEB_CONCURRENCY_SET_BY=pyslug
  if [[ "\${DYNO:-}" == web.* ]]; then
    if [[ -n "$memory" ]]; then
      echo "pyslug: WEB_CONCURRENCY=$workers, the lower of $cpus CPUs x 2 + 1 and $DYNO_RAM MB / 256 MB (set the config var WEB_CONCURRENCY to choose)" >&2
    else
      echo "pyslug: WEB_CONCURRENCY=$workers, $cpus CPUs x 2 + 1 (no memory limit found; set the config var WEB_CONCURRENCY to choose)" >&2
    fi
  fi
  return 0
}
__pyslug_web_concurrency
unset -f __pyslug_web_concurrency
`;
}
async function writeDynoDefaults(ctx) {
  const file = import_node_path45.default.join(ctx.buildDir, DYNO_DEFAULTS_SCRIPT);
  await import_fs_extra31.default.ensureDir(import_node_path45.default.dirname(file));
  await import_fs_extra31.default.writeFile(file, dynoDefaultsScript());
  ctx.log.info(`Wrote ${DYNO_DEFAULTS_SCRIPT} (WEB_CONCURRENCY, DYNO_RAM, gunicorn defaults)`);
}

// src/steps/pipenv-command.ts
var import_node_path46 = __toESM(require("node:path"), 1);
var import_fs_extra32 = __toESM(require_lib(), 1);
var PIPENV_COMMAND = import_node_path46.default.join(".heroku", "python", "bin", "pipenv");
function pipfileScripts(pipfileText) {
  const scripts = /* @__PURE__ */ new Map();
  const table = parsePipfile(pipfileText)["scripts"];
  if (!isRecord(table)) return scripts;
  for (const [name, value] of Object.entries(table)) {
    if (typeof value !== "string") {
      scripts.set(name, { unsupported: "it isn't a command line (pyslug runs only string scripts)" });
      continue;
    }
    try {
      const words = shellSplit(value);
      scripts.set(name, words.length ? words : { unsupported: "it is empty" });
    } catch (error) {
      scripts.set(name, { unsupported: `it can't be split into words (${error.message})` });
    }
  }
  return scripts;
}
function literalWord(word) {
  return `"${word.replace(/["$`\\]/g, "\\$&")}"`;
}
function pipenvCommandScript(scripts) {
  const cases = [...scripts.entries()].filter(([name]) => /^[A-Za-z0-9_.:-]+$/.test(name)).map(
    ([name, words]) => Array.isArray(words) ? `  ${shellQuote(name)}) shift; set -- ${words.map(literalWord).join(" ")} "$@" ;;` : `  ${shellQuote(name)}) fail "the Pipfile script '${name}' can't run here: ${words.unsupported.replace(/["$`\\]/g, "\\$&")}" ;;`
  );
  return `#!/usr/bin/env bash
# Written by pyslug. Pipenv isn't installed: pyslug installs Pipfile.lock with pip. This command
# supports only 'pipenv run COMMAND [ARGS...]' (and the Pipfile's scripts), for Procfiles and hooks.
set -euo pipefail
fail() {
  echo "pipenv: $1" >&2
  exit 1
}
usage="pyslug installs Pipfile.lock with pip and doesn't ship Pipenv: only 'pipenv run COMMAND [ARGS...]' works here."
if [[ $# -lt 1 ]]; then fail "$usage"; fi
if [[ "$1" != "run" ]]; then fail "'pipenv $1' isn't supported. $usage"; fi
shift
if [[ $# -lt 1 ]]; then fail "'run' needs a command. $usage"; fi
# The app's environment: this Python first, whatever PATH the caller has.
here="\${BASH_SOURCE[0]%/*}"
case ":\${PATH:-}:" in *":$here:"*) ;; *) export PATH="$here\${PATH:+:$PATH}" ;; esac
lib="\${here%/bin}/lib"
case ":\${LD_LIBRARY_PATH:-}:" in *":$lib:"*) ;; *) export LD_LIBRARY_PATH="$lib\${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" ;; esac
case "$1" in
${cases.join("\n")}${cases.length ? "\n" : ""}  *) ;;
esac
exec "$@"
`;
}
async function writePipenvCommand(ctx) {
  const file = import_node_path46.default.join(ctx.buildDir, PIPENV_COMMAND);
  if (await installedVersion(pythonHome(ctx), "pipenv") !== void 0) {
    ctx.log.info("Pipfile.lock installs Pipenv itself: its own pipenv command is on PATH");
    return;
  }
  const scripts = pipfileScripts(await readPipfileText(ctx.buildDir));
  await import_fs_extra32.default.writeFile(file, pipenvCommandScript(scripts), { mode: 493 });
  ctx.log.info(`Wrote ${PIPENV_COMMAND}: 'pipenv run COMMAND' works in the Procfile, hooks and later buildpacks`);
}

// src/relocation/scan.ts
var import_node_path47 = __toESM(require("node:path"), 1);
var import_node_fs13 = __toESM(require("node:fs"), 1);
var DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
function skippedFile(name) {
  return name.endsWith(".pyc") || name.endsWith(".pyo");
}
var FileInspector = class {
  constructor(needle, maxBytes) {
    this.needle = needle;
    this.maxBytes = maxBytes;
  }
  needle;
  maxBytes;
  buffer = Buffer.allocUnsafe(64 * 1024);
  inspect(file) {
    let fd;
    try {
      fd = import_node_fs13.default.openSync(file, "r");
    } catch (error) {
      if (error.code === "ENOENT") return "none";
      throw error;
    }
    try {
      const { size } = import_node_fs13.default.fstatSync(fd);
      if (size > this.maxBytes) return "tooLarge";
      if (size < this.needle.length) return "none";
      if (size > this.buffer.length) this.buffer = Buffer.allocUnsafe(Math.min(this.maxBytes, Math.max(size, this.buffer.length * 2)));
      let filled = 0;
      while (filled < size) {
        const read = import_node_fs13.default.readSync(fd, this.buffer, filled, size - filled, filled);
        if (read === 0) break;
        filled += read;
      }
      const content = this.buffer.subarray(0, filled);
      if (!holdsPath(content, this.needle)) return "none";
      return content.includes(0) ? "binary" : "text";
    } finally {
      import_node_fs13.default.closeSync(fd);
    }
  }
};
function outermost(roots) {
  const sorted = [...new Set(roots)].sort();
  const kept = [];
  for (const root of sorted) {
    const last = kept.at(-1);
    if (last !== void 0 && (root === last || root.startsWith(`${last}/`))) continue;
    kept.push(root);
  }
  return kept;
}
async function scanTree(roots, needle, opts = {}) {
  const baseDir = import_node_path47.default.resolve(opts.baseDir ?? process.cwd());
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const needleBytes = Buffer.from(needle, "utf8");
  if (needleBytes.length === 0) throw new Error("scanTree: empty needle");
  const inspector = new FileInspector(needleBytes, maxBytes);
  const result = { text: [], binary: [], tooLarge: [], filesRead: 0 };
  const visit2 = (file) => {
    const verdict = inspector.inspect(file);
    if (verdict !== "tooLarge") result.filesRead++;
    if (verdict !== "none") result[verdict].push(import_node_path47.default.relative(baseDir, file));
  };
  for (const root of outermost(roots.map((r) => import_node_path47.default.resolve(baseDir, r)))) {
    const stat = await import_node_fs13.default.promises.lstat(root).catch(() => void 0);
    if (stat?.isDirectory()) {
      walkTree(root, ({ full, dirent }) => {
        if (dirent.isDirectory()) return dirent.name === "__pycache__" ? "skip" : void 0;
        if (dirent.isFile() && !skippedFile(dirent.name)) visit2(full);
      });
    } else if (stat?.isFile() && !skippedFile(root)) visit2(root);
  }
  result.text.sort();
  result.binary.sort();
  result.tooLarge.sort();
  return result;
}

// src/steps/keep-after-failure.ts
async function keepAfterFailure(ctx, tree, saves, environment) {
  await tree.writable();
  if (!tree.reused && environment === void 0) return;
  const kept = await saves.run(
    async () => {
      if (environment === void 0) await tree.resetToPristine();
      const { text } = await scanTree([PYTHON_HOME], ctx.buildDir, { baseDir: ctx.buildDir });
      await tree.save(environment, text);
    },
    () => tree.discardSaved()
  );
  if (kept) {
    const what = environment === void 0 ? "without the environment this build didn't finish" : "with its environment";
    ctx.log.info(`Kept Python ${tree.runtime.version} for the next build, ${what}`);
  }
}

// src/steps/run-hook.ts
var import_node_path48 = __toESM(require("node:path"), 1);
var import_node_string_decoder3 = require("node:string_decoder");
var import_fs_extra33 = __toESM(require_lib(), 1);
var HOOK_OUTPUT = { headLines: 1e3, tailLines: 200, lineChars: 2e3 };
var HookOutput = class {
  constructor(show2, limits = HOOK_OUTPUT) {
    this.show = show2;
    this.limits = limits;
  }
  show;
  limits;
  decoder = new import_node_string_decoder3.StringDecoder("utf8");
  pending = "";
  pendingCut = 0;
  shown = 0;
  /** The last lines after the head, a ring: `tail[(tailStart + i) % tailLines]`. */
  tail = [];
  tailStart = 0;
  hidden = 0;
  bytes = 0;
  write(chunk) {
    this.bytes += chunk.length;
    const text = this.decoder.write(chunk);
    let from = 0;
    for (let newline = text.indexOf("\n"); newline >= 0; newline = text.indexOf("\n", from)) {
      this.append(text.slice(from, newline));
      this.line();
      from = newline + 1;
    }
    this.append(text.slice(from));
  }
  /** Call once the hook has ended: shows the last line and the tail. */
  end() {
    this.append(this.decoder.end());
    if (this.pending !== "" || this.pendingCut > 0) this.line();
    if (this.hidden > 0) {
      this.show(
        `\u2026 ${this.hidden} lines not shown (${(this.bytes / 1048576).toFixed(1)} MB of output in all); the last ${this.tail.length}:`
      );
    }
    for (let i2 = 0; i2 < this.tail.length; i2++) this.show(this.tail[(this.tailStart + i2) % this.tail.length]);
    this.tail.length = 0;
  }
  append(text) {
    const room = this.limits.lineChars - this.pending.length;
    if (text.length <= room) this.pending += text;
    else {
      this.pending += text.slice(0, Math.max(room, 0));
      this.pendingCut += text.length - Math.max(room, 0);
    }
  }
  line() {
    const line = this.pendingCut > 0 ? `${this.pending}\u2026 (${this.pendingCut} more characters)` : this.pending;
    this.pending = "";
    this.pendingCut = 0;
    if (this.shown < this.limits.headLines) {
      this.shown++;
      this.show(line);
      return;
    }
    if (this.tail.length < this.limits.tailLines) {
      this.tail.push(line);
    } else {
      this.tail[this.tailStart] = line;
      this.tailStart = (this.tailStart + 1) % this.limits.tailLines;
      this.hidden++;
    }
  }
};
function startProblem(rel, head) {
  const firstLine = head.split("\n")[0] ?? "";
  if (firstLine.startsWith("#!") && firstLine.endsWith("\r")) {
    return `${rel} has Windows line endings (CRLF): its first line asks for the interpreter '${firstLine.slice(2).trim()}\\r', which doesn't exist.
Convert it to LF line endings (dos2unix ${rel}; in git: add '${rel} text eol=lf' to .gitattributes) and commit it.`;
  }
  return void 0;
}
async function runHook(ctx, name) {
  const rel = `bin/${name}`;
  const hook = import_node_path48.default.join(ctx.buildDir, "bin", name);
  const stat = await import_fs_extra33.default.stat(hook).catch(() => void 0);
  if (!stat) return false;
  ctx.log.step(`Running ${rel}`);
  if (!stat.isFile()) {
    throw new BuildError(`${rel} is not a file (it is a directory or a device).
Make ${rel} an executable script, or remove it.`, {
      file: rel
    });
  }
  const handle = await import_fs_extra33.default.open(hook, "r");
  const head = Buffer.alloc(512);
  const { bytesRead } = await import_fs_extra33.default.read(handle, head, 0, head.length, 0);
  await import_fs_extra33.default.close(handle);
  const start = head.subarray(0, bytesRead).toString("latin1");
  const problem = startProblem(rel, start);
  if (problem) throw new BuildError(problem, { file: rel });
  if ((stat.mode & 73) === 0) {
    ctx.log.warn(
      `${rel} isn't executable; pyslug runs it anyway, as Heroku's Python buildpack does.
Commit it as executable: git update-index --chmod=+x ${rel}`
    );
  }
  await import_fs_extra33.default.chmod(hook, 493);
  const direct = start.startsWith("#!") || start.startsWith("\x7FELF");
  const env = appEnvironment(ctx);
  Object.assign(env, { BUILD_DIR: ctx.buildDir, CACHE_DIR: ctx.cacheDir, ENV_DIR: ctx.envDir ?? "" });
  const child = execa(direct ? hook : "bash", direct ? [] : [hook], {
    cwd: ctx.buildDir,
    env,
    extendEnv: false,
    all: true,
    reject: false,
    buffer: false,
    stdin: "ignore"
  });
  const output = new HookOutput((line) => ctx.log.info(line));
  child.all?.on("data", (chunk) => output.write(chunk));
  const result = await child;
  output.end();
  if (result.exitCode === void 0 && result.signal === void 0) {
    throw new BuildError(`${rel} could not be started: ${result.originalMessage ?? result.shortMessage}.
Fix ${rel} and deploy again.`, {
      file: rel
    });
  }
  if (result.exitCode !== 0) {
    throw new BuildError(
      `${rel} failed with exit status ${result.exitCode ?? result.signal}.
Fix the hook (its output is above) and deploy again.`,
      {
        file: rel
      }
    );
  }
  return true;
}

// src/steps/relocate-paths.ts
var import_node_fs15 = require("node:fs");
var import_node_path51 = __toESM(require("node:path"), 1);
var import_fast_glob9 = __toESM(require_out4(), 1);
var import_fs_extra34 = __toESM(require_lib(), 1);

// src/relocation/manifest.ts
var import_node_path49 = __toESM(require("node:path"), 1);
var import_promises20 = __toESM(require("node:fs/promises"), 1);
var MANIFEST_PATH = ".heroku/pyslug/relocation-manifest";
var MANIFEST_HEADER = "# pyslug relocation manifest v1";
function entryProblem(file) {
  if (file === "") return "it is empty";
  if (file.includes("\n") || file.includes("\0")) return "it contains a newline";
  if (file.startsWith("/")) return "it is absolute";
  if (file.split("/").includes("..")) return "it leaves the app dir";
  return void 0;
}
function formatManifest(manifest) {
  const buildDir = normaliseDir(manifest.buildDir);
  const rejected = [];
  const files = [...new Set(manifest.files)].sort().filter((f) => {
    if (entryProblem(f) === void 0) return true;
    rejected.push(f);
    return false;
  });
  const text = [MANIFEST_HEADER, `build_dir=${buildDir}`, ...files].map((line) => `${line}
`).join("");
  return { text, rejected };
}
async function writeManifest(appDir, manifest) {
  const { text, rejected } = formatManifest(manifest);
  const file = import_node_path49.default.join(appDir, MANIFEST_PATH);
  await import_promises20.default.mkdir(import_node_path49.default.dirname(file), { recursive: true });
  await writeFileAtomic(file, text);
  return { rejected };
}

// src/relocation/boot-script.ts
var BOOT_SCRIPT_PATH = ".profile.d/pyslug-relocate.sh";
var MARKER_PATH = ".heroku/pyslug/relocated-to";
function buildDirPattern(buildDir) {
  const escaped = normaliseDir(buildDir).replace(/[\\.[\]*^$#]/g, "\\$&");
  return `${escaped}\\(${PATH_END_BRACKET}\\|$\\)`;
}
function bootScript(buildDir) {
  const dir = normaliseDir(buildDir);
  return `# Written by pyslug: at dyno start, points the paths recorded at build time (${dir.replace(/[^\x20-\x7e]/g, "?")})
# at where the slug runs ($HOME). Rewrites only the files listed in ${MANIFEST_PATH}.
# Runs in a subshell (leaves nothing behind) and never fails the dyno, under any shell options.
(
  set +o errexit +o nounset +o pipefail +o noclobber +o posix
  shopt -s nullglob; shopt -u failglob
  export LC_ALL=C
  build_dir=${shellQuote(dir)}
  pattern=${shellQuote(buildDirPattern(dir))}
  manifest=${shellQuote(MANIFEST_PATH)}
  marker=${shellQuote(MARKER_PATH)}
  nl=$'\\n'
  warn() { printf 'pyslug: %s\\n' "$*" >&2; }
  # Runs "$@" -- "\${batch[@]}": in one process while the list is short, else through xargs.
  on_batch() { if [ \${#batch[@]} -le 1000 ]; then "$@" -- "\${batch[@]}"; else printf '%s\\0' "\${batch[@]}" | xargs -0 "$@" --; fi; }

  [ -n "$HOME" ] && cd -- "$HOME" 2>/dev/null || exit 0
  [ -f "$manifest" ] || exit 0
  [ "$HOME" -ef "$build_dir" ] && exit 0
  if [ -f "$marker" ] && { IFS= read -r m1 && IFS= read -r m2; } <"$marker" && [ "$m1" = "$build_dir" ] && [ "$m2" = "$HOME" ]; then
    exit 0
  fi
  case $HOME in *"$build_dir"* | *"$nl"*)
    warn "not relocating $build_dir to \\$HOME ($HOME): it contains the build dir or a newline"; exit 0 ;;
  esac
  mapfile -t lines <"$manifest"
  if [ "\${lines[0]}" != ${shellQuote(MANIFEST_HEADER)} ] || [ "\${lines[1]}" != "build_dir=$build_dir" ]; then
    warn "$manifest was not written for this build; nothing relocated"; exit 0
  fi

  failed=0 listed=() holding=() writable=() pycs=() batch=()
  for f in "\${lines[@]:2}"; do
    if [ -z "$f" ]; then continue
    elif [ -L "$f" ] || [ ! -f "$f" ]; then warn "cannot relocate $f: not a file"; failed=1
    elif [ ! -r "$f" ]; then warn "cannot relocate $f: not readable"; failed=1
    else listed+=("$f"); fi
  done
  if [ \${#listed[@]} -gt 0 ]; then
    batch=("\${listed[@]}"); mapfile -d '' -t holding < <(on_batch grep -lZ -e "$pattern" 2>/dev/null)
  fi
  for f in "\${holding[@]}"; do
    d=\${f%/*}; [ "$d" != "$f" ] || d=.
    if [ ! -w "$d" ]; then warn "cannot relocate $f: its directory is read-only"; failed=1; continue; fi
    writable+=("$f")
    case $f in *.py) b=\${f##*/}; pycs+=("$d/__pycache__/\${b%.py}".*.pyc) ;; esac
  done
  if [ \${#writable[@]} -gt 0 ]; then
    to=$HOME; to=\${to//\\\\/\\\\\\\\}; to=\${to//&/\\\\&}; to=\${to//#/\\\\#}
    batch=("\${writable[@]}")
    if ! err=$(on_batch sed -i -e "s#$pattern#$to\\\\1#g" 2>&1 >/dev/null) || [ -n "$err" ]; then warn "could not relocate every file: \${err%%"$nl"*}"; failed=1; fi
    [ \${#pycs[@]} -eq 0 ] || rm -f -- "\${pycs[@]}" 2>/dev/null
  fi
  [ "$failed" = 1 ] || printf '%s\\n' "$build_dir" "$HOME" 2>/dev/null >"$marker"
) || true
`;
}

// src/relocation/symlinks.ts
var import_node_fs14 = __toESM(require("node:fs"), 1);
var import_node_path50 = __toESM(require("node:path"), 1);
var SKIP = /* @__PURE__ */ new Set(["node_modules", ".git"]);
function relativise(full, prefix) {
  const target = import_node_fs14.default.readlinkSync(full);
  if (!target.startsWith(prefix)) return false;
  const relative = import_node_path50.default.relative(import_node_path50.default.dirname(full), target) || ".";
  const temp = `${full}.pyslug-link`;
  import_node_fs14.default.symlinkSync(relative, temp);
  import_node_fs14.default.renameSync(temp, full);
  return true;
}
function relativiseSymlinks(root, opts = {}) {
  const base2 = root.replace(/\/+$/, "");
  const prefix = `${base2}/`;
  const changed = [];
  walkTree(base2, ({ rel, full, dirent }) => {
    if (dirent.isDirectory()) return SKIP.has(dirent.name) || rel === opts.except ? "skip" : void 0;
    if (dirent.isSymbolicLink() && relativise(full, prefix)) changed.push(rel);
  });
  for (const rel of opts.links ?? []) {
    const full = import_node_path50.default.join(base2, rel);
    if (import_node_fs14.default.lstatSync(full, { throwIfNoEntry: false })?.isSymbolicLink() && relativise(full, prefix)) changed.push(rel);
  }
  return changed.sort();
}

// src/steps/relocate-paths.ts
async function scanRoots(buildDir) {
  const inSource = await (0, import_fast_glob9.default)(["**/*.egg-info", "**/*.dist-info", "**/pyvenv.cfg"], {
    cwd: buildDir,
    onlyFiles: false,
    dot: false,
    ignore: [".heroku/**", "node_modules/**", "**/.git/**"],
    deep: 6
  });
  return [PYTHON_HOME, ...inSource];
}
async function findBuildPaths(ctx, previous) {
  const { buildDir } = ctx;
  if (!previous || previous.buildDir === buildDir || ctx.startedAt === void 0) {
    const links2 = relativiseSymlinks(buildDir);
    const roots2 = await scanRoots(buildDir);
    return { found: await scanTree(roots2, buildDir, { baseDir: buildDir }), roots: roots2, links: links2, fullScan: true };
  }
  const [changed, roots] = await Promise.all([
    previous.writesAfter === void 0 ? entriesChangedSince(PYTHON_HOME, ctx.startedAt, buildDir) : entriesChangedSince(PYTHON_HOME, previous.writesAfter, buildDir, 0),
    scanRoots(buildDir)
  ]);
  const links = relativiseSymlinks(buildDir, { except: PYTHON_HOME, links: changed.symlinks });
  const kept = previous.files.filter((f) => f.startsWith(`${PYTHON_HOME}/`));
  const found = await scanTree([...roots.filter((r) => r !== PYTHON_HOME), .../* @__PURE__ */ new Set([...kept, ...changed.files])], buildDir, {
    baseDir: buildDir
  });
  if (previous.writesAfter === void 0) return { found, roots, links, fullScan: false };
  const inTree = (rel) => rel === PYTHON_HOME || rel.startsWith(`${PYTHON_HOME}/`) ? import_node_path51.default.relative(PYTHON_HOME, rel) : void 0;
  const treeDirs = [...changed.dirs, ...links.map((link) => import_node_path51.default.dirname(link))].map(inTree).filter((d) => d !== void 0);
  return { found, roots, links, fullScan: false, treeDirs: [...new Set(treeDirs)].sort() };
}
async function verifyAgainstFullScan(ctx, roots, found) {
  if (ctx.env["PYSLUG_VERIFY_MANIFEST"] !== "1") return;
  const absolute = [];
  walkTree(import_node_path51.default.join(ctx.buildDir, PYTHON_HOME), ({ rel, full: full2, dirent }) => {
    if (dirent.isSymbolicLink() && (0, import_node_fs15.readlinkSync)(full2).startsWith(`${ctx.buildDir}/`)) absolute.push(rel);
  });
  if (absolute.length) throw new Error(`symlinks into the build dir were left absolute: ${JSON.stringify(absolute)}`);
  const full = await scanTree(roots, ctx.buildDir, { baseDir: ctx.buildDir });
  for (const kind of ["text", "binary"]) {
    const missing = full[kind].filter((f) => !found[kind].includes(f));
    const extra = found[kind].filter((f) => !full[kind].includes(f));
    if (missing.length || extra.length) {
      throw new Error(
        `the ${kind} files holding the build path differ from a full scan: missing ${JSON.stringify(missing)}, extra ${JSON.stringify(extra)}`
      );
    }
  }
}
async function recordBuildPaths(ctx, previous) {
  const { buildDir, log: log2 } = ctx;
  const { found: result, roots, links, fullScan, treeDirs } = await findBuildPaths(ctx, previous);
  if (links.length > 0) log2.info(`Made ${links.length} symlinks into the build dir relative (e.g. ${links[0]})`);
  if (!fullScan) await verifyAgainstFullScan(ctx, roots, result);
  const { rejected } = await writeManifest(buildDir, { buildDir, files: result.text });
  const script = import_node_path51.default.join(buildDir, BOOT_SCRIPT_PATH);
  await import_fs_extra34.default.ensureDir(import_node_path51.default.dirname(script));
  await import_fs_extra34.default.writeFile(script, bootScript(buildDir));
  log2.info(
    `${result.text.length} of ${result.filesRead} files ${previous ? "written or relocated in this build " : ""}hold the build path; ${BOOT_SCRIPT_PATH} relocates them at dyno start`
  );
  for (const file of rejected) log2.warn(`${file} holds the build path but can't be listed for relocation (odd file name).`);
  for (const file of result.binary)
    log2.warn(
      `${file} is a binary file holding the build path; it can't be relocated and will point at a directory that doesn't exist at runtime.`
    );
  return { files: result.text, treeDirs };
}

// src/steps/write-environment.ts
var import_node_path52 = __toESM(require("node:path"), 1);
var import_fs_extra35 = __toESM(require_lib(), 1);
var PROFILE_SCRIPT = import_node_path52.default.join(".profile.d", "pyslug-python.sh");
function useBuildEnvironment(ctx) {
  ctx.env = applyEnv(ctx.env, [...pythonEnvVars(), ...buildOnlyEnvVars()], ctx.buildDir);
}
function exportScript(buildDir, extra = []) {
  return [
    "# Written by pyslug: Python for the buildpacks that run after it in this build.",
    ...envScriptLines([...pythonEnvVars(), ...extra], shellQuote(buildDir)),
    ""
  ].join("\n");
}
function profileScript(extra = []) {
  return [
    "# Written by pyslug: Python for every dyno (web, worker, one-off, release).",
    "# Sourced by bash at dyno start; must work under 'set -eo pipefail' and nullglob (herokuish).",
    ...envScriptLines([...pythonEnvVars(), ...extra], '"$HOME"'),
    ""
  ].join("\n");
}
async function writeEnvironment(ctx, extra = []) {
  const profile = import_node_path52.default.join(ctx.buildDir, PROFILE_SCRIPT);
  await import_fs_extra35.default.ensureDir(import_node_path52.default.dirname(profile));
  await import_fs_extra35.default.writeFile(profile, profileScript(extra));
  ctx.log.info(`Wrote ${PROFILE_SCRIPT} (dynos)`);
  const exportFile = import_node_path52.default.join(ctx.buildpackDir, "export");
  try {
    await import_fs_extra35.default.writeFile(exportFile, exportScript(ctx.buildDir, extra));
    ctx.log.info("Wrote export (later buildpacks)");
  } catch (error) {
    ctx.log.warn(
      `Could not write ${exportFile} (${error.code}): later buildpacks won't have Python on their PATH.`
    );
  }
}

// src/compile.ts
async function compile(ctx) {
  const { log: log2 } = ctx;
  const previous = await readBuildState(ctx.cacheRoot);
  const inventory = await loadPythonInventory(ctx.buildpackDir);
  const platform2 = await detectPlatform(ctx.env["STACK"], runtimeUrlTemplate(ctx).custom);
  const index = readIndexConfig(ctx.config);
  const checked = checkBuildEnvironment(ctx.env);
  ctx.env = checked.env;
  for (const warning of checked.warnings) log2.warn(warning);
  await runHook(ctx, "pre_compile");
  await checkAppFiles(ctx.buildDir);
  const nltkTxt = await readNltkTxt(ctx.buildDir);
  const manager = await choosePackageManager(ctx.buildDir);
  await checkVersionFiles(manager, ctx.buildDir, inventory.defaultMinor);
  const python = await log2.timed(
    "version",
    "Choosing the Python version",
    () => choosePythonVersion(ctx, inventory, previous.stack === platform2.stack ? previous.pythonMinor : void 0)
  );
  const plan = await dependencyPlan(manager, ctx, planTarget(python, platform2, inventory));
  const pipIndex = withSecrets(index, plan.secrets ?? []);
  const saves = new CacheSaves(log2, ctx.cacheDir);
  const tree = await log2.timed("runtime", `Installing Python ${python.version}`, async () => {
    const installed = await installPython(ctx, platform2, python, inventory);
    if (!installed.reused) await log2.measure("cacheSave", () => installed.keepRuntime(saves));
    return installed;
  });
  useBuildEnvironment(ctx);
  let environment;
  let writesAfter;
  let pipBytes = 0;
  try {
    const pipCache = await openPipCache(ctx, platform2);
    try {
      environment = await log2.timed(
        "dependencies",
        `Installing dependencies from ${plan.label} with pip ${inventory.pip}`,
        () => installDependencies(ctx, platform2, tree, plan, inventory.pip, pipIndex, pipCache)
      );
    } finally {
      await log2.measure(
        "cacheSave",
        () => saves.run(async () => {
          pipBytes = await savePipCache(ctx, pipCache);
        })
      );
    }
    writesAfter = await tree.writable();
    if (manager === "pipenv") await writePipenvCommand(ctx);
    const nltkEnv = await downloadNltkData(ctx, nltkTxt, saves, pipIndex.secrets);
    await collectStatic(ctx, pipIndex.secrets);
    await log2.timed("environment", "Writing the environment for later buildpacks and dynos", async () => {
      await writeEnvironment(ctx, nltkEnv);
      await writeDynoDefaults(ctx);
    });
    await runHook(ctx, "post_compile");
  } catch (error) {
    await keepAfterFailure(ctx, tree, saves, environment?.metadata);
    throw error;
  }
  const buildPaths = await log2.timed(
    "relocation",
    "Recording build paths for relocation at dyno start",
    () => recordBuildPaths(ctx, tree.restoredFrom && { ...tree.restoredFrom, writesAfter })
  );
  await log2.timed("cacheSave", "Saving the build cache", async () => {
    const saved = await saves.run(
      () => tree.save(environment.metadata, buildPaths.files, buildPaths.treeDirs),
      () => tree.discardSaved()
    ) && await saves.run(() => writeBuildState(ctx.cacheRoot, { pythonMinor: python.minor, stack: platform2.stack }));
    if (saved) {
      await tree.verifySaved();
      log2.info(`Saved Python ${tree.runtime.version} with its environment, and the pip cache (${(pipBytes / 1048576).toFixed(1)} MB)`);
    } else log2.info("Not saved (see the warning above)");
  });
}
function timingSummary(timings, nodeStartupMs, totalMs, peakMemoryBytes) {
  const parts = [];
  if (nodeStartupMs !== void 0) parts.push(`Node.js start-up ${seconds(nodeStartupMs)}`);
  if (timings["runtime"] !== void 0) parts.push(`Python runtime ${seconds(timings["runtime"])}`);
  if (timings["dependencies"] !== void 0) {
    const pip2 = timings["pipBootstrap"];
    parts.push(`dependencies ${seconds(timings["dependencies"])}${pip2 !== void 0 ? ` of which pip bootstrap ${seconds(pip2)}` : ""}`);
  }
  if (timings["relocation"] !== void 0) parts.push(`recording build paths ${seconds(timings["relocation"])}`);
  if (timings["cacheRestore"] !== void 0) parts.push(`cache restore ${seconds(timings["cacheRestore"])}`);
  if (timings["cacheSave"] !== void 0) parts.push(`cache save ${seconds(timings["cacheSave"])}`);
  if (peakMemoryBytes !== void 0) parts.push(`peak memory ${Math.round(peakMemoryBytes / 1048576)} MB`);
  return `Done in ${seconds(totalMs)}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

// src/cache/early-tree-copy.ts
var import_node_net = __toESM(require("node:net"), 1);
var import_node_path53 = __toESM(require("node:path"), 1);
var import_fs_extra36 = __toESM(require_lib(), 1);
var TREE_COPY_VAR = "PYSLUG_TREE_COPY";
var COPY_DIR = `${PYTHON_HOME}.restoring`;
var STATUS_FD = 3;
function copyReport(report) {
  const match = /^0 (\d+)[.,](\d{1,6}) ([01])\n?$/.exec(report);
  if (!match) return void 0;
  return { at: Number(match[1]) * 1e3 + Math.floor(Number(match[2].padEnd(6, "0")) / 1e3) + 1, starts: match[3] === "1" };
}
function readReport(fd) {
  return new Promise((resolve) => {
    let text = "";
    let socket;
    try {
      socket = new import_node_net.default.Socket({ fd, readable: true, writable: false });
    } catch {
      resolve("");
      return;
    }
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => text += chunk);
    socket.on("error", () => resolve(""));
    socket.on("close", () => resolve(text));
  });
}
var EarlyTreeCopy = class _EarlyTreeCopy {
  constructor(dir, finished7) {
    this.dir = dir;
    this.finished = finished7;
  }
  dir;
  finished;
  settled = false;
  /** The copy bin/compile started, if it started one: its report is read from now on. */
  static fromShim(env, buildDir) {
    const dir = env[TREE_COPY_VAR];
    if (dir === void 0 || import_node_path53.default.resolve(dir) !== import_node_path53.default.join(buildDir, COPY_DIR)) return void 0;
    return new _EarlyTreeCopy(import_node_path53.default.resolve(dir), readReport(STATUS_FD).then(copyReport));
  }
  /**
   * Renames the finished copy to `dest` (which must not exist). Returns the shim's report of it, or undefined when
   * there is no whole copy to take (the caller restores the cache's tree another way).
   */
  async take(dest) {
    if (this.settled) return void 0;
    this.settled = true;
    const report = await this.finished;
    const taken = report !== void 0 && await import_fs_extra36.default.rename(this.dir, dest).then(
      () => true,
      () => false
    );
    if (taken) return report;
    await import_fs_extra36.default.rm(this.dir, { recursive: true, force: true });
    return void 0;
  }
  /** Removes the copy when nothing took it (once it is over). */
  async drop() {
    if (this.settled) return;
    this.settled = true;
    await this.finished;
    await import_fs_extra36.default.rm(this.dir, { recursive: true, force: true });
  }
};

// src/support/config-vars.ts
var import_fs_extra37 = __toESM(require_lib(), 1);
var import_node_path54 = __toESM(require("node:path"), 1);
var ConfigVars = class _ConfigVars {
  constructor(values) {
    this.values = values;
  }
  values;
  static async read(envDir) {
    const values = /* @__PURE__ */ new Map();
    if (envDir && await import_fs_extra37.default.pathExists(envDir)) {
      for (const name of await import_fs_extra37.default.readdir(envDir)) {
        const file = import_node_path54.default.join(envDir, name);
        if ((await import_fs_extra37.default.stat(file)).isFile()) values.set(name, await import_fs_extra37.default.readFile(file, "utf8"));
      }
    }
    return new _ConfigVars(values);
  }
  static of(values) {
    return new _ConfigVars(new Map(Object.entries(values)));
  }
  /** A config var, else the same name from the build environment (Dokku exports config vars; operators set platform-wide ones). */
  setting(name, env = process.env) {
    const value = this.values.get(name) ?? env[name];
    if (value === void 0) return void 0;
    const trimmed = value.trim();
    return trimmed === "" ? void 0 : trimmed;
  }
  /** Every config var, for the app's own hooks (which get them exported, as on Heroku). */
  entries() {
    return [...this.values.entries()];
  }
  has(name) {
    return this.values.has(name);
  }
};

// src/main.ts
var INJECT = "PYSLUG_TEST_INJECT";
var log = new BuildLog();
function reportBug(error) {
  log.error("");
  log.error("pyslug failed unexpectedly. This is a bug in pyslug, not in your app; please report it with this log:");
  log.error(error instanceof Error ? error.stack ?? error.message : String(error));
}
var crashed = false;
var crash = (error) => {
  if (!crashed) {
    crashed = true;
    reportBug(error);
  }
  process.exit(1);
};
process.on("uncaughtException", crash);
process.on("unhandledRejection", crash);
function diskFull(error) {
  const { code, path: file } = error ?? {};
  if (code !== "ENOSPC" && code !== "EDQUOT") return void 0;
  return `The disk is full: pyslug could not write ${file ?? "a file"} (${code}).
Free space on the build machine (or make the app's source and dependencies smaller), then build again.`;
}
function inject(what) {
  if (what === "uncaught-exception") {
    setTimeout(() => {
      throw new Error(`${INJECT}: an exception no try catches`);
    }, 0);
  } else if (what === "unhandled-rejection") {
    void Promise.reject(new Error(`${INJECT}: a rejection nobody handles`));
  }
}
async function main(argv) {
  const [buildDir, cacheDir, envDir] = argv;
  if (!buildDir || !cacheDir) {
    log.error("usage: bin/compile BUILD_DIR CACHE_DIR [ENV_DIR]");
    return 1;
  }
  const treeCopy = EarlyTreeCopy.fromShim(process.env, import_node_path55.default.resolve(buildDir));
  const shimStarted = Number(process.env["PYSLUG_SHIM_STARTED_AT"]) * 1e3;
  const startedAt = Number.isFinite(shimStarted) && shimStarted > 0 ? shimStarted : Date.now();
  const nodeStartupMs = Number.isFinite(shimStarted) && shimStarted > 0 ? Date.now() - shimStarted : void 0;
  const buildpackDir = process.env["PYSLUG_BUILDPACK_DIR"] ?? import_node_path55.default.dirname(__dirname);
  const env = { ...process.env };
  delete env["PYSLUG_SHIM_STARTED_AT"];
  delete env["PYSLUG_BUILDPACK_DIR"];
  delete env[INJECT];
  delete env[TREE_COPY_VAR];
  const ctx = {
    buildDir: import_node_path55.default.resolve(buildDir),
    cacheDir: import_node_path55.default.resolve(cacheDir),
    envDir: envDir ? import_node_path55.default.resolve(envDir) : void 0,
    buildpackDir,
    cacheRoot: import_node_path55.default.join(import_node_path55.default.resolve(cacheDir), "pyslug"),
    startedAt,
    config: await ConfigVars.read(envDir),
    log,
    treeCopy,
    env
  };
  try {
    inject(process.env[INJECT]);
    await compile(ctx);
    log.step(timingSummary(log.timings, nodeStartupMs, Date.now() - startedAt, process.resourceUsage().maxRSS * 1024));
    return 0;
  } catch (error) {
    if (isBuildError(error)) {
      log.error("");
      log.error(`Error: ${error.report}`);
      log.error("");
      return 1;
    }
    const full = diskFull(error);
    if (full !== void 0) {
      log.error("");
      log.error(`Error: ${full}`);
      log.error("");
      return 1;
    }
    reportBug(error);
    return 1;
  } finally {
    await treeCopy?.drop().catch(() => void 0);
  }
}
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, crash);
/*! For license information please see compile.cjs.LEGAL.txt */
