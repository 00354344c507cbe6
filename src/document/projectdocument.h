#pragma once

#include "core/model/project.h"
#include "core/result.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace Stackdraft::Core {
class Catalog;
}

namespace Stackdraft::App {

// The one owner of the model in the app: the project, its undo stack and its file state.
// Views read through project() and follow the signals; every edit goes through a QUndoCommand whose
// redo()/undo() call the mutators below, which emit the signal naming what changed.
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
    // Replaces the whole project (a new or imported project); clears the undo history.
    void reset(Core::Project project, const QString &filePath = {});

    // Mutators for commands. Each one is a no-op (and emits nothing) when the target does not
    // exist.
    bool replaceComponent(const Core::Component &component);
    bool replaceDeployment(const QString &environmentId, const Core::Deployment &deployment);

signals:
    // The whole project was replaced: views rebuild everything.
    void projectReset();
    // A component's logical data (label, type, ...) changed.
    void componentChanged(const QString &componentId);
    // A deployment of `environmentId` changed (replicas, resources, position, ...).
    void deploymentChanged(const QString &environmentId, const QString &componentId);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath);

private:
    const Core::Catalog &m_catalog;
    Core::Project m_project;
    QUndoStack *m_undoStack;
    QString m_filePath;
    bool m_hasProject = false;
};

} // namespace Stackdraft::App
