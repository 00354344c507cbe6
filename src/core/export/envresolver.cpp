#include "core/export/envresolver.h"

#include "core/catalog/catalog.h"
#include "core/derived/searchclient.h"
#include "core/export/exportnaming.h"
#include "core/export/replicationplan.h"
#include "core/export/workload.h"
#include "core/model/project.h"
#include "core/model/projectindex.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace Stackdraft::Core {
namespace {

void appendText(QList<ResolvedEnvVar::Part> &parts, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!parts.isEmpty() && !parts.last().isSecret())
        parts.last().text += text;
    else
        parts.append({text, {}});
}

// A URL template's next `{name}` placeholder (a name of letters, digits and '_') at or after
// `from`: its braces' span and the name. Scanned by hand because a regular expression run per
// resolved variable was a fifth of re-validating an environment (bench_scale revalidate).
struct UrlToken
{
    qsizetype start = -1; // the '{'; -1 when there is none
    qsizetype end = -1; // one past the '}'
    QStringView name;
};

UrlToken nextUrlToken(QStringView pattern, qsizetype from)
{
    auto isNameChar = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'_';
    };
    for (qsizetype open = pattern.indexOf(u'{', from); open >= 0;
         open = pattern.indexOf(u'{', open + 1)) {
        qsizetype close = open + 1;
        while (close < pattern.size() && isNameChar(pattern.at(close)))
            ++close;
        if (close > open + 1 && close < pattern.size() && pattern.at(close) == u'}')
            return {open, close + 1, pattern.sliced(open + 1, close - open - 1)};
    }
    return {};
}

int primaryPort(const Component &component, const ComponentType &type)
{
    if (!component.ports.isEmpty())
        return component.ports.first().container;
    if (type.isValid() && !type.data().defaultPorts.isEmpty())
        return type.data().defaultPorts.first().container;
    return 0;
}

// A resolution failure at the variable's field path.
Error variableError(const QString &message, const QString &field)
{
    return Error {message, {}, 0, 0, field};
}

} // namespace

EnvResolver::EnvResolver(const Project &project, const Environment &env, const Catalog &catalog)
    : m_ownIndex(std::make_shared<const ProjectIndex>(project))
    , m_index(*m_ownIndex)
    , m_project(project)
    , m_env(env)
    , m_catalog(catalog)
    , m_hostNaming([](const Component &c) { return ExportNaming::hostName(c); })
{
    indexDeployments();
}

EnvResolver::EnvResolver(const ProjectIndex &index, const Environment &env, const Catalog &catalog)
    : m_index(index)
    , m_project(index.project())
    , m_env(env)
    , m_catalog(catalog)
    , m_hostNaming([](const Component &c) { return ExportNaming::hostName(c); })
{
    indexDeployments();
}

void EnvResolver::indexDeployments()
{
    m_deployments.reserve(m_env.deployments.size());
    for (const Deployment &d : m_env.deployments) {
        if (!m_deployments.contains(d.component)) // the first, as Environment::deployment() does
            m_deployments.insert(d.component, &d);
    }
}

QList<EnvVar> EnvResolver::variables(const Component &component) const
{
    // Asked again for every reference to the component and every field of its URL: work it out
    // once.
    if (const auto known = m_variables.constFind(&component); known != m_variables.cend())
        return known.value();
    QList<EnvVar> vars = Project::effectiveEnv(component, m_deployments.value(component.id));
    const ComponentType type = m_catalog.type(component.type);
    if (!type.isValid()) {
        m_variables.insert(&component, vars);
        return vars;
    }
    // A value the catalog says is secret never reaches a file, even when the model wrongly holds it
    // as text (validation reports that): it becomes a reference to a secret of its own.
    for (EnvVar &v : vars) {
        const TypeEnvVar *declared = type.envVar(v.name);
        const bool secret
            = (declared && declared->secret) || type.data().secretEnv.contains(v.name);
        if (v.kind == EnvVar::Kind::Literal && secret)
            v = EnvVar::secretRef(v.name, ExportNaming::implicitSecretName(component, v.name));
    }
    // What the image needs to start and the model leaves out: a secret of its own, or the catalog
    // default.
    for (const TypeEnvVar &needed : type.data().env) {
        const bool defined = std::any_of(vars.cbegin(), vars.cend(),
                                         [&](const EnvVar &v) { return v.name == needed.name; });
        if (defined || !needed.required)
            continue;
        if (needed.secret)
            vars.append(EnvVar::secretRef(
                needed.name, ExportNaming::implicitSecretName(component, needed.name)));
        else if (!needed.value.isEmpty())
            vars.append(EnvVar::literal(needed.name, needed.value));
    }
    adaptSearchClient(component, vars);
    m_variables.insert(&component, vars);
    return vars;
}

