#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace Stackdraft::Bench {

// Generates the projects, runs every measurement as a child process and prints the Markdown
// tables of the README (see bench_scale.cpp for the command line).
class ScaleRows final
{
public:
    struct Options
    {
        QList<int> sizes; // empty: 100, 1000, 10000 (issue 14) or 1000, 10000, 100000 (--commands)
        int runs = 3; // children per figure; the median CPU time is shown
        QStringList steps; // empty: every ScaleStep
        bool commands = false; // issue 11's table instead of issue 14's
        bool commit = true; // issue 14's table: the commit rows
        QString self; // this executable, to run `--step NAME FILE` children
    };

    explicit ScaleRows(Options options);
    // Prints the table; false when a figure could not be measured (the row says why).
    bool print(QTextStream &out);

private:
    struct Cell
    {
        bool ok = false;
        QString failure;
        double cpuMs = 0; // median over the runs
        double wallMs = 0; // median over the runs
        qint64 peakKb = 0; // largest over the runs
        QString note;
    };
    struct Row
    {
        QString name;
        QList<Cell> cells; // one per size
    };

    Cell step(const QString &name, const QString &file) const;
    Cell command(const QString &program, const QStringList &arguments,
                 const QString &directory = {}) const;
    void commitRows(int size, const QString &scratch, Cell &stackdraft, Cell &byHand) const;
    bool printIssue14(QTextStream &out);
    bool printCommands(QTextStream &out);
    void printTable(QTextStream &out, const QList<Row> &rows, bool wall) const;
    static QString cellText(const Cell &cell, bool wall);
    static QString sizeLabel(int size);
    QString stackdraft() const;

    Options m_options;
};

} // namespace Stackdraft::Bench
