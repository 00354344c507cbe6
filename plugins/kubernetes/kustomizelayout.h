#pragma once

#include "core/export/exportset.h"
#include "core/model/environment.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Stackdraft::Core {
class Catalog;
struct Project;
} // namespace Stackdraft::Core

namespace Stackdraft::Plugins {

// Lays the kubernetes environments of a project out as Kustomize:
//  - deploy/k8s/base/: the components every kubernetes environment deploys, with the component's
//    own settings and the catalog's defaults (replicas 1, default resources); valid on its own;
//  - deploy/k8s/overlays/<env>/: only what differs: the Namespace, the components only that
//    environment deploys (whole), patches where replicas, resources, command, storage or
//    variables differ from the base, the HorizontalPodAutoscalers and the Ingresses.
// The Secret holding the secrets is never generated; each kustomization says how to create it.
class KustomizeLayout final
{
public:
    // The sets it returns keep the bytes `selection` wants (every path is listed either way).
    KustomizeLayout(const Core::Project &project, const Core::Catalog &catalog,
                    Core::ExportSelection selection = Core::ExportSelection::everything());

    // The base and the overlay of `environment` (every kubernetes environment when empty).
    Core::Result<Core::ExportSet> generate(const QString &environment = {}) const;

private:
    Core::Result<Core::ExportSet> base() const;
    Core::Result<Core::ExportSet> overlay(const Core::Environment &env) const;
    QString secretHowTo(const QString &namespaceName, const QStringList &secrets) const;
    static QString operatorNotes(const QStringList &operators,
                                 const QStringList &credentialCommands);

    const Core::Project &m_project;
    const Core::Catalog &m_catalog;
    Core::ExportSelection m_selection;
    QList<const Core::Environment *> m_envs; // kubernetes environments, model order
    Core::Environment m_base; // synthetic: what every kubernetes environment deploys
};

} // namespace Stackdraft::Plugins
