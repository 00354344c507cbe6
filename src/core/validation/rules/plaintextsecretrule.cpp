#include "core/model/naming.h"
#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/secretdetector.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Stackdraft::Core::Rules {
namespace {

using namespace SecretDetector;

class PlaintextSecretRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-SECRET-PLAINTEXT"); }
    Severity severity() const override { return Severity::Error; }
    QString rationale() const override
    {
        return QCoreApplication::translate(
            "Validation",
            "Secrets written as plain values end up in git and in every generated file.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        Q_UNUSED(project);
        QList<Problem> problems;
        for (const DeployedComponent &x : context.deployed) {
            const Component *c = x.component;
            const QStringList secretEnv = x.type.data().secretEnv;
            for (const EnvVar &v : Project::effectiveEnv(*c, x.deployment)) {
                if (v.kind != EnvVar::Kind::Literal || v.value.isEmpty())
                    continue;
                Message why;
                if (secretEnv.contains(v.name)
                    || (hasSecretName(v.name) && !isPlainSetting(v.value)))
                    why = text(QT_TRANSLATE_NOOP("Validation",
                                                 "%1 looks like a secret but holds a plain value"))
                              .arg(v.name);
                else if (hasInlineCredentials(v.value))
                    why = text(QT_TRANSLATE_NOOP("Validation",
                                                 "%1 is a URL with a password written in it"))
                              .arg(v.name);
                else if (looksLikeKey(v.value))
                    why = text(QT_TRANSLATE_NOOP("Validation",
                                                 "the value of %1 looks like an API key or token"))
                              .arg(v.name);
                if (why.isEmpty())
                    continue;
                problems << problem(
                    ProblemLocation::inComponent(env.id, c->id, QStringLiteral("env.") + v.name),
                    why,
                    text(QT_TRANSLATE_NOOP("Validation", "store it as a secret: %1: {secret: %2}"))
                        .arg(v.name, Naming::toDnsLabel(c->id + QLatin1Char('-') + v.name)));
            }
            // The text of its mounted files ends up in git and in every generated file too.
            for (qsizetype i = 0; i < c->files.size(); ++i) {
                const MountedFile &file = c->files.at(i);
                const int line = firstSecretLine(QString::fromUtf8(file.content));
                if (line == 0)
                    continue;
                problems << problem(
                    ProblemLocation::inComponent(env.id, c->id, QStringLiteral("files[%1]").arg(i)),
                    text(QT_TRANSLATE_NOOP("Validation",
                                           "the mounted file %1 holds what looks like a secret, "
                                           "on line %2"))
                        .arg(file.path)
                        .arg(line),
                    text(QT_TRANSLATE_NOOP("Validation",
                                           "keep the value out of the file: give the container a "
                                           "variable {secret: NAME} and have the file refer to "
                                           "it, or to a file the platform mounts from a secret")));
            }
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makePlaintextSecretRule()
{
    return std::make_unique<PlaintextSecretRule>();
}

} // namespace Stackdraft::Core::Rules
