#include "document/commands/macrocommand.h"

namespace Stackdraft::Document {

MacroCommand::MacroCommand(ProjectDocument *document, const QString &text)
    : DocumentCommand(document, CommandId::Macro, text)
{
}

MacroCommand::~MacroCommand() = default;

void MacroCommand::add(DocumentCommand *command)
{
    m_children.emplace_back(command);
}

Core::Status MacroCommand::apply(DocumentMutator &edit, bool first)
{
    for (size_t i = 0; i < m_children.size(); ++i) {
        DocumentCommand &child = *m_children[i];
        const Core::Status applied = child.apply(edit, first && !child.m_applied);
        if (!applied) {
            for (size_t k = i; k-- > 0;)
                m_children[k]->revert(edit);
            return applied;
        }
        child.m_applied = true;
    }
    return Core::success();
}

void MacroCommand::revert(DocumentMutator &edit)
{
    for (auto it = m_children.rbegin(); it != m_children.rend(); ++it)
        (*it)->revert(edit);
}

} // namespace Stackdraft::Document
