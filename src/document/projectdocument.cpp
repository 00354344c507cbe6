#include "app/projectdocument.h"

#include "core/io/projectreader.h"

#include <QFileInfo>
#include <QUndoStack>

namespace Stackdraft::App {

ProjectDocument::ProjectDocument(const Core::Catalog &catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

ProjectDocument::~ProjectDocument() = default;

bool ProjectDocument::isModified() const
{
    return !m_undoStack->isClean();
}

Core::Status ProjectDocument::load(const QString &path)
{
    Core::Result<Core::Project> read = Core::ProjectReader::readFile(path, m_catalog);
    if (!read)
        return read.error();
    reset(std::move(read).value(), QFileInfo(path).absoluteFilePath());
    return Core::success();
}

void ProjectDocument::reset(Core::Project project, const QString &filePath)
{
    m_project = std::move(project);
    m_hasProject = true;
    m_undoStack->clear();
    m_undoStack->setClean();
    if (m_filePath != filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    emit projectReset();
}

bool ProjectDocument::replaceComponent(const Core::Component &component)
{
    Core::Component *existing = m_project.component(component.id);
    if (!existing)
        return false;
    if (*existing == component)
        return true;
    *existing = component;
    emit componentChanged(component.id);
    return true;
}

bool ProjectDocument::replaceDeployment(const QString &environmentId,
                                        const Core::Deployment &deployment)
{
    Core::Environment *environment = m_project.environment(environmentId);
    Core::Deployment *existing
        = environment ? environment->deployment(deployment.component) : nullptr;
    if (!existing)
        return false;
    if (*existing == deployment)
        return true;
    *existing = deployment;
    emit deploymentChanged(environmentId, deployment.component);
    return true;
}

} // namespace Stackdraft::App
