#include "core/edit/modelchecks.h"

#include "core/edit/projectsettings.h"
#include "core/io/parsecontext.h"
#include "core/model/cronschedule.h"
#include "core/model/naming.h"
#include "core/model/quantity.h"
#include "core/model/quantitybounds.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace Stackdraft::Core::Edit {
namespace {

Status refuse(const QString &field, const QString &message)
{
    return Error {message, {}, 0, 0, field};
}

QString sub(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString at(const QString &parent, qsizetype i)
{
    return parent + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

Status inRange(const QString &field, qint64 value, qint64 min, qint64 max)
{
    if (value >= min && value <= max)
        return success();
    return refuse(field,
                  QCoreApplication::translate("Stackdraft::Core::Edit",
                                              "must be between %1 and %2 (found %3)")
                      .arg(min)
                      .arg(max)
                      .arg(value));
}

// `max`: the reader's bound for the field (ParseContext::number), so the file loads again.
Status notNegative(const QString &field, double value, double max = ParseContext::MaxFigure)
{
    if (!std::isfinite(value))
        return refuse(
            field,
            QCoreApplication::translate("Stackdraft::Core::Edit", "must be a finite number"));
    if (value < 0)
        return refuse(
            field,
            QCoreApplication::translate("Stackdraft::Core::Edit", "must not be negative (found %1)")
                .arg(value));
    if (value > max)
        return refuse(field,
                      QCoreApplication::translate("Stackdraft::Core::Edit",
                                                  "must be between %1 and %2 (found %3)")
                          .arg(QString::number(0), QString::number(max, 'f', 0))
                          .arg(value));
    return success();
}

// A quantity is kept only when its canonical text reads back as the same number, within the
// reader's bounds (core/model/quantitybounds.h).
Status cpuQuantity(const QString &field, qint64 millicores)
{
    if (millicores < 0 || Quantity::parseCpu(Quantity::formatCpu(millicores)) != millicores)
        return refuse(
            field,
            QCoreApplication::translate("Stackdraft::Core::Edit",
                                        "%1 millicores is not a CPU quantity the file can hold")
                .arg(millicores));
    if (millicores > Quantity::MaxCpu)
        return refuse(field,
                      QCoreApplication::translate(
                          "Stackdraft::Core::Edit",
                          "%1 millicores is more than the largest CPU quantity accepted "
                          "(%2 cores)")
                          .arg(millicores)
                          .arg(Quantity::MaxCpu / 1000));
    return success();
}

Status memoryQuantity(const QString &field, qint64 bytes)
{
    if (bytes < 0 || Quantity::parseMemory(Quantity::formatMemory(bytes)) != bytes)
        return refuse(
            field,
            QCoreApplication::translate("Stackdraft::Core::Edit",
                                        "%1 bytes is not a memory quantity the file can hold")
                .arg(bytes));
    if (bytes > Quantity::MaxMemory)
        return refuse(field,
                      QCoreApplication::translate(
                          "Stackdraft::Core::Edit",
                          "%1 bytes is more than the largest memory quantity accepted (%2)")
                          .arg(bytes)
                          .arg(Quantity::formatMemory(Quantity::MaxMemory)));
    return success();
}

Status textList(const QString &field, const QStringList &list)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].isEmpty())
            return refuse(at(field, i),
                          QCoreApplication::translate("Stackdraft::Core::Edit",
                                                      "an entry of this list cannot be empty"));
    }
    return success();
}

// The reader refuses an empty argument as it refuses any empty list entry.
Status commandLists(const QStringList &command, const QStringList &args)
{
    if (Status s = textList(QStringLiteral("command"), command); !s)
        return s;
    return textList(QStringLiteral("args"), args);
}

