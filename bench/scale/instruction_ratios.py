#!/usr/bin/env python3
"""Instruction counts of each scale step at two sizes, and their ratio (issue 14, README "Scale").

CPU time grows faster than the work when a step's working set outgrows the caches, and it moves
with the load of a shared machine; instruction counts do neither. This runs each step of
`bench_scale --step` under callgrind, collecting only inside the function the step measures, at
SMALL and LARGE components (defaults 1,000 and 4,000, as tst_linearity), and prints the ratio:
4 is linear for 4 times the components, 16 quadratic. Slow (valgrind): minutes per step.

    bench/scale/instruction_ratios.py --bench build/bench/bench_scale
    bench/scale/instruction_ratios.py --bench build/bench/bench_scale --steps load,validate
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

# The function whose inclusive instructions are the step (see bench/scale/scalestep.cpp).
MEASURED = {
    "yaml-cpp": "YAML::Load(*",
    "load": "Stackdraft::Core::ProjectReader::read(*",
    "validate": "Stackdraft::Core::ValidationEngine::check(*",
    "revalidate": "Stackdraft::Core::ValidationEngine::checkEnvironment(*",
    "cost": "Stackdraft::Core::CostEngine::estimate(*",
}
EXPORT_FUNCTION = "Stackdraft::Core::ExporterRegistry::generate(*"


def measured_function(step):
    if step.startswith("export:"):
        return EXPORT_FUNCTION
    return MEASURED[step]


def instructions(bench, step, project, workdir):
    out = os.path.join(workdir, "callgrind.out")
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out,
               "--toggle-collect=" + measured_function(step), bench, "--step", step, project]
    run = subprocess.run(command, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"{step}: bench_scale failed:\n{run.stdout}{run.stderr}")
    match = re.search(r"Collected\s*:\s*(\d+)", run.stderr)
    if not match:
        sys.exit(f"{step}: no instruction count in valgrind's output:\n{run.stderr}")
    return int(match.group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", required=True, help="path to bench_scale")
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=4000)
    parser.add_argument("--steps", default="load,validate,revalidate,cost,export:compose,"
                        "export:k8s,export:terraform,export:mermaid,export:markdown")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as workdir:
        projects = {}
        for size in (args.small, args.large):
            projects[size] = os.path.join(workdir, f"generated-{size}.stackdraft.yaml")
            subprocess.run([args.bench, "--write", str(size), projects[size]], check=True)
        print(f"| step | instructions at {args.small} | at {args.large} | ratio |")
        print("|---|---:|---:|---:|")
        worst = 0.0
        for step in args.steps.split(","):
            small = instructions(args.bench, step, projects[args.small], workdir)
            large = instructions(args.bench, step, projects[args.large], workdir)
            ratio = large / small if small else float("inf")
            worst = max(worst, ratio)
            print(f"| {step} | {small:,} | {large:,} | x{ratio:.2f} |", flush=True)
        print(f"\nworst ratio x{worst:.2f} for x{args.large / args.small:g} the components")


if __name__ == "__main__":
    main()
