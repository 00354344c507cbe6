#pragma once

#include "core/model/deployment.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QLineEdit;

namespace Ui {
class DeploymentForm;
}

namespace Stackdraft::Core {
struct Project;
}

namespace Stackdraft::App {

// The selected components' deployments in the current environment (ui/deploymentform.ui): scale,
// resources in Kubernetes quantities, autoscaling, storage, mode, backup, exposure and variable
// overrides. With several components selected, a field shows a value only when they all share it,
// and an edit applies to all of them. A field that does not parse, or that breaks a rule between
// fields (a limit under its request, a maximum under the minimum), shows why and is never emitted.
// With one component selected, a field whose value differs in another environment names it.
class DeploymentForm final : public QWidget
{
    Q_OBJECT

public:
    explicit DeploymentForm(QWidget *parent = nullptr);
    ~DeploymentForm() override;

    // Shows `componentIds` as deployed in `environmentId` of `project`. Ids not deployed there
    // are offered "Deploy in this environment".
    void show(const Core::Project &project, const QString &environmentId,
              const QStringList &componentIds);
    QString errorText() const;
    // The field's edit widget by its field name ("replicas", "cpuRequest"...), for tests.
    QLineEdit *field(const QString &name) const;
    // Environments where the shown component's `field` has another value, with that value.
    QStringList differences(const QString &field) const;

signals:
    // Each shown deployment with `field` set to the edited value. Consecutive emissions for the
    // same field and components are one undo step to the receiver.
    void edited(const QString &field, const QList<Core::Deployment> &deployments);
    void deployRequested(const QStringList &componentIds);

private:
    struct NumberField;
    void buildFields();
    void onNumberEdited(const NumberField &spec);
    // Whether the field's text already means `value` (however it is written).
    bool says(const NumberField &spec, qint64 value) const;
    void apply(const QString &field, const std::function<void(Core::Deployment &)> &change);
    void showError(const QString &error);
    void showDifferences(const Core::Project &project);

    std::unique_ptr<Ui::DeploymentForm> m_ui;
    std::vector<NumberField> m_fields;
    QList<Core::Deployment> m_deployments; // of the shown components that are deployed
    QStringList m_notDeployed;
    QString m_environmentId;
    QHash<QString, QStringList> m_differences;
    bool m_filling = false;
};

} // namespace Stackdraft::App
