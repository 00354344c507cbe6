#pragma once

namespace Stackdraft::Document {

// Which of a container's two lists an edit sets (docs/file-format.md, "Command and arguments"):
// `command` replaces the image's entrypoint, `args` its arguments. Edits of the same list merge
// (typing); an edit of the other list is a step of its own.
enum class CommandLinePart { Command, Args };

// The list `part` names, of a component or of a deployment (both hold `command` and `args`).
template<typename Holder> auto &commandLineList(Holder &holder, CommandLinePart part)
{
    return part == CommandLinePart::Command ? holder.command : holder.args;
}

} // namespace Stackdraft::Document