Status checkPorts(const QList<Port> &ports)
{
    for (qsizetype i = 0; i < ports.size(); ++i) {
        const Port &port = ports[i];
        const QString field = at(QStringLiteral("ports"), i);
        if (Status s = inRange(sub(field, QStringLiteral("container")), port.container, 1, 65535);
            !s)
            return s;
        if (port.published != 0) {
            if (Status s
                = inRange(sub(field, QStringLiteral("published")), port.published, 1, 65535);
                !s)
                return s;
        }
        if (port.protocol != QLatin1String("TCP") && port.protocol != QLatin1String("UDP"))
            return refuse(sub(field, QStringLiteral("protocol")),
                          QCoreApplication::translate("Stackdraft::Core::Edit",
                                                      "unknown protocol '%1' (use TCP or UDP)")
                              .arg(port.protocol));
    }
    return success();
}

} // namespace

Status checkNewId(const QString &id, const QStringList &taken, IdKind kind)
{
    if (!Naming::isDnsLabel(id)) {
        // One sentence per kind, so that translations can agree in gender and word order.
        const char *text = nullptr;
        switch (kind) {
        case IdKind::Component:
            text = QT_TRANSLATE_NOOP("Stackdraft::Core::Edit",
                                     "'%1' is not a valid component id: use lower-case letters, "
                                     "digits and '-', starting and ending with a letter or digit, "
                                     "at most 63 characters (e.g. '%2')");
            break;
        case IdKind::Group:
            text = QT_TRANSLATE_NOOP("Stackdraft::Core::Edit",
                                     "'%1' is not a valid group id: use lower-case letters, "
                                     "digits and '-', starting and ending with a letter or digit, "
                                     "at most 63 characters (e.g. '%2')");
            break;
        case IdKind::Environment:
            text = QT_TRANSLATE_NOOP("Stackdraft::Core::Edit",
                                     "'%1' is not a valid environment id: use lower-case letters, "
                                     "digits and '-', starting and ending with a letter or digit, "
                                     "at most 63 characters (e.g. '%2')");
            break;
        }
        return refuse(QStringLiteral("id"),
                      QCoreApplication::translate("Stackdraft::Core::Edit", text)
                          .arg(id, Naming::toDnsLabel(id)));
    }
    if (taken.contains(id))
        return refuse(
            QStringLiteral("id"),
            QCoreApplication::translate("Stackdraft::Core::Edit", "the id '%1' is already taken")
                .arg(id));
    return success();
}

Status checkEnvVars(const Project &project, const QList<EnvVar> &vars, const QString &field,
                    const QString &self)
{
    QSet<QString> names;
    for (const EnvVar &var : vars) {
        const QString varField = sub(field, var.name);
        if (!Naming::isEnvName(var.name))
            return refuse(varField,
                          QCoreApplication::translate(
                              "Stackdraft::Core::Edit",
                              "'%1' is not a valid environment variable name: use letters, "
                              "digits, '_', '-' and '.', not starting with a digit (e.g. '%2')")
                              .arg(var.name, Naming::toEnvName(var.name)));
        if (names.contains(var.name))
            return refuse(varField,
                          QCoreApplication::translate("Stackdraft::Core::Edit",
                                                      "the variable '%1' is set twice")
                              .arg(var.name));
        names.insert(var.name);
        switch (var.kind) {
        case EnvVar::Kind::Literal:
            break;
        case EnvVar::Kind::Reference:
            if (var.component != self && !project.component(var.component))
                return refuse(
                    sub(varField, QStringLiteral("from")),
                    QCoreApplication::translate("Stackdraft::Core::Edit",
                                                "refers to component '%1', which does not exist")
                        .arg(var.component));
            if (!var.part.isEmpty() && !EnvVar::referenceParts().contains(var.part))
                return refuse(
                    sub(varField, QStringLiteral("part")),
                    QCoreApplication::translate(
                        "Stackdraft::Core::Edit",
                        "unknown part '%1' (use url, host, port, user, database or bucket)")
                        .arg(var.part));
            break;
        case EnvVar::Kind::Secret:
            if (!Naming::isDnsLabel(var.secret))
                return refuse(sub(varField, QStringLiteral("secret")),
                              QCoreApplication::translate(
                                  "Stackdraft::Core::Edit",
                                  "'%1' is not a valid secret name: use lower-case letters, "
                                  "digits and '-' (e.g. '%2')")
                                  .arg(var.secret, Naming::toDnsLabel(var.secret)));
            break;
        }
    }
    return success();
}

