#pragma once

#include "app/projectdocument.h"
#include "core/model/deployment.h"

#include <QString>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

// What the live-dock tests share: an edit of one deployment as an undoable command, the way the
// inspector makes one.
namespace LiveTesting {

class EditDeployment final : public QUndoCommand
{
public:
    EditDeployment(Stackdraft::App::ProjectDocument &document, const QString &environment,
                   const QString &component,
                   const std::function<void(Stackdraft::Core::Deployment &)> &edit)
        : m_document(document)
        , m_environment(environment)
    {
        m_before = *document.project().environment(environment)->deployment(component);
        m_after = m_before;
        edit(m_after);
    }
    void redo() override { m_document.replaceDeployment(m_environment, m_after); }
    void undo() override { m_document.replaceDeployment(m_environment, m_before); }

private:
    Stackdraft::App::ProjectDocument &m_document;
    QString m_environment;
    Stackdraft::Core::Deployment m_before;
    Stackdraft::Core::Deployment m_after;
};

inline void editDeployment(Stackdraft::App::ProjectDocument &document, const QString &environment,
                           const QString &component,
                           const std::function<void(Stackdraft::Core::Deployment &)> &edit)
{
    document.undoStack()->push(new EditDeployment(document, environment, component, edit));
}

inline QString example(const char *name)
{
    return QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples/%1.stackdraft.yaml")
        .arg(QLatin1String(name));
}

} // namespace LiveTesting