void EnvResolver::adaptSearchClient(const Component &component, QList<EnvVar> &vars) const
{
    // Most components are no search tool: decided from the image before any connection is read.
    if (SearchClient::toolOf(SearchClient::statedImage(component, m_catalog))
        == SearchClient::Tool::None)
        return;
    const SearchClient client = SearchClient::of(*this, m_env, m_catalog, component);
    const QString wanted = client.hostsVariable();
    if (!client.isClient() || wanted.isEmpty())
        return;
    auto named = [&](const QString &name) {
        return std::find_if(vars.begin(), vars.end(),
                            [&](const EnvVar &v) { return v.name == name; });
    };
    if (named(wanted) == vars.end()) {
        const QString other = wanted == QLatin1String("OPENSEARCH_HOSTS")
            ? QStringLiteral("ELASTICSEARCH_HOSTS")
            : QStringLiteral("OPENSEARCH_HOSTS");
        if (const auto it = named(other); it != vars.end())
            it->name = wanted;
        else
            vars.append(EnvVar::reference(wanted, client.server));
    }
    // The domain Terraform creates has no fine-grained access control (its security group and
    // policy decide who reaches it): Dashboards' security plugin would ask for a login it has not.
    const QString noSecurity = QStringLiteral("DISABLE_SECURITY_DASHBOARDS_PLUGIN");
    if (client.runsAs == SearchClient::Tool::Dashboards && client.serverManaged
        && named(noSecurity) == vars.end())
        vars.append(EnvVar::literal(noSecurity, QStringLiteral("true")));
}

QString EnvResolver::passwordSecret(const Component &target) const
{
    const QList<EnvVar> vars = variables(target);
    auto secretOf = [&](const QString &name) -> QString {
        for (const EnvVar &v : vars) {
            if (v.name == name && v.kind == EnvVar::Kind::Secret)
                return v.secret;
        }
        return {};
    };
    // An explicit choice first, then the variable the catalog says holds it, then any *PASSWORD*
    // secret.
    const QString chosen = target.properties.value(QStringLiteral("passwordEnv"));
    if (!chosen.isEmpty())
        return secretOf(chosen);
    const ComponentType type = m_catalog.type(target.type);
    const QString catalogVar
        = type.isValid() ? type.data().urlFieldEnv.value(QStringLiteral("password")) : QString();
    if (!catalogVar.isEmpty())
        return secretOf(catalogVar);
    for (const EnvVar &v : vars) {
        if (v.kind == EnvVar::Kind::Secret && v.name.contains(QLatin1String("PASSWORD")))
            return v.secret;
    }
    return {};
}

int EnvResolver::targetPort(const Component &client, const Component &target) const
{
    for (const Connection *c : m_index.connectionsFrom(client.id)) {
        if (c->to == target.id && c->port > 0)
            return c->port;
    }
    return primaryPort(target, m_catalog.type(target.type));
}

