#pragma once

#include "core/model/deployment.h"
#include "document/commands/setdeploymentcommand.h"
#include "document/projectdocument.h"

#include <QString>

#include <functional>

// What the live-dock tests share: an edit of one deployment pushed as the document's own undoable
// command, the way the inspector makes one.
namespace LiveTesting {

inline void editDeployment(Stackdraft::Document::ProjectDocument &document,
                           const QString &environment, const QString &component,
                           const std::function<void(Stackdraft::Core::Deployment &)> &edit)
{
    Stackdraft::Core::Deployment deployment
        = *document.project().environment(environment)->deployment(component);
    edit(deployment);
    const Stackdraft::Core::Status status = document.push(
        new Stackdraft::Document::SetDeploymentCommand(&document, environment, deployment));
    if (!status)
        qFatal("LiveTesting::editDeployment: the document refused the edit");
}

inline QString example(const char *name)
{
    return QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples/%1.stackdraft.yaml")
        .arg(QLatin1String(name));
}

} // namespace LiveTesting
