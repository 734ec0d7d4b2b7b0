"""Installs a pure-Python wheel into this interpreter's site-packages without running pip.

Run by pyslug to put the pinned pip in place (running an old pip to install a new one costs seconds):
    python install_wheel.py WHEEL INSTALLER
The result is what an installer leaves: every file of the wheel checked against the wheel's RECORD,
console scripts in the interpreter's scripts dir, INSTALLER and REQUESTED, and a RECORD listing all
of it, so `pip uninstall` removes it cleanly. Files go to a staging dir first and are moved into
place at the end, so a failure leaves site-packages as it was. Exits 2, with the reason on stderr,
when the wheel is not one this script installs (then pyslug installs it with pip instead).
"""
import base64
import csv
import hashlib
import io
import os
import shutil
import sys
import sysconfig
import zipfile


class Unsupported(Exception):
    pass


def digest(data):
    raw = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def metadata_dir(names):
    dirs = {n.split("/", 1)[0] for n in names if n.split("/", 1)[0].endswith(".dist-info")}
    if len(dirs) != 1:
        raise Unsupported("the wheel has %d .dist-info directories" % len(dirs))
    return dirs.pop()


def parse_headers(text):
    headers = {}
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep:
            headers[key.strip().lower()] = value.strip()
    return headers


def console_scripts(text):
    """[console_scripts] of entry_points.txt as (name, module, function)."""
    scripts, section = [], None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = line.strip("[]").strip()
            continue
        if section != "console_scripts":
            continue
        name, _, target = line.partition("=")
        module, _, function = target.strip().partition(":")
        if not function or "[" in function:
            raise Unsupported("entry point %r is not module:function" % line)
        scripts.append((name.strip(), module.strip(), function.strip()))
    return scripts


def pip_script_names(names):
    """pip's own scripts are named for the interpreter that installs it: pip, pip3, pip3.X."""
    if "pip" not in names:
        return names
    major, minor = sys.version_info[:2]
    kept = [n for n in names if not (n.startswith("pip") and n[3:].replace(".", "").isdigit())]
    return kept + ["pip%d" % major, "pip%d.%d" % (major, minor)]


def script_text(module, function):
    python = sys.executable
    if len(python) > 120 or " " in python:
        head = "#!/bin/sh\n'''exec' \"%s\" \"$0\" \"$@\"\n' '''\n" % python
    else:
        head = "#!%s\n" % python
    call = function.split(".")
    return (
        head
        + "import sys\nfrom %s import %s\n" % (module, call[0])
        + "sys.exit(%s())\n" % ".".join(call)
    ).encode("utf-8")


def safe_member(name):
    parts = name.split("/")
    if name.startswith("/") or "\\" in name or any(p in ("", ".", "..") for p in parts[:-1]) or parts[-1] in (".", ".."):
        raise Unsupported("unsafe path in the wheel: %r" % name)
    return parts


def install(wheel_path, installer):
    purelib = sysconfig.get_paths()["purelib"]
    scripts_dir = sysconfig.get_paths()["scripts"]
    with zipfile.ZipFile(wheel_path) as wheel:
        names = [i.filename for i in wheel.infolist() if not i.is_dir()]
        info = metadata_dir(names)
        headers = parse_headers(wheel.read(info + "/WHEEL").decode("utf-8"))
        if headers.get("root-is-purelib", "").lower() != "true":
            raise Unsupported("the wheel is not pure Python (Root-Is-Purelib is not true)")
        if any(n.split("/", 1)[0].endswith(".data") for n in names):
            raise Unsupported("the wheel has a .data directory")
        record_name = info + "/RECORD"
        expected = {}
        for row in csv.reader(io.StringIO(wheel.read(record_name).decode("utf-8"))):
            if row:
                expected[row[0]] = row[1] if len(row) > 1 else ""
        tops = sorted({n.split("/", 1)[0] for n in names})
        for top in tops:
            if os.path.lexists(os.path.join(purelib, top)):
                raise Unsupported("%s is already in site-packages" % top)

        staging = os.path.join(purelib, ".pyslug-wheel-staging")
        shutil.rmtree(staging, ignore_errors=True)
        os.makedirs(staging)
        try:
            rows = []
            for name in names:
                parts = safe_member(name)
                data = wheel.read(name)
                if name != record_name:
                    want = expected.get(name)
                    if not want:
                        raise Unsupported("%s is not in the wheel's RECORD" % name)
                    if digest(data) != want:
                        raise Unsupported("%s does not match its hash in the wheel's RECORD" % name)
                    rows.append((name, want, str(len(data))))
                target = os.path.join(staging, *parts)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, "wb") as f:
                    f.write(data)
            missing = sorted(set(expected) - set(names))
            if missing:
                raise Unsupported("the wheel lacks %s, which its RECORD lists" % missing[0])

            for extra, text in (("INSTALLER", installer + "\n"), ("REQUESTED", "")):
                data = text.encode("utf-8")
                with open(os.path.join(staging, info, extra), "wb") as f:
                    f.write(data)
                rows.append((info + "/" + extra, digest(data), str(len(data))))

            entry_points = info + "/entry_points.txt"
            specs = console_scripts(wheel.read(entry_points).decode("utf-8")) if entry_points in names else []
            by_name = {name: (module, function) for name, module, function in specs}
            scripts = []
            for name in pip_script_names([n for n, _, _ in specs]):
                module, function = by_name.get(name) or by_name["pip"]
                data = script_text(module, function)
                path = os.path.join(scripts_dir, name)
                scripts.append((path, data))
                rows.append((os.path.relpath(path, purelib).replace(os.sep, "/"), digest(data), str(len(data))))
            rows.append((record_name, "", ""))
            with open(os.path.join(staging, record_name), "w", encoding="utf-8", newline="") as f:
                csv.writer(f, lineterminator="\n").writerows(rows)

            # The metadata last: pip sees the distribution only once its files are in place.
            for top in sorted(tops, key=lambda t: t == info):
                os.rename(os.path.join(staging, top), os.path.join(purelib, top))
            os.makedirs(scripts_dir, exist_ok=True)
            for path, data in scripts:
                partial = path + ".pyslug-partial"
                with open(partial, "wb") as f:
                    f.write(data)
                os.chmod(partial, 0o755)
                os.replace(partial, path)
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def main(argv):
    try:
        install(argv[1], argv[2])
    except (Unsupported, zipfile.BadZipFile, KeyError, UnicodeDecodeError) as error:
        print(str(error), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
