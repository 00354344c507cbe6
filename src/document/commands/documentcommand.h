#pragma once

#include "core/result.h"
#include "document/commands/commandid.h"
#include "document/documentmutator.h"

#include <QUndoCommand>

namespace Stackdraft::Document {

class ProjectDocument;

// The base of every edit. A command holds ids and values, never pointers into the model or a
// view's selection. It reads the state it will restore on its FIRST redo(), not in its
// constructor, so commands can be built ahead and composed in a MacroCommand, each seeing the
// project as the previous one left it.
//
// apply() must be all or nothing: when it refuses, the project is as it was. A command refused on
// its first redo() makes itself obsolete, so QUndoStack drops it, and ProjectDocument::push()
// returns the reason.
class DocumentCommand : public QUndoCommand
{
public:
    ~DocumentCommand() override;

    int id() const override { return int(m_commandId); }
    void redo() final;
    void undo() final;

protected:
    DocumentCommand(ProjectDocument *document, CommandId id, const QString &text);

    // `first`: the first run, when the state to restore is read from edit.project().
    virtual Core::Status apply(DocumentMutator &edit, bool first) = 0;
    virtual void revert(DocumentMutator &edit) = 0;

    ProjectDocument *document() const { return m_document; }
    // For mergeWith(): `other` is of this command's type (same id()), about the same document, and
    // was not refused (QUndoStack offers a refused command for merging before dropping it).
    bool canMerge(const QUndoCommand *other) const;

private:
    friend class MacroCommand;
    friend class ProjectDocument;

    ProjectDocument *m_document;
    CommandId m_commandId;
    bool m_applied = false;
    // ProjectDocument::push() runs the command before handing it to the stack, so that a refusal
    // leaves the stack (and its redo history) untouched; the stack's own redo() is then skipped.
    bool m_skipRedo = false;
};

} // namespace Stackdraft::Document
