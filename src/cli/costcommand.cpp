#include "cli/costcommand.h"

#include "cli/output.h"
#include "core/catalog/catalog.h"
#include "core/cost/costengine.h"
#include "core/io/projectreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Stackdraft::Cli {
namespace {

using namespace Stackdraft::Core;

QString usage()
{
    return QCoreApplication::translate(
        "Stackdraft::Cli::CostCommand",
        "Usage: stackdraft cost FILE [--env ENVIRONMENT] [--format table|json|markdown]");
}

QString money(double usd)
{
    return QStringLiteral("$%1").arg(usd, 0, 'f', 2);
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

QString unitPrice(const CostLine &l)
{
    return l.priced ? QStringLiteral("$%1/%2").arg(number(l.unitPrice), l.unit) : QString();
}

QString amount(const CostLine &l)
{
    return l.priced ? money(l.amount)
                    : QCoreApplication::translate("Stackdraft::Cli::CostCommand", "unpriced");
}

QString usageMark(const CostLine &l)
{
    return l.usageDependent ? QStringLiteral("*") : QString();
}

QString component(const CostLine &l)
{
    return l.component.isEmpty()
        ? QCoreApplication::translate("Stackdraft::Cli::CostCommand", "(environment)")
        : l.component;
}

QStringList summaryLines(const CostReport &r)
{
    QStringList lines;
    QString total = QCoreApplication::translate("Stackdraft::Cli::CostCommand", "Total: %1/month")
                        .arg(money(r.total()));
    if (r.hasDisplayCurrency())
        total += QCoreApplication::translate("Stackdraft::Cli::CostCommand",
                                             " (about %1 %2 at %3 %1/USD)")
                     .arg(r.display.display)
                     .arg(r.inDisplayCurrency(r.total()), 0, 'f', 2)
                     .arg(number(r.display.rate));
    lines << total;
    switch (r.verdict()) {
    case CostReport::Verdict::NoBudget:
        break;
    case CostReport::Verdict::Over:
        lines << QCoreApplication::translate("Stackdraft::Cli::CostCommand",
                                             "Budget: %1 — OVER by %2")
                     .arg(money(r.budget), money(r.total() - r.budget));
        break;
    case CostReport::Verdict::Within:
        lines << QCoreApplication::translate("Stackdraft::Cli::CostCommand", "Budget: %1 — within")
                     .arg(money(r.budget));
        break;
    case CostReport::Verdict::WithinUnsure:
        lines << QCoreApplication::translate("Stackdraft::Cli::CostCommand",
                                             "Budget: %1 — within, %n line(s) unpriced", nullptr,
                                             r.unpricedCount())
                     .arg(money(r.budget));
        break;
    }
    lines << QCoreApplication::translate("Stackdraft::Cli::CostCommand",
                                         "* depends on usage assumptions: %1 of the total")
                 .arg(money(r.usageDependentTotal()));
    if (r.unpricedCount() > 0)
        lines << QCoreApplication::translate(
            "CostCommand",
            "%n line(s) unpriced: the price book has no price for them "
            "(never guessed)",
            nullptr, r.unpricedCount());
    return lines;
}

QString header(const Environment &env, const CostReport &r)
{
    const QString book = r.priceBook.isEmpty()
        ? QCoreApplication::translate("Stackdraft::Cli::CostCommand", "no price book")
        : r.priceBook;
    return QCoreApplication::translate("Stackdraft::Cli::CostCommand",
                                       "%1 — %2, price book %3, %4 hours/month, %5")
        .arg(env.id, platformId(env.platform), book, number(r.hoursPerMonth), r.currency);
}

// One entry per line of the table (Output::lines writes each as one line).
QStringList tableLines(const Environment &env, const CostReport &r)
{
    QStringList out {header(env, r)};
    if (!r.priceBookNote.isEmpty())
        out << QStringLiteral("  ") + r.priceBookNote.toString();
    const QStringList head
        = {QCoreApplication::translate("Stackdraft::Cli::CostCommand", "COMPONENT"),
           QCoreApplication::translate("Stackdraft::Cli::CostCommand", "RESOURCE"),
           QCoreApplication::translate("Stackdraft::Cli::CostCommand", "QUANTITY"),
           QCoreApplication::translate("Stackdraft::Cli::CostCommand", "UNIT PRICE"),
           QCoreApplication::translate("Stackdraft::Cli::CostCommand", "AMOUNT"),
           QStringLiteral(" "),
           QCoreApplication::translate("Stackdraft::Cli::CostCommand", "PRICE KEY")};
    QList<QStringList> rows;
    for (const CostLine &l : r.lines)
        rows << QStringList {component(l),
                             l.resource.toString(),
                             l.priced ? number(l.quantity) : QString(),
                             unitPrice(l),
                             amount(l),
                             usageMark(l),
                             l.priced ? l.priceKey : l.note.toString()};
    QList<qsizetype> widths;
    for (const QString &h : head)
        widths << h.size();
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto print = [&](const QStringList &row) {
        QString line = QStringLiteral(" ");
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool numeric = i == 2 || i == 4;
            line += QLatin1Char(' ')
                + (numeric ? row.at(i).rightJustified(widths[i])
                           : row.at(i).leftJustified(widths[i]));
        }
        out << line;
    };
    print(head);
    for (const QStringList &row : rows)
        print(row);
    for (const QString &line : summaryLines(r))
        out << QStringLiteral("  ") + line;
    QStringList keys;
    for (const CostLine &l : r.lines) {
        if (l.priced && !keys.contains(l.priceKey)) {
            keys << l.priceKey;
            out << QStringLiteral("  [%1] %2 (%3, %4)")
                       .arg(l.priceKey, l.source, l.date, l.confidence);
        }
    }
    out << QString();
    return out;
}

QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QLatin1String("\\|"));
}

