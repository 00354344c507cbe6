#include "scale/scalerows.h"

#include "core/io/projectwriter.h"
#include "generator/projectgenerator.h"
#include "scale/childrun.h"
#include "scale/scalestep.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

namespace Stackdraft::Bench {

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1) + QStringLiteral(" MB");
}

} // namespace

ScaleRows::ScaleRows(Options options)
    : m_options(std::move(options))
{
}

QString ScaleRows::stackdraft() const
{
    return QStringLiteral(STACKDRAFT_BINARY_DIR "/src/app/stackdraft");
}

QString ScaleRows::sizeLabel(int size)
{
    if (size >= 1000 && size % 1000 == 0)
        return QString::number(size / 1000) + QLatin1Char('k');
    return QString::number(size);
}

QString ScaleRows::cellText(const Cell &cell, bool wall)
{
    if (!cell.ok)
        return cell.failure.isEmpty() ? QStringLiteral("—")
                                      : QStringLiteral("**%1**").arg(cell.failure);
    auto time = [](double ms) {
        return ms >= 1000 ? QString::number(ms / 1000, 'f', 2) + QStringLiteral(" s")
                          : QString::number(ms, 'f', ms < 10 ? 2 : 1) + QStringLiteral(" ms");
    };
    QString text = wall ? QStringLiteral("%1 (%2)").arg(time(cell.wallMs), time(cell.cpuMs))
                        : time(cell.cpuMs);
    if (cell.peakKb > 0)
        text += QStringLiteral(" · %1 MB").arg(cell.peakKb / 1024);
    return text;
}

ScaleRows::Cell ScaleRows::step(const QString &name, const QString &file) const
{
    static const QRegularExpression line(QStringLiteral("cpu_ms=([0-9.]+) note=(.*)"));
    Cell cell;
    QList<double> cpu;
    QList<double> wall;
    for (int run = 0; run < m_options.runs; ++run) {
        const ChildRun child
            = ChildRun::run(m_options.self, {QStringLiteral("--step"), name, file});
        const QRegularExpressionMatch m = line.match(child.output);
        if (!child.ok || !m.hasMatch()) {
            cell.failure = child.ok ? QStringLiteral("no figure printed") : child.failure;
            return cell;
        }
        cpu << m.captured(1).toDouble();
        wall << child.wallMs;
        cell.peakKb = std::max(cell.peakKb, child.peakKb);
        cell.note = m.captured(2).trimmed();
    }
    cell.ok = true;
    cell.cpuMs = median(cpu);
    cell.wallMs = median(wall);
    return cell;
}

ScaleRows::Cell ScaleRows::command(const QString &program, const QStringList &arguments,
                                   const QString &directory) const
{
    Cell cell;
    QList<double> cpu;
    QList<double> wall;
    for (int run = 0; run < m_options.runs; ++run) {
        // `validate` answers 1 when it finds problems: a measured answer all the same.
        const ChildRun child = ChildRun::run(program, arguments, directory, {0, 1});
        if (!child.ok) {
            cell.failure = child.failure;
            return cell;
        }
        cpu << child.cpuMs;
        wall << child.wallMs;
        cell.peakKb = std::max(cell.peakKb, child.peakKb);
    }
    cell.ok = true;
    cell.cpuMs = median(cpu);
    cell.wallMs = median(wall);
    return cell;
}

