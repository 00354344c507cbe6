#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

// Test support shared by the git tests: a scratch repository driven with the git command line, in
// an environment where the machine's git configuration cannot leak in.
namespace GitTest {

// Points HOME and XDG_CONFIG_HOME at an empty directory and switches off the system config, for
// this process (libgit2) and every git it starts. Call once from initTestCase().
inline void isolateGitConfig(const QString &emptyHome)
{
    QDir().mkpath(emptyHome);
    qputenv("HOME", QFile::encodeName(emptyHome));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(emptyHome + QStringLiteral("/.config")));
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    qputenv("GIT_TERMINAL_PROMPT", "0");
    for (const char *name : {"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_AUTHOR_NAME",
                             "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL",
                             "GIT_CONFIG_GLOBAL", "GIT_CONFIG_SYSTEM", "SSH_AUTH_SOCK"})
        qunsetenv(name);
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run run(const QString &program, const QString &dir, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

inline Run git(const QString &dir, const QStringList &arguments)
{
    return run(QStringLiteral("git"), dir, arguments);
}

// stdout of a git command that must succeed.
inline QString gitOut(const QString &dir, const QStringList &arguments)
{
    const Run result = git(dir, arguments);
    if (result.exitCode != 0)
        qWarning("git %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 qPrintable(result.err));
    return result.out.trimmed();
}

inline QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A fresh repository on branch main with an identity in its own config.
inline bool initRepository(const QString &dir, bool withIdentity = true)
{
    if (git(dir,
            {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
             QStringLiteral("main")})
            .exitCode
        != 0)
        return false;
    if (!withIdentity)
        return true;
    return git(dir,
               {QStringLiteral("config"), QStringLiteral("user.name"),
                QStringLiteral("Test Architect")})
               .exitCode
        == 0
        && git(dir,
               {QStringLiteral("config"), QStringLiteral("user.email"),
                QStringLiteral("architect@example.com")})
               .exitCode
        == 0;
}

} // namespace GitTest
