#include "core/import/importassembler.h"

#include "core/catalog/catalog.h"
#include "core/io/yamlnode.h"
#include "core/model/naming.h"

#include <QRegularExpression>

#include <algorithm>

namespace Stackdraft::Core {
namespace {

// A host a value names: a URL's host ("mysql://u:p@db:3306/x"), "db:5432" or a bare "db".
struct NamedHost
{
    enum class Shape { Url, HostPort, Host };
    Shape shape = Shape::Host;
    QString host;
    bool credentials = false; // the URL carries user information
};

std::optional<NamedHost> namedHost(const QString &value)
{
    static const QRegularExpression url(QStringLiteral(
        "^[A-Za-z][A-Za-z0-9+.-]*://(([^@/]*)@)?([A-Za-z0-9_.-]+)(:[0-9]+)?([/?#].*)?$"));
    static const QRegularExpression hostPort(QStringLiteral("^([A-Za-z0-9_.-]+):[0-9]{1,5}$"));
    static const QRegularExpression host(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]*$"));
    if (const QRegularExpressionMatch m = url.match(value); m.hasMatch())
        return NamedHost {NamedHost::Shape::Url, m.captured(3), !m.captured(2).isEmpty()};
    if (const QRegularExpressionMatch m = hostPort.match(value); m.hasMatch())
        return NamedHost {NamedHost::Shape::HostPort, m.captured(1), false};
    if (host.match(value).hasMatch())
        return NamedHost {NamedHost::Shape::Host, value, false};
    return std::nullopt;
}

QString pairKey(const QString &from, const QString &to)
{
    return from + QLatin1Char('\n') + to;
}

} // namespace

ImportAssembler::ImportAssembler(const Catalog &catalog, ImportReport &report)
    : m_catalog(catalog)
    , m_report(report)
{
}

ImportLocation ImportAssembler::at(const QString &file, const YamlNode &node, const QString &key)
{
    return {file, node.line, node.column, key};
}

QString ImportAssembler::addComponent(Component component, const QString &name,
                                      const ImportLocation &where)
{
    const QString base = Naming::toDnsLabel(name);
    QString id = base;
    for (int n = 2; m_types.contains(id); ++n) {
        const QString suffix = QLatin1Char('-') + QString::number(n);
        id = base.left(63 - suffix.size()) + suffix;
    }
    if (id != name) {
        m_report.add(
            {ImportNote::Kind::Changed,
             where.file,
             where.line,
             where.column,
             where.key,
             QT_TRANSLATE_NOOP("Import",
                               "'%1' is not a valid component id (DNS-1123 label, unique); "
                               "imported as '%2'"),
             {name, id}});
    }
    m_types.insert(id, component.type);
    component.id = id;
    m_project.components.append(std::move(component));
    addHost(name, id);
    addHost(id, id);
    return id;
}

void ImportAssembler::addHost(const QString &host, const QString &componentId)
{
    if (!host.isEmpty() && !componentId.isEmpty() && !m_hosts.contains(host.toLower()))
        m_hosts.insert(host.toLower(), componentId);
}

QString ImportAssembler::componentForHost(const QString &host) const
{
    const QString lower = host.toLower();
    if (const auto it = m_hosts.constFind(lower); it != m_hosts.constEnd())
        return *it;
    // Kubernetes DNS: "svc", "svc.namespace", "svc.namespace.svc.cluster.local".
    const qsizetype dot = lower.indexOf(QLatin1Char('.'));
    if (dot > 0
        && (lower.endsWith(QLatin1String(".svc.cluster.local"))
            || lower.endsWith(QLatin1String(".svc")) || lower.count(QLatin1Char('.')) == 1))
        return m_hosts.value(lower.left(dot));
    return {};
}

void ImportAssembler::connect(const QString &from, const QString &to, const QString &label)
{
    if (from.isEmpty() || to.isEmpty() || from == to || m_connections.contains(pairKey(from, to)))
        return;
    m_connections.insert(pairKey(from, to));
    m_project.connections.append({from, to, label, 0});
}

bool ImportAssembler::connected(const QString &a, const QString &b) const
{
    return m_connections.contains(pairKey(a, b)) || m_connections.contains(pairKey(b, a));
}

void ImportAssembler::addVariable(QList<EnvVar> &env, const EnvVar &var,
                                  const ImportLocation &where)
{
    const auto earlier = std::find_if(env.begin(), env.end(),
                                      [&](const EnvVar &other) { return other.name == var.name; });
    if (earlier != env.end()) {
        env.erase(earlier);
        m_report.add(
            {ImportNote::Kind::Changed,
             where.file,
             where.line,
             where.column,
             where.key,
             QT_TRANSLATE_NOOP("Import", "%1 is set more than once; the last value is kept"),
             {var.name}});
    }
    env.append(var);
}

bool ImportAssembler::isSecretName(const QString &name)
{
    static const QStringList secretWords
        = {QStringLiteral("PASSWORD"),    QStringLiteral("PASSWD"), QStringLiteral("PWD"),
           QStringLiteral("PW"),          QStringLiteral("PASS"),   QStringLiteral("SECRET"),
           QStringLiteral("TOKEN"),       QStringLiteral("KEY"),    QStringLiteral("APIKEY"),
           QStringLiteral("CREDENTIALS"), QStringLiteral("PRIVATE")};
    // A variable naming where a secret is, not the secret itself.
    static const QStringList locationWords
        = {QStringLiteral("FILE"),     QStringLiteral("PATH"), QStringLiteral("DIR"),
           QStringLiteral("HOST"),     QStringLiteral("PORT"), QStringLiteral("USER"),
           QStringLiteral("USERNAME"), QStringLiteral("NAME"), QStringLiteral("URL")};
    static const QRegularExpression separators(QStringLiteral("[-._]"));
    const QStringList words = name.toUpper().split(separators, Qt::SkipEmptyParts);
    if (words.isEmpty() || locationWords.contains(words.last()))
        return false;
    for (const QString &word : words) {
        if (secretWords.contains(word))
            return true;
    }
    return false;
}

std::optional<EnvVar> ImportAssembler::envVar(const QString &componentId, const QString &name,
                                              const QString &value, const ImportLocation &where,
                                              const QString &secret)
{
    auto note = [&](ImportNote::Kind kind, const char *reason, const QStringList &args) {
        m_report.add({kind, where.file, where.line, where.column, where.key, reason, args});
    };
    if (!Naming::isEnvName(name)) {
        note(ImportNote::Kind::LeftOut,
             QT_TRANSLATE_NOOP("Import", "'%1' is not a valid variable name; not imported"),
             {name});
        return std::nullopt;
    }
    if (!secret.isEmpty())
        return EnvVar::secretRef(name, Naming::toDnsLabel(secret));

    if (const std::optional<NamedHost> named = namedHost(value.trimmed())) {
        const QString target = componentForHost(named->host);
        if (!target.isEmpty() && target != componentId) {
            connect(componentId, target);
            const bool offers = m_catalog.type(m_types.value(target)).offersUrl();
            if (offers && named->shape == NamedHost::Shape::Url) {
                if (named->credentials) {
                    note(ImportNote::Kind::Changed,
                         QT_TRANSLATE_NOOP("Import",
                                           "now derived from %1's URL; the user and password "
                                           "written in it are not copied"),
                         {target});
                }
                return EnvVar::reference(name, target);
            }
            if (offers && named->shape == NamedHost::Shape::Host)
                return EnvVar::reference(name, target, QStringLiteral("host"));
            return EnvVar::literal(name, value);
        }
    }
    if (isSecretName(name)) {
        const QString secretName = Naming::toDnsLabel(componentId + QLatin1Char('-') + name);
        if (!value.isEmpty()) {
            note(ImportNote::Kind::Changed,
                 QT_TRANSLATE_NOOP("Import",
                                   "a secret: its value is not copied; set secret '%1' where the "
                                   "project is deployed"),
                 {secretName});
        }
        return EnvVar::secretRef(name, secretName);
    }
    return EnvVar::literal(name, value);
}

} // namespace Stackdraft::Core
