"""Runs several pip commands in one interpreter, so pip's start-up (about 0.3-0.5 s of imports) is paid once.

Run by pyslug when one build step runs pip more than once (resolve, then install what changed):
    python pip_session.py TOKEN
pyslug starts it with PYTHONDONTWRITEBYTECODE=1, so its start-up writes nothing into the Python tree.
Each line on stdin is one command, as JSON: {"args": [pip's arguments], "readOnly": true|false}. A read-only
command runs with bytecode writing off, in pip and in the processes it starts, as PYTHONDONTWRITEBYTECODE=1
does. After each command the line `TOKEN exit N` goes to stdout, with N pip's exit status. stderr is joined
to stdout, so pip's output and the status lines keep their order. The session ends at the end of stdin.

pip is driven through its command line entry point only, as `python -m pip` would run it: pyslug pins pip's
version, so the commands' behaviour is the one its tests check.
"""
import json
import os
import sys


def bytecode(command):
    """Bytecode writing as the command asks: off for a read-only command, in pip and in the processes it starts."""
    read_only = bool(command.get("readOnly"))
    sys.dont_write_bytecode = read_only
    if read_only:
        os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


def run(main, args):
    try:
        return main(args)
    except SystemExit as stop:
        if stop.code is None:
            return 0
        return stop.code if isinstance(stop.code, int) else 1


def session(token):
    # `python -m pip` puts the working directory first on sys.path; so does the session.
    sys.path[0] = os.getcwd()
    os.dup2(1, 2)
    # Commands come on a descriptor of the session's own (not inherited): pip and what it starts read an empty
    # stdin, as they would under `python -m pip` with PIP_NO_INPUT, and can't take the next command.
    commands = os.fdopen(os.dup(0), encoding="utf-8")
    empty = os.open(os.devnull, os.O_RDONLY)
    os.dup2(empty, 0)
    os.close(empty)
    main = None
    for line in commands:
        if not line.strip():
            continue
        command = json.loads(line)
        bytecode(command)
        if main is None:
            # Imported under the first command's setting: a session that starts by writing compiles pip's
            # modules into the tree, as `python -m pip install` does, so later runs needn't compile them again.
            from pip._internal.cli.main import main
        status = run(main, list(command["args"]))
        sys.stderr.flush()
        sys.stdout.write(f"{token} exit {status}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    session(sys.argv[1])
    sys.stdout.flush()
    # pip cleans up after each command. Skipping the interpreter's teardown of pip's hundreds of modules
    # saves about 70 ms at the end of the session.
    os._exit(0)
