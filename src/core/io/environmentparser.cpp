#include "core/io/environmentparser.h"

#include <QCoreApplication>

namespace Stackdraft::Core {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProjectReader", text);
}

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

QString sub(const QString &field, const char *name)
{
    return ParseContext::join(field, key(name));
}

} // namespace

QList<Environment> EnvironmentParser::parse(const YamlNode &node, const Project &project)
{
    QList<Environment> environments;
    const QString field = key("environments");
    if (!m_context.expectSequence(node, field))
        return environments;
    const ProjectIndex index(project); // every deployment names a component: look each up once
    for (size_t i = 0; i < node.items.size() && !m_context.failed(); ++i) {
        const QString itemField = ParseContext::index(field, int(i));
        Environment env = parseEnvironment(node.items[i], itemField, index);
        for (const Environment &other : std::as_const(environments)) {
            if (!m_context.failed() && other.id == env.id)
                m_context.fail(*node.items[i].find(key("id")), sub(itemField, "id"),
                               tr("duplicate environment id '%1'").arg(env.id));
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
    m_context.checkKeys(
        node, field,
        keys({"id", "label", "purpose", "security", "platform", "region", "priceBook", "namespace",
              "networkCidr", "privateSubnets", "budget", "usage", "deployments"}));
    const YamlNode *id = node.find(key("id"));
    if (!id) {
        m_context.fail(node, sub(field, "id"),
                       tr("an environment needs an 'id' (e.g. 'id: production')"));
        return env;
    }
    env.id = m_context.dnsLabel(*id, sub(field, "id"), tr("environment id"));
    auto textField = [&](const char *name, QString &out) {
        if (const YamlNode *value = node.find(key(name)))
            out = m_context.text(*value, sub(field, name));
    };
    textField("label", env.label);
    textField("purpose", env.purpose);
    textField("security", env.security);
    if (const YamlNode *platform = node.find(key("platform"))) {
        const QString platformField = sub(field, "platform");
        const QString text = m_context.requiredText(*platform, platformField);
        const auto value = platformFromId(text);
        if (value) {
            env.platform = *value;
        } else if (!m_context.failed()) {
            const QStringList known = keys({"compose", "kubernetes", "aws-ecs"});
            const QString guess = ParseContext::closest(text, known);
            m_context.fail(
                *platform, platformField,
                guess.isEmpty()
                    ? tr("unknown platform '%1' (use compose, kubernetes or aws-ecs)").arg(text)
                    : tr("unknown platform '%1'; did you mean '%2'?").arg(text, guess));
        }
    }
    textField("region", env.region);
    textField("priceBook", env.priceBook);
    textField("namespace", env.namespaceName);
    textField("networkCidr", env.networkCidr);
    if (const YamlNode *privateSubnets = node.find(key("privateSubnets")))
        env.privateSubnets
            = m_context.boolean(*privateSubnets, sub(field, "privateSubnets")).value_or(false);
    if (const YamlNode *budget = node.find(key("budget")))
        env.budget = parseBudget(*budget, sub(field, "budget"));
    if (const YamlNode *usage = node.find(key("usage")))
        env.usage = parseUsage(*usage, sub(field, "usage"));
    const YamlNode *deployments = node.find(key("deployments"));
    const QString deploymentsField = sub(field, "deployments");
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
                                     .arg(componentKey.scalar)
                               : tr("deploys '%1', which is not a component of this project; "
                                    "did you mean '%2'?")
                                     .arg(componentKey.scalar, guess));
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
    m_context.checkKeys(node, field, keys({"cpu", "memory", "monthlyCost"}));
    if (const YamlNode *cpu = node.find(key("cpu")))
        budget.cpu = m_context.cpu(*cpu, sub(field, "cpu")).value_or(0);
    if (const YamlNode *memory = node.find(key("memory")))
        budget.memory = m_context.memory(*memory, sub(field, "memory")).value_or(0);
    if (const YamlNode *cost = node.find(key("monthlyCost")))
        budget.monthlyCost = m_context.number(*cost, sub(field, "monthlyCost"), 0).value_or(0);
    return budget;
}

UsageAssumptions EnvironmentParser::parseUsage(const YamlNode &node, const QString &field)
{
    UsageAssumptions usage;
    if (!m_context.expectMap(node, field))
        return usage;
    m_context.checkKeys(node, field,
                        keys({"dataTransferOutGb", "logIngestionGb", "logRetentionDays",
                              "loadBalancerCapacityUnits", "imageStorageGb", "objectStorageGb"}));
    auto number = [&](const char *name, double &out) {
        if (const YamlNode *value = node.find(key(name)))
            out = m_context.number(*value, sub(field, name), 0).value_or(out);
    };
    number("dataTransferOutGb", usage.dataTransferOutGb);
    number("logIngestionGb", usage.logIngestionGb);
    if (const YamlNode *days = node.find(key("logRetentionDays")))
        usage.logRetentionDays
            = int(m_context.integer(*days, sub(field, "logRetentionDays"), 0, 36500)
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
                        keys({"replicas", "cpu", "cpuLimit", "memory", "memoryLimit", "autoscaling",
                              "storage", "mode", "backup", "expose", "env", "position"}));
    if (const YamlNode *replicas = node.find(key("replicas")))
        d.replicas
            = int(m_context.integer(*replicas, sub(field, "replicas"), 0, 10000).value_or(1));
    if (const YamlNode *cpu = node.find(key("cpu")))
        d.resources.cpuRequest = m_context.cpu(*cpu, sub(field, "cpu")).value_or(0);
    if (const YamlNode *cpu = node.find(key("cpuLimit")))
        d.resources.cpuLimit = m_context.cpu(*cpu, sub(field, "cpuLimit")).value_or(0);
    if (const YamlNode *memory = node.find(key("memory")))
        d.resources.memoryRequest = m_context.memory(*memory, sub(field, "memory")).value_or(0);
    if (const YamlNode *memory = node.find(key("memoryLimit")))
        d.resources.memoryLimit = m_context.memory(*memory, sub(field, "memoryLimit")).value_or(0);
    if (const YamlNode *autoscaling = node.find(key("autoscaling")))
        d.autoscaling = parseAutoscaling(*autoscaling, sub(field, "autoscaling"));
    if (const YamlNode *storage = node.find(key("storage")))
        d.storage = m_context.memory(*storage, sub(field, "storage")).value_or(0);
    if (const YamlNode *mode = node.find(key("mode"))) {
        const QString modeField = sub(field, "mode");
        const QString text = m_context.requiredText(*mode, modeField);
        if (const auto value = deploymentModeFromId(text)) {
            d.mode = *value;
        } else if (!m_context.failed()) {
            const QString guess
                = ParseContext::closest(text, keys({"single", "replicated", "cluster", "managed"}));
            m_context.fail(*mode, modeField,
                           guess.isEmpty()
                               ? tr("unknown mode '%1' (use single, replicated, cluster or "
                                    "managed)")
                                     .arg(text)
                               : tr("unknown mode '%1'; did you mean '%2'?").arg(text, guess));
        }
    }
    if (const YamlNode *backup = node.find(key("backup")))
        d.backup = m_context.boolean(*backup, sub(field, "backup")).value_or(false);
    if (const YamlNode *expose = node.find(key("expose")))
        d.exposure = parseExposure(*expose, sub(field, "expose"));
    if (const YamlNode *env = node.find(key("env")))
        d.envOverrides = m_env.parse(*env, sub(field, "env"));
    if (const YamlNode *position = node.find(key("position")))
        d.position = parsePosition(*position, sub(field, "position"));
    return d;
}

Autoscaling EnvironmentParser::parseAutoscaling(const YamlNode &node, const QString &field)
{
    Autoscaling a;
    if (!m_context.expectMap(node, field))
        return a;
    m_context.checkKeys(node, field, keys({"enabled", "min", "max", "cpu", "memory"}));
    a.enabled = true;
    if (const YamlNode *enabled = node.find(key("enabled")))
        a.enabled = m_context.boolean(*enabled, sub(field, "enabled")).value_or(true);
    // min > max is a design problem the validation engine reports, not a load
    // error.
    if (const YamlNode *min = node.find(key("min")))
        a.minReplicas = int(m_context.integer(*min, sub(field, "min"), 0, 10000).value_or(1));
    if (const YamlNode *max = node.find(key("max")))
        a.maxReplicas = int(m_context.integer(*max, sub(field, "max"), 0, 10000).value_or(1));
    if (const YamlNode *cpu = node.find(key("cpu")))
        a.cpuTargetPercent = int(m_context.integer(*cpu, sub(field, "cpu"), 0, 1000).value_or(0));
    if (const YamlNode *memory = node.find(key("memory")))
        a.memoryTargetPercent
            = int(m_context.integer(*memory, sub(field, "memory"), 0, 1000).value_or(0));
    return a;
}

Exposure EnvironmentParser::parseExposure(const YamlNode &node, const QString &field)
{
    Exposure e;
    if (!m_context.expectMap(node, field))
        return e;
    m_context.checkKeys(node, field, keys({"public", "host", "path", "tls"}));
    e.isPublic = true;
    if (const YamlNode *isPublic = node.find(key("public")))
        e.isPublic = m_context.boolean(*isPublic, sub(field, "public")).value_or(true);
    if (const YamlNode *host = node.find(key("host")))
        e.host = m_context.text(*host, sub(field, "host"));
    if (const YamlNode *path = node.find(key("path"))) {
        e.path = m_context.text(*path, sub(field, "path"));
        if (!m_context.failed() && !e.path.isEmpty() && !e.path.startsWith(QLatin1Char('/')))
            m_context.fail(*path, sub(field, "path"),
                           tr("a path starts with '/' (found '%1')").arg(e.path));
    }
    if (const YamlNode *tls = node.find(key("tls")))
        e.tls = m_context.boolean(*tls, sub(field, "tls")).value_or(false);
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
        = m_context.number(node.items[0], ParseContext::index(field, 0), -1e9).value_or(0);
    const double y
        = m_context.number(node.items[1], ParseContext::index(field, 1), -1e9).value_or(0);
    return {x, y};
}

} // namespace Stackdraft::Core
