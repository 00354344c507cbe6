#include "core/model/naming.h"
#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Stackdraft::Core::Rules {
namespace {

bool hasSecretName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch();
}

// Numbers, booleans and durations under a secret-looking name are settings (TOKEN_TTL: 3600), not
// secrets.
bool isPlainSetting(const QString &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d+[smhd]?|true|false|yes|no|on|off)$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(value.trimmed()).hasMatch();
}

// scheme://user:password@host, unless the password is a placeholder such as ${DB_PASSWORD}.
bool hasInlineCredentials(const QString &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z][a-z0-9+.-]*://[^/:@\\s]+:([^@\\s]+)@"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(value);
    return m.hasMatch() && !m.captured(1).startsWith(QLatin1String("${"));
}

// Well-known key prefixes, PEM blocks, or a long unbroken mix of letters and digits.
bool looksLikeKey(const QString &value)
{
    static const QRegularExpression known(QStringLiteral(
        "^(sk-|sk_live_|gsk_|ghp_|gho_|github_pat_|xox[abpr]-|AKIA[0-9A-Z]{16}|AIza)|-----BEGIN"));
    static const QRegularExpression opaque(QStringLiteral("^[A-Za-z0-9+/=_-]{32,}$"));
    if (known.match(value).hasMatch())
        return true;
    if (!opaque.match(value).hasMatch())
        return false;
    const bool letters
        = std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isLetter(); });
    const bool digits
        = std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isDigit(); });
    return letters && digits;
}

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
