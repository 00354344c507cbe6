#pragma once

#include "app/live/rowsmodel.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace Stackdraft::Core {
struct CostReport;
}

namespace Stackdraft::App {

class EnvironmentComparison;
class CostLineMemo;

// What the Cost dock shows, as immutable rows computed off the UI thread (pure functions of their
// inputs; the texts are translated in CostDock's context).
class CostRows final
{
public:
    struct Lines
    {
        QList<SnapshotRow> rows;
        // What this computation leaves for the next (each line's cells, the saved report's lines
        // by key): immutable, shared by the dock and its worker.
        std::shared_ptr<const CostLineMemo> memo;
    };
    // The environment's lines grouped by component (environment-level lines last): each group
    // with its subtotal, each line with quantity, unit price, amount, price key and its change
    // against `saved` (the same environment as last saved; null: no delta column), lines the edit
    // removed marked so. The lines equal to one of `previous` keep its cells: formatting every
    // line again was most of the dock's time after an edit (≈ 4,000 lines at 1,000 components).
    static Lines lines(const Core::CostReport &report, const Core::CostReport *saved,
                       const std::shared_ptr<const CostLineMemo> &previous = {});

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
