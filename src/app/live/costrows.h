#pragma once

#include "app/live/rowsmodel.h"

#include <QList>
#include <QStringList>

namespace Stackdraft::Core {
struct CostReport;
}

namespace Stackdraft::App {

class EnvironmentComparison;

// What the Cost dock shows, as immutable rows computed off the UI thread (pure functions of their
// inputs; the texts are translated in CostDock's context).
class CostRows final
{
public:
    // The environment's lines grouped by component (environment-level lines last): each group
    // with its subtotal, each line with quantity, unit price, amount, price key and its change
    // against `saved` (the same environment as last saved; null: no delta column), lines the edit
    // removed marked so.
    static QList<SnapshotRow> lines(const Core::CostReport &report, const Core::CostReport *saved);

    struct Table
    {
        QStringList headers;
        QList<SnapshotRow> rows;
    };
    // Components × environments (replicas, CPU, memory, $/month per environment), then the total
    // and budget rows.
    static Table comparison(const EnvironmentComparison &table);

    static QString money(double usd);
    static QString signedMoney(double usd); // empty when it rounds to zero
};

} // namespace Stackdraft::App
