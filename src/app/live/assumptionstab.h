#pragma once

#include <QString>
#include <QWidget>

namespace Stackdraft::Document {
class ProjectDocument;
}

namespace Stackdraft::App {

class UsageAssumptionsForm;
using Document::ProjectDocument;

// The Cost dock's Assumptions tab: one environment's usage figures, editable where their cost
// shows. Each change is one SetEnvironmentSettingsCommand (typing into one figure merges into one
// step); the figures follow undo, redo and every other change of the environment.
class AssumptionsTab final : public QWidget
{
    Q_OBJECT

public:
    explicit AssumptionsTab(ProjectDocument &document, QWidget *parent = nullptr);

    QString environment() const { return m_environment; }
    void setEnvironment(const QString &environmentId);
    UsageAssumptionsForm *form() const { return m_form; }

private:
    void refresh();
    void onEdited(const QString &field);

    ProjectDocument &m_document;
    UsageAssumptionsForm *m_form;
    QString m_environment;
};

} // namespace Stackdraft::App
