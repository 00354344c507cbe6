#pragma once

namespace Stackdraft::Document {

// QUndoCommand::id() of every command: QUndoStack only offers mergeWith() to consecutive commands
// of the same id.
enum class CommandId {
    AddComponent = 1,
    RemoveComponent,
    RenameComponent,
    SetComponentField,
    Deploy,
    Undeploy,
    SetDeployment,
    SetDeploymentField,
    MoveNodes,
    AddConnection,
    RemoveConnection,
    SetConnection,
    CreateGroup,
    RemoveGroup,
    RenameGroup,
    ChangeGroupMembers,
    AddEnvironment,
    DuplicateEnvironment,
    RemoveEnvironment,
    RenameEnvironment,
    MoveEnvironment,
    SetEnvironmentSettings,
    SetProjectSettings,
    Macro,
    SetComponentCommandLine,
    SetDeploymentCommandLine,
    SetMountedFiles,
    SetBackupPolicy,
};

} // namespace Stackdraft::Document
