#pragma once

#include "core/validation/problem.h"

#include <QAbstractTableModel>
#include <QList>

namespace Stackdraft::App {

// The problems of every environment as a table: one row per problem.
class ProblemsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        RuleColumn,
        EnvironmentColumn,
        ComponentColumn,
        FieldColumn,
        MessageColumn,
        FixColumn,
        ColumnCount
    };
    enum Role { SeverityRole = Qt::UserRole + 1, EnvironmentIdRole, ComponentIdRole };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setProblems(QList<Core::Problem> problems);
    const QList<Core::Problem> &problems() const { return m_problems; }
    const Core::Problem &problem(int row) const { return m_problems.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Core::Problem> m_problems;
};

} // namespace Stackdraft::App
