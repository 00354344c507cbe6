#pragma once

#include "core/cost/costline.h"
#include "core/message.h"
#include "core/model/project.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

// The monthly cost of one environment, line by line, in USD, against its budget.
struct CostReport
{
    QString environment;
    QString priceBook; // the book's id ("aws-us-east-1"); empty when none was found
    Message priceBookLabel;
    Message priceBookNote; // e.g. "this book prices nothing"
    QString currency = QStringLiteral("USD");
    double hoursPerMonth = 730;
    double budget = 0; // Budget::monthlyCost; 0: none
    CurrencySettings display; // optional display currency (Project::currency)
    QList<CostLine> lines; // component lines in model order, then environment-level lines

    double total() const; // sum of priced lines
    double usageDependentTotal() const; // the part that rests on usage assumptions
    double componentTotal(const QString &component) const;
    // componentTotal() of every component with lines, in one pass: for views that show them all
    // (a lookup per component scanned every line each time).
    QHash<QString, double> componentTotals() const;
    int unpricedCount() const;
    bool isOverBudget() const { return budget > 0 && total() > budget + 0.005; }
    // The budget verdict every reader states (cost command, Cost dock, document). Unpriced lines
    // only add to the total, so "over" is certain; "within" is not while any line is unpriced.
    enum class Verdict { NoBudget, Within, WithinUnsure, Over };
    Verdict verdict() const
    {
        if (budget <= 0)
            return Verdict::NoBudget;
        if (isOverBudget())
            return Verdict::Over;
        return unpricedCount() > 0 ? Verdict::WithinUnsure : Verdict::Within;
    }
    QStringList components() const; // ids with lines, in line order; "" for environment lines
    QList<CostLine> linesOf(const QString &component) const;
    bool hasDisplayCurrency() const { return !display.display.isEmpty() && display.rate > 0; }
    double inDisplayCurrency(double usd) const
    {
        return hasDisplayCurrency() ? usd * display.rate : usd;
    }
};

double roundToCent(double amount);

} // namespace Stackdraft::Core
