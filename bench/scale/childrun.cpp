#include "scale/childrun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace Stackdraft::Bench {

namespace {

QString readAll(QTemporaryFile &file)
{
    file.seek(0);
    return QString::fromUtf8(file.readAll());
}

} // namespace

ChildRun ChildRun::run(const QString &program, const QStringList &arguments,
                       const QString &workingDirectory, QList<int> okStatuses, int timeoutSeconds)
{
    ChildRun result;
    QTemporaryFile out;
    QTemporaryFile err;
    if (!out.open() || !err.open()) {
        result.failure = QStringLiteral("cannot create a scratch file");
        return result;
    }
    std::vector<QByteArray> storage {QFile::encodeName(program)};
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out.handle(), STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err.handle(), STDERR_FILENO);
    const QByteArray directory = QFile::encodeName(workingDirectory);
    if (!workingDirectory.isEmpty())
        posix_spawn_file_actions_addchdir_np(&actions, directory.constData());
    QElapsedTimer wall;
    wall.start();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, argv.front(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        result.failure = QStringLiteral("cannot start %1: %2")
                             .arg(program, QString::fromLocal8Bit(strerror(spawned)));
        return result;
    }
    int status = 0;
    rusage usage {};
    bool timedOut = false;
    for (;;) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (done < 0 && errno != EINTR) {
            result.failure = QStringLiteral("wait4 failed");
            return result;
        }
        if (!timedOut && wall.elapsed() > qint64(timeoutSeconds) * 1000) {
            kill(pid, SIGKILL);
            timedOut = true;
        }
        usleep(2000);
    }
    result.wallMs = double(wall.nsecsElapsed()) / 1e6;
    result.cpuMs = (double(usage.ru_utime.tv_sec) + double(usage.ru_stime.tv_sec)) * 1e3
        + (double(usage.ru_utime.tv_usec) + double(usage.ru_stime.tv_usec)) / 1e3;
    result.peakKb = usage.ru_maxrss; // kilobytes on Linux
    result.output = readAll(out);
    result.errors = readAll(err);
    if (timedOut)
        result.failure = QStringLiteral("did not finish in %1 s").arg(timeoutSeconds);
    else if (!WIFEXITED(status))
        result.failure = QStringLiteral("killed by signal %1").arg(WTERMSIG(status));
    else if (result.exitStatus = WEXITSTATUS(status); !okStatuses.contains(result.exitStatus))
        result.failure = QStringLiteral("exit status %1: %2")
                             .arg(WEXITSTATUS(status))
                             .arg(result.errors.trimmed().left(300));
    result.ok = result.failure.isEmpty();
    return result;
}

} // namespace Stackdraft::Bench
