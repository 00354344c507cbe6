#pragma once

#include "core/model/project.h"
#include "core/result.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace Stackdraft::Document {
class ProjectDocument;
}

namespace Stackdraft::App {

// The editor's edits, each one undoable step on the document's stack through the document
// layer's commands. Widgets (palette, inspector, environment actions) call these and never touch
// the model or the stack themselves. `field` names what an edit changes, so that consecutive
// edits of the same field of the same targets (typing) merge into one undo step.
namespace DocumentEdits {

// A new component of catalog type `typeId` with the catalog's defaults, deployed in
// `environmentId` at `position`. Returns its id.
Core::Result<QString> addComponentFromType(Document::ProjectDocument &document,
                                           const QString &environmentId, const QString &typeId,
                                           QPointF position);
// Deploys an existing component in `environmentId` at `position` with the catalog's default sizes.
Core::Status deployComponent(Document::ProjectDocument &document, const QString &environmentId,
                             const QString &componentId, QPointF position);
Core::Status deployComponents(Document::ProjectDocument &document, const QString &environmentId,
                              const QStringList &componentIds, QPointF position);

Core::Status setComponents(Document::ProjectDocument &document, const QString &field,
                           const QList<Core::Component> &components);
Core::Status setDeployments(Document::ProjectDocument &document, const QString &environmentId,
                            const QString &field, const QList<Core::Deployment> &deployments);
Core::Status renameComponent(Document::ProjectDocument &document, const QString &oldId,
                             const QString &newId);
Core::Status setConnection(Document::ProjectDocument &document, const QString &field,
                           const Core::Connection &connection);
Core::Status setGroupLabel(Document::ProjectDocument &document, const QString &groupId,
                           const QString &label);

// Environments.
Core::Status addEnvironment(Document::ProjectDocument &document,
                            const Core::Environment &environment);
Core::Status duplicateEnvironment(Document::ProjectDocument &document, const QString &sourceId,
                                  const QString &newId, const QString &label);
Core::Status renameEnvironment(Document::ProjectDocument &document, const QString &id,
                               const QString &newId, const QString &label);
Core::Status moveEnvironment(Document::ProjectDocument &document, int from, int to);
Core::Status removeEnvironment(Document::ProjectDocument &document, const QString &id);
Core::Status setEnvironmentSettings(Document::ProjectDocument &document,
                                    const Core::Environment &environment);

} // namespace DocumentEdits
} // namespace Stackdraft::App
