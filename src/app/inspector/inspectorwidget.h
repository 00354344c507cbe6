#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace Stackdraft::Document {
class ProjectDocument;
}

namespace Stackdraft::App {

class ComponentForm;
class ConnectionForm;
class DeploymentForm;
class GroupForm;

// The inspector dock's contents: the form for what is selected on the current canvas — the
// components' shared fields and their deployment in this environment, a connection or a group —
// or a hint when nothing is. Every edit goes through DocumentEdits; the forms are refreshed from
// the model after each change, so undo shows in the inspector too.
class InspectorWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorWidget(Document::ProjectDocument &document, QWidget *parent = nullptr);

    void setSelection(const QString &environmentId, const QStringList &componentIds,
                      const QStringList &connectionIds, const QStringList &groupIds);
    QStringList componentIds() const { return m_componentIds; }

    ComponentForm *componentForm() const { return m_componentForm; }
    DeploymentForm *deploymentForm() const { return m_deploymentForm; }
    ConnectionForm *connectionForm() const { return m_connectionForm; }
    GroupForm *groupForm() const { return m_groupForm; }

signals:
    // An edit the model refused, with its reason (for the status bar).
    void failed(const QString &message);

public slots:
    // Re-reads the model (after any change to the document).
    void refresh();

private:
    void reportFailure(const QString &message);

    Document::ProjectDocument &m_document;
    QStackedWidget *m_pages;
    QLabel *m_hint;
    ComponentForm *m_componentForm;
    DeploymentForm *m_deploymentForm;
    ConnectionForm *m_connectionForm;
    GroupForm *m_groupForm;
    QString m_environmentId;
    QStringList m_componentIds;
    QStringList m_connectionIds;
    QStringList m_groupIds;
};

} // namespace Stackdraft::App
