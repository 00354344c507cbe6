#include "app/live/problemsmodel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace Stackdraft::App {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProblemsModel::setProblems(QList<Core::Problem> problems)
{
    if (problems == m_problems)
        return;
    beginResetModel();
    m_problems = std::move(problems);
    endResetModel();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_problems.size())
        return {};
    const Core::Problem &p = m_problems.at(index.row());
    switch (role) {
    case SeverityRole:
        return int(p.severity);
    case EnvironmentIdRole:
        return p.location.environment;
    case ComponentIdRole:
        return p.location.component;
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn)
            return {};
        switch (p.severity) {
        case Core::Severity::Error:
            return qApp->style()->standardIcon(QStyle::SP_MessageBoxCritical);
        case Core::Severity::Warning:
            return qApp->style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case Core::Severity::Info:
            return qApp->style()->standardIcon(QStyle::SP_MessageBoxInformation);
        }
        return {};
    case Qt::ToolTipRole:
        return p.fix.isEmpty() ? p.message.toString()
                               : tr("%1\nFix: %2").arg(p.message.toString(), p.fix.toString());
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case SeverityColumn:
            return Core::severityText(p.severity);
        case RuleColumn:
            return p.ruleId;
        case EnvironmentColumn:
            return p.location.environment;
        case ComponentColumn:
            return p.location.component;
        case FieldColumn:
            return p.location.fieldPath();
        case MessageColumn:
            return p.message.toString();
        case FixColumn:
            return p.fix.toString();
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case EnvironmentColumn:
        return tr("Environment");
    case ComponentColumn:
        return tr("Component");
    case FieldColumn:
        return tr("Field");
    case MessageColumn:
        return tr("Message");
    case FixColumn:
        return tr("Fix");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Stackdraft::App
