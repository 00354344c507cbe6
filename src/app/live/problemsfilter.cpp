#include "app/live/problemsfilter.h"

#include "app/live/problemsmodel.h"

namespace Stackdraft::App {

ProblemsFilter::ProblemsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ProblemsFilter::setSeverityShown(Core::Severity severity, bool shown)
{
    m_shown[int(severity)] = shown;
    invalidateFilter();
}

bool ProblemsFilter::isSeverityShown(Core::Severity severity) const
{
    return m_shown[int(severity)];
}

void ProblemsFilter::setEnvironment(const QString &environmentId)
{
    m_environment = environmentId;
    invalidateFilter();
}

bool ProblemsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_shown[index.data(ProblemsModel::SeverityRole).toInt()])
        return false;
    return m_environment.isEmpty()
        || index.data(ProblemsModel::EnvironmentIdRole).toString() == m_environment;
}

bool ProblemsFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == ProblemsModel::SeverityColumn)
        return left.data(ProblemsModel::SeverityRole).toInt()
            < right.data(ProblemsModel::SeverityRole).toInt();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Stackdraft::App
