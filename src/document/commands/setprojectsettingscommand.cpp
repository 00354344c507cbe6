#include "document/commands/setprojectsettingscommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

SetProjectSettingsCommand::SetProjectSettingsCommand(ProjectDocument *document,
                                                     const Core::Edit::ProjectSettings &settings)
    : DocumentCommand(
        document, CommandId::SetProjectSettings,
        QCoreApplication::translate("Stackdraft::Document", "Change project settings"))
    , m_after(settings)
{
}

Core::Status SetProjectSettingsCommand::apply(DocumentMutator &edit, bool first)
{
    if (first)
        m_before = Core::Edit::projectSettings(edit.project());
    return edit.setProjectSettings(m_after);
}

void SetProjectSettingsCommand::revert(DocumentMutator &edit)
{
    (void)edit.setProjectSettings(m_before);
}

bool SetProjectSettingsCommand::mergeWith(const QUndoCommand *other)
{
    if (!canMerge(other))
        return false;
    m_after = static_cast<const SetProjectSettingsCommand *>(other)->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Stackdraft::Document
