#pragma once

#include "core/model/project.h"
#include "core/vcs/gitstatus.h"

#include <QMap>
#include <QString>

#include <optional>

namespace Stackdraft::Core {

// Writes the commit message for a generated commit: a subject line and a plain-text body a reviewer
// reads in `git log` — per environment, the components added and removed, replicas and resources
// changed and the monthly cost delta; or, when the previous design is unknown, the generated files
// that changed.
class CommitMessageBuilder final
{
public:
    explicit CommitMessageBuilder(Project current);

    // The design as of the last commit (the project file in HEAD), when it is known.
    void setPrevious(const Project &previous);
    void setFileChanges(const GitStatus &status);
    // Estimated monthly cost of an environment before and after (USD); shown when they differ.
    void setMonthlyCost(const QString &environmentId, double before, double after);

    QString build() const;

private:
    QStringList environmentChanges(const Environment &before, const Environment &after) const;
    QStringList deploymentChanges(const Deployment &before, const Deployment &after) const;
    QStringList fileSummary(bool designChanged) const;

    Project m_current;
    std::optional<Project> m_previous;
    std::optional<GitStatus> m_files;
    QMap<QString, std::pair<double, double>> m_costs;
};

} // namespace Stackdraft::Core
