#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

class InactiveConnectionRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-CONNECTION-INACTIVE"); }
    Severity severity() const override { return Severity::Warning; }
    QString rationale() const override
    {
        return QCoreApplication::translate("Validation", "A connection to a component this environment does not deploy is inactive here; its client gets no URL.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        QList<Problem> problems;
        for (qsizetype i = 0; i < project.connections.size(); ++i) {
            const Connection &c = project.connections.at(i);
            const bool from = env.deploys(c.from);
            const bool to = env.deploys(c.to);
            if (from == to)
                continue; // active, or wholly absent from this environment
            const QString missing = from ? c.to : c.from;
            const Component *m = project.component(missing);
            if (m && context.catalog.type(m->type).isExternal())
                continue; // external parties are never deployed by us
            problems << problem(env, from ? c.from : c.to, QStringLiteral("connections[%1]").arg(i),
                                QCoreApplication::translate("Validation", "the connection %1 -> %2 is inactive: %3 is not deployed here")
                                    .arg(c.from, c.to, missing),
                                QCoreApplication::translate("Validation", "deploy %1 in %2 or remove the connection").arg(missing, env.id));
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makeInactiveConnectionRule()
{
    return std::make_unique<InactiveConnectionRule>();
}

} // namespace Stackdraft::Core::Rules
