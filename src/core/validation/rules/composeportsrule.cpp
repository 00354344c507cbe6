#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>
#include <QHash>

namespace Stackdraft::Core::Rules {
namespace {

class ComposePortsRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-COMPOSE-PORTS"); }
    Severity severity() const override { return Severity::Error; }
    QString rationale() const override
    {
        return QCoreApplication::translate("Validation",
                                           "Two compose services cannot publish the same host "
                                           "port: the second one fails to start.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        Q_UNUSED(project);
        Q_UNUSED(context);
        if (env.platform != Platform::Compose)
            return {};
        QList<Problem> problems;
        QHash<QString, QString> owners; // "8080/TCP" -> component
        for (const DeployedComponent &x : context.deployed) {
            const Component *c = x.component;
            for (const Port &p : c->ports) {
                if (p.published <= 0)
                    continue;
                const QString key
                    = QStringLiteral("%1/%2").arg(p.published).arg(p.protocol.toUpper());
                const QString owner = owners.value(key);
                if (owner.isEmpty()) {
                    owners.insert(key, c->id);
                    continue;
                }
                problems << problem(
                    ProblemLocation::inComponent(env.id, c->id, QStringLiteral("ports")),
                    text(QT_TRANSLATE_NOOP("Validation", "host port %1 is already published by %2"))
                        .arg(key, owner),
                    text(QT_TRANSLATE_NOOP("Validation", "publish another host port or none")));
            }
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makeComposePortsRule()
{
    return std::make_unique<ComposePortsRule>();
}

} // namespace Stackdraft::Core::Rules
