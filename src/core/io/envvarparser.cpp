#include "core/io/envvarparser.h"

#include "core/echo.h"
#include "core/model/naming.h"

#include <QCoreApplication>
#include <QSet>

namespace Stackdraft::Core {

QList<EnvVar> EnvVarParser::parse(const YamlNode &node, const QString &field)
{
    QList<EnvVar> vars;
    if (!m_context.expectMap(node, field, true))
        return vars;
    for (size_t i = 0; i < node.keys.size() && !m_context.failed(); ++i) {
        const QString &name = node.keys[i].scalar;
        const QString varField = ParseContext::join(field, name);
        if (!Naming::isEnvName(name)) {
            m_context.fail(node.keys[i], varField,
                           tr("'%1' is not a valid environment variable name: use "
                              "letters, digits, '_', '-' and '.', not starting with a digit "
                              "(e.g. '%2')")
                               .arg(name, Naming::toEnvName(name)));
            break;
        }
        vars.append(parseValue(name, node.values[i], varField));
    }
    return vars;
}

EnvVar EnvVarParser::parseValue(const QString &name, const YamlNode &value, const QString &field)
{
    if (value.isNull() || value.isScalar())
        return EnvVar::literal(name, value.scalar);
    if (!value.isMap()) {
        m_context.fail(value, field,
                       tr("expected text, {from: component} or {secret: name}, found %1")
                           .arg(value.kindName()));
        return {};
    }
    const YamlNode *from = value.find(QStringLiteral("from"));
    const YamlNode *secret = value.find(QStringLiteral("secret"));
    if (secret) {
        m_context.checkKeys(value, field, {QStringLiteral("secret")});
        return EnvVar::secretRef(
            name,
            m_context.dnsLabel(*secret, ParseContext::join(field, QStringLiteral("secret")),
                               tr("secret name")));
    }
    if (!from) {
        m_context.fail(value, field,
                       tr("a variable mapping needs 'from: <component>' or 'secret: <name>'"));
        return {};
    }
    m_context.checkKeys(value, field, {QStringLiteral("from"), QStringLiteral("part")});
    const QString fromField = ParseContext::join(field, QStringLiteral("from"));
    const QString component = m_context.requiredText(*from, fromField);
    m_references.append({from, fromField, component});
    QString part;
    if (const YamlNode *partNode = value.find(QStringLiteral("part"))) {
        const QString partField = ParseContext::join(field, QStringLiteral("part"));
        part = m_context.requiredText(*partNode, partField);
        if (!m_context.failed() && !EnvVar::referenceParts().contains(part)) {
            const QString guess = ParseContext::closest(part, EnvVar::referenceParts());
            m_context.fail(
                *partNode, partField,
                guess.isEmpty()
                    ? tr("unknown part '%1' (use url, host, port, user, database or bucket)")
                          .arg(Echo::value(part))
                    : tr("unknown part '%1'; did you mean '%2'?")
                          .arg(Echo::value(part), Echo::value(guess)));
        }
    }
    return EnvVar::reference(name, component, part);
}

void EnvVarParser::checkReferences(const QStringList &componentIds)
{
    const QSet<QString> known(componentIds.cbegin(), componentIds.cend());
    for (const PendingReference &ref : std::as_const(m_references)) {
        if (m_context.failed())
            return;
        if (!known.contains(ref.component)) {
            const QString guess = ParseContext::closest(ref.component, componentIds);
            m_context.fail(*ref.node, ref.field,
                           guess.isEmpty()
                               ? tr("refers to component '%1', which does not exist")
                                     .arg(Echo::value(ref.component))
                               : tr("refers to component '%1', which does not exist; "
                                    "did you mean '%2'?")
                                     .arg(Echo::value(ref.component), Echo::value(guess)));
        }
    }
}

} // namespace Stackdraft::Core
