#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stackdraft::Core {
class Catalog;
struct CostReport;
struct Project;
} // namespace Stackdraft::Core

namespace Stackdraft::App {

// Components × environments: what each environment runs of each component (replicas, CPU and
// memory reserved at rest, monthly cost), with totals and the budgets, as a table a person can
// paste into a document as Markdown.
class EnvironmentComparison final
{
    Q_DECLARE_TR_FUNCTIONS(Stackdraft::App::EnvironmentComparison)

public:
    struct Cell
    {
        bool deployed = false;
        int replicas = 0;
        qint64 cpu = 0; // millicores: replicas × effective request (our containers only)
        qint64 memory = 0; // bytes
        double cost = 0; // USD per month: the component's priced lines
    };
    struct Row
    {
        QString component;
        QList<Cell> cells; // one per environment, in `environments` order
    };

    // `costs` maps environment id → its cost report (an environment without one shows no cost).
    static EnvironmentComparison compute(const Core::Project &project, const Core::Catalog &catalog,
                                         const QHash<QString, const Core::CostReport *> &costs);

    QStringList environments; // ids
    QStringList environmentNames;
    QList<Row> rows; // components deployed in at least one environment, model order
    QList<Cell> totals; // per environment; cost includes environment-level lines
    QList<Cell> budgets; // per environment: the budget's CPU, memory and monthly cost (0: none)

    QString toMarkdown() const;

    static QString money(double usd);
};

} // namespace Stackdraft::App
