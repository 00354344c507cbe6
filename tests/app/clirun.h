#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Runs the built `stackdraft` command line (STACKDRAFT_BINARY_DIR, set for every test) and returns
// what it printed; `exitCode` is -1 when it did not finish in two minutes or crashed.
inline QString runCli(const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(STACKDRAFT_BINARY_DIR "/src/app/stackdraft"), arguments);
    if (!process.waitForFinished(120000)) {
        *exitCode = -1;
        return QStringLiteral("did not finish");
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll());
}
