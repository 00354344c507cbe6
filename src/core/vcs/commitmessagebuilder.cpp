#include "core/vcs/commitmessagebuilder.h"

#include "core/model/quantity.h"

#include <QCoreApplication>

#include <cmath>

namespace Stackdraft::Core {

namespace {

constexpr int SubjectLimit = 72; // what `git log --oneline` and most review tools show whole
constexpr int FileListLimit = 20;

QString arrow(const QString &before, const QString &after)
{
    return QCoreApplication::translate("Git", "%1 -> %2").arg(before, after);
}

QString cpuText(qint64 millicores)
{
    return millicores > 0 ? Quantity::formatCpu(millicores)
                          : QCoreApplication::translate("Git", "unset");
}

QString memoryText(qint64 bytes)
{
    return bytes > 0 ? Quantity::formatMemory(bytes) : QCoreApplication::translate("Git", "unset");
}

QString autoscalingText(const Autoscaling &autoscaling)
{
    return autoscaling.enabled ? QCoreApplication::translate("Git", "%1-%2 replicas")
                                     .arg(autoscaling.minReplicas)
                                     .arg(autoscaling.maxReplicas)
                               : QCoreApplication::translate("Git", "off");
}

QString money(double amount)
{
    return QString::number(amount, 'f', 2);
}

} // namespace

CommitMessageBuilder::CommitMessageBuilder(Project current)
    : m_current(std::move(current))
{
}

void CommitMessageBuilder::setPrevious(const Project &previous)
{
    m_previous = previous;
}

void CommitMessageBuilder::setFileChanges(const GitStatus &status)
{
    m_files = status;
}

void CommitMessageBuilder::setMonthlyCost(const QString &environmentId, double before, double after)
{
    m_costs.insert(environmentId, {before, after});
}

QStringList CommitMessageBuilder::deploymentChanges(const Deployment &before,
                                                    const Deployment &after) const
{
    QStringList changes;
    if (before.replicas != after.replicas) {
        changes << QCoreApplication::translate("Git", "replicas %1")
                       .arg(arrow(QString::number(before.replicas),
                                  QString::number(after.replicas)));
    }
    const Resources &a = before.resources;
    const Resources &b = after.resources;
    if (a.cpuRequest != b.cpuRequest)
        changes << QCoreApplication::translate("Git", "cpu %1")
                       .arg(arrow(cpuText(a.cpuRequest), cpuText(b.cpuRequest)));
    if (a.cpuLimit != b.cpuLimit)
        changes << QCoreApplication::translate("Git", "cpu limit %1")
                       .arg(arrow(cpuText(a.cpuLimit), cpuText(b.cpuLimit)));
    if (a.memoryRequest != b.memoryRequest) {
        changes << QCoreApplication::translate("Git", "memory %1")
                       .arg(arrow(memoryText(a.memoryRequest), memoryText(b.memoryRequest)));
    }
    if (a.memoryLimit != b.memoryLimit) {
        changes << QCoreApplication::translate("Git", "memory limit %1")
                       .arg(arrow(memoryText(a.memoryLimit), memoryText(b.memoryLimit)));
    }
    if (before.storage != after.storage) {
        changes << QCoreApplication::translate("Git", "storage %1")
                       .arg(arrow(memoryText(before.storage), memoryText(after.storage)));
    }
    if (before.autoscaling != after.autoscaling) {
        changes << QCoreApplication::translate("Git", "autoscaling %1")
                       .arg(arrow(autoscalingText(before.autoscaling),
                                  autoscalingText(after.autoscaling)));
    }
    if (before.mode != after.mode) {
        changes << QCoreApplication::translate("Git", "mode %1")
                       .arg(arrow(deploymentModeId(before.mode), deploymentModeId(after.mode)));
    }
    return changes;
}

QStringList CommitMessageBuilder::environmentChanges(const Environment &before,
                                                     const Environment &after) const
{
    QStringList lines;
    for (const Deployment &deployment : after.deployments) {
        if (before.deploys(deployment.component))
            continue;
        const Component *component = m_current.component(deployment.component);
        lines << QCoreApplication::translate("Git", "- added %1 (%2)")
                     .arg(deployment.component, component ? component->type : QString());
    }
    for (const Deployment &deployment : before.deployments) {
        if (!after.deploys(deployment.component))
            lines << QCoreApplication::translate("Git", "- removed %1").arg(deployment.component);
    }
    for (const Deployment &deployment : after.deployments) {
        const Deployment *old = before.deployment(deployment.component);
        if (!old)
            continue;
        const QStringList changes = deploymentChanges(*old, deployment);
        if (!changes.isEmpty()) {
            lines << QCoreApplication::translate("Git", "- %1: %2")
                         .arg(deployment.component, changes.join(QLatin1String(", ")));
        }
    }
    if (before.platform != after.platform) {
        lines << QCoreApplication::translate("Git", "- platform %1")
                     .arg(arrow(platformId(before.platform), platformId(after.platform)));
    }
    const auto cost = m_costs.constFind(after.id);
    if (cost != m_costs.cend() && std::abs(cost->second - cost->first) >= 0.005) {
        const double delta = cost->second - cost->first;
        lines << QCoreApplication::translate("Git", "- monthly cost: %1 USD (%2%3)")
                     .arg(arrow(money(cost->first), money(cost->second)),
                          delta > 0 ? QStringLiteral("+") : QString(), money(delta));
    }
    return lines;
}

QStringList CommitMessageBuilder::fileSummary(bool designChanged) const
{
    QStringList lines;
    if (!m_files)
        return lines;
    using Change = GitStatus::Change;
    lines << QCoreApplication::translate("Git", "Generated files: %1 new, %2 modified, %3 deleted.")
                 .arg(m_files->count(Change::New))
                 .arg(m_files->count(Change::Modified))
                 .arg(m_files->count(Change::Deleted));
    // Without a design change to tell (no previous design, or only the generators changed), the
    // file list is the summary.
    if (!designChanged) {
        const QList<GitStatus::Entry> changed = m_files->changed();
        for (qsizetype i = 0; i < changed.size() && i < FileListLimit; ++i) {
            lines << QCoreApplication::translate("Git", "- %1 %2")
                         .arg(GitStatus::changeName(changed.at(i).change), changed.at(i).path);
        }
        if (changed.size() > FileListLimit) {
            lines << QCoreApplication::translate("Git", "- and %1 more")
                         .arg(changed.size() - FileListLimit);
        }
    }
    return lines;
}

QString CommitMessageBuilder::build() const
{
    const QString title = m_current.displayTitle();
    QStringList body;
    QStringList touched;
    if (m_previous) {
        for (const Environment &environment : m_current.environments) {
            const Environment *old = m_previous->environment(environment.id);
            QStringList lines;
            if (!old) {
                lines << QCoreApplication::translate("Git", "- new environment, %n component(s)",
                                                     nullptr, int(environment.deployments.size()));
                const Environment empty;
                lines << environmentChanges(empty, environment);
            } else {
                lines = environmentChanges(*old, environment);
            }
            if (lines.isEmpty())
                continue;
            touched << environment.id;
            body << QCoreApplication::translate("Git", "%1:").arg(environment.id) << lines
                 << QString();
        }
        for (const Environment &environment : m_previous->environments) {
            if (!m_current.environment(environment.id)) {
                touched << environment.id;
                body << QCoreApplication::translate("Git", "%1: environment removed")
                            .arg(environment.id)
                     << QString();
            }
        }
    }
    if (m_previous) {
        // Component-level edits show in every environment; say them once.
        QStringList components;
        for (const Component &component : m_current.components) {
            const Component *old = m_previous->component(component.id);
            if (old && old->image != component.image) {
                components << QCoreApplication::translate("Git", "- %1: image %2")
                                  .arg(component.id, arrow(old->image, component.image));
            }
        }
        if (!components.isEmpty()) {
            touched << QCoreApplication::translate("Git", "components");
            body << QCoreApplication::translate("Git", "components:") << components << QString();
        }
    }
    body << fileSummary(!touched.isEmpty());
    while (!body.isEmpty() && body.last().isEmpty())
        body.removeLast();

    QString subject;
    if (!touched.isEmpty()) {
        subject = QCoreApplication::translate("Git", "Update %1 design: %2")
                      .arg(title, touched.join(QLatin1String(", ")));
    } else {
        subject = QCoreApplication::translate("Git", "Update generated files for %1").arg(title);
    }
    if (subject.size() > SubjectLimit)
        subject = subject.left(SubjectLimit - 3) + QStringLiteral("...");
    if (body.isEmpty())
        return subject + QLatin1Char('\n');
    return subject + QStringLiteral("\n\n") + body.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Stackdraft::Core
