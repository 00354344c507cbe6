#include "core/io/environmentparser.h"

#include "core/echo.h"
#include "core/model/cronschedule.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Stackdraft::Core {
QList<Environment> EnvironmentParser::parse(const YamlNode &node, const Project &project)
{
    QList<Environment> environments;
    const QString field = ParseContext::key("environments");
    if (!m_context.expectSequence(node, field))
        return environments;
    const ProjectIndex index(project); // every deployment names a component: look each up once
    for (size_t i = 0; i < node.items.size() && !m_context.failed(); ++i) {
        const QString itemField = ParseContext::index(field, int(i));
        Environment env = parseEnvironment(node.items[i], itemField, index);
        for (const Environment &other : std::as_const(environments)) {
            if (!m_context.failed() && other.id == env.id)
                m_context.fail(*node.items[i].find(ParseContext::key("id")),
                               ParseContext::sub(itemField, "id"),
                               tr("duplicate environment id '%1'").arg(Echo::value(env.id)));
        }
        environments.append(env);
    }
    return environments;
}

Environment EnvironmentParser::parseEnvironment(const YamlNode &node, const QString &field,
                                                const ProjectIndex &index)
{
    Environment env;
    if (!m_context.expectMap(node, field))
        return env;
    m_context.checkKeys(node, field,
                        ParseContext::keys({"id", "label", "purpose", "security", "platform",
                                            "region", "priceBook", "namespace", "networkCidr",
                                            "privateSubnets", "budget", "usage", "deployments"}));
    const YamlNode *id = node.find(ParseContext::key("id"));
    if (!id) {
        m_context.fail(node, ParseContext::sub(field, "id"),
                       tr("an environment needs an 'id' (e.g. 'id: production')"));
        return env;
    }
    env.id = m_context.dnsLabel(*id, ParseContext::sub(field, "id"), tr("environment id"));
    auto textField = [&](const char *name, QString &out) {
        if (const YamlNode *value = node.find(ParseContext::key(name)))
            out = m_context.text(*value, ParseContext::sub(field, name));
    };
    textField("label", env.label);
    textField("purpose", env.purpose);
    textField("security", env.security);
    if (const YamlNode *platform = node.find(ParseContext::key("platform"))) {
        const QString platformField = ParseContext::sub(field, "platform");
        const QString text = m_context.requiredText(*platform, platformField);
        const auto value = platformFromId(text);
        if (value) {
            env.platform = *value;
        } else if (!m_context.failed()) {
            const QStringList known = ParseContext::keys({"compose", "kubernetes", "aws-ecs"});
            const QString guess = ParseContext::closest(text, known);
            m_context.fail(*platform, platformField,
                           guess.isEmpty()
                               ? tr("unknown platform '%1' (use compose, kubernetes or aws-ecs)")
                                     .arg(Echo::value(text))
                               : tr("unknown platform '%1'; did you mean '%2'?")
                                     .arg(Echo::value(text), Echo::value(guess)));
        }
    }
    textField("region", env.region);
    textField("priceBook", env.priceBook);
    textField("namespace", env.namespaceName);
    textField("networkCidr", env.networkCidr);
    if (const YamlNode *privateSubnets = node.find(ParseContext::key("privateSubnets")))
        env.privateSubnets
            = m_context.boolean(*privateSubnets, ParseContext::sub(field, "privateSubnets"))
                  .value_or(false);
    if (const YamlNode *budget = node.find(ParseContext::key("budget")))
        env.budget = parseBudget(*budget, ParseContext::sub(field, "budget"));
    if (const YamlNode *usage = node.find(ParseContext::key("usage")))
        env.usage = parseUsage(*usage, ParseContext::sub(field, "usage"));
    const YamlNode *deployments = node.find(ParseContext::key("deployments"));
    const QString deploymentsField = ParseContext::sub(field, "deployments");
    if (!deployments || !m_context.expectMap(*deployments, deploymentsField, true))
        return env;
    for (size_t i = 0; i < deployments->keys.size() && !m_context.failed(); ++i) {
        const YamlNode &componentKey = deployments->keys[i];
        const QString deploymentField = ParseContext::join(deploymentsField, componentKey.scalar);
        if (!index.component(componentKey.scalar)) {
            QStringList ids;
            for (const Component &c : index.project().components)
                ids.append(c.id);
            const QString guess = ParseContext::closest(componentKey.scalar, ids);
            m_context.fail(componentKey, deploymentField,
                           guess.isEmpty()
                               ? tr("deploys '%1', which is not a component of this project")
                                     .arg(Echo::value(componentKey.scalar))
                               : tr("deploys '%1', which is not a component of this project; "
                                    "did you mean '%2'?")
                                     .arg(Echo::value(componentKey.scalar), Echo::value(guess)));
            break;
        }
        env.deployments.append(
            parseDeployment(componentKey.scalar, deployments->values[i], deploymentField));
    }
    return env;
}