// Two identical repositories holding the generated tree of the project; then a design edit (the
// replicas of one component in ten, in production) is committed in one with `stackdraft commit`
// (read, generate, write the files, commit) and by hand in the other (`stackdraft export`, then
// `git add -A && git commit`). One run each: the repositories change.
void ScaleRows::commitRows(int size, const QString &scratch, Cell &stackdraftCell,
                           Cell &byHandCell) const
{
    const QString project = QStringLiteral("platform.stackdraft.yaml");
    auto sh = [](const QString &dir, const QString &script) {
        return ChildRun::run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script}, dir);
    };
    const QString ours = scratch + QStringLiteral("/commit-%1-stackdraft").arg(size);
    const QString theirs = scratch + QStringLiteral("/commit-%1-git").arg(size);
    Core::Project design = ProjectGenerator::generate(size);
    for (const QString &dir : {ours, theirs}) {
        QDir().mkpath(dir);
        const ChildRun init
            = sh(dir,
                 QStringLiteral("git init -q -b main . && git config user.name Bench && "
                                "git config user.email bench@example.com && "
                                "echo '*.stackdraft.yaml' > .gitignore && git add "
                                ".gitignore && git commit -q -m start"));
        if (!init.ok
            || !writeFile(dir + QLatin1Char('/') + project, Core::ProjectWriter::toBytes(design))) {
            stackdraftCell.failure = byHandCell.failure
                = QStringLiteral("setup: %1").arg(init.failure);
            return;
        }
    }
    const ChildRun first = ChildRun::run(
        stackdraft(),
        {QStringLiteral("commit"), project, QStringLiteral("-m"), QStringLiteral("first")}, ours);
    const ChildRun firstByHand
        = sh(theirs,
             QStringLiteral("%1 export %2 --out . >/dev/null && git add -A && git commit "
                            "-q -m first")
                 .arg(stackdraft(), project));
    if (!first.ok || !firstByHand.ok) {
        stackdraftCell.failure = byHandCell.failure
            = QStringLiteral("first commit: %1")
                  .arg(first.ok ? firstByHand.failure : first.failure);
        return;
    }
    // An edit comes later than the commit before it: a second passes, so that neither git nor
    // stackdraft finds files changed in the second its index was written ("racy git"), which
    // both would re-read in full.
    QThread::sleep(1);
    Core::Environment &production = design.environments.last();
    for (qsizetype i = 0; i < production.deployments.size(); i += 10)
        production.deployments[i].replicas += 1;
    for (const QString &dir : {ours, theirs})
        writeFile(dir + QLatin1Char('/') + project, Core::ProjectWriter::toBytes(design));
    const ChildRun edit = ChildRun::run(
        stackdraft(),
        {QStringLiteral("commit"), project, QStringLiteral("-m"), QStringLiteral("edit")}, ours);
    const ChildRun exported = ChildRun::run(
        stackdraft(),
        {QStringLiteral("export"), project, QStringLiteral("--out"), QStringLiteral(".")}, theirs);
    const ChildRun git = sh(theirs, QStringLiteral("git add -A && git commit -q -m edit"));
    auto fill = [](Cell &cell, const QList<ChildRun> &runs) {
        for (const ChildRun &run : runs) {
            if (!run.ok) {
                cell.failure = run.failure;
                return;
            }
            cell.cpuMs += run.cpuMs;
            cell.wallMs += run.wallMs;
            cell.peakKb = std::max(cell.peakKb, run.peakKb);
        }
        cell.ok = true;
    };
    fill(stackdraftCell, {edit});
    fill(byHandCell, {exported, git});
}

void ScaleRows::printTable(QTextStream &out, const QList<Row> &rows, bool wall) const
{
    const QList<int> &sizes = m_options.sizes;
    out << "| step |";
    for (int size : sizes)
        out << ' ' << sizeLabel(size) << " |";
    if (sizes.size() >= 2)
        out << " growth " << sizeLabel(sizes.at(sizes.size() - 2)) << "→" << sizeLabel(sizes.last())
            << " |";
    out << "\n|---|";
    for (qsizetype i = 0; i < sizes.size() + (sizes.size() >= 2 ? 1 : 0); ++i)
        out << "---:|";
    out << '\n';
    for (const Row &row : rows) {
        out << "| " << row.name << " |";
        for (const Cell &cell : row.cells)
            out << ' ' << cellText(cell, wall) << " |";
        if (sizes.size() >= 2) {
            const Cell &a = row.cells.at(row.cells.size() - 2);
            const Cell &b = row.cells.last();
            const double from = wall ? a.wallMs : a.cpuMs;
            const double to = wall ? b.wallMs : b.cpuMs;
            out << ' '
                << (a.ok && b.ok && from > 0 ? QStringLiteral("×%1").arg(to / from, 0, 'f', 1)
                                             : QStringLiteral("—"))
                << " |";
        }
        out << '\n';
    }
    out.flush();
}

