// The scale benchmark: issue 14's table (load vs a bare yaml-cpp parse, validate, re-validate one
// edited environment, cost, each exporter, all formats, commit vs git) for generated projects of
// 100 / 1,000 / 10,000 components, and issue 11's (the `stackdraft validate` and `export` commands
// on the terse files of up to 100,000 components). Each figure is a child process, so its peak
// memory is its own: CPU time (user + system, median of the runs) and peak resident memory.
//
//   build/bench/bench_scale                      # issue 14's table, sizes 100,1000,10000
//   build/bench/bench_scale --sizes 1000 --runs 1 --steps load,export:compose
//   build/bench/bench_scale --commands           # issue 11's table (the CLI on terse files)
//   build/bench/bench_scale --step NAME FILE     # one step in this process (what children run)
//   build/bench/bench_scale --write N FILE [--terse]   # write a generated project file

#include "generator/projectgenerator.h"
#include "scale/childrun.h"
#include "scale/scalerows.h"
#include "scale/scalestep.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Stackdraft::Bench;

namespace {

int runStep(const QString &name, const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "cannot read " << file << '\n';
        return 2;
    }
    const ScaleStep::Outcome outcome = ScaleStep::run(name, in.readAll());
    if (!outcome.error.isEmpty()) {
        QTextStream(stderr) << name << ": " << outcome.error << '\n';
        return 1;
    }
    QTextStream(stdout) << "cpu_ms=" << QString::number(outcome.cpuMs, 'f', 3)
                        << " note=" << outcome.note << '\n';
    return 0;
}

QList<int> parseSizes(const QString &text)
{
    QList<int> sizes;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        sizes << part.trimmed().toInt();
    return sizes;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 3 && args[0] == QLatin1String("--step"))
        return runStep(args[1], args[2]);
    if ((args.size() == 3 || args.size() == 4) && args[0] == QLatin1String("--write")) {
        const int size = args[1].toInt();
        const bool terse = args.size() == 4 && args[3] == QLatin1String("--terse");
        QFile file(args[2]);
        const QByteArray yaml
            = terse ? ProjectGenerator::compactYaml(size) : ProjectGenerator::yaml(size);
        return file.open(QIODevice::WriteOnly) && file.write(yaml) == yaml.size() ? 0 : 2;
    }

    ScaleRows::Options options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (a == QLatin1String("--sizes")) {
            options.sizes = parseSizes(next);
            ++i;
        } else if (a == QLatin1String("--runs")) {
            options.runs = std::max(1, next.toInt());
            ++i;
        } else if (a == QLatin1String("--steps")) {
            options.steps = next.split(QLatin1Char(','), Qt::SkipEmptyParts);
            ++i;
        } else if (a == QLatin1String("--commands")) {
            options.commands = true;
        } else if (a == QLatin1String("--no-commit")) {
            options.commit = false;
        } else {
            QTextStream(stderr)
                << "usage: bench_scale [--sizes N,N,...] [--runs R] [--steps a,b,...] "
                   "[--no-commit] | --commands [--sizes ...] | --step NAME FILE | --write N "
                   "FILE [--terse]\n";
            return 2;
        }
    }
    options.self = QCoreApplication::applicationFilePath();
    QTextStream out(stdout);
    return ScaleRows(options).print(out) ? 0 : 1;
}
