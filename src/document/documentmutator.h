#pragma once

#include "core/edit/placed.h"
#include "core/edit/projectsettings.h"
#include "core/edit/removedcomponent.h"
#include "core/model/project.h"
#include "core/result.h"

#include <QHash>
#include <QPointF>

namespace Stackdraft::Document {

class ProjectDocument;

// The only way to change a ProjectDocument's project. Its constructor is private: a
// DocumentCommand makes one for the length of its redo() or undo(), so every change is a command
// on the undo stack. Each method runs the pure edit of Core::Edit (which refuses with a reason and
// then changes nothing), emits the document's signals for what changed, and marks the command as
// having changed the project; the last mutator of a command emits changed() when it is destroyed.
class DocumentMutator final
{
public:
    ~DocumentMutator();
    DocumentMutator(const DocumentMutator &) = delete;
    DocumentMutator &operator=(const DocumentMutator &) = delete;

    const Core::Project &project() const;

    // Records why the running command refused; ProjectDocument::push() returns it.
    void refuse(const Core::Error &error);

    Core::Status addComponent(const Core::Component &component, qsizetype index = -1);
    Core::Status setComponent(const Core::Component &component);
    Core::Result<Core::Edit::RemovedComponent> removeComponent(const QString &id);
    void restoreComponent(const Core::Edit::RemovedComponent &removed);
    Core::Status renameComponent(const QString &oldId, const QString &newId);

    Core::Status deploy(const QString &environmentId, const Core::Deployment &deployment,
                        qsizetype index = -1);
    Core::Result<Core::Edit::Placed<Core::Deployment>> undeploy(const QString &environmentId,
                                                                const QString &componentId);
    Core::Status setDeployment(const QString &environmentId, const Core::Deployment &deployment);
    Core::Status moveNodes(const QString &environmentId, const QHash<QString, QPointF> &positions);

    Core::Result<QString> addConnection(const Core::Connection &connection, qsizetype index = -1);
    Core::Result<Core::Edit::Placed<Core::Connection>> removeConnection(const QString &id);
    Core::Status setConnection(const Core::Connection &connection);

    Core::Status createGroup(const Core::Group &group, qsizetype index = -1);
    Core::Result<Core::Edit::Placed<Core::Group>> removeGroup(const QString &id);
    Core::Status setGroup(const Core::Group &group);

    Core::Status addEnvironment(const Core::Environment &environment, qsizetype index = -1);
    Core::Result<Core::Edit::Placed<Core::Environment>> removeEnvironment(const QString &id);
    Core::Status renameEnvironment(const QString &oldId, const QString &newId);
    Core::Status moveEnvironment(const QString &id, qsizetype index);
    Core::Status setEnvironmentSettings(const Core::Environment &settings);

    Core::Status setProjectSettings(const Core::Edit::ProjectSettings &settings);

private:
    friend class DocumentCommand;
    explicit DocumentMutator(ProjectDocument &document);

    Core::Status checkType(const Core::Component &component) const;
    void emitReferenceOwners(const QList<Core::Edit::RemovedComponent::Reference> &references);

    ProjectDocument &m_document;
};

} // namespace Stackdraft::Document