Budget EnvironmentParser::parseBudget(const YamlNode &node, const QString &field)
{
    Budget budget;
    if (!m_context.expectMap(node, field))
        return budget;
    m_context.checkKeys(node, field, ParseContext::keys({"cpu", "memory", "monthlyCost"}));
    if (const YamlNode *cpu = node.find(ParseContext::key("cpu")))
        budget.cpu = m_context.cpu(*cpu, ParseContext::sub(field, "cpu")).value_or(0);
    if (const YamlNode *memory = node.find(ParseContext::key("memory")))
        budget.memory = m_context.memory(*memory, ParseContext::sub(field, "memory")).value_or(0);
    if (const YamlNode *cost = node.find(ParseContext::key("monthlyCost")))
        budget.monthlyCost = m_context
                                 .number(*cost, ParseContext::sub(field, "monthlyCost"), 0,
                                         ParseContext::MaxFigure)
                                 .value_or(0);
    return budget;
}

UsageAssumptions EnvironmentParser::parseUsage(const YamlNode &node, const QString &field)
{
    UsageAssumptions usage;
    if (!m_context.expectMap(node, field))
        return usage;
    m_context.checkKeys(
        node, field,
        ParseContext::keys({"dataTransferOutGb", "logIngestionGb", "logRetentionDays",
                            "loadBalancerCapacityUnits", "imageStorageGb", "objectStorageGb"}));
    auto number = [&](const char *name, double &out) {
        if (const YamlNode *value = node.find(ParseContext::key(name)))
            out = m_context
                      .number(*value, ParseContext::sub(field, name), 0, ParseContext::MaxFigure)
                      .value_or(out);
    };
    number("dataTransferOutGb", usage.dataTransferOutGb);
    number("logIngestionGb", usage.logIngestionGb);
    if (const YamlNode *days = node.find(ParseContext::key("logRetentionDays")))
        usage.logRetentionDays
            = int(m_context.integer(*days, ParseContext::sub(field, "logRetentionDays"), 0, 36500)
                      .value_or(usage.logRetentionDays));
    number("loadBalancerCapacityUnits", usage.loadBalancerCapacityUnits);
    number("imageStorageGb", usage.imageStorageGb);
    number("objectStorageGb", usage.objectStorageGb);
    return usage;
}

Deployment EnvironmentParser::parseDeployment(const QString &component, const YamlNode &node,
                                              const QString &field)
{
    Deployment d;
    d.component = component;
    if (!m_context.expectMap(node, field, true))
        return d;
    m_context.checkKeys(node, field,
                        ParseContext::keys({"replicas", "cpu", "cpuLimit", "memory", "memoryLimit",
                                            "autoscaling", "storage", "mode", "backup", "expose",
                                            "command", "args", "env", "position"}));
    if (const YamlNode *replicas = node.find(ParseContext::key("replicas")))
        d.replicas
            = int(m_context.integer(*replicas, ParseContext::sub(field, "replicas"), 0, 10000)
                      .value_or(1));
    if (const YamlNode *cpu = node.find(ParseContext::key("cpu")))
        d.resources.cpuRequest = m_context.cpu(*cpu, ParseContext::sub(field, "cpu")).value_or(0);
    if (const YamlNode *cpu = node.find(ParseContext::key("cpuLimit")))
        d.resources.cpuLimit
            = m_context.cpu(*cpu, ParseContext::sub(field, "cpuLimit")).value_or(0);
    if (const YamlNode *memory = node.find(ParseContext::key("memory")))
        d.resources.memoryRequest
            = m_context.memory(*memory, ParseContext::sub(field, "memory")).value_or(0);
    if (const YamlNode *memory = node.find(ParseContext::key("memoryLimit")))
        d.resources.memoryLimit
            = m_context.memory(*memory, ParseContext::sub(field, "memoryLimit")).value_or(0);
    if (const YamlNode *autoscaling = node.find(ParseContext::key("autoscaling")))
        d.autoscaling = parseAutoscaling(*autoscaling, ParseContext::sub(field, "autoscaling"));
    if (const YamlNode *storage = node.find(ParseContext::key("storage")))
        d.storage = m_context.memory(*storage, ParseContext::sub(field, "storage")).value_or(0);
    if (const YamlNode *mode = node.find(ParseContext::key("mode"))) {
        const QString modeField = ParseContext::sub(field, "mode");
        const QString text = m_context.requiredText(*mode, modeField);
        if (const auto value = deploymentModeFromId(text)) {
            d.mode = *value;
        } else if (!m_context.failed()) {
            const QString guess = ParseContext::closest(
                text, ParseContext::keys({"single", "replicated", "cluster", "managed"}));
            m_context.fail(*mode, modeField,
                           guess.isEmpty()
                               ? tr("unknown mode '%1' (use single, replicated, cluster or "
                                    "managed)")
                                     .arg(Echo::value(text))
                               : tr("unknown mode '%1'; did you mean '%2'?")
                                     .arg(Echo::value(text), Echo::value(guess)));
        }
    }
    if (const YamlNode *backup = node.find(ParseContext::key("backup")))
        parseBackup(*backup, ParseContext::sub(field, "backup"), d);
    if (const YamlNode *expose = node.find(ParseContext::key("expose")))
        d.exposure = parseExposure(*expose, ParseContext::sub(field, "expose"));
    if (const YamlNode *command = node.find(ParseContext::key("command")))
        d.command = m_context.textList(*command, ParseContext::sub(field, "command"));
    if (const YamlNode *args = node.find(ParseContext::key("args")))
        d.args = m_context.textList(*args, ParseContext::sub(field, "args"));
    if (const YamlNode *env = node.find(ParseContext::key("env")))
        d.envOverrides = m_env.parse(*env, ParseContext::sub(field, "env"));
    if (const YamlNode *position = node.find(ParseContext::key("position")))
        d.position = parsePosition(*position, ParseContext::sub(field, "position"));
    return d;
}

