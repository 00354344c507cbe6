#!/usr/bin/env python3
"""Mutation campaign (issue 11, README "Fuzzing"): mutated project files through `stackdraft
validate`, `cost` and `export`, one process at a time, as a hostile new user would. Counts
signals, timeouts, raw control characters in any output line, load errors without file:line:col,
and exports writing outside --out.

    tests/fuzz/campaign.py --stackdraft build/src/app/stackdraft --mutants 6000 --seed 20261130
"""
import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

INTERESTING = [
    b"4000000000G", b"9223372036854775807", b"-9223372036854775808", b"1e308", b"1e309", b"-1",
    b".inf", b"-.inf", b".nan", b"NaN", b"0", b"10001", b"1024Ti", b"99999999999999999999m",
    b"\x1b[31m", b"\x1b]0;title\x07", b"\r", b"\x00", b"\x7f", b"\xe2\x80\xae", b"\xc2\x9b",
    b'"a\\nother.stackdraft.yaml:1:1: everything is fine"', b"&a [*a]", b"*a", b"&x", b"<<: *x",
    b"!!binary aGVsbG8=", b"? complex\n: key", b"{", b"[", b"'", b'"', b"|", b">", b"---",
    b"x" * 5000, b"deploy", b"../../etc/passwd", b"/tmp/x", b"~", b"null", b"true", b"yes",
]


def mutate(rng, data, donors):
    lines = data.split(b"\n")
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(8)
        if kind == 0 and data:  # flip bytes
            b = bytearray(b"\n".join(lines))
            for _ in range(rng.randint(1, 8)):
                b[rng.randrange(len(b))] = rng.randrange(256)
            lines = bytes(b).split(b"\n")
        elif kind == 1 and lines:  # replace a value with an interesting token
            i = rng.randrange(len(lines))
            if b":" in lines[i]:
                key = lines[i].split(b":", 1)[0]
                lines[i] = key + b": " + rng.choice(INTERESTING)
        elif kind == 2 and lines:  # insert a token anywhere
            i = rng.randrange(len(lines))
            j = rng.randint(0, len(lines[i]))
            lines[i] = lines[i][:j] + rng.choice(INTERESTING) + lines[i][j:]
        elif kind == 3 and lines:  # delete lines
            i = rng.randrange(len(lines))
            del lines[i:i + rng.randint(1, 5)]
        elif kind == 4 and lines:  # duplicate lines
            i = rng.randrange(len(lines))
            lines[i:i] = lines[i:i + rng.randint(1, 10)] * rng.randint(1, 50)
        elif kind == 5:  # splice from another file
            donor = rng.choice(donors).split(b"\n")
            i = rng.randrange(len(donor))
            j = rng.randrange(len(lines) + 1)
            lines[j:j] = donor[i:i + rng.randint(1, 20)]
        elif kind == 6 and lines:  # change indentation
            i = rng.randrange(len(lines))
            lines[i] = b" " * rng.randint(0, 12) + lines[i].lstrip()
        else:  # scale a number
            i = rng.randrange(len(lines)) if lines else 0
            if lines:
                lines[i] = re.sub(rb"\d+", lambda m: str(int(m.group()) * rng.choice(
                    [10, 1000, 10**9, 10**15])).encode(), lines[i], count=1)
    return b"\n".join(lines)


RAW_CONTROL = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xa8-\xae]|\xe2\x81[\xa6-\xa9]")


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stackdraft", required=True)
    parser.add_argument("--mutants", type=int, default=6000)
    parser.add_argument("--seed", type=int, default=20261130)
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--keep", help="directory to copy failing mutants to")
    parser.add_argument("--max-seconds", type=float,
                        help="stop after the mutant running when this much time has passed (the "
                             "mutants done are the first ones of the same seed)")
    parser.add_argument("seeds", nargs="*")
    args = parser.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    seed_files = args.seeds or [os.path.join(root, "examples", f)
                                for f in sorted(os.listdir(os.path.join(root, "examples")))
                                if f.endswith(".yaml")]
    donors = [open(f, "rb").read() for f in seed_files]
    rng = random.Random(args.seed)
    env = dict(os.environ, LC_ALL="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    work = tempfile.mkdtemp(prefix="stackdraft-campaign-")
    counts = {"runs": 0, "signals": 0, "timeouts": 0, "control": 0, "unlocated": 0,
              "outside": 0, "load_errors": 0, "exit": {}}
    failures = []
    started = time.time()
    done_mutants = 0
    try:
        for n in range(args.mutants):
            if args.max_seconds is not None and time.time() - started > args.max_seconds:
                break
            text = mutate(rng, rng.choice(donors), donors)
            project = os.path.join(work, "m.stackdraft.yaml")
            with open(project, "wb") as f:
                f.write(text)
            out = os.path.join(work, "out")
            shutil.rmtree(out, ignore_errors=True)
            before = set(os.listdir(work))
            for command in (["validate", project], ["cost", project],
                            ["export", project, "--out", out]):
                counts["runs"] += 1
                try:
                    done = subprocess.run([args.stackdraft] + command, capture_output=True,
                                          timeout=args.timeout, env=env, cwd=work)
                except subprocess.TimeoutExpired:
                    counts["timeouts"] += 1
                    failures.append((n, command[0], "timeout", text))
                    continue
                code = done.returncode
                counts["exit"][code] = counts["exit"].get(code, 0) + 1
                if code < 0:
                    counts["signals"] += 1
                    failures.append((n, command[0], "signal %d" % -code, text))
                for line in (done.stdout + done.stderr).split(b"\n"):
                    if RAW_CONTROL.search(line.replace(b"\t", b" ")):
                        counts["control"] += 1
                        failures.append((n, command[0], "raw control character", text))
                        break
                # A file that does not load fails validate with 1 (docs/validation.md) and a
                # message on stderr naming it.
                if code == 1 and command[0] == "validate" and b"m.stackdraft.yaml" in done.stderr:
                    counts["load_errors"] += 1
                    if not re.search(rb"m\.stackdraft\.yaml:\d+:\d+: ", done.stderr):
                        counts["unlocated"] += 1
                        failures.append((n, command[0], "no file:line:col", text))
            if set(os.listdir(work)) - before - {"out"}:
                counts["outside"] += 1
                failures.append((n, "export", "wrote outside --out", text))
            done_mutants = n + 1
            if (n + 1) % 500 == 0:
                print("%d mutants, %.0f s" % (n + 1, time.time() - started), file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
        for i, (n, command, what, text) in enumerate(failures):
            with open(os.path.join(args.keep, "%05d-%s.stackdraft.yaml" % (n, command)), "wb") as f:
                f.write(text)
    stopped = "" if done_mutants == args.mutants else " of %d (stopped by --max-seconds)" % args.mutants
    print("mutants %d%s (seed %d), runs %d, %.0f s" % (done_mutants, stopped, args.seed,
                                                       counts["runs"], time.time() - started))
    print("exit codes: %s" % ", ".join("%d: %d" % kv for kv in sorted(counts["exit"].items())))
    print("signals %d, timeouts %d, raw control characters %d, load errors %d (without "
          "file:line:col %d), writes outside --out %d" % (
              counts["signals"], counts["timeouts"], counts["control"], counts["load_errors"],
              counts["unlocated"], counts["outside"]))
    for n, command, what, _ in failures[:20]:
        print("  mutant %d, %s: %s" % (n, command, what))
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
