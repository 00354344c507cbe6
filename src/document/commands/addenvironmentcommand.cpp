#include "document/commands/addenvironmentcommand.h"

#include <QCoreApplication>

namespace Stackdraft::Document {

AddEnvironmentCommand::AddEnvironmentCommand(ProjectDocument *document,
                                             const Core::Environment &environment, qsizetype index)
    : DocumentCommand(document, CommandId::AddEnvironment,
                      QCoreApplication::translate("Stackdraft::Document", "Add environment %1")
                          .arg(environment.displayName()))
    , m_environment(environment)
    , m_index(index)
{
}

Core::Status AddEnvironmentCommand::apply(DocumentMutator &edit, bool)
{
    return edit.addEnvironment(m_environment, m_index);
}

void AddEnvironmentCommand::revert(DocumentMutator &edit)
{
    (void)edit.removeEnvironment(m_environment.id);
}

} // namespace Stackdraft::Document