Autoscaling EnvironmentParser::parseAutoscaling(const YamlNode &node, const QString &field)
{
    Autoscaling a;
    if (!m_context.expectMap(node, field))
        return a;
    m_context.checkKeys(node, field,
                        ParseContext::keys({"enabled", "min", "max", "cpu", "memory", "queue"}));
    a.enabled = true;
    if (const YamlNode *enabled = node.find(ParseContext::key("enabled")))
        a.enabled = m_context.boolean(*enabled, ParseContext::sub(field, "enabled")).value_or(true);
    // min > max is a design problem the validation engine reports, not a load
    // error.
    if (const YamlNode *min = node.find(ParseContext::key("min")))
        a.minReplicas
            = int(m_context.integer(*min, ParseContext::sub(field, "min"), 0, 10000).value_or(1));
    if (const YamlNode *max = node.find(ParseContext::key("max")))
        a.maxReplicas
            = int(m_context.integer(*max, ParseContext::sub(field, "max"), 0, 10000).value_or(1));
    if (const YamlNode *cpu = node.find(ParseContext::key("cpu")))
        a.cpuTargetPercent
            = int(m_context.integer(*cpu, ParseContext::sub(field, "cpu"), 0, 1000).value_or(0));
    if (const YamlNode *memory = node.find(ParseContext::key("memory")))
        a.memoryTargetPercent = int(
            m_context.integer(*memory, ParseContext::sub(field, "memory"), 0, 1000).value_or(0));
    if (const YamlNode *queue = node.find(ParseContext::key("queue")))
        a.queue = parseQueueTrigger(*queue, ParseContext::sub(field, "queue"));
    return a;
}

QString EnvironmentParser::scheduleProblem(const QString &text)
{
    const auto problem = CronSchedule::check(text);
    if (!problem)
        return {};
    return problem->field
        ? tr("'%1' is not a cron %2 field (%3-%4, '*', 'a-b', '*/n' or a comma list)")
              .arg(Echo::value(problem->text), CronSchedule::fieldName(*problem->field))
              .arg(CronSchedule::lowest(*problem->field))
              .arg(CronSchedule::highest(*problem->field))
        : tr("'%1' is not a cron schedule: write five fields, minute hour day-of-month month "
             "day-of-week, in UTC (\"0 3 * * *\" is 03:00 daily)")
              .arg(Echo::value(problem->text));
}

Result<int> EnvironmentParser::retentionDays(const QString &text)
{
    static const QRegularExpression days(QStringLiteral("^([1-9][0-9]{0,4})d$"));
    const QRegularExpressionMatch match = days.match(text);
    const int value = match.hasMatch() ? match.captured(1).toInt() : 0;
    if (value < 1 || value > MaxRetentionDays)
        return Error {tr("'%1' is not a retention: write a number of days with a 'd' suffix, 1d "
                         "to %2d (7d, 30d)")
                          .arg(Echo::value(text))
                          .arg(MaxRetentionDays)};
    return value;
}

