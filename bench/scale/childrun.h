#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Stackdraft::Bench {

// Runs a program to completion and reports what the kernel measured for it: CPU time (user +
// system) and peak resident memory (getrusage through wait4), plus its standard output.
struct ChildRun
{
    bool ok
        = false; // started, exited normally with a status in `okStatuses`, within the time limit
    QString failure; // why not, when !ok
    int exitStatus = -1;
    double cpuMs = 0;
    double wallMs = 0;
    qint64 peakKb = 0;
    QString output; // standard output
    QString errors; // standard error

    static ChildRun run(const QString &program, const QStringList &arguments,
                        const QString &workingDirectory = {}, QList<int> okStatuses = {0},
                        int timeoutSeconds = 1200);
};

} // namespace Stackdraft::Bench
