#include "document/commands/setcomponentfieldcommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

SetComponentFieldCommand::SetComponentFieldCommand(ProjectDocument *document,
                                                   const QString &componentId,
                                                   Core::Edit::ComponentField field,
                                                   const Core::Edit::ComponentFieldValue &value)
    : DocumentCommand(document, CommandId::SetComponentField,
                      QCoreApplication::translate("Stackdraft::Document", "Change %1 of %2")
                          .arg(Core::Edit::componentFieldName(field), componentId))
    , m_componentId(componentId)
    , m_field(field)
    , m_after(value)
{
}

Core::Status SetComponentFieldCommand::set(DocumentMutator &edit,
                                           const Core::Edit::ComponentFieldValue &value)
{
    const Core::Component *current = edit.project().component(m_componentId);
    if (!current)
        return Core::Error {
            QCoreApplication::translate("Stackdraft::Document", "there is no component '%1'")
                .arg(m_componentId),
            {},
            0,
            0,
            {}};
    Core::Component changed = *current;
    if (Core::Status s = Core::Edit::setComponentField(changed, m_field, value); !s)
        return s;
    return edit.setComponent(changed);
}

Core::Status SetComponentFieldCommand::apply(DocumentMutator &edit, bool first)
{
    if (first) {
        if (const Core::Component *current = edit.project().component(m_componentId))
            m_before = Core::Edit::componentField(*current, m_field);
    }
    return set(edit, m_after);
}

void SetComponentFieldCommand::revert(DocumentMutator &edit)
{
    (void)set(edit, m_before);
}

bool SetComponentFieldCommand::mergeWith(const QUndoCommand *other)
{
    if (!canMerge(other))
        return false;
    const auto *next = static_cast<const SetComponentFieldCommand *>(other);
    if (next->m_componentId != m_componentId || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Stackdraft::Document