QString EnvResolver::fieldValue(const Component &target, const ComponentType &type,
                                const QString &field) const
{
    if (m_fieldNaming) {
        if (const QString named = m_fieldNaming(target, field); !named.isEmpty())
            return named;
    }
    // The variable the target's image reads the value from wins: it is what the server really uses.
    const QString varName = type.isValid() ? type.data().urlFieldEnv.value(field) : QString();
    if (!varName.isEmpty()) {
        for (const EnvVar &v : variables(target)) {
            if (v.name == varName && v.kind == EnvVar::Kind::Literal)
                return v.value;
        }
    }
    const QString fromProperty = target.properties.value(field);
    if (!fromProperty.isEmpty())
        return fromProperty;
    if (type.isValid()) {
        if (const TypeEnvVar *typeVar = type.envVar(varName); typeVar && !typeVar->value.isEmpty())
            return typeVar->value;
        return type.data().urlDefaults.value(field);
    }
    return {};
}

QString EnvResolver::urlField(const Component &target, const QString &field) const
{
    return fieldValue(target, m_catalog.type(target.type), field);
}

Result<ResolvedEnvVar> EnvResolver::resolve(const Component &component, const EnvVar &var) const
{
    ResolvedEnvVar out;
    if (Status resolved = resolveInto(component, var, &out); !resolved)
        return resolved.error();
    return out;
}

Status EnvResolver::check(const Component &component, const EnvVar &var) const
{
    return resolveInto(component, var, nullptr);
}

// One path for resolving and for checking, so the two cannot disagree; without `out` only what
// can fail is worked out (a URL is not spelled, a host not named).
Status EnvResolver::resolveInto(const Component &component, const EnvVar &var,
                                ResolvedEnvVar *out) const
{
    if (out)
        out->name = var.name;
    switch (var.kind) {
    case EnvVar::Kind::Literal:
        if (out)
            appendText(out->parts, var.value);
        return success();
    case EnvVar::Kind::Secret:
        if (out)
            out->parts.append({{}, var.secret});
        return success();
    case EnvVar::Kind::Reference:
        break;
    }

    if (out)
        out->from = var.component;
    const auto error = [&](const QString &message) {
        return variableError(
            message,
            QStringLiteral("environments.%1.%2.env.%3").arg(m_env.id, component.id, var.name));
    };
    const Component *target = m_index.component(var.component);
    if (!target)
        return error(QCoreApplication::translate(
                         "Stackdraft::Core::EnvResolver",
                         "%1 takes its value from '%2', which is not a component of the project")
                         .arg(var.name, var.component));
    const ComponentType type = m_catalog.type(target->type);
    const QString part = var.part.isEmpty() ? QStringLiteral("url") : var.part;
    // Something outside our infrastructure is reached where the architect says, deployed in this
    // environment (drawn on its canvas) or not: its stated URL, or its stated host.
    const QString externalUrl
        = type.isExternal() ? target->properties.value(QStringLiteral("url")) : QString();
    if (!externalUrl.isEmpty() && part == QLatin1String("url")) {
        if (out)
            appendText(out->parts, externalUrl);
        return success();
    }
    const Deployment *targetDeployment = m_deployments.value(target->id);
    if (!targetDeployment) {
        if (!externalUrl.isEmpty() && part == QLatin1String("host")) {
            if (out)
                appendText(out->parts, QUrl(externalUrl).host());
            return success();
        }
        return error(QCoreApplication::translate(
                         "Stackdraft::Core::EnvResolver",
                         "%1 takes its value from '%2', which is not deployed in environment "
                         "'%3': deploy it there or override %1 for that environment")
                         .arg(var.name, target->id, m_env.id));
    }

    if (part == QLatin1String("port")) {
        const int port = targetPort(component, *target);
        if (port <= 0)
            return error(QCoreApplication::translate("Stackdraft::Core::EnvResolver",
                                                     "%1 asks for the port of '%2', which has none")
                             .arg(var.name, target->id));
        if (out)
            appendText(out->parts, QString::number(port));
        return success();
    }
    if (part == QLatin1String("password")) {
        const QString password = passwordSecret(*target);
        if (password.isEmpty())
            return error(QCoreApplication::translate(
                             "Stackdraft::Core::EnvResolver",
                             "%1 asks for the password of '%2', which has no password secret")
                             .arg(var.name, target->id));
        if (out)
            out->parts.append({{}, password});
        return success();
    }
    if (part != QLatin1String("host") && part != QLatin1String("url")) {
        const QString value = fieldValue(*target, type, part);
        if (value.isEmpty())
            return error(QCoreApplication::translate(
                             "Stackdraft::Core::EnvResolver",
                             "%1 asks for '%2' of '%3', which neither the component's properties "
                             "nor its catalog type define")
                             .arg(var.name, part, target->id));
        if (out)
            appendText(out->parts, value);
        return success();
    }
    if (!out)
        return success(); // a host and a URL are always spelled

    // A replicated data store is written to through its writer endpoint (the operator's primary
    // Service), and its clients may need options to follow the topology (a replica set's name).
    const ReplicationPlan replication = m_env.platform == Platform::Kubernetes
        ? ReplicationPlan::make(type, *targetDeployment, m_env.platform)
        : ReplicationPlan();
    QString host = replication.writerHost(m_hostNaming(*target));
    if (type.isExternal()) {
        if (const QString stated = target->properties.value(QStringLiteral("host"));
            !stated.isEmpty())
            host = stated;
        else if (!externalUrl.isEmpty())
            host = QUrl(externalUrl).host();
    }
    if (part == QLatin1String("host"))
        appendText(out->parts, host);
    else
        appendUrl(*out, *target, type,
                  {host, targetPort(component, *target), passwordSecret(*target)}, replication);
    return success();
}