Status checkComponent(const Project &project, const Component &component)
{
    if (component.type.isEmpty())
        return refuse(QStringLiteral("type"),
                      QCoreApplication::translate("Stackdraft::Core::Edit",
                                                  "a component needs a type from the catalog"));
    if (Status s = checkPorts(component.ports); !s)
        return s;
    if (Status s = commandLists(component.command, component.args); !s)
        return s;
    if (Status s = checkEnvVars(project, component.env, QStringLiteral("env"), component.id); !s)
        return s;
    if (component.properties.contains(QString()))
        return refuse(
            QStringLiteral("properties"),
            QCoreApplication::translate("Stackdraft::Core::Edit", "a property needs a name"));
    return success();
}

Status checkDeployment(const Project &project, const Deployment &d)
{
    if (!project.component(d.component))
        return refuse(QStringLiteral("component"),
                      QCoreApplication::translate("Stackdraft::Core::Edit",
                                                  "there is no component '%1' to deploy")
                          .arg(d.component));
    const auto field = [](const char *name) { return QString::fromLatin1(name); };
    const Autoscaling &a = d.autoscaling;
    for (const Status &s : {inRange(field("replicas"), d.replicas, 0, 10000),
                            cpuQuantity(field("cpu"), d.resources.cpuRequest),
                            cpuQuantity(field("cpuLimit"), d.resources.cpuLimit),
                            memoryQuantity(field("memory"), d.resources.memoryRequest),
                            memoryQuantity(field("memoryLimit"), d.resources.memoryLimit),
                            inRange(field("autoscaling.min"), a.minReplicas, 0, 10000),
                            inRange(field("autoscaling.max"), a.maxReplicas, 0, 10000),
                            inRange(field("autoscaling.cpu"), a.cpuTargetPercent, 0, 1000),
                            inRange(field("autoscaling.memory"), a.memoryTargetPercent, 0, 1000),
                            memoryQuantity(field("storage"), d.storage)}) {
        if (!s)
            return s;
    }
    if (Status s = commandLists(d.command, d.args); !s)
        return s;
    if (!d.backupPolicy.schedule.isEmpty() && CronSchedule::check(d.backupPolicy.schedule))
        return refuse(field("backup.schedule"),
                      QCoreApplication::translate("Stackdraft::Core::Edit",
                                                  "'%1' is not a cron schedule (minute hour "
                                                  "day-of-month month day-of-week)")
                          .arg(d.backupPolicy.schedule));
    if (Status s = inRange(field("backup.retention"), d.backupPolicy.retentionDays, 0, 36500); !s)
        return s;
    if (a.queue != QueueTrigger {}) {
        if (!Naming::isDnsLabel(a.queue.from))
            return refuse(field("autoscaling.queue.from"),
                          QCoreApplication::translate("Stackdraft::Core::Edit",
                                                      "a queue trigger names the broker component "
                                                      "it reads"));
        if (a.queue.name.isEmpty())
            return refuse(field("autoscaling.queue.name"),
                          QCoreApplication::translate("Stackdraft::Core::Edit",
                                                      "a queue trigger needs a queue name"));
        if (Status s = inRange(field("autoscaling.queue.messagesPerReplica"),
                               a.queue.messagesPerReplica, 1, 1000000000);
            !s)
            return s;
    }
    if (!d.exposure.path.isEmpty() && !d.exposure.path.startsWith(QLatin1Char('/')))
        return refuse(field("expose.path"),
                      QCoreApplication::translate("Stackdraft::Core::Edit",
                                                  "a path starts with '/' (found '%1')")
                          .arg(d.exposure.path));
    for (double coordinate : {d.position.x(), d.position.y()}) {
        if (!std::isfinite(coordinate) || std::abs(coordinate) > 1e9)
            return refuse(field("position"),
                          QCoreApplication::translate("Stackdraft::Core::Edit",
                                                      "a position is a pair of finite numbers"));
    }
    return checkEnvVars(project, d.envOverrides, field("env"));
}

