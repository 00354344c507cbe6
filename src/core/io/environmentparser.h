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
