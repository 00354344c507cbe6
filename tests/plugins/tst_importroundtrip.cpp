#include "core/export/envresolver.h"
#include "core/export/exportwriter.h"
#include "core/export/publicentry.h"
#include "core/export/workload.h"
#include "core/import/composeimporter.h"
#include "core/import/importsources.h"
#include "core/import/kubernetesimporter.h"
#include "exporttesting.h"

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

using namespace ExportTesting;

// import(export(P)) on every example: for each environment exported to compose or Kustomize, the
// deployed components come back with their types, connections, replicas, resources, variables
// (with their kinds) and exposure. What cannot come back is listed in KnownLosses with the reason;
// the test fails on any other difference, and on a listed one that no longer happens.
class TestImportRoundTrip final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
};

namespace {

struct KnownLoss
{
    const char *where; // "example/environment/component.field"
    const char *reason;
};

// Not in the model of any environment exported, so never compared: labels, descriptions, groups,
// canvas positions, budgets, usage assumptions, purpose/security notes, and components not deployed
// in the environment (a compose file or a manifest set is one environment's view).
constexpr KnownLoss KnownLosses[] = {
    {"chatgepeto/development/backend.env",
     "GROQ_API_URL comes from groq, an external service: compose holds only its URL, and groq "
     "itself is not in the file, so the variable comes back a literal"},
    {"urbana-connect/development/conversation-manager.type",
     "compose lists only published ports; a built service publishing none reads as a worker"},
    {"urbana-connect/development/ai-service.type", "as conversation-manager"},
    {"urbana-connect/development/human-handoff.type",
     "an own-code service is typed from its name and ports: 'human-handoff' listens on 8000 and "
     "says neither frontend nor worker, so it comes back a backend service"},
    {"urbana-connect/staging/human-handoff.type", "as in development"},
    {"urbana-connect/production/human-handoff.type", "as in development"},
    {"urbana-connect/staging/mongodb",
     "a replicated store is exported as its operator's custom resource (CloudNativePG, MongoDB "
     "Community, RabbitMQ, redis-operator), which the Kubernetes importer does not read yet: the "
     "store is missing"},
    {"urbana-connect/staging/redis",
     "a replicated store is exported as its operator's custom resource (CloudNativePG, MongoDB "
     "Community, RabbitMQ, redis-operator), which the Kubernetes importer does not read yet: the "
     "store is missing"},
    {"urbana-connect/staging/connections",
     "the connections to a store run by an operator go with it (see the store)"},
    {"urbana-connect/staging/ai-service.env",
     "its URLs name the operator's writer Service (mongodb-svc, redis-master), which no imported "
     "Service defines, so they come back literals"},
    {"urbana-connect/staging/api-gateway.env",
     "its URLs name the operator's writer Service (mongodb-svc, redis-master), which no imported "
     "Service defines, so they come back literals"},
    {"urbana-connect/staging/conversation-manager.env",
     "its URLs name the operator's writer Service (mongodb-svc, redis-master), which no imported "
     "Service defines, so they come back literals"},
    {"urbana-connect/staging/human-handoff.env",
     "its URLs name the operator's writer Service (mongodb-svc, redis-master), which no imported "
     "Service defines, so they come back literals"},
    {"urbana-connect/staging/message-processor.env",
     "its URLs name the operator's writer Service (mongodb-svc, redis-master), which no imported "
     "Service defines, so they come back literals"},
    {"urbana-connect/production/message-queue",
     "a replicated store is exported as its operator's custom resource (CloudNativePG, MongoDB "
     "Community, RabbitMQ, redis-operator), which the Kubernetes importer does not read yet: the "
     "store is missing"},
    {"urbana-connect/production/mongodb",
     "a replicated store is exported as its operator's custom resource (CloudNativePG, MongoDB "
     "Community, RabbitMQ, redis-operator), which the Kubernetes importer does not read yet: the "
     "store is missing"},
    {"urbana-connect/production/redis",
     "a replicated store is exported as its operator's custom resource (CloudNativePG, MongoDB "
     "Community, RabbitMQ, redis-operator), which the Kubernetes importer does not read yet: the "
     "store is missing"},
    {"urbana-connect/production/connections",
     "the connections to a store run by an operator go with it (see the store)"},
    {"urbana-connect/production/ai-service.env",
     "its URLs name the operator's writer Service (mongodb-svc, redis-master), which no imported "
     "Service defines, so they come back literals"},
    {"urbana-connect/production/api-gateway.env",
     "its URLs name the operator's writer Service (mongodb-svc, redis-master), which no imported "
     "Service defines, so they come back literals"},
    {"urbana-connect/production/conversation-manager.env",
     "its URLs name the operator's writer Service (mongodb-svc, redis-master), which no imported "
     "Service defines, so they come back literals"},
    {"urbana-connect/production/human-handoff.env",
     "its URLs name the operator's writer Service (mongodb-svc, redis-master), which no imported "
     "Service defines, so they come back literals"},
    {"urbana-connect/production/message-processor.env",
     "its URLs name the operator's writer Service (mongodb-svc, redis-master), which no imported "
     "Service defines, so they come back literals"},
    {"webot-chatflow/production/redis",
     "a replicated store is exported as its operator's custom resource (CloudNativePG, MongoDB "
     "Community, RabbitMQ, redis-operator), which the Kubernetes importer does not read yet: the "
     "store is missing"},
    {"webot-chatflow/production/connections",
     "the connections to a store run by an operator go with it (see the store)"},
    {"webot-chatflow/production/backend.env",
     "its URLs name the operator's writer Service (mongodb-svc, redis-master), which no imported "
     "Service defines, so they come back literals"},
};

QString envText(const EnvVar &var)
{
    switch (var.kind) {
    case EnvVar::Kind::Literal:
        return QStringLiteral("literal:") + var.value;
    case EnvVar::Kind::Reference:
        return QStringLiteral("from:") + var.component
            + (var.part.isEmpty() || var.part == QLatin1String("url")
                   ? QString()
                   : QLatin1Char('/') + var.part);
    case EnvVar::Kind::Secret:
        return QStringLiteral("secret:") + var.secret;
    }
    return {};
}

QString resourcesText(const Resources &r)
{
    return QStringLiteral("%1/%2 %3/%4")
        .arg(r.cpuRequest)
        .arg(r.cpuLimit)
        .arg(r.memoryRequest)
        .arg(r.memoryLimit);
}

QString exposureText(const Exposure &e)
{
    if (!e.isPublic)
        return QStringLiteral("internal");
    return QStringLiteral("%1%2%3").arg(e.host, e.path, e.tls ? QStringLiteral(" tls") : QString());
}

Result<Project> reimport(const Project &project, const Environment &env, QTemporaryDir &dir)
{
    ImportRequest request;
    request.catalog = &Catalog::standard();
    request.environment = env.id;
    const bool compose = env.platform == Platform::Compose;
    const Result<ExportSet> set = generate(project, {compose ? "compose" : "k8s"}, env.id);
    if (!set)
        return set.error();
    if (compose) {
        for (const QString &path : set->paths()) {
            if (path.endsWith(QLatin1String("docker-compose.yml")))
                request.files << ImportFile {path, set->file(path)};
        }
        Result<ImportResult> imported = ComposeImporter().import(request);
        return imported ? Result<Project>(imported->project) : Result<Project>(imported.error());
    }
    if (const Status written = ExportWriter::write(*set, dir.path()); !written)
        return written.error();
    const Result<ImportFile> rendered = ImportSources::renderKustomization(
        dir.filePath(QStringLiteral("deploy/k8s/overlays/") + env.id));
    if (!rendered)
        return rendered.error();
    request.files << rendered.value();
    Result<ImportResult> imported = KubernetesImporter().import(request);
    return imported ? Result<Project>(imported->project) : Result<Project>(imported.error());
}

} // namespace