// `backup: true`, or a map stating the policy: {schedule: "0 3 * * *", retention: 7d}, with
// `enabled: false` first when switched off.
void EnvironmentParser::parseBackup(const YamlNode &node, const QString &field, Deployment &d)
{
    if (!node.isMap()) {
        d.backup = m_context.boolean(node, field).value_or(false);
        return;
    }
    m_context.checkKeys(node, field, ParseContext::keys({"enabled", "schedule", "retention"}));
    d.backup = true;
    if (const YamlNode *enabled = node.find(ParseContext::key("enabled")))
        d.backup = m_context.boolean(*enabled, ParseContext::sub(field, "enabled")).value_or(true);
    if (const YamlNode *schedule = node.find(ParseContext::key("schedule"))) {
        const QString scheduleField = ParseContext::sub(field, "schedule");
        const QString text = m_context.requiredText(*schedule, scheduleField);
        if (m_context.failed())
            return;
        if (const QString problem = scheduleProblem(text); !problem.isEmpty()) {
            m_context.fail(*schedule, scheduleField, problem);
            return;
        }
        d.backupPolicy.schedule = text;
    }
    if (const YamlNode *retention = node.find(ParseContext::key("retention"))) {
        const QString retentionField = ParseContext::sub(field, "retention");
        const QString text = m_context.requiredText(*retention, retentionField);
        if (m_context.failed())
            return;
        const Result<int> value = retentionDays(text);
        if (!value) {
            m_context.fail(*retention, retentionField, value.error().message);
            return;
        }
        d.backupPolicy.retentionDays = *value;
    }
}

// {from: rabbitmq, name: orders, messagesPerReplica: 100}: every key required. Whether `from`
// names a broker deployed in the environment is validation's to say (SD-AUTOSCALING-QUEUE).
QueueTrigger EnvironmentParser::parseQueueTrigger(const YamlNode &node, const QString &field)
{
    QueueTrigger q;
    if (!m_context.expectMap(node, field))
        return q;
    m_context.checkKeys(node, field, ParseContext::keys({"from", "name", "messagesPerReplica"}));
    for (const char *required : {"from", "name", "messagesPerReplica"}) {
        if (!m_context.failed() && !node.find(ParseContext::key(required))) {
            m_context.fail(node, ParseContext::sub(field, required),
                           tr("a queue trigger needs '%1' (e.g. {from: rabbitmq, name: orders, "
                              "messagesPerReplica: 100})")
                               .arg(QString::fromLatin1(required)));
            return q;
        }
    }
    q.from = m_context.dnsLabel(*node.find(ParseContext::key("from")),
                                ParseContext::sub(field, "from"), tr("component id"));
    q.name = m_context.requiredText(*node.find(ParseContext::key("name")),
                                    ParseContext::sub(field, "name"));
    q.messagesPerReplica
        = int(m_context
                  .integer(*node.find(ParseContext::key("messagesPerReplica")),
                           ParseContext::sub(field, "messagesPerReplica"), 1, 1000000000)
                  .value_or(0));
    return q;
}

Exposure EnvironmentParser::parseExposure(const YamlNode &node, const QString &field)
{
    Exposure e;
    if (!m_context.expectMap(node, field))
        return e;
    m_context.checkKeys(node, field, ParseContext::keys({"public", "host", "path", "tls"}));
    e.isPublic = true;
    if (const YamlNode *isPublic = node.find(ParseContext::key("public")))
        e.isPublic
            = m_context.boolean(*isPublic, ParseContext::sub(field, "public")).value_or(true);
    if (const YamlNode *host = node.find(ParseContext::key("host")))
        e.host = m_context.text(*host, ParseContext::sub(field, "host"));
    if (const YamlNode *path = node.find(ParseContext::key("path"))) {
        e.path = m_context.text(*path, ParseContext::sub(field, "path"));
        if (!m_context.failed() && !e.path.isEmpty() && !e.path.startsWith(QLatin1Char('/')))
            m_context.fail(*path, ParseContext::sub(field, "path"),
                           tr("a path starts with '/' (found '%1')").arg(Echo::value(e.path)));
    }
    if (const YamlNode *tls = node.find(ParseContext::key("tls")))
        e.tls = m_context.boolean(*tls, ParseContext::sub(field, "tls")).value_or(false);
    return e;
}

QPointF EnvironmentParser::parsePosition(const YamlNode &node, const QString &field)
{
    if (!node.isSequence() || node.items.size() != 2) {
        m_context.fail(node, field,
                       tr("expected a position [x, y], found %1").arg(node.kindName()));
        return {};
    }
    const double x
        = m_context.number(node.items[0], ParseContext::index(field, 0), -1e9, 1e9).value_or(0);
    const double y
        = m_context.number(node.items[1], ParseContext::index(field, 1), -1e9, 1e9).value_or(0);
    return {x, y};
}

} // namespace Stackdraft::Core