// One entry per line of the Markdown section (Output::lines writes each as one line).
QStringList markdownLines(const Environment &env, const CostReport &r)
{
    QStringList out {QStringLiteral("## ") + header(env, r), QString()};
    if (!r.priceBookNote.isEmpty())
        out << r.priceBookNote.toString() << QString();
    out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
               .arg(QCoreApplication::translate("Stackdraft::Cli::CostCommand", "Component"),
                    QCoreApplication::translate("Stackdraft::Cli::CostCommand", "Resource"),
                    QCoreApplication::translate("Stackdraft::Cli::CostCommand", "Quantity"),
                    QCoreApplication::translate("Stackdraft::Cli::CostCommand", "Unit price"),
                    QCoreApplication::translate("Stackdraft::Cli::CostCommand", "Amount"),
                    QCoreApplication::translate("Stackdraft::Cli::CostCommand", "Source"))
        << QStringLiteral("|---|---|---:|---:|---:|---|");
    for (const CostLine &l : r.lines)
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5%6 | %7 |")
                   .arg(cell(component(l)), cell(l.resource.toString()),
                        l.priced ? number(l.quantity) + QLatin1Char(' ') + l.unit : QString(),
                        unitPrice(l), amount(l),
                        l.usageDependent ? QStringLiteral(" \\*") : QString(),
                        cell(l.priced ? QStringLiteral("%1 (%2)").arg(l.source, l.date)
                                      : l.note.toString()));
    out << QString();
    for (const QString &line : summaryLines(r))
        out << QStringLiteral("- ") + line;
    out << QString();
    return out;
}

