#include "core/model/quantity.h"
#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

class RequestsLimitsRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-REQUESTS-LIMITS"); }
    Severity severity() const override { return Severity::Error; }
    QString rationale() const override
    {
        return QCoreApplication::translate("Validation",
                                           "A request above its limit is rejected by Kubernetes "
                                           "and makes no sense anywhere else.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        Q_UNUSED(project);
        Q_UNUSED(context);
        QList<Problem> problems;
        for (const Deployment &d : env.deployments) {
            const Resources &r = d.resources;
            if (r.cpuLimit > 0 && r.cpuRequest > r.cpuLimit)
                problems << problem(
                    ProblemLocation::inDeployment(env.id, d.component, QStringLiteral("cpuLimit")),
                    text(QT_TRANSLATE_NOOP("Validation", "CPU request %1 is above its limit %2"))
                        .arg(Quantity::formatCpu(r.cpuRequest), Quantity::formatCpu(r.cpuLimit)),
                    text(QT_TRANSLATE_NOOP("Validation", "raise cpuLimit to %1"))
                        .arg(Quantity::formatCpu(r.cpuRequest)));
            if (r.memoryLimit > 0 && r.memoryRequest > r.memoryLimit)
                problems << problem(
                    ProblemLocation::inDeployment(env.id, d.component,
                                                  QStringLiteral("memoryLimit")),
                    text(QT_TRANSLATE_NOOP("Validation", "memory request %1 is above its limit %2"))
                        .arg(Quantity::formatMemory(r.memoryRequest),
                             Quantity::formatMemory(r.memoryLimit)),
                    text(QT_TRANSLATE_NOOP("Validation", "raise memoryLimit to %1"))
                        .arg(Quantity::formatMemory(r.memoryRequest)));
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makeRequestsLimitsRule()
{
    return std::make_unique<RequestsLimitsRule>();
}

} // namespace Stackdraft::Core::Rules
