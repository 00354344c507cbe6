#pragma once

#include "document/commands/documentcommand.h"

#include <memory>
#include <vector>

namespace Stackdraft::Document {

// Several commands as one undo step (delete a selection, paste, group a selection...), all or
// nothing: when a child refuses on the first redo(), the children already run are undone and the
// macro refuses with that child's reason. Children read their state when they first run, so each
// sees the project as the previous child left it.
//
//     auto *macro = new MacroCommand(document, tr("Delete %n components", nullptr, n));
//     for (const QString &id : ids)
//         macro->add(new RemoveComponentCommand(document, id));
//     document->push(macro);
class MacroCommand final : public DocumentCommand
{
public:
    MacroCommand(ProjectDocument *document, const QString &text);
    ~MacroCommand() override;

    // Takes ownership. Only before the macro is pushed.
    void add(DocumentCommand *command);
    int count() const { return int(m_children.size()); }

private:
    Core::Status apply(DocumentMutator &edit, bool first) override;
    void revert(DocumentMutator &edit) override;

    std::vector<std::unique_ptr<DocumentCommand>> m_children;
};

} // namespace Stackdraft::Document