bool ScaleRows::printIssue14(QTextStream &out)
{
    if (m_options.sizes.isEmpty())
        m_options.sizes = {100, 1000, 10000};
    const QStringList steps = m_options.steps.isEmpty() ? ScaleStep::names() : m_options.steps;
    QTemporaryDir scratch;
    QStringList files;
    out << "Generated projects (bench/generator, three environments):";
    for (int size : std::as_const(m_options.sizes)) {
        const QByteArray yaml = ProjectGenerator::yaml(size);
        files << scratch.filePath(QStringLiteral("generated-%1.stackdraft.yaml").arg(size));
        writeFile(files.last(), yaml);
        out << ' ' << sizeLabel(size) << " = " << megabytes(yaml.size()) << ';';
    }
    out << "\nCPU time of the step alone (median of " << m_options.runs
        << " processes) · peak resident memory of the process (start-up + load + step)\n\n";
    out.flush();
    QList<Row> rows;
    QHash<QString, qsizetype> rowOf;
    bool allOk = true;
    for (const QString &name : steps) {
        Row row {name, {}};
        for (const QString &file : std::as_const(files)) {
            row.cells << step(name, file);
            allOk = allOk && row.cells.last().ok;
        }
        rowOf.insert(name, rows.size());
        rows << row;
    }
    printTable(out, rows, false);
    // The ratios the goals are stated in, size by size.
    out << "\nRatios of CPU time (goals: load ≤ 1.5× yaml-cpp, every format ≤ 5× load):\n\n";
    auto ratio = [&](const QString &label, const QString &top, const QString &bottom) {
        if (!rowOf.contains(top) || !rowOf.contains(bottom))
            return;
        out << "| " << label << " |";
        for (qsizetype i = 0; i < files.size(); ++i) {
            const Cell &a = rows.at(rowOf.value(top)).cells.at(i);
            const Cell &b = rows.at(rowOf.value(bottom)).cells.at(i);
            out << ' '
                << (a.ok && b.ok && b.cpuMs > 0
                        ? QStringLiteral("%1×").arg(a.cpuMs / b.cpuMs, 0, 'f', 2)
                        : QStringLiteral("—"))
                << " |";
        }
        out << '\n';
    };
    ratio(QStringLiteral("load ÷ yaml-cpp"), QStringLiteral("load"), QStringLiteral("yaml-cpp"));
    ratio(QStringLiteral("export:all ÷ load"), QStringLiteral("export:all"),
          QStringLiteral("load"));
    ratio(QStringLiteral("export:all-again ÷ load"), QStringLiteral("export:all-again"),
          QStringLiteral("load"));
    if (m_options.commit) {
        QList<Row> commit {
            {QStringLiteral("stackdraft commit (read, generate, write, commit)"), {}},
            {QStringLiteral("stackdraft export + git add -A && git commit"), {}}};
        for (int size : std::as_const(m_options.sizes)) {
            Cell ours;
            Cell byHand;
            commitRows(size, scratch.path(), ours, byHand);
            commit[0].cells << ours;
            commit[1].cells << byHand;
            allOk = allOk && ours.ok && byHand.ok;
        }
        out << "\nCommit of a design edit (replicas of one component in ten), wall-clock time "
               "(one run; CPU of every process involved in brackets) · peak memory:\n\n";
        printTable(out, commit, true);
    }
    return allOk;
}

bool ScaleRows::printCommands(QTextStream &out)
{
    if (m_options.sizes.isEmpty())
        m_options.sizes = {1000, 10000, 20000, 100000};
    QTemporaryDir scratch;
    QList<Row> rows {{QStringLiteral("file size"), {}},
                     {QStringLiteral("stackdraft validate FILE"), {}},
                     {QStringLiteral("stackdraft export FILE --out DIR (every format)"), {}}};
    bool allOk = true;
    for (int size : std::as_const(m_options.sizes)) {
        const QString file = scratch.filePath(QStringLiteral("terse-%1.stackdraft.yaml").arg(size));
        const QByteArray yaml = ProjectGenerator::compactYaml(size);
        writeFile(file, yaml);
        Cell bytes;
        bytes.ok = true;
        bytes.note = megabytes(yaml.size());
        rows[0].cells << bytes;
        rows[1].cells << command(stackdraft(), {QStringLiteral("validate"), file});
        const QString outDir = scratch.filePath(QStringLiteral("out-%1").arg(size));
        rows[2].cells << command(stackdraft(),
                                 {QStringLiteral("export"), file, QStringLiteral("--out"), outDir});
        QDir(outDir).removeRecursively();
        allOk = allOk && rows[1].cells.last().ok && rows[2].cells.last().ok;
    }
    out << "The `stackdraft` command on terse generated files (ProjectGenerator::compactYaml): CPU "
           "time (user + system, median of "
        << m_options.runs << ") · peak resident memory\n\n";
    printTable(out, rows.mid(1), false);
    out << "\nFile sizes:";
    for (qsizetype i = 0; i < m_options.sizes.size(); ++i)
        out << ' ' << sizeLabel(m_options.sizes.at(i)) << " = " << rows[0].cells.at(i).note << ';';
    out << '\n';
    return allOk;
}

bool ScaleRows::print(QTextStream &out)
{
    return m_options.commands ? printCommands(out) : printIssue14(out);
}

} // namespace Stackdraft::Bench
