#include "document/commands/documentcommand.h"

#include "document/projectdocument.h"

#include <QLoggingCategory>

#include <utility>

namespace Stackdraft::Document {

Q_LOGGING_CATEGORY(lcDocument, "stackdraft.document")

DocumentCommand::DocumentCommand(ProjectDocument *document, CommandId id, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_commandId(id)
{
}

DocumentCommand::~DocumentCommand() = default;

void DocumentCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    DocumentMutator edit(*m_document);
    const Core::Status applied = apply(edit, !m_applied);
    if (applied) {
        m_applied = true;
        return;
    }
    if (!m_applied) {
        edit.refuse(applied.error());
        setObsolete(true);
        return;
    }
    // A redo replays an edit on the state it was first made on; failing here is a bug in a
    // command's undo, never a user's error.
    qCWarning(lcDocument) << "redo of" << text() << "failed:" << applied.error().toString();
}

void DocumentCommand::undo()
{
    DocumentMutator edit(*m_document);
    revert(edit);
}

bool DocumentCommand::canMerge(const QUndoCommand *other) const
{
    return other->id() == id() && !other->isObsolete()
        && static_cast<const DocumentCommand *>(other)->m_document == m_document;
}

} // namespace Stackdraft::Document