Status checkEnvironmentSettings(const Environment &env)
{
    const auto field = [](const char *name) { return QString::fromLatin1(name); };
    const UsageAssumptions &u = env.usage;
    for (const Status &s :
         {cpuQuantity(field("budget.cpu"), env.budget.cpu),
          memoryQuantity(field("budget.memory"), env.budget.memory),
          notNegative(field("budget.monthlyCost"), env.budget.monthlyCost),
          notNegative(field("usage.dataTransferOutGb"), u.dataTransferOutGb),
          notNegative(field("usage.logIngestionGb"), u.logIngestionGb),
          inRange(field("usage.logRetentionDays"), u.logRetentionDays, 0, 36500),
          notNegative(field("usage.loadBalancerCapacityUnits"), u.loadBalancerCapacityUnits),
          notNegative(field("usage.imageStorageGb"), u.imageStorageGb),
          notNegative(field("usage.objectStorageGb"), u.objectStorageGb)}) {
        if (!s)
            return s;
    }
    return success();
}

Status checkConnection(const Project &project, const Connection &c)
{
    if (c.id.isEmpty())
        return refuse(
            QStringLiteral("id"),
            QCoreApplication::translate("Stackdraft::Core::Edit", "a connection needs an id"));
    for (const QString &end : {c.from, c.to}) {
        if (!project.component(end))
            return refuse(
                end == c.from ? QStringLiteral("from") : QStringLiteral("to"),
                QCoreApplication::translate("Stackdraft::Core::Edit", "unknown component '%1'")
                    .arg(end));
    }
    if (c.from == c.to)
        return refuse(QStringLiteral("to"),
                      QCoreApplication::translate("Stackdraft::Core::Edit",
                                                  "component '%1' cannot connect to itself")
                          .arg(c.from));
    if (c.port != 0)
        return inRange(QStringLiteral("port"), c.port, 1, 65535);
    return success();
}

Status checkGroupMembers(const Project &project, const QStringList &members)
{
    for (qsizetype i = 0; i < members.size(); ++i) {
        const QString field = at(QStringLiteral("members"), i);
        if (!project.component(members[i]))
            return refuse(
                field,
                QCoreApplication::translate("Stackdraft::Core::Edit", "unknown component '%1'")
                    .arg(members[i]));
        if (members.indexOf(members[i]) < i)
            return refuse(field,
                          QCoreApplication::translate("Stackdraft::Core::Edit",
                                                      "'%1' is listed twice in this group")
                              .arg(members[i]));
    }
    return success();
}

Status checkProjectSettings(const ProjectSettings &settings)
{
    if (!Naming::isDnsLabel(settings.name))
        return refuse(QStringLiteral("name"),
                      QCoreApplication::translate(
                          "Stackdraft::Core::Edit",
                          "'%1' is not a valid project name: use lower-case letters, digits and "
                          "'-' (e.g. '%2')")
                          .arg(settings.name, Naming::toDnsLabel(settings.name)));
    if (Status s = notNegative(QStringLiteral("currency.rate"), settings.currency.rate, 1e6); !s)
        return s;
    if (Status s = textList(QStringLiteral("output.directories"), settings.output.directories); !s)
        return s;
    return textList(QStringLiteral("disabledRules"), settings.disabledRules);
}

} // namespace Stackdraft::Core::Edit
