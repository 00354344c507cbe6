#pragma once

#include "core/model/deployment.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QLineEdit;

namespace Ui {
class DeploymentForm;
}

namespace Stackdraft::Core {
class Catalog;
struct Project;
} // namespace Stackdraft::Core

namespace Stackdraft::App {

// The selected components' deployments in the current environment (ui/deploymentform.ui): scale,
// resources in Kubernetes quantities, autoscaling (on CPU, memory or a queue's length), storage,
// mode, backups (off, the platform's default, or a schedule and retention), exposure, the
// command and arguments and variable overrides. With several components selected, a field shows a
// value only when they all share it, and an edit applies to all of them. A field that does not
// parse, or that breaks a rule between fields (a limit under its request, a maximum under the
// minimum), shows why and is never emitted. With one component selected, a field whose value
// differs in another environment names it.
class DeploymentForm final : public QWidget
{
    Q_OBJECT

public:
    explicit DeploymentForm(QWidget *parent = nullptr);
    ~DeploymentForm() override;

    // Lets the form offer only brokers whose queue length can be read as queue sources.
    void setCatalog(const Core::Catalog *catalog) { m_catalog = catalog; }

    // Shows `componentIds` as deployed in `environmentId` of `project`. Ids not deployed there
    // are offered "Deploy in this environment".
    void show(const Core::Project &project, const QString &environmentId,
              const QStringList &componentIds);
    QString errorText() const;
    // The field's edit widget by its field name ("replicas", "cpuRequest", "backupSchedule",
    // "queueName", "command"...), for tests.
    QLineEdit *field(const QString &name) const;
    // Why the backup schedule or retention being typed was refused; empty when it was not.
    QString backupErrorText() const;
    // Environments where the shown component's `field` has another value, with that value.
    QStringList differences(const QString &field) const;

signals:
    // Each shown deployment with `field` set to the edited value. Consecutive emissions for the
    // same field and components are one undo step to the receiver.
    void edited(const QString &field, const QList<Core::Deployment> &deployments);
    void deployRequested(const QStringList &componentIds);

private:
    struct NumberField;
    // A field shown as differing from other environments: its name, its label and its value.
    struct ComparedField
    {
        QString name;
        QWidget *label; // a QLabel, or a QGroupBox whose title is the label
        QString labelText;
        QString toolTip; // the label's own, kept under a difference note
        std::function<QString(const Core::Deployment &)> value;
    };
    void buildFields();
    void buildComparedFields();
    void connectBackup();
    void connectQueue();
    void connectCommandLine();
    void fillBackup(bool typing);
    void fillQueue(const Core::Project &project, bool typing);
    void fillCommandLine(const Core::Project &project, bool typing);
    void showBackupError(const QString &error);
    void onNumberEdited(const NumberField &spec);
    // Whether the field's text already means `value` (however it is written).
    bool says(const NumberField &spec, qint64 value) const;
    void apply(const QString &field, const std::function<void(Core::Deployment &)> &change);
    void showError(const QString &error);
    void showDifferences(const Core::Project &project);

    std::unique_ptr<Ui::DeploymentForm> m_ui;
    std::vector<NumberField> m_fields;
    std::vector<ComparedField> m_compared;
    const Core::Catalog *m_catalog = nullptr;
    QList<Core::Deployment> m_deployments; // of the shown components that are deployed
    QStringList m_notDeployed;
    QString m_environmentId;
    QHash<QString, QStringList> m_differences;
    bool m_filling = false;
};

} // namespace Stackdraft::App
