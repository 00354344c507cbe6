#pragma once

#include "core/io/envvarparser.h"
#include "core/io/parsecontext.h"
#include "core/model/project.h"
#include "core/model/projectindex.h"

namespace Stackdraft::Core {

// Reads `environments:` (a list) and each environment's deployments, once the
// components are known.
class EnvironmentParser final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectReader) // see ParseContext

public:
    static constexpr int MaxRetentionDays = 36500;

    EnvironmentParser(ParseContext &context, EnvVarParser &env)
        : m_context(context)
        , m_env(env)
    {
    }

    QList<Environment> parse(const YamlNode &node, const Project &project);

    // Why `text` is not a backup schedule (CronSchedule), in the words of a load error; empty
    // when it is one. Shared with the editor, which checks a schedule as it is typed.
    static QString scheduleProblem(const QString &text);
    // The days of a backup retention written `7d` (1d to MaxRetentionDays), or why not.
    static Result<int> retentionDays(const QString &text);

private:
    Environment parseEnvironment(const YamlNode &node, const QString &field,
                                 const ProjectIndex &index);
    Budget parseBudget(const YamlNode &node, const QString &field);
    UsageAssumptions parseUsage(const YamlNode &node, const QString &field);
    Deployment parseDeployment(const QString &component, const YamlNode &node,
                               const QString &field);
    Autoscaling parseAutoscaling(const YamlNode &node, const QString &field);
    QueueTrigger parseQueueTrigger(const YamlNode &node, const QString &field);
    void parseBackup(const YamlNode &node, const QString &field, Deployment &d);
    Exposure parseExposure(const YamlNode &node, const QString &field);
    QPointF parsePosition(const YamlNode &node, const QString &field);

    ParseContext &m_context;
    EnvVarParser &m_env;
};

} // namespace Stackdraft::Core
