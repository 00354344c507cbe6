#include "exporttesting.h"

using namespace Stackdraft::Core;
using namespace ExportTesting;

// A container's command and arguments (docs/file-format.md, "Command and arguments") as every
// platform writes them: compose `entrypoint`/`command`, Kubernetes `command`/`args` (an overlay
// patching what an environment changes), ECS `entryPoint`/`command`; the text reaches the process
// as it is, whatever the format would otherwise expand.
class TestCommandAndArgs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void compose();
    void kubernetesBaseAndOverlays();
    void ecsTaskDefinition();
    void catalogArgumentsReachCompose();

private:
    static Project project();
    static QString file(const QString &format, const QString &path);
};

void TestCommandAndArgs::initTestCase()
{
    for (const char *format : {"compose", "k8s", "terraform"})
        QVERIFY2(registry().exporter(QString::fromLatin1(format)), format);
}

// An API run by gunicorn everywhere, with more workers in production and `flask run` on the
// developer's machine; its store (minio on containers) keeps the catalog's arguments.
Project TestCommandAndArgs::project()
{
    Project p;
    p.name = QStringLiteral("shop");
    Component api {.id = QStringLiteral("api"),
                   .type = QStringLiteral("backend-service"),
                   .image = QStringLiteral("python:3.12-slim")};
    api.command = {QStringLiteral("gunicorn")};
    api.args = {QStringLiteral("--bind"), QStringLiteral("0.0.0.0:8000"),
                QStringLiteral("--log-config=$(LOG_CONFIG)"), QStringLiteral("app:app")};
    Component store {.id = QStringLiteral("store"), .type = QStringLiteral("object-storage")};
    p.components = {api, store};
    const auto environment = [](const char *id, Platform platform) {
        return Environment {.id = QString::fromLatin1(id), .platform = platform};
    };
    Environment dev = environment("development", Platform::Compose);
    Deployment devApi {.component = api.id};
    devApi.command = {QStringLiteral("flask")};
    devApi.args = {QStringLiteral("run"), QStringLiteral("--host=0.0.0.0"),
                   QStringLiteral("--extra-files=$HOME/app")};
    dev.deployments = {devApi, Deployment {.component = store.id}};
    Environment staging = environment("staging", Platform::Kubernetes);
    staging.deployments = {Deployment {.component = api.id}};
    Environment production = environment("production", Platform::Kubernetes);
    Deployment prodApi {.component = api.id};
    prodApi.args = {QStringLiteral("--workers"), QStringLiteral("4"), QStringLiteral("app:app")};
    Deployment debugApi {.component = api.id};
    production.deployments = {prodApi};
    Environment debug = environment("debug", Platform::Kubernetes);
    debugApi.command = {QStringLiteral("sleep"), QStringLiteral("infinity")};
    debug.deployments = {debugApi};
    Environment aws = environment("aws", Platform::AwsEcs);
    aws.region = QStringLiteral("us-east-1");
    aws.deployments = {Deployment {.component = api.id}};
    p.environments = {dev, staging, production, debug, aws};
    return p;
}

QString TestCommandAndArgs::file(const QString &format, const QString &path)
{
    const Result<ExportSet> set = generate(project(), {format});
    if (!set)
        return set.error().toString();
    return QString::fromUtf8(set->file(path));
}

void TestCommandAndArgs::compose()
{
    const QString compose
        = file(QStringLiteral("compose"), QStringLiteral("deploy/compose/docker-compose.yml"));
    // The deployment's command brings its own arguments; "$" is doubled so compose passes it on.
    QVERIFY2(compose.contains(QLatin1String("    entrypoint:\n      - flask\n    command:\n"
                                            "      - run\n      - \"--host=0.0.0.0\"\n"
                                            "      - \"--extra-files=$$HOME/app\"\n")),
             qPrintable(compose));
    QVERIFY(!compose.contains(QLatin1String("gunicorn")));
}

void TestCommandAndArgs::catalogArgumentsReachCompose()
{
    // minio's image needs the catalog's `server /data ...` to start at all.
    const QString compose
        = file(QStringLiteral("compose"), QStringLiteral("deploy/compose/docker-compose.yml"));
    QVERIFY2(compose.contains(QLatin1String("    command:\n      - server\n      - /data\n")),
             qPrintable(compose));
}

void TestCommandAndArgs::kubernetesBaseAndOverlays()
{
    const Result<ExportSet> set = generate(project(), {QStringLiteral("k8s")});
    QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().toString()));
    const QString base = QString::fromUtf8(set->file(QStringLiteral("deploy/k8s/base/api.yaml")));
    // Kubernetes would expand "$(LOG_CONFIG)"; "$$(" keeps it literal.
    QVERIFY2(base.contains(QLatin1String("          command:\n            - gunicorn\n"
                                         "          args:\n            - \"--bind\"\n"
                                         "            - 0.0.0.0:8000\n"
                                         "            - \"--log-config=$$(LOG_CONFIG)\"\n"
                                         "            - app:app\n")),
             qPrintable(base.mid(base.indexOf(QLatin1String("containers:")))));
    // Staging runs the base as it is: no patch of its container.
    QVERIFY(!set->contains(QStringLiteral("deploy/k8s/overlays/staging/patches/api.yaml")));
    // Production changes the arguments only.
    const QString production = QString::fromUtf8(
        set->file(QStringLiteral("deploy/k8s/overlays/production/patches/api.yaml")));
    QVERIFY2(production.contains(QLatin1String("        - name: api\n          args:\n"
                                               "            - \"--workers\"\n")),
             qPrintable(production));
    QVERIFY(!production.contains(QLatin1String("command:")));
    // A new command without arguments removes the base's (a strategic-merge null).
    const QString debug = QString::fromUtf8(
        set->file(QStringLiteral("deploy/k8s/overlays/debug/patches/api.yaml")));
    QVERIFY2(debug.contains(QLatin1String("          command:\n            - sleep\n"
                                          "            - infinity\n"
                                          "          args: null\n")),
             qPrintable(debug));
}

void TestCommandAndArgs::ecsTaskDefinition()
{
    const QString main
        = file(QStringLiteral("terraform"), QStringLiteral("deploy/terraform/aws/main.tf"));
    QVERIFY2(main.contains(QLatin1String("entryPoint = [\"gunicorn\"]")), qPrintable(main));
    QVERIFY2(main.contains(QLatin1String("command    = [\"--bind\", \"0.0.0.0:8000\", "
                                         "\"--log-config=$(LOG_CONFIG)\", \"app:app\"]")),
             qPrintable(main));
}

QTEST_GUILESS_MAIN(TestCommandAndArgs)
#include "tst_commandandargs.moc"
