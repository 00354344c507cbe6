#pragma once

#include "app/live/promotion.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class PromoteDialog;
}

namespace Stackdraft::Core {
struct Project;
}

namespace Stackdraft::App {

// "Promote staging → production…": per component, what differs between two environments, each
// difference a tick box; chosen() is what the user ticked. The caller applies it as one command.
class PromoteDialog final : public QDialog
{
    Q_OBJECT

public:
    PromoteDialog(const Core::Project &project, const QString &sourceId, const QString &targetId,
                  QWidget *parent = nullptr);
    ~PromoteDialog() override;

    QString source() const;
    QString target() const;
    void setEnvironments(const QString &sourceId, const QString &targetId);
    QList<Promotion::Difference> differences() const { return m_differences; }
    QList<Promotion::Difference> chosen() const;
    // Ticks or clears every difference of `component` (every one when empty).
    void setChosen(const QString &component, bool chosen);

    // A default pair: the environment before the last one → the last one (staging → production).
    static std::pair<QString, QString> defaultPair(const Core::Project &project);

private:
    void refresh();
    void updateSummary();

    std::unique_ptr<Ui::PromoteDialog> m_ui;
    const Core::Project &m_project;
    QList<Promotion::Difference> m_differences;
};

} // namespace Stackdraft::App