// The target's URL template filled in: {password} as the secret, {host} and {port} as given, any
// other {field} as fieldValue() finds it, and the replication's client options appended.
void EnvResolver::appendUrl(ResolvedEnvVar &out, const Component &target, const ComponentType &type,
                            const UrlParts &given, const ReplicationPlan &replication) const
{
    const QString &host = given.host;
    const int port = given.port;
    const QString &password = given.password;
    QString pattern = type.isValid() ? type.data().urlTemplate : QString();
    if (pattern.isEmpty())
        pattern = port > 0 ? QStringLiteral("{host}:{port}") : QStringLiteral("{host}");
    if (password.isEmpty()) {
        // No credentials to give: "scheme://{user}:{password}@host" becomes "scheme://host".
        static const QRegularExpression credentials(
            QStringLiteral("\\{user\\}(:\\{password\\})?@"));
        pattern.remove(credentials);
        pattern.remove(QStringLiteral(":{password}"));
    }
    qsizetype at = 0;
    for (UrlToken t = nextUrlToken(pattern, 0); t.start >= 0; t = nextUrlToken(pattern, at)) {
        appendText(out.parts, pattern.mid(at, t.start - at));
        at = t.end;
        const QStringView name = t.name;
        if (name == QLatin1String("password"))
            out.parts.append({{}, password});
        else if (name == QLatin1String("host"))
            appendText(out.parts, host);
        else if (name == QLatin1String("port"))
            appendText(out.parts, QString::number(port));
        else
            appendText(out.parts, fieldValue(target, type, name.toString()));
    }
    appendText(out.parts, pattern.mid(at));
    if (const QString options = replication.urlOptions(m_hostNaming(target)); !options.isEmpty())
        appendText(out.parts,
                   (pattern.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
                       + options);
}

Result<QList<ResolvedEnvVar>> EnvResolver::resolve(const Component &component) const
{
    QList<ResolvedEnvVar> resolved;
    for (const EnvVar &var : variables(component)) {
        Result<ResolvedEnvVar> r = resolve(component, var);
        if (!r)
            return r.error();
        resolved.append(std::move(r).value());
    }
    return resolved;
}

QStringList EnvResolver::secrets() const
{
    QStringList all;
    QSet<QString> seen;
    for (const auto &[c, deployment] : m_project.deployments(m_env)) {
        const Realisation r = Realisation::of(m_catalog.type(c->type), m_env, *deployment);
        if (!Workload::isDeployable(r, m_env.platform))
            continue;
        for (const EnvVar &v : variables(*c)) {
            if (v.kind == EnvVar::Kind::Secret && !seen.contains(v.secret)) {
                seen.insert(v.secret);
                all << v.secret;
            }
        }
    }
    all.sort();
    return all;
}

} // namespace Stackdraft::Core
