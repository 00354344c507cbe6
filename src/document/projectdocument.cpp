#include "document/projectdocument.h"

#include "core/io/projectreader.h"
#include "core/io/projectwriter.h"
#include "core/model/connectionids.h"
#include "document/commands/documentcommand.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUndoStack>

namespace Stackdraft::Document {

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

Core::Status ProjectDocument::save()
{
    if (m_filePath.isEmpty())
        return Core::Error {
            QCoreApplication::translate("Stackdraft::Document",
                                        "the project has no file yet: choose where to save it"),
            {},
            0,
            0,
            {}};
    return saveAs(m_filePath);
}

Core::Status ProjectDocument::saveAs(const QString &path)
{
    if (Core::Status written = Core::ProjectWriter::writeFile(m_project, path); !written)
        return written;
    setFilePath(QFileInfo(path).absoluteFilePath());
    m_undoStack->setClean();
    return Core::success();
}

void ProjectDocument::reset(Core::Project project, const QString &filePath)
{
    m_project = std::move(project);
    Core::ConnectionIds::assign(m_project.connections);
    m_hasProject = true;
    m_undoStack->clear();
    m_undoStack->setClean();
    setFilePath(filePath);
    emit projectReset();
    emit changed();
}

Core::Status ProjectDocument::push(DocumentCommand *command)
{
    // Run it here first: QUndoStack::push() drops the redo history even for a command that then
    // refuses, and a refused edit should cost the user nothing.
    m_refusal.reset();
    command->redo();
    if (command->isObsolete()) {
        const Core::Error refusal = m_refusal.value_or(Core::Error {});
        m_refusal.reset();
        delete command;
        return refusal;
    }
    command->m_skipRedo = true;
    m_undoStack->push(command); // may merge it into the previous command
    return Core::success();
}

void ProjectDocument::setFilePath(const QString &filePath)
{
    if (m_filePath == filePath)
        return;
    m_filePath = filePath;
    emit filePathChanged(m_filePath);
}

} // namespace Stackdraft::Document
