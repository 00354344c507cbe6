// Commits the generated tree of a 1,000-component project with GeneratedTreeCommit and, on an
// identical repository, with `git add -A && git commit`; prints both times. Run:
// build/bench/bench_git_commit [components]
#include "core/model/project.h"
#include "core/vcs/generatedtreecommit.h"
#include "core/vcs/gitrepository.h"
#include "core/vcs/outputpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Stackdraft::Core;

namespace {

constexpr int Rounds = 3;

// What the exporters write per component (a Kubernetes Deployment and Service, a Terraform module),
// plus the project-wide compose file and architecture document that grow with the component count.
// `revision` changes a tenth of the components, as a design edit would.
ExportSet generatedTree(int components, int revision)
{
    ExportSet set;
    QByteArray compose = "services:\n";
    QByteArray document = "# Architecture\n\n| Component | Replicas |\n|---|---|\n";
    for (int i = 0; i < components; ++i) {
        const QByteArray name = "service-" + QByteArray::number(i);
        const int replicas = (i % 10 == 0) ? 2 + revision : 2;
        const QByteArray deployment
            = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + name
            + "\n  labels:\n"
              "    app.kubernetes.io/name: "
            + name + "\nspec:\n  replicas: " + QByteArray::number(replicas)
            + "\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: " + name
            + "\n  template:\n    spec:\n      containers:\n        - name: " + name
            + "\n          image: registry.example.com/" + name
            + ":1.0.0\n          resources:\n            requests: {cpu: 250m, memory: 256Mi}\n"
              "            limits: {cpu: 500m, memory: 512Mi}\n";
        set.add(QStringLiteral("deploy/k8s/base/%1/deployment.yaml").arg(QString::fromLatin1(name)),
                deployment);
        set.add(QStringLiteral("deploy/k8s/base/%1/service.yaml").arg(QString::fromLatin1(name)),
                "apiVersion: v1\nkind: Service\nmetadata:\n  name: " + name
                    + "\nspec:\n  ports:\n    - port: 8080\n");
        compose += "  " + name + ":\n    image: registry.example.com/" + name + ":1.0.0\n";
        document += "| " + name + " | " + QByteArray::number(replicas) + " |\n";
    }
    set.add(QStringLiteral("deploy/compose/docker-compose.yml"), compose);
    set.add(QStringLiteral("docs/ARCHITECTURE.md"), document);
    return set;
}

bool runGit(const QString &dir, const QStringList &arguments)
{
    QProcess git;
    git.setWorkingDirectory(dir);
    git.start(QStringLiteral("git"), arguments);
    return git.waitForFinished(300000) && git.exitStatus() == QProcess::NormalExit
        && git.exitCode() == 0;
}

bool runShell(const QString &dir, const QString &command)
{
    QProcess shell;
    shell.setWorkingDirectory(dir);
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    return shell.waitForFinished(300000) && shell.exitStatus() == QProcess::NormalExit
        && shell.exitCode() == 0;
}

bool initRepository(const QString &dir)
{
    return runGit(dir, {"init", "-q", "-b", "main"})
        && runGit(dir, {"config", "user.name", "Bench"})
        && runGit(dir, {"config", "user.email", "bench@example.com"});
}

bool writeTree(const QString &dir, const ExportSet &set)
{
    for (auto it = set.files().cbegin(); it != set.files().cend(); ++it) {
        const QString path = dir + QLatin1Char('/') + it.key();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size()
            || !file.commit())
            return false;
    }
    return true;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

struct Timings
{
    double first = 0; // ms, commit into an empty repository
    double second = 0; // ms, commit of a design edit (a tenth of the components changed)
};

// Stackdraft: with `exported`, the files are already in the working tree (written untimed, as for
// git); without, writing them is part of the commit.
std::optional<Timings> timeStackdraft(int components, bool exported)
{
    QTemporaryDir dir;
    if (!initRepository(dir.path()))
        return std::nullopt;
    Timings timings;
    for (int revision = 0; revision < 2; ++revision) {
        const ExportSet tree = generatedTree(components, revision);
        if (exported && !writeTree(dir.path(), tree))
            return std::nullopt;
        QElapsedTimer timer;
        timer.start();
        Result<GitRepository> repository = GitRepository::open(dir.path());
        const Result<OutputPaths> paths = OutputPaths::resolve(
            Project {}, dir.filePath(QStringLiteral("p.stackdraft.yaml")), dir.path());
        if (!repository || !paths)
            return std::nullopt;
        GeneratedTreeCommit::Options options;
        options.message = QStringLiteral("Generated");
        const auto outcome = GeneratedTreeCommit(*repository, *paths).commit(tree, options);
        if (!outcome || !outcome->committed)
            return std::nullopt;
        (revision == 0 ? timings.first : timings.second) = double(timer.nsecsElapsed()) / 1e6;
    }
    return timings;
}

// git: the same files are already in the working tree (written untimed), then `git add -A && git
// commit`.
std::optional<Timings> timeGit(int components)
{
    QTemporaryDir dir;
    if (!initRepository(dir.path()))
        return std::nullopt;
    Timings timings;
    for (int revision = 0; revision < 2; ++revision) {
        if (!writeTree(dir.path(), generatedTree(components, revision)))
            return std::nullopt;
        QElapsedTimer timer;
        timer.start();
        if (!runShell(dir.path(), QStringLiteral("git add -A && git commit -q -m Generated")))
            return std::nullopt;
        (revision == 0 ? timings.first : timings.second) = double(timer.nsecsElapsed()) / 1e6;
    }
    return timings;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int components = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 1000;
    // The machine's git configuration (hooks, signing, fsmonitor) must not tilt either side.
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.path()));
    qputenv("GIT_CONFIG_NOSYSTEM", "1");

    std::vector<double> exportedFirst, exportedSecond, writingFirst, writingSecond, gitFirst,
        gitSecond;
    for (int round = 0; round < Rounds; ++round) {
        const auto exported = timeStackdraft(components, true);
        const auto writing = timeStackdraft(components, false);
        const auto theirs = timeGit(components);
        if (!exported || !writing || !theirs) {
            QTextStream(stderr) << "bench_git_commit: a commit failed\n";
            return 2;
        }
        exportedFirst.push_back(exported->first);
        exportedSecond.push_back(exported->second);
        writingFirst.push_back(writing->first);
        writingSecond.push_back(writing->second);
        gitFirst.push_back(theirs->first);
        gitSecond.push_back(theirs->second);
    }
    const qsizetype files = generatedTree(components, 0).size();
    QTextStream out(stdout);
    out << "Commit of the generated tree: " << components << " components, " << files
        << " files, median of " << Rounds << " rounds (ms)\n";
    const auto row = [&out](const QString &name, double a, double b, double c) {
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(name, -34)
                   .arg(a, 18, 'f', 1)
                   .arg(b, 18, 'f', 1)
                   .arg(c, 16, 'f', 1);
    };
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("case"), -34)
               .arg(QStringLiteral("stackdraft"), 18)
               .arg(QStringLiteral("stackdraft+write"), 18)
               .arg(QStringLiteral("git add+commit"), 16);
    row(QStringLiteral("first commit (empty repository)"), median(exportedFirst),
        median(writingFirst), median(gitFirst));
    row(QStringLiteral("design edit (1/10 of components)"), median(exportedSecond),
        median(writingSecond), median(gitSecond));
    out << "stackdraft and git: the files are already in the working tree (as after `stackdraft "
           "export`);\nstackdraft+write: the commit also writes them (one flush of the file "
           "system before the branch moves).\n";
    return 0;
}