void TestImportRoundTrip::roundTrip_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("environment");
    for (const QString &name : exampleNames()) {
        const Project project = example(name);
        for (const Environment &env : project.environments) {
            if (env.platform != Platform::AwsEcs)
                QTest::addRow("%s/%s", qPrintable(name), qPrintable(env.id)) << name << env.id;
        }
    }
}

void TestImportRoundTrip::roundTrip()
{
    QFETCH(QString, example);
    QFETCH(QString, environment);
    const Project original = ExportTesting::example(example);
    const Environment &env = *original.environment(environment);
    if (env.platform == Platform::Kubernetes
        && QStandardPaths::findExecutable(QStringLiteral("kubectl")).isEmpty())
        QSKIP("kubectl is needed to render the Kustomize overlays");
    QTemporaryDir dir;
    const Result<Project> back = reimport(original, env, dir);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
    const Environment &backEnv = back->environments.first();
    const Catalog &catalog = Catalog::standard();
    const bool kubernetes = env.platform == Platform::Kubernetes;

    QStringList differences;
    auto compare = [&](const QString &where, const QString &expected, const QString &got) {
        if (expected != got)
            differences << QStringLiteral("%1/%2/%3: expected '%4', got '%5'")
                               .arg(example, environment, where, expected, got);
    };
    QSet<QString> exported;
    // What the generators write: the model's variables and those a connection implies (a search
    // client's server address, SearchClient); not the catalog's implicit secrets.
    const EnvResolver resolver(original, env, catalog);
    for (const Workload &w : Workload::list(original, env, catalog)) {
        const Component &c = *w.component;
        exported.insert(c.id);
        const Component *b = back->component(c.id);
        const Deployment *bd = backEnv.deployment(c.id);
        if (!b || !bd) {
            differences << QStringLiteral("%1/%2/%3: missing").arg(example, environment, c.id);
            continue;
        }
        compare(c.id + ".type", c.type, b->type);
        compare(c.id + ".replicas", QString::number(w.replicas), QString::number(bd->replicas));
        compare(c.id + ".resources", resourcesText(w.resources), resourcesText(bd->resources));
        QStringList want;
        const QList<EnvVar> stated = original.effectiveEnv(c, env);
        for (const EnvVar &var : stated)
            want << var.name + '=' + envText(var);
        for (const EnvVar &var : resolver.variables(c)) {
            const bool implied = std::none_of(stated.cbegin(), stated.cend(),
                                              [&](const EnvVar &v) { return v.name == var.name; });
            if (implied && var.kind == EnvVar::Kind::Reference)
                want << var.name + '=' + envText(var);
        }
        QStringList got;
        for (const EnvVar &var : Project::effectiveEnv(*b, bd))
            got << var.name + '=' + envText(var);
        want.sort();
        got.sort();
        compare(c.id + ".env", want.join(", "), got.join(", "));
        if (kubernetes)
            compare(c.id + ".exposure", exposureText(w.deployment->exposure),
                    exposureText(bd->exposure));
    }
    if (kubernetes) {
        // Entry components the cluster realises itself (an Ingress) come back from the Ingress.
        for (const PublicEntry &entry : PublicEntry::list(original, env, catalog)) {
            if (exported.contains(entry.component->id))
                continue;
            exported.insert(entry.component->id);
            const Component *b = back->component(entry.component->id);
            const Deployment *bd = backEnv.deployment(entry.component->id);
            if (!b || !bd) {
                differences << QStringLiteral("%1/%2/%3: missing")
                                   .arg(example, environment, entry.component->id);
                continue;
            }
            compare(b->id + ".type", entry.component->type, b->type);
            compare(b->id + ".exposure", exposureText(env.deployment(b->id)->exposure),
                    exposureText(bd->exposure));
        }
    }
    // Kubernetes manifests hold no dependency list (compose has depends_on): there a connection
    // comes back only where the manifests carry it, as a variable of `from` derived from `to` (its
    // URL names the Service) or as an Ingress route. The others (metrics scraping, tracing, calls
    // configured outside variables) cannot come back from manifests.
    QSet<QString> routes;
    for (const PublicEntry &entry : PublicEntry::list(original, env, catalog)) {
        for (const PublicEntry::Route &route : entry.routes)
            routes.insert(entry.component->id + "->" + route.target->id);
    }
    auto carried = [&](const Connection &c) {
        if (!kubernetes || routes.contains(c.from + "->" + c.to))
            return true;
        for (const EnvVar &var : original.effectiveEnv(*original.component(c.from), env)) {
            if (var.kind == EnvVar::Kind::Reference && var.component == c.to)
                return true;
        }
        return false;
    };
    QStringList wantLinks;
    for (const Connection &c : original.activeConnections(env)) {
        if (exported.contains(c.from) && exported.contains(c.to) && carried(c))
            wantLinks << c.from + "->" + c.to;
    }
    QStringList gotLinks;
    for (const Connection &c : back->connections)
        gotLinks << c.from + "->" + c.to;
    wantLinks.sort();
    gotLinks.sort();
    compare(QStringLiteral("connections"), wantLinks.join(", "), gotLinks.join(", "));

    QStringList expectedLosses;
    for (const KnownLoss &loss : KnownLosses) {
        if (QString::fromLatin1(loss.where).startsWith(example + '/' + environment + '/'))
            expectedLosses << QString::fromLatin1(loss.where);
    }
    QStringList unexpected;
    for (const QString &difference : std::as_const(differences)) {
        const QString where = difference.section(QLatin1String(": "), 0, 0);
        if (!expectedLosses.removeOne(where))
            unexpected << difference;
    }
    if (!unexpected.isEmpty())
        QFAIL(qPrintable("does not come back:\n" + unexpected.join(u'\n')));
    QVERIFY2(expectedLosses.isEmpty(),
             qPrintable("listed as lost but came back (update KnownLosses): "
                        + expectedLosses.join(", ")));
}

QTEST_GUILESS_MAIN(TestImportRoundTrip)
#include "tst_importroundtrip.moc"
