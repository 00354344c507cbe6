#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

class ExposedDataStoreRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-DATASTORE-EXPOSED"); }
    Severity severity() const override { return Severity::Error; }
    QString rationale() const override
    {
        return QCoreApplication::translate("Validation", "A data store reachable from the internet is one leaked password away from a breach.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        QList<Problem> problems;
        for (const Component *c : project.deployedComponents(env)) {
            const ComponentType type = context.catalog.type(c->type);
            if (!type.isDataStore())
                continue;
            const Deployment *d = env.deployment(c->id);
            if (d->exposure.isPublic) {
                problems << problem(env, c->id, deploymentField(project, env, c->id, QStringLiteral("expose")),
                                    QCoreApplication::translate("Validation", "the data store %1 is exposed to the internet").arg(c->id),
                                    QCoreApplication::translate("Validation", "remove its public exposure; reach it through a service"));
                continue;
            }
            for (const Connection &conn : project.activeConnections(env)) {
                const Component *from = project.component(conn.to == c->id ? conn.from : QString());
                if (!from)
                    continue;
                const ComponentType fromType = context.catalog.type(from->type);
                // An edge entry point (CDN, load balancer) may front a store that serves HTTP, such as
                // object storage as a CDN origin; in front of a database protocol it exposes the database.
                const bool servesHttp = type.data().urlTemplate.startsWith(QLatin1String("http"));
                const bool edge = fromType.isEntryPoint() && fromType.category() == QLatin1String("edge");
                if (!fromType.isExternal() && !(edge && !servesHttp))
                    continue;
                problems << problem(env, c->id, QStringLiteral("connections"),
                                    QCoreApplication::translate("Validation", "%1 reaches the data store %2 directly").arg(from->id, c->id),
                                    QCoreApplication::translate("Validation", "put a service between them"));
            }
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makeExposedDataStoreRule()
{
    return std::make_unique<ExposedDataStoreRule>();
}

} // namespace Stackdraft::Core::Rules
