// ComposeService, continued: what a service holds and reaches (volumes, health, variables,
// dependencies). Split from composeservice.cpp only to keep files short.
#include "core/catalog/catalog.h"
#include "core/import/composeinterpolation.h"
#include "core/import/composeservice.h"
#include "core/import/healthimport.h"
#include "core/import/importyaml.h"
#include "core/model/naming.h"

namespace Stackdraft::Core {
namespace {

using Kind = ImportNote::Kind;

const QString SecretsDir = QStringLiteral("/run/secrets/");

} // namespace

void ComposeService::readVolumes(Deployment &deployment, const QString &typeId)
{
    const YamlNode *volumes = m_node.find(QStringLiteral("volumes"));
    if (!volumes)
        return;
    const ComponentType type = m_context.assembler().catalog().type(typeId);
    for (size_t i = 0; i < volumes->items.size(); ++i) {
        const YamlNode &item = volumes->items[i];
        const QString k = key() + QStringLiteral(".volumes[%1]").arg(i);
        QString source;
        QString target;
        if (item.isMap()) {
            source = m_context.text(item.find(QStringLiteral("source")), k);
            target = m_context.text(item.find(QStringLiteral("target")), k);
            if (ImportYaml::text(item.find(QStringLiteral("type"))) != QLatin1String("volume"))
                source = source.isEmpty() ? source : QStringLiteral("./") + source;
        } else {
            const QStringList parts = m_context.text(&item, k).split(QLatin1Char(':'));
            source = parts.size() > 1 ? parts.value(0) : QString();
            target = parts.size() > 1 ? parts.value(1) : parts.value(0);
        }
        const bool named = !source.isEmpty() && !source.startsWith(QLatin1Char('.'))
            && !source.startsWith(QLatin1Char('/')) && !source.startsWith(QLatin1Char('~'))
            && !source.startsWith(QLatin1Char('$'));
        if (!named) {
            m_context.note(Kind::LeftOut, item, k,
                           QT_TRANSLATE_NOOP("Import",
                                             "a bind mount or anonymous volume ('%1'): files "
                                             "from the host are not modelled"),
                           {target});
            continue;
        }
        if (!type.isStateful() || deployment.storage > 0) {
            m_context.note(Kind::LeftOut, item, k,
                           QT_TRANSLATE_NOOP("Import",
                                             "named volume '%1' at %2: Stackdraft keeps one "
                                             "volume per stateful component; not modelled"),
                           {source, target});
            continue;
        }
        deployment.storage
            = type.data().defaultStorage > 0 ? type.data().defaultStorage : qint64(1) << 30;
        if (!type.data().dataPath.isEmpty() && target != type.data().dataPath) {
            m_context.note(Kind::Changed, item, k,
                           QT_TRANSLATE_NOOP("Import",
                                             "named volume '%1' is mounted at %2; exports mount "
                                             "the storage at the type's data path %3"),
                           {source, target, type.data().dataPath});
        }
    }
}

void ComposeService::readHealthcheck(Component &component, const QString &typeId)
{
    const YamlNode *health = m_node.find(QStringLiteral("healthcheck"));
    if (!health || !health->isMap())
        return;
    const QString k = key() + QStringLiteral(".healthcheck");
    m_context.leftOut(*health, k, {QStringLiteral("test")});
    const YamlNode *test = health->find(QStringLiteral("test"));
    if (!test)
        return;
    QStringList command;
    if (test->isScalar()) {
        command << m_context.text(test, k);
    } else {
        for (const YamlNode &item : test->items)
            command << m_context.text(&item, k);
        const QString form = command.value(0);
        if (form == QLatin1String("NONE")) {
            m_context.note(Kind::LeftOut, *test, k + QStringLiteral(".test"),
                           QT_TRANSLATE_NOOP("Import",
                                             "a disabled health check is not modelled; exports "
                                             "check the type's own way"));
            return;
        }
        if (form == QLatin1String("CMD") || form == QLatin1String("CMD-SHELL"))
            command.removeFirst();
    }
    const ComponentType type = m_context.assembler().catalog().type(typeId);
    if (HealthImport::fromCommand(command, type, component)
        == HealthImport::Outcome::KeptAsProperty) {
        m_context.note(Kind::Changed, *test, k + QStringLiteral(".test"),
                       QT_TRANSLATE_NOOP("Import",
                                         "kept as property healthCommand; exports run the "
                                         "type's own check"));
    }
}

void ComposeService::addVariables()
{
    if (const YamlNode *secrets = m_node.find(QStringLiteral("secrets"))) {
        for (const YamlNode &item : secrets->items) {
            const QString name = item.isMap()
                ? ImportYaml::text(item.find(QStringLiteral("source")))
                : item.scalar;
            if (!name.isEmpty())
                m_secrets.insert(name);
        }
    }
    QList<EnvVar> env;
    if (const YamlNode *environment = m_node.find(QStringLiteral("environment"))) {
        if (environment->isMap()) {
            for (size_t i = 0; i < environment->keys.size(); ++i)
                readVariable(environment->keys[i].scalar, &environment->values[i],
                             environment->keys[i], env);
        } else {
            for (const YamlNode &item : environment->items) {
                const qsizetype eq = item.scalar.indexOf(QLatin1Char('='));
                YamlNode value = item;
                value.scalar = item.scalar.mid(eq + 1);
                readVariable(eq < 0 ? item.scalar : item.scalar.left(eq), eq < 0 ? nullptr : &value,
                             item, env);
            }
        }
    }
    Component *component = m_context.assembler().project().component(m_id);
    component->env = env;
    for (const QString &secret : std::as_const(m_secrets)) {
        if (m_usedSecrets.contains(secret))
            continue;
        m_context.note(Kind::LeftOut, *m_node.find(QStringLiteral("secrets")),
                       key() + QStringLiteral(".secrets"),
                       QT_TRANSLATE_NOOP("Import",
                                         "secret '%1' is mounted as a file and no variable points "
                                         "at it; Stackdraft passes secrets as variables: add one "
                                         "with {secret: %2}"),
                       {secret, Naming::toDnsLabel(secret)});
    }
}

void ComposeService::readVariable(const QString &rawName, const YamlNode *value, const YamlNode &at,
                                  QList<EnvVar> &out)
{
    QString name = rawName.trimmed();
    const QString k = key() + QStringLiteral(".environment.") + name;
    const ImportLocation where = m_context.where(at, k);
    ImportAssembler &assembler = m_context.assembler();
    if (!value || value->isNull()) {
        // `KEY` alone passes the shell's value through.
        const auto it = m_context.variables().constFind(name);
        if (ImportAssembler::isSecretName(name)) {
            if (auto var = assembler.envVar(m_id, name, {}, where, Naming::toDnsLabel(name)))
                assembler.addVariable(out, *var, where);
        } else if (it != m_context.variables().constEnd()) {
            if (auto var = assembler.envVar(m_id, name, *it, where))
                assembler.addVariable(out, *var, where);
        } else {
            m_context.note(Kind::LeftOut, at, k,
                           QT_TRANSLATE_NOOP("Import",
                                             "no value (taken from the shell when compose runs); "
                                             "not imported"));
        }
        return;
    }
    const ComposeInterpolation result
        = ComposeInterpolation::apply(value->scalar, m_context.variables());
    if (!result.error.isEmpty())
        m_context.note(Kind::Changed, *value, k,
                       QT_TRANSLATE_NOOP("Import", "bad substitution: %1"), {result.error});
    // A path under /run/secrets names a compose secret: the variable becomes a reference to it
    // (MYSQL_ROOT_PASSWORD_FILE -> MYSQL_ROOT_PASSWORD, the image's convention for both forms).
    if (result.text.startsWith(SecretsDir)) {
        const QString secret = result.text.mid(SecretsDir.size());
        m_usedSecrets.insert(secret);
        const QString plain = name.endsWith(QLatin1String("_FILE")) ? name.chopped(5) : name;
        m_context.note(Kind::Changed, *value, k,
                       QT_TRANSLATE_NOOP("Import",
                                         "the path of secret file '%1': imported as %2 = {secret: "
                                         "%3}, the secret's value rather than its path"),
                       {secret, plain, Naming::toDnsLabel(secret)});
        if (auto var = assembler.envVar(m_id, plain, {}, where, secret))
            assembler.addVariable(out, *var, where);
        return;
    }
    if (!result.wholeVariable.isEmpty()
        && (ImportAssembler::isSecretName(name)
            || ImportAssembler::isSecretName(result.wholeVariable))) {
        const QString secret = Naming::toDnsLabel(result.wholeVariable);
        if (!result.unset.contains(result.wholeVariable)) {
            m_context.note(Kind::Changed, *value, k,
                           QT_TRANSLATE_NOOP("Import",
                                             "a secret: the value of ${%1} is not copied; set "
                                             "secret '%2' where the project is deployed"),
                           {result.wholeVariable, secret});
        }
        if (auto var = assembler.envVar(m_id, name, {}, where, secret))
            assembler.addVariable(out, *var, where);
        return;
    }
    for (const QString &unset : result.unset) {
        m_context.note(Kind::Changed, *value, k,
                       QT_TRANSLATE_NOOP("Import",
                                         "${%1} is not set (no .env value, no default): replaced "
                                         "by empty text"),
                       {unset});
    }
    if (auto var = assembler.envVar(m_id, name, result.text, where))
        assembler.addVariable(out, *var, where);
}

void ComposeService::addConnections()
{
    ImportAssembler &assembler = m_context.assembler();
    auto link = [&](const YamlNode &at, const QString &k, const QString &target) {
        const QString to = assembler.componentForHost(target);
        if (to.isEmpty()) {
            m_context.note(Kind::LeftOut, at, k,
                           QT_TRANSLATE_NOOP("Import",
                                             "'%1' names no imported service; no "
                                             "connection made"),
                           {target});
            return;
        }
        assembler.connect(m_id, to);
    };
    if (const YamlNode *depends = m_node.find(QStringLiteral("depends_on"))) {
        const QString k = key() + QStringLiteral(".depends_on");
        for (const YamlNode &item : depends->items)
            link(item, k, item.scalar);
        for (const YamlNode &name : depends->keys)
            link(name, k, name.scalar);
    }
    if (const YamlNode *links = m_node.find(QStringLiteral("links"))) {
        for (const YamlNode &item : links->items) {
            const QString target = item.scalar.section(QLatin1Char(':'), 0, 0);
            link(item, key() + QStringLiteral(".links"), target);
            assembler.addHost(item.scalar.section(QLatin1Char(':'), 1, 1),
                              assembler.componentForHost(target));
        }
    }
    if (const YamlNode *networks = m_node.find(QStringLiteral("networks"))) {
        for (const YamlNode &item : networks->items)
            m_networks << item.scalar;
        for (size_t i = 0; i < networks->keys.size(); ++i) {
            m_networks << networks->keys[i].scalar;
            const YamlNode &settings = networks->values[i];
            const QString k = key() + QStringLiteral(".networks.") + networks->keys[i].scalar;
            if (const YamlNode *aliases = settings.find(QStringLiteral("aliases"))) {
                for (const YamlNode &alias : aliases->items)
                    assembler.addHost(alias.scalar, m_id);
            }
            if (settings.isMap())
                m_context.leftOut(settings, k, {QStringLiteral("aliases")});
        }
    }
}

} // namespace Stackdraft::Core
