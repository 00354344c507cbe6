#include "app/live/problemsmodel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

#include <algorithm>

namespace Stackdraft::App {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProblemsModel::setProblems(QList<Core::Problem> problems)
{
    // Every analysis result comes through here, and an edit usually changes a few problems of one
    // environment: the rows both lists share at the head and the tail stay as they are (so do the
    // view's selection, scroll position and the sort proxy's mapping), rows in between are
    // rewritten in place, and only the difference is inserted or removed. A reset re-sorted and
    // re-laid out every row on each edit.
    const qsizetype oldSize = m_problems.size();
    const qsizetype newSize = problems.size();
    qsizetype head = 0;
    while (head < oldSize && head < newSize && m_problems.at(head) == problems.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < oldSize - head && tail < newSize - head
           && m_problems.at(oldSize - 1 - tail) == problems.at(newSize - 1 - tail))
        ++tail;
    const qsizetype removed = oldSize - head - tail;
    const qsizetype added = newSize - head - tail;
    const qsizetype rewritten = std::min(removed, added);
    if (rewritten > 0) {
        for (qsizetype i = head; i < head + rewritten; ++i)
            m_problems[i] = problems.at(i);
        emit dataChanged(index(int(head), 0), index(int(head + rewritten - 1), ColumnCount - 1));
    }
    const qsizetype at = head + rewritten;
    if (removed > rewritten) {
        beginRemoveRows({}, int(at), int(head + removed - 1));
        m_problems.remove(at, removed - rewritten);
        endRemoveRows();
    } else if (added > rewritten) {
        beginInsertRows({}, int(at), int(head + added - 1));
        m_problems.insert(at, added - rewritten, Core::Problem());
        for (qsizetype i = at; i < head + added; ++i)
            m_problems[i] = problems.at(i);
        endInsertRows();
    }
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
