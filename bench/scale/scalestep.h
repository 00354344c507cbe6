#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Stackdraft::Bench {

// One step of the scale benchmark, run in this process on a project file's bytes: what `info`,
// `validate`, `cost` and `export` each do after start-up, plus a bare yaml-cpp parse for
// comparison. Shared by bench_scale (which runs each in a child process to measure its peak
// memory) and tst_linearity (which runs them at two sizes in one process and compares).
class ScaleStep final
{
public:
    // "yaml-cpp", "load", "validate", "revalidate", "cost", "export:<format>" for every exporter
    // plugin found, "export:all" (every format, written to a scratch directory).
    static QStringList names();

    // Runs `name` on `bytes` (a project file) and returns the CPU time of the step alone, in
    // milliseconds: preparation (reading the project for the steps after load, loading plugins) is
    // not counted. "revalidate" answers the median of `repeat` in-process re-validations of one
    // edited environment; the other steps run once. Fails with a message on a load or export
    // error: a benchmark that measures an error path measures nothing.
    struct Outcome
    {
        double cpuMs = -1;
        QString error; // empty on success
        QString note; // what was produced ("412 problems", "30,012 files")
    };
    static Outcome run(const QString &name, const QByteArray &bytes, int repeat = 15);

    // CPU time this process has used so far, in milliseconds (all threads).
    static double processCpuMs();
};

} // namespace Stackdraft::Bench