QJsonObject toJson(const Environment &env, const CostReport &r)
{
    QJsonArray lines;
    for (const CostLine &l : r.lines)
        lines.append(QJsonObject {{QStringLiteral("component"), l.component},
                                  {QStringLiteral("resource"), l.resource.toString()},
                                  {QStringLiteral("quantity"), l.quantity},
                                  {QStringLiteral("unit"), l.unit},
                                  {QStringLiteral("unitPrice"), l.unitPrice},
                                  {QStringLiteral("amount"), l.amount},
                                  {QStringLiteral("priced"), l.priced},
                                  {QStringLiteral("usageDependent"), l.usageDependent},
                                  {QStringLiteral("priceKey"), l.priceKey},
                                  {QStringLiteral("source"), l.source},
                                  {QStringLiteral("date"), l.date},
                                  {QStringLiteral("confidence"), l.confidence},
                                  {QStringLiteral("note"), l.note.toString()}});
    QJsonObject o {{QStringLiteral("environment"), env.id},
                   {QStringLiteral("platform"), platformId(env.platform)},
                   {QStringLiteral("priceBook"), r.priceBook},
                   {QStringLiteral("currency"), r.currency},
                   {QStringLiteral("hoursPerMonth"), r.hoursPerMonth},
                   {QStringLiteral("total"), r.total()},
                   {QStringLiteral("usageDependentTotal"), r.usageDependentTotal()},
                   {QStringLiteral("unpriced"), r.unpricedCount()},
                   {QStringLiteral("budget"), r.budget},
                   {QStringLiteral("overBudget"), r.isOverBudget()},
                   {QStringLiteral("lines"), lines}};
    if (r.hasDisplayCurrency())
        o.insert(QStringLiteral("display"),
                 QJsonObject {{QStringLiteral("currency"), r.display.display},
                              {QStringLiteral("rate"), r.display.rate},
                              {QStringLiteral("total"), r.inDisplayCurrency(r.total())}});
    return o;
}

} // namespace

QString CostCommand::name() const
{
    return QStringLiteral("cost");
}

QString CostCommand::summary() const
{
    return QCoreApplication::translate(
        "Stackdraft::Cli::CostCommand",
        "monthly cost per environment, line by line, with unit prices and sources");
}

int CostCommand::run(const QStringList &arguments, Output &out, Output &err)
{
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        out.lines({usage(), summary(),
                   QCoreApplication::translate("Stackdraft::Cli::CostCommand",
                                               "Exit codes: 0 within budget, 1 over budget, 2 "
                                               "usage error or unreadable file.")});
        return 0;
    }
    QString file;
    QString envId;
    QString format = QStringLiteral("table");
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if ((a == QLatin1String("--env") || a == QLatin1String("--format"))
            && i + 1 < arguments.size()) {
            (a == QLatin1String("--env") ? envId : format) = arguments.at(++i);
        } else if (a.startsWith(QLatin1Char('-')) || !file.isEmpty()) {
            err.line(QCoreApplication::translate("Stackdraft::Cli::CostCommand",
                                                 "stackdraft cost: unexpected argument '%1'"),
                     a);
            err.line(usage());
            return 2;
        } else {
            file = a;
        }
    }
    const QStringList formats
        = {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("markdown")};
    if (file.isEmpty() || !formats.contains(format)) {
        err.line(usage());
        return 2;
    }
    const Catalog &catalog = Catalog::standard();
    const Result<Project> loaded = ProjectReader::readFile(file, catalog);
    if (!loaded) {
        err.line(loaded.error().toString());
        return 2;
    }
    const Project &project = loaded.value();
    if (!envId.isEmpty() && !project.environment(envId)) {
        err.line(QCoreApplication::translate("Stackdraft::Cli::CostCommand",
                                             "stackdraft cost: no environment '%1' in %2"),
                 envId, file);
        return 2;
    }
    bool overBudget = false;
    QJsonArray environments;
    for (const Environment &env : project.environments) {
        if (!envId.isEmpty() && env.id != envId)
            continue;
        const CostReport costs
            = CostEngine::estimate(project, env, catalog, PriceBooks::standard());
        overBudget = overBudget || costs.isOverBudget();
        if (format == QLatin1String("json"))
            environments.append(toJson(env, costs));
        else if (format == QLatin1String("markdown"))
            out.lines(markdownLines(env, costs));
        else
            out.lines(tableLines(env, costs));
    }
    if (format == QLatin1String("json"))
        out.json(QJsonDocument(QJsonObject {{QStringLiteral("file"), file},
                                            {QStringLiteral("environments"), environments}}));
    out.flush();
    return overBudget ? 1 : 0;
}

} // namespace Stackdraft::Cli
