#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>
#include <QMultiHash>

namespace Stackdraft::Core::Rules {
namespace {

class ExposedDataStoreRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-DATASTORE-EXPOSED"); }
    Severity severity() const override { return Severity::Error; }
    QString rationale() const override
    {
        return QCoreApplication::translate(
            "Validation",
            "A data store reachable from the internet is one leaked password away from a breach.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        QList<Problem> problems;
        QMultiHash<QString, QString> callers; // active connections: target -> source
        for (const Connection &conn : project.activeConnections(env))
            callers.insert(conn.to, conn.from);
        for (const DeployedComponent &x : context.deployed) {
            const Component *c = x.component;
            const ComponentType &type = x.type;
            if (!type.isDataStore())
                continue;
            const Deployment *d = x.deployment;
            if (d->exposure.isPublic) {
                problems << problem(
                    ProblemLocation::inDeployment(env.id, c->id, QStringLiteral("expose")),
                    text(QT_TRANSLATE_NOOP("Validation",
                                           "the data store %1 is exposed to the internet"))
                        .arg(c->id),
                    text(QT_TRANSLATE_NOOP(
                        "Validation", "remove its public exposure; reach it through a service")));
                continue;
            }
            const QStringList sources = callers.values(c->id);
            for (const QString &source : sources) {
                const DeployedComponent *caller = context.find(source);
                if (!caller)
                    continue;
                const Component *from = caller->component;
                const ComponentType &fromType = caller->type;
                // An edge entry point (CDN, load balancer) may front a store that serves HTTP, such
                // as object storage as a CDN origin; in front of a database protocol it exposes the
                // database.
                const bool servesHttp = type.data().urlTemplate.startsWith(QLatin1String("http"));
                const bool edge
                    = fromType.isEntryPoint() && fromType.category() == QLatin1String("edge");
                if (!fromType.isExternal() && !(edge && !servesHttp))
                    continue;
                problems << problem(
                    ProblemLocation::inProject(env.id, c->id, QStringLiteral("connections")),
                    text(QT_TRANSLATE_NOOP("Validation", "%1 reaches the data store %2 directly"))
                        .arg(from->id, c->id),
                    text(QT_TRANSLATE_NOOP("Validation", "put a service between them")));
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
