#pragma once

#include "core/model/project.h"
#include "core/result.h"

// The project-level settings (name, title, description, currency, output, disabled rules) as one
// value, so that a settings dialog is one command.
namespace Stackdraft::Core::Edit {

struct ProjectSettings
{
    QString name;
    QString title;
    QString description;
    QStringList disabledRules;
    CurrencySettings currency;
    OutputSettings output;

    friend bool operator==(const ProjectSettings &, const ProjectSettings &) = default;
};

ProjectSettings projectSettings(const Project &project);
// Checked like the file's header: a DNS-1123 name, no negative rate, no empty list entry.
Status checkProjectSettings(const ProjectSettings &settings);
Status setProjectSettings(Project &project, const ProjectSettings &settings);

} // namespace Stackdraft::Core::Edit
