#include "document/commands/setenvironmentsettingscommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

SetEnvironmentSettingsCommand::SetEnvironmentSettingsCommand(ProjectDocument *document,
                                                             const Core::Environment &settings,
                                                             const QString &field)
    : DocumentCommand(document, CommandId::SetEnvironmentSettings,
                      QCoreApplication::translate("Stackdraft::Document", "Change settings of %1")
                          .arg(settings.id))
    , m_after(settings)
    , m_field(field)
{
    m_after.deployments.clear(); // held by the project, not by the command
}

Core::Status SetEnvironmentSettingsCommand::apply(DocumentMutator &edit, bool first)
{
    if (first) {
        if (const Core::Environment *current = edit.project().environment(m_after.id)) {
            m_before = *current;
            m_before.deployments.clear();
        }
    }
    return edit.setEnvironmentSettings(m_after);
}

void SetEnvironmentSettingsCommand::revert(DocumentMutator &edit)
{
    (void)edit.setEnvironmentSettings(m_before);
}

bool SetEnvironmentSettingsCommand::mergeWith(const QUndoCommand *other)
{
    if (!canMerge(other))
        return false;
    const auto *next = static_cast<const SetEnvironmentSettingsCommand *>(other);
    if (next->m_after.id != m_after.id || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Stackdraft::Document
