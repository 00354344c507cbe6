#pragma once

#include "core/model/project.h"
#include "core/result.h"

#include <QObject>
#include <QString>

#include <optional>

class QUndoStack;

namespace Stackdraft::Core {
class Catalog;
}

namespace Stackdraft::Document {

class DocumentCommand;
class DocumentMutator;

// The one owner of the model: the project, its undo stack and its file state.
// Views read project() and follow the signals; they never change the project. Every edit is a
// DocumentCommand (src/document/commands/) pushed with push(): its redo()/undo() reach the
// mutators through a DocumentMutator, which only commands can obtain, and each mutator emits the
// signal naming what changed, with the project already in its new state. After each command (a
// macro counts as one) changed() is emitted once.
class ProjectDocument final : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(const Core::Catalog &catalog, QObject *parent = nullptr);
    ~ProjectDocument() override;

    const Core::Project &project() const { return m_project; }
    const Core::Catalog &catalog() const { return m_catalog; }
    QUndoStack *undoStack() const { return m_undoStack; }

    QString filePath() const { return m_filePath; }
    bool hasProject() const { return m_hasProject; }
    bool isModified() const;

    // Reads `path`; on failure the document is left exactly as it was and the error says where and
    // why.
    Core::Status load(const QString &path);
    // Writes the project to filePath() (atomically, QSaveFile) and marks the undo stack clean. A
    // failed save says why and changes nothing: the edits stay, still marked modified.
    Core::Status save();
    // The same to `path`, which becomes filePath() once written.
    Core::Status saveAs(const QString &path);
    // Replaces the whole project (a new or imported project); clears the undo history. Connections
    // without ids get them (Core::ConnectionIds::assign).
    void reset(Core::Project project, const QString &filePath = {});

    // Runs `command` and puts it on the undo stack (which owns it). When the command refuses (an
    // id taken, a value the file could not hold, a target that does not exist), the project and
    // the undo stack (redo history included) are unchanged, the command is deleted, and the
    // reason is returned.
    Core::Status push(DocumentCommand *command);

signals:
    // The whole project was replaced: views rebuild everything.
    void projectReset();

    void componentAdded(const QString &componentId);
    // Emitted after the component's deployments, connections and memberships were removed (each
    // with its own signal) and the `from:` variables naming it dropped (componentChanged /
    // deploymentChanged of their owners).
    void componentRemoved(const QString &componentId);
    // Label, type, image, ports, variables, properties...
    void componentChanged(const QString &componentId);
    // Emitted first; then componentChanged, deploymentChanged, connectionChanged and groupChanged
    // (under the new id) for what held a reference that was rewritten.
    void componentRenamed(const QString &oldId, const QString &newId);

    void deploymentAdded(const QString &environmentId, const QString &componentId);
    void deploymentRemoved(const QString &environmentId, const QString &componentId);
    // Replicas, resources, position, overrides...
    void deploymentChanged(const QString &environmentId, const QString &componentId);

    void connectionAdded(const QString &connectionId);
    void connectionRemoved(const QString &connectionId);
    void connectionChanged(const QString &connectionId);

    void groupAdded(const QString &groupId);
    void groupRemoved(const QString &groupId);
    // Label or members.
    void groupChanged(const QString &groupId);

    void environmentAdded(const QString &environmentId);
    void environmentRemoved(const QString &environmentId);
    // Settings: label, platform, region, price book, budget, usage...
    void environmentChanged(const QString &environmentId);
    void environmentRenamed(const QString &oldId, const QString &newId);
    // The tab order changed.
    void environmentsReordered();

    // Name, title, description, currency, output, disabled rules.
    void projectSettingsChanged();

    // Once after every command, undo or redo that changed the project, and after a reset: what
    // derives from the whole project (validation, cost, previews) is recomputed on this.
    void changed();

    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath);

private:
    friend class DocumentMutator;

    void setFilePath(const QString &filePath);

    const Core::Catalog &m_catalog;
    Core::Project m_project;
    QUndoStack *m_undoStack;
    QString m_filePath;
    bool m_hasProject = false;
    // Set by a DocumentMutator: whether the running command changed anything, and why it refused.
    bool m_dirty = false;
    std::optional<Core::Error> m_refusal;
};

} // namespace Stackdraft::Document
