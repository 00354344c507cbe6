#pragma once

#include "core/validation/problem.h"

#include <QSortFilterProxyModel>
#include <QString>

namespace Stackdraft::App {

// Filters by severity and environment; sorts severities by weight, not by name.
class ProblemsFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProblemsFilter(QObject *parent = nullptr);

    void setSeverityShown(Core::Severity severity, bool shown);
    bool isSeverityShown(Core::Severity severity) const;
    // Empty: every environment.
    void setEnvironment(const QString &environmentId);
    QString environment() const { return m_environment; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_shown[3] = {true, true, true};
    QString m_environment;
};

} // namespace Stackdraft::App
