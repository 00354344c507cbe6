#include "core/model/naming.h"
#include "core/model/quantity.h"
#include "core/validation/validationengine.h"
#include "fargatesize.h"
#include "plugintest.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Stackdraft;
using namespace Stackdraft::Core;

class TestTerraformExporter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void golden_data();
    void golden();
    void deterministic();
    void appliesOnlyToAwsEcs();
    void chatgepetoHasItsDocumentsInfrastructure();
    void pathRulesFollowExposure();
    void aServiceReachedTwiceHasARuleEach();
    void fargateSizes_data();
    void fargateSizes();
    void taskSizesAreValidFargatePairs();
    void secretsHaveNoValues();
    void securityGroupsOpenOnlyConnectedPorts();
    void managedDataServices();
    void backupPolicies();
    void queueStepScaling();
    void formattedAsTerraformFmt();
    void badCidrIsAnError();
    void privateSubnetsPutTasksBehindNat();
    void statefulStorageIsEfs();
    void sharedVolumeIsFlagged();
    void efsOwnerWithoutFsGroup();
    void efsMountNeedsTlsAndTheTaskRole();
    void efsBackupIsAwsBackup();

private:
    ExportSet generate(const Project &project);
    static Project onAws(Project project, const QString &env);

    Exporter *m_exporter = nullptr;
    Project m_chatgepeto;
    Project m_webot;
};

// A copy of `project` with environment `env` moved to aws-ecs (the examples keep AWS for chatgepeto
// only).
Project TestTerraformExporter::onAws(Project project, const QString &env)
{
    Environment *e = project.environment(env);
    e->platform = Platform::AwsEcs;
    e->networkCidr = QStringLiteral("10.20.0.0/16");
    return project;
}

ExportSet TestTerraformExporter::generate(const Project &project)
{
    ExportRequest request;
    request.catalog = &Catalog::standard();
    request.priceBooks = &PriceBooks::standard();
    auto set = m_exporter->generate(project, request);
    if (!set) {
        qWarning().noquote() << set.error().toString();
        return {};
    }
    return set.value();
}

static QString file(const ExportSet &set, const QString &env, const QString &name)
{
    return QString::fromUtf8(set.file(QStringLiteral("deploy/terraform/%1/%2").arg(env, name)));
}

// The body of `resource "<type>" "<name>" { ... }` (top-level blocks end with a "}" in column 0).
static QString block(const QString &text, const QString &header)
{
    const qsizetype start = text.indexOf(header + QLatin1String(" {\n"));
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf(QLatin1String("\n}\n"), start);
    return text.mid(start, end - start + 3);
}

// Every data type the catalog realises as an AWS managed service, connected from one public API.
static Project dataServicesProject()
{
    Project p;
    p.name = QStringLiteral("shop");
    Component api {.id = QStringLiteral("api"),
                   .label = QStringLiteral("API"),
                   .type = QStringLiteral("backend-service"),
                   .image = QStringLiteral("python:3.12-slim")};
    const QList<std::pair<QString, QString>> data
        = {{QStringLiteral("pg"), QStringLiteral("postgresql")},
           {QStringLiteral("cache"), QStringLiteral("redis")},
           {QStringLiteral("queue"), QStringLiteral("rabbitmq")},
           {QStringLiteral("search"), QStringLiteral("elasticsearch")},
           {QStringLiteral("docs"), QStringLiteral("mongodb")},
           {QStringLiteral("files"), QStringLiteral("object-storage")}};
    Environment env {.id = QStringLiteral("prod"),
                     .platform = Platform::AwsEcs,
                     .region = QStringLiteral("sa-east-1")};
    Deployment apiDeployment {.component = api.id};
    apiDeployment.exposure.isPublic = true;
    env.deployments.append(apiDeployment);
    for (const auto &[id, type] : data) {
        p.components.append(Component {.id = id, .type = type});
        api.env.append(EnvVar::reference(Naming::toEnvName(id) + QLatin1String("_URL"), id));
        p.connections.append(Connection {api.id, id, {}, 0});
        env.deployments.append(Deployment {.component = id, .storage = 30 * Quantity::Gi});
    }
    // The bucket's name is what AWS makes of the prefix: Terraform's, not the model's.
    api.env.append(EnvVar::reference(QStringLiteral("FILES_BUCKET"), QStringLiteral("files"),
                                     QStringLiteral("bucket")));
    p.components.prepend(api);
    p.environments = {env};
    return p;
}

// Two Prometheus on aws-ecs (stateful, storage at /prometheus, fsGroup 65534 in the catalog): one
// with 50Gi and one replica, one with two replicas sharing its file system; and a stateless API.
static Project statefulProject()
{
    Project p;
    p.name = QStringLiteral("metrics");
    p.components
        = {Component {.id = QStringLiteral("api"),
                      .type = QStringLiteral("backend-service"),
                      .image = QStringLiteral("python:3.12-slim")},
           Component {.id = QStringLiteral("prometheus"), .type = QStringLiteral("prometheus")},
           Component {.id = QStringLiteral("prometheus-b"), .type = QStringLiteral("prometheus")}};
    Environment env {.id = QStringLiteral("prod"),
                     .platform = Platform::AwsEcs,
                     .region = QStringLiteral("us-east-1")};
    env.deployments
        = {Deployment {.component = QStringLiteral("api")},
           Deployment {.component = QStringLiteral("prometheus"), .storage = 50 * Quantity::Gi},
           Deployment {.component = QStringLiteral("prometheus-b"), .replicas = 2}};
    p.environments = {env};
    return p;
}

void TestTerraformExporter::initTestCase()
{
    QString error;
    m_exporter = PluginTest::loadExporter(QStringLiteral("terraform"), &error);
    QVERIFY2(m_exporter, qPrintable(error));
    bool ok = false;
    m_chatgepeto = PluginTest::loadExample(QStringLiteral("chatgepeto"), &ok);
    QVERIFY(ok);
    m_webot = PluginTest::loadExample(QStringLiteral("webot-chatflow"), &ok);
    QVERIFY(ok);
}

void TestTerraformExporter::golden_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("format");
    QTest::addColumn<Project>("project");
    QTest::addRow("chatgepeto") << QStringLiteral("chatgepeto") << QStringLiteral("terraform")
                                << m_chatgepeto;
    // WeBot-ChatFLOW runs on Kubernetes; its production moved to ECS exercises RDS, ElastiCache and
    // autoscaling.
    QTest::addRow("webot-chatflow production on aws-ecs")
        << QStringLiteral("webot-chatflow") << QStringLiteral("terraform-production-aws")
        << onAws(m_webot, QStringLiteral("production"));
    QTest::addRow("managed data services")
        << QStringLiteral("data-services") << QStringLiteral("terraform") << dataServicesProject();
}

void TestTerraformExporter::golden()
{
    QFETCH(QString, example);
    QFETCH(QString, format);
    QFETCH(Project, project);
    const ExportSet set = generate(project);
    QVERIFY(!set.isEmpty());
    const QString report = PluginTest::compareWithGolden(set, example, format);
    QVERIFY2(report.isEmpty(), qPrintable(report));
}

void TestTerraformExporter::deterministic()
{
    const Project aws = onAws(m_webot, QStringLiteral("production"));
    QCOMPARE(PluginTest::concatenated(generate(aws)),
             PluginTest::concatenated(generate(Project(aws))));
    QCOMPARE(PluginTest::concatenated(generate(m_chatgepeto)),
             PluginTest::concatenated(generate(m_chatgepeto)));
}

void TestTerraformExporter::appliesOnlyToAwsEcs()
{
    QCOMPARE(generate(m_webot).paths(), QStringList()); // compose and Kubernetes only
    const ExportSet set = generate(m_chatgepeto);
    QCOMPARE(set.paths(),
             QStringList({QStringLiteral("deploy/terraform/production/main.tf"),
                          QStringLiteral("deploy/terraform/production/outputs.tf"),
                          QStringLiteral("deploy/terraform/production/variables.tf"),
                          QStringLiteral("deploy/terraform/production/versions.tf")}));
    QVERIFY(file(set, QStringLiteral("production"), QStringLiteral("versions.tf"))
                .contains(QLatin1String("version = \"~> 5.0\"")));
}

void TestTerraformExporter::chatgepetoHasItsDocumentsInfrastructure()
{
    const ExportSet set = generate(m_chatgepeto);
    const QString main = file(set, QStringLiteral("production"), QStringLiteral("main.tf"));
    const QString variables
        = file(set, QStringLiteral("production"), QStringLiteral("variables.tf"));
    const QString outputs = file(set, QStringLiteral("production"), QStringLiteral("outputs.tf"));
    // VPC 10.0.0.0/16 with two public subnets in two zones.
    QVERIFY(block(variables, QStringLiteral("variable \"vpc_cidr\""))
                .contains(QLatin1String("\"10.0.0.0/16\"")));
    const QString subnets = block(main, QStringLiteral("resource \"aws_subnet\" \"public\""));
    QVERIFY(subnets.contains(QLatin1String("count                   = 2")));
    QVERIFY(subnets.contains(
        QLatin1String("data.aws_availability_zones.available.names[count.index]")));
    // ALB path rules: /api/* to the backend, /* to the frontend.
    QVERIFY(block(main, QStringLiteral("resource \"aws_lb_listener_rule\" \"backend\""))
                .contains(QLatin1String("values = [\"/api\", \"/api/*\"]")));
    const QString frontendRule
        = block(main, QStringLiteral("resource \"aws_lb_listener_rule\" \"frontend\""));
    QVERIFY(frontendRule.contains(QLatin1String("values = [\"/*\"]")));
    QVERIFY(frontendRule.contains(QLatin1String("aws_lb_target_group.frontend.arn")));
    QVERIFY(block(main, QStringLiteral("resource \"aws_lb_target_group\" \"backend\""))
                .contains(QLatin1String("path                = \"/api/health\"")));
    // Fargate tasks, ECR repositories for the images built here, SSM SecureString for the Groq key.
    for (const QString &c : {QStringLiteral("backend"), QStringLiteral("frontend")}) {
        QVERIFY(block(main, QStringLiteral("resource \"aws_ecs_task_definition\" \"%1\"").arg(c))
                    .contains(QLatin1String("[\"FARGATE\"]")));
        QVERIFY(main.contains(QStringLiteral("resource \"aws_ecr_repository\" \"%1\"").arg(c)));
        QVERIFY(outputs.contains(QStringLiteral("aws_ecr_repository.%1.repository_url").arg(c)));
    }
    const QString parameter
        = block(main, QStringLiteral("resource \"aws_ssm_parameter\" \"secret_groq_api_key\""));
    QVERIFY(parameter.contains(QLatin1String("\"SecureString\"")));
    QVERIFY(parameter.contains(QLatin1String("\"/chatgepeto/production/groq-api-key\"")));
    QVERIFY(main.contains(QLatin1String("valueFrom = aws_ssm_parameter.secret_groq_api_key.arn")));
    QVERIFY(block(main, QStringLiteral("resource \"aws_cloudwatch_log_group\" \"backend\""))
                .contains(QLatin1String("retention_in_days = 7")));
    QVERIFY(main.contains(
        QLatin1String("arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy")));
    QVERIFY(main.contains(QLatin1String("\"ssm:GetParameters\"")));
    QVERIFY(outputs.contains(QLatin1String("aws_lb.main.dns_name")));
    // HTTPS was asked for: a 443 listener with a certificate, and 80 redirecting to it.
    QVERIFY(main.contains(QLatin1String("resource \"aws_lb_listener\" \"https\"")));
    QVERIFY(main.contains(QLatin1String("\"HTTP_301\"")));
}

void TestTerraformExporter::pathRulesFollowExposure()
{
    Project p = m_chatgepeto;
    p.environment(QStringLiteral("production"))
        ->deployment(QStringLiteral("backend"))
        ->exposure.path
        = QStringLiteral("/v2/api/");
    const QString main = file(generate(p), QStringLiteral("production"), QStringLiteral("main.tf"));
    const QString backend
        = block(main, QStringLiteral("resource \"aws_lb_listener_rule\" \"backend\""));
    QVERIFY(backend.contains(QLatin1String("values = [\"/v2/api\", \"/v2/api/*\"]")));
    // More specific paths get lower (earlier) priorities than the catch-all.
    auto priority = [](const QString &rule) {
        return QRegularExpression(QStringLiteral("priority\\s*=\\s*(\\d+)"))
            .match(rule)
            .captured(1)
            .toInt();
    };
    QVERIFY(priority(backend) < priority(
                block(main, QStringLiteral("resource \"aws_lb_listener_rule\" \"frontend\""))));
}

// The listener rules are Core::PublicEntry's routes: the backend reached through the ALB entry
// (chatgepeto.example.com/api) and at a host of its own gets a rule for each, one target group,
// and its service waits for both rules.
void TestTerraformExporter::aServiceReachedTwiceHasARuleEach()
{
    Project p = m_chatgepeto;
    p.environment(QStringLiteral("production"))
        ->deployment(QStringLiteral("backend"))
        ->exposure.host
        = QStringLiteral("api.chatgepeto.example.com");
    const QString main = file(generate(p), QStringLiteral("production"), QStringLiteral("main.tf"));
    const QString viaAlb
        = block(main, QStringLiteral("resource \"aws_lb_listener_rule\" \"backend\""));
    const QString own
        = block(main, QStringLiteral("resource \"aws_lb_listener_rule\" \"backend_2\""));
    QVERIFY2(viaAlb.contains(QLatin1String("[\"chatgepeto.example.com\"]")), qPrintable(main));
    QVERIFY2(own.contains(QLatin1String("[\"api.chatgepeto.example.com\"]")), qPrintable(main));
    for (const QString &rule : {viaAlb, own})
        QVERIFY(rule.contains(QLatin1String("aws_lb_target_group.backend.arn")));
    QCOMPARE(main.count(QLatin1String("resource \"aws_lb_target_group\" \"backend\"")), 1);
    QVERIFY(
        block(main, QStringLiteral("resource \"aws_ecs_service\" \"backend\""))
            .contains(QLatin1String(
                "depends_on = [aws_lb_listener_rule.backend, aws_lb_listener_rule.backend_2]")));
}

void TestTerraformExporter::fargateSizes_data()
{
    QTest::addColumn<QString>("cpu");
    QTest::addColumn<QString>("memory");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("mib");
    QTest::addRow("nothing asked") << "0"
                                   << "0" << 256 << 512;
    QTest::addRow("exact smallest") << "250m"
                                    << "512Mi" << 256 << 512;
    QTest::addRow("quarter cpu, 600Mi") << "250m"
                                        << "600Mi" << 256 << 1024;
    QTest::addRow("1536 is not offered at 256") << "250m"
                                                << "1.5Gi" << 256 << 2048;
    QTest::addRow("half cpu, 512Mi") << "500m"
                                     << "512Mi" << 512 << 1024;
    QTest::addRow("1 cpu rounds to 1024 units") << "1"
                                                << "1Gi" << 1024 << 2048;
    QTest::addRow("memory pushes cpu up") << "250m"
                                          << "5Gi" << 1024 << 5120;
    QTest::addRow("2 cpu 3Gi") << "2"
                               << "3Gi" << 2048 << 4096;
    QTest::addRow("16 vcpu") << "16"
                             << "100Gi" << 16384 << 106496;
    QTest::addRow("beyond the largest") << "64"
                                        << "1Ti" << 16384 << 122880;
}

void TestTerraformExporter::fargateSizes()
{
    QFETCH(QString, cpu);
    QFETCH(QString, memory);
    QFETCH(int, units);
    QFETCH(int, mib);
    const Plugins::FargateSize size
        = Plugins::FargateSize::fit(*Quantity::parseCpu(cpu), *Quantity::parseMemory(memory));
    QCOMPARE(size.cpuUnits, units);
    QCOMPARE(size.memoryMiB, mib);
    QVERIFY(Plugins::FargateSize::isValid(size.cpuUnits, size.memoryMiB));
}

void TestTerraformExporter::taskSizesAreValidFargatePairs()
{
    const QString main = file(generate(onAws(m_webot, QStringLiteral("production"))),
                              QStringLiteral("production"), QStringLiteral("main.tf"));
    static const QRegularExpression pair(
        QStringLiteral("\\n  cpu\\s+= \"(\\d+)\"\\n  memory\\s+= \"(\\d+)\""));
    int tasks = 0;
    for (auto it = pair.globalMatch(main); it.hasNext(); ++tasks) {
        const QRegularExpressionMatch m = it.next();
        QVERIFY2(Plugins::FargateSize::isValid(m.captured(1).toInt(), m.captured(2).toInt()),
                 qPrintable(m.captured(0)));
    }
    QCOMPARE(tasks, main.count(QLatin1String("resource \"aws_ecs_task_definition\"")));
    QVERIFY(tasks > 0);
}

void TestTerraformExporter::secretsHaveNoValues()
{
    for (const Project &project : {m_chatgepeto, onAws(m_webot, QStringLiteral("production"))}) {
        const ExportSet set = generate(project);
        const QString variables
            = file(set, QStringLiteral("production"), QStringLiteral("variables.tf"));
        const QString main = file(set, QStringLiteral("production"), QStringLiteral("main.tf"));
        static const QRegularExpression secretVar(
            QStringLiteral("variable \"(secret_[a-z0-9_]+)\" \\{\\n([^}]*)\\}"));
        int secrets = 0;
        for (auto it = secretVar.globalMatch(variables); it.hasNext(); ++secrets) {
            const QRegularExpressionMatch m = it.next();
            QVERIFY2(m.captured(2).contains(QLatin1String("sensitive   = true")),
                     qPrintable(m.captured(1)));
            QVERIFY2(!m.captured(2).contains(QLatin1String("default")), qPrintable(m.captured(1)));
        }
        QVERIFY(secrets > 0);
        // Every parameter value is built from variables only: no quoted literal without an
        // interpolation.
        static const QRegularExpression value(
            QStringLiteral("resource \"aws_ssm_parameter\"[^}]*\\n  value\\s+= ([^\\n]+)"));
        int parameters = 0;
        for (auto it = value.globalMatch(main); it.hasNext(); ++parameters) {
            const QString v = it.next().captured(1);
            QVERIFY2(v.startsWith(QLatin1String("var.secret_"))
                         || v.contains(QLatin1String("${var.secret_")),
                     qPrintable(v));
        }
        QVERIFY(parameters > 0);
        // Sensitive variables feed only parameters and service passwords; containers read the
        // parameters.
        for (const QString &line : main.split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String("var.secret_")))
                QVERIFY2(line.contains(QRegularExpression(
                             QStringLiteral("^\\s*(value|password|auth_token)\\s+="))),
                         qPrintable(line));
        }
    }
}

void TestTerraformExporter::securityGroupsOpenOnlyConnectedPorts()
{
    const QString main = file(generate(onAws(m_webot, QStringLiteral("production"))),
                              QStringLiteral("production"), QStringLiteral("main.tf"));
    // MySQL (RDS) is reachable on 3306 from the backend and from Prometheus, which the design
    // connects to it.
    QVERIFY(main.contains(QLatin1String(
        "resource \"aws_vpc_security_group_ingress_rule\" \"mysql_from_backend_3306\"")));
    QVERIFY(main.contains(QLatin1String(
        "resource \"aws_vpc_security_group_ingress_rule\" \"mysql_from_prometheus_3306\"")));
    QVERIFY(!main.contains(QLatin1String("\"mysql_from_frontend")));
    static const QRegularExpression internet(
        QStringLiteral("\"([a-z0-9_]+)_from_internet_(\\d+)\""));
    for (auto it = internet.globalMatch(main); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QCOMPARE(m.captured(1), QStringLiteral("alb"));
        QVERIFY(m.captured(2) == QLatin1String("80") || m.captured(2) == QLatin1String("443"));
    }
    // Data services have no public route and live in the private subnets.
    QVERIFY(block(main, QStringLiteral("resource \"aws_db_instance\" \"mysql\""))
                .contains(QRegularExpression(QStringLiteral("publicly_accessible\\s+= false"))));
    QVERIFY(block(main, QStringLiteral("resource \"aws_db_subnet_group\" \"mysql\""))
                .contains(QLatin1String("aws_subnet.private[*].id")));
}

void TestTerraformExporter::managedDataServices()
{
    const Project p = dataServicesProject();
    const ExportSet set = generate(p);
    const QString main = file(set, QStringLiteral("prod"), QStringLiteral("main.tf"));
    QVERIFY2(!main.isEmpty(), "generation failed");
    QVERIFY(block(main, QStringLiteral("resource \"aws_db_instance\" \"pg\""))
                .contains(QLatin1String("engine                  = \"postgres\"")));
    QVERIFY(
        main.contains(QLatin1String("resource \"aws_elasticache_replication_group\" \"cache\"")));
    QVERIFY(block(main, QStringLiteral("resource \"aws_mq_broker\" \"queue\""))
                .contains(QLatin1String("\"RabbitMQ\"")));
    QVERIFY(main.contains(QLatin1String("resource \"aws_opensearch_domain\" \"search\"")));
    QVERIFY(main.contains(QLatin1String("resource \"aws_s3_bucket\" \"files\"")));
    // MongoDB is a DocumentDB cluster its clients reach at the cluster endpoint, without the
    // retryable writes DocumentDB refuses.
    const QString docs = block(main, QStringLiteral("resource \"aws_docdb_cluster\" \"docs\""));
    QVERIFY2(docs.contains(QLatin1String("\"docdb\"")), qPrintable(main));
    QVERIFY(main.contains(QLatin1String("resource \"aws_docdb_cluster_instance\" \"docs\"")));
    QVERIFY(main.contains(QLatin1String("resource \"aws_docdb_subnet_group\" \"docs\"")));
    QVERIFY(main.contains(QLatin1String("@${aws_docdb_cluster.docs.endpoint}:27017/")));
    QVERIFY(main.contains(QLatin1String("retryWrites=false")));
    QVERIFY(main.contains(QLatin1String("\"docs_from_api_27017\"")));
    QVERIFY(main.contains(QLatin1String("resource \"aws_subnet\" \"private\"")));
    // Amazon MQ answers on AMQPS 5671: the client's URL and the security group say so.
    QVERIFY(main.contains(QLatin1String("\"queue_from_api_5671\"")));
    QVERIFY(main.contains(QLatin1String("amqps://")));
    QVERIFY(main.contains(
        QLatin1String("resource \"aws_iam_role\" \"task\""))); // the API may use its bucket
    QVERIFY2(main.contains(QLatin1String("value = \"${aws_s3_bucket.files.bucket}\"")),
             qPrintable(main));
    QVERIFY(file(set, QStringLiteral("prod"), QStringLiteral("variables.tf"))
                .contains(QLatin1String("\"sa-east-1\"")));
}

// A stated policy reaches each service's own settings; the window opens at the daily time and the
// maintenance window keeps clear of it.
void TestTerraformExporter::backupPolicies()
{
    Project p = dataServicesProject();
    Environment &env = p.environments[0];
    auto backup = [&](const char *id, const char *schedule, int days) {
        Deployment *d = env.deployment(QString::fromLatin1(id));
        d->backup = true;
        d->backupPolicy = BackupPolicy {QString::fromLatin1(schedule), days};
    };
    backup("pg", "30 3 * * *", 14);
    backup("cache", "0 23 * * *", 5);
    backup("files", "", 30);
    backup("docs", "0 4 * * *", 10);
    const QString main
        = file(generate(p), QStringLiteral("prod"), QStringLiteral("main.tf")).simplified();
    QVERIFY2(!main.isEmpty(), "generation failed");
    for (const char *line :
         {"backup_retention_period = 14", "backup_window = \"03:30-04:00\"",
          "maintenance_window = \"sun:05:30-sun:06:00\"", "snapshot_retention_limit = 5",
          "snapshot_window = \"23:00-00:00\"", "maintenance_window = \"sun:01:00-sun:02:00\"",
          "resource \"aws_s3_bucket_lifecycle_configuration\" \"files\"", "noncurrent_days = 30",
          "status = \"Enabled\"", "preferred_backup_window = \"04:00-04:30\"",
          "backup_retention_period = 10"})
        QVERIFY2(main.contains(QLatin1String(line)), line);
    // backup: true alone keeps the old defaults: 7 days, windows AWS chooses, every S3 version.
    const QString plain
        = file(generate(dataServicesProject()), QStringLiteral("prod"), QStringLiteral("main.tf"));
    QVERIFY(!plain.contains(QLatin1String("backup_window")));
    QVERIFY(!plain.contains(QLatin1String("aws_s3_bucket_lifecycle_configuration")));
}

// One task per 50 messages on queue "orders", between 1 and 3 tasks: exact-capacity steps on Amazon
// MQ's MessageCount, driven by an alarm on that metric.
void TestTerraformExporter::queueStepScaling()
{
    Project p = dataServicesProject();
    p.components.append(Component {.id = QStringLiteral("worker"),
                                   .type = QStringLiteral("worker"),
                                   .image = QStringLiteral("shop/worker:1")});
    Deployment worker {.component = QStringLiteral("worker")};
    worker.autoscaling
        = Autoscaling {true, 1, 3, 0, 0, {QStringLiteral("queue"), QStringLiteral("orders"), 50}};
    p.environments[0].deployments.append(worker);
    const QString main = file(generate(p), QStringLiteral("prod"), QStringLiteral("main.tf"));
    const QString policy
        = block(main, QStringLiteral("resource \"aws_appautoscaling_policy\" \"worker_queue\""))
              .simplified();
    QVERIFY2(!policy.isEmpty(), qPrintable(main));
    for (const char *text :
         {"policy_type = \"StepScaling\"", "adjustment_type = \"ExactCapacity\"",
          "step_adjustment { metric_interval_lower_bound = 0 metric_interval_upper_bound = 50 "
          "scaling_adjustment = 1 }",
          "step_adjustment { metric_interval_lower_bound = 50 metric_interval_upper_bound = 100 "
          "scaling_adjustment = 2 }",
          "step_adjustment { metric_interval_lower_bound = 100 scaling_adjustment = 3 }"})
        QVERIFY2(policy.contains(QLatin1String(text)), text);
    const QString alarm
        = block(main, QStringLiteral("resource \"aws_cloudwatch_metric_alarm\" \"worker_queue\""))
              .simplified();
    for (const char *text :
         {"namespace = \"AWS/AmazonMQ\"", "metric_name = \"MessageCount\"",
          "Broker = aws_mq_broker.queue.broker_name", "VirtualHost = \"/\"", "Queue = \"orders\"",
          "alarm_actions = [aws_appautoscaling_policy.worker_queue.arn]"})
        QVERIFY2(alarm.contains(QLatin1String(text)), text);
    QVERIFY(main.contains(QLatin1String("resource \"aws_appautoscaling_target\" \"worker\"")));
}

void TestTerraformExporter::formattedAsTerraformFmt()
{
    const QString terraform = QStandardPaths::findExecutable(QStringLiteral("terraform"));
    if (terraform.isEmpty())
        QSKIP("terraform is not installed; tests/conformance checks the format where it is");
    const ExportSet set = generate(onAws(m_webot, QStringLiteral("production")));
    ExportSet all = generate(m_chatgepeto);
    for (const QString &path : set.paths())
        all.add(QLatin1String("webot/") + path, set.file(path));
    for (const QString &path : all.paths()) {
        QProcess fmt;
        fmt.start(terraform, {QStringLiteral("fmt"), QStringLiteral("-")});
        fmt.write(all.file(path));
        fmt.closeWriteChannel();
        QVERIFY(fmt.waitForFinished(30000));
        QCOMPARE(fmt.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(fmt.readAllStandardOutput()), QString::fromUtf8(all.file(path)));
    }
}

void TestTerraformExporter::badCidrIsAnError()
{
    Project p = m_chatgepeto;
    p.environment(QStringLiteral("production"))->networkCidr = QStringLiteral("10.0.0.0/30");
    ExportRequest request;
    request.catalog = &Catalog::standard();
    request.priceBooks = &PriceBooks::standard();
    const auto result = m_exporter->generate(p, request);
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(QLatin1String("10.0.0.0/30")));
    QVERIFY(result.error().field.contains(QLatin1String("networkCidr")));
}

void TestTerraformExporter::privateSubnetsPutTasksBehindNat()
{
    Project p = m_chatgepeto;
    p.environment(QStringLiteral("production"))->privateSubnets = true;
    const QString main = file(generate(p), QStringLiteral("production"), QStringLiteral("main.tf"));
    QVERIFY(main.contains(QLatin1String("resource \"aws_nat_gateway\" \"main\"")));
    QVERIFY(main.contains(QLatin1String("resource \"aws_subnet\" \"private\"")));
    QVERIFY(block(main, QStringLiteral("resource \"aws_route_table\" \"private\""))
                .contains(QLatin1String("aws_nat_gateway.main.id")));
    for (const QString &service : {QStringLiteral("backend"), QStringLiteral("frontend")}) {
        const QString body
            = block(main, QStringLiteral("resource \"aws_ecs_service\" \"%1\"").arg(service));
        QVERIFY(body.contains(QLatin1String("aws_subnet.private[*].id")));
        QVERIFY(body.contains(QRegularExpression(QStringLiteral("assign_public_ip\\s+= false"))));
    }
    // The default keeps tasks in the public subnets with no NAT gateway to pay for.
    const QString publicMain
        = file(generate(m_chatgepeto), QStringLiteral("production"), QStringLiteral("main.tf"));
    QVERIFY(!publicMain.contains(QLatin1String("aws_nat_gateway")));
}

// A stateful container keeps its data directory on an encrypted EFS file system that only its
// service reaches, through an access point owned by the image's user, as Kubernetes keeps it on a
// PVC; before, the data lived in the task's own storage and was lost at every restart.
void TestTerraformExporter::statefulStorageIsEfs()
{
    const QString main
        = file(generate(statefulProject()), QStringLiteral("prod"), QStringLiteral("main.tf"));
    QVERIFY2(!main.isEmpty(), "generation failed");
    auto has = [](const QString &body, const QString &pattern) {
        return body.contains(QRegularExpression(pattern));
    };
    const QString fs
        = block(main, QStringLiteral("resource \"aws_efs_file_system\" \"prometheus\""));
    QVERIFY2(has(fs, QStringLiteral("encrypted\\s+= true")), qPrintable(main));
    QVERIFY(fs.contains(QLatin1String("Name = \"${local.name}-prometheus-data\"")));
    const QString targets
        = block(main, QStringLiteral("resource \"aws_efs_mount_target\" \"prometheus\""));
    QVERIFY(has(targets, QStringLiteral("count\\s+= 2")));
    QVERIFY(targets.contains(QLatin1String("aws_subnet.public[count.index].id")));
    QVERIFY(targets.contains(QLatin1String("[aws_security_group.prometheus_efs.id]")));
    // NFS from the service's own security group, and from nothing else.
    QVERIFY(main.contains(QLatin1String("resource \"aws_security_group\" \"prometheus_efs\"")));
    const QString nfs = block(main,
                              QStringLiteral("resource \"aws_vpc_security_group_ingress_rule\" "
                                             "\"prometheus_efs_from_prometheus_2049\""));
    QVERIFY2(has(nfs, QStringLiteral("from_port\\s+= 2049")), qPrintable(main));
    QVERIFY(nfs.contains(QLatin1String("aws_security_group.prometheus.id")));
    static const QRegularExpression efsRules(
        QStringLiteral("\\bsecurity_group_id\\s+= aws_security_group.prometheus_efs.id"));
    QCOMPARE(main.count(efsRules), 1);
    const QString point
        = block(main, QStringLiteral("resource \"aws_efs_access_point\" \"prometheus\""));
    QVERIFY(has(point, QStringLiteral("uid\\s+= 65534")));
    QVERIFY(has(point, QStringLiteral("owner_gid\\s+= 65534")));
    const QString task
        = block(main, QStringLiteral("resource \"aws_ecs_task_definition\" \"prometheus\""));
    QVERIFY(task.contains(QLatin1String("efs_volume_configuration {")));
    QVERIFY(has(task, QStringLiteral("file_system_id\\s+= aws_efs_file_system.prometheus.id")));
    QVERIFY(has(task, QStringLiteral("transit_encryption\\s+= \"ENABLED\"")));
    QVERIFY(has(task, QStringLiteral("access_point_id\\s+= aws_efs_access_point.prometheus.id")));
    QVERIFY(has(task, QStringLiteral("containerPath\\s+= \"/prometheus\"")));
    QVERIFY(has(task, QStringLiteral("readOnly\\s+= false")));
    const QString service
        = block(main, QStringLiteral("resource \"aws_ecs_service\" \"prometheus\""));
    QVERIFY(has(service, QStringLiteral("platform_version\\s+= \"LATEST\"")));
    QVERIFY(
        has(service, QStringLiteral("depends_on\\s+= \\[aws_efs_mount_target.prometheus[,\\]]")));
    QVERIFY(has(service, QStringLiteral("deployment_maximum_percent\\s+= 100")));
    // A stateless service has no file system.
    QVERIFY(!main.contains(QLatin1String("\"aws_efs_file_system\" \"api\"")));
    QVERIFY(!block(main, QStringLiteral("resource \"aws_ecs_task_definition\" \"api\""))
                 .contains(QLatin1String("efs")));
    // With private subnets the mount targets follow the tasks there.
    Project p = statefulProject();
    p.environment(QStringLiteral("prod"))->privateSubnets = true;
    const QString privateMain
        = file(generate(p), QStringLiteral("prod"), QStringLiteral("main.tf"));
    QVERIFY(block(privateMain, QStringLiteral("resource \"aws_efs_mount_target\" \"prometheus\""))
                .contains(QLatin1String("aws_subnet.private[count.index].id")));
}

// Two tasks on one EFS directory corrupt a single-writer store: validation names the deployment.
void TestTerraformExporter::sharedVolumeIsFlagged()
{
    QStringList flagged;
    for (const Problem &problem : ValidationEngine::standard().check(
             statefulProject(), Catalog::standard(), PriceBooks::standard())) {
        if (problem.ruleId == QLatin1String("SD-ECS-SHARED-VOLUME")) {
            flagged << problem.location.component;
            QCOMPARE(problem.location.environment, QStringLiteral("prod"));
            QCOMPARE(problem.location.field, QStringLiteral("replicas"));
        }
    }
    QCOMPARE(flagged, QStringList {QStringLiteral("prometheus-b")});
}

// A stateful type whose catalog names no fsGroup still gets an access point: uid/gid 1000 (the
// access point makes every file operation as that user, whatever user the image runs as).
void TestTerraformExporter::efsOwnerWithoutFsGroup()
{
    Catalog catalog = Catalog::standard();
    ComponentTypeData data = catalog.type(QStringLiteral("prometheus")).data();
    data.id = QStringLiteral("tsdb");
    data.fsGroup = -1;
    catalog.add(ComponentType(data));
    Project p = statefulProject();
    p.component(QStringLiteral("prometheus"))->type = QStringLiteral("tsdb");
    ExportRequest request;
    request.catalog = &catalog;
    request.priceBooks = &PriceBooks::standard();
    const auto set = m_exporter->generate(p, request);
    QVERIFY2(set, set ? "" : qPrintable(set.error().toString()));
    const QString main = file(set.value(), QStringLiteral("prod"), QStringLiteral("main.tf"));
    const QString point
        = block(main, QStringLiteral("resource \"aws_efs_access_point\" \"prometheus\""));
    QVERIFY2(point.contains(QRegularExpression(QStringLiteral("\\buid\\s+= 1000\\b"))),
             qPrintable(main));
    QVERIFY(point.contains(QRegularExpression(QStringLiteral("owner_gid\\s+= 1000\\b"))));
    QVERIFY(main.contains(QLatin1String("the catalog names no user for its image")));
}

// The file system of a stateful service lets in its own task role alone, through its access
// point, over TLS: the task mounts with IAM authorization as that role, which may mount and write
// that file system only. Before, the mount was anonymous (iam DISABLED, no task role, no policy).
void TestTerraformExporter::efsMountNeedsTlsAndTheTaskRole()
{
    const QString main
        = file(generate(statefulProject()), QStringLiteral("prod"), QStringLiteral("main.tf"));
    QVERIFY2(!main.isEmpty(), "generation failed");
    auto has = [](const QString &body, const QString &pattern) {
        return body.contains(QRegularExpression(pattern));
    };
    const QString policy
        = block(main, QStringLiteral("resource \"aws_efs_file_system_policy\" \"prometheus\""))
              .simplified();
    QVERIFY2(policy.contains(QLatin1String("file_system_id = aws_efs_file_system.prometheus.id")),
             qPrintable(main));
    QVERIFY(policy.contains(QLatin1String(
        "Effect = \"Deny\" Principal = { AWS = \"*\" } Action = \"*\" Resource = "
        "aws_efs_file_system.prometheus.arn Condition = { Bool = { \"aws:SecureTransport\" = "
        "\"false\" } }")));
    QVERIFY(policy.contains(QLatin1String(
        "Effect = \"Allow\" Principal = { AWS = aws_iam_role.prometheus_task.arn } Action = "
        "[\"elasticfilesystem:ClientMount\", \"elasticfilesystem:ClientWrite\"] Resource = "
        "aws_efs_file_system.prometheus.arn Condition = { StringEquals = { "
        "\"elasticfilesystem:AccessPointArn\" = aws_efs_access_point.prometheus.arn } }")));
    const QString task
        = block(main, QStringLiteral("resource \"aws_ecs_task_definition\" \"prometheus\""));
    QVERIFY(has(task, QStringLiteral("iam\\s+= \"ENABLED\"")));
    QVERIFY(has(task, QStringLiteral("transit_encryption\\s+= \"ENABLED\"")));
    QVERIFY(has(task, QStringLiteral("task_role_arn\\s+= aws_iam_role.prometheus_task.arn")));
    QVERIFY(block(main, QStringLiteral("resource \"aws_iam_role\" \"prometheus_task\""))
                .contains(QLatin1String("Service = \"ecs-tasks.amazonaws.com\"")));
    const QString grant
        = block(main, QStringLiteral("resource \"aws_iam_role_policy\" \"prometheus_data\""))
              .simplified();
    QVERIFY(grant.contains(QLatin1String("role = aws_iam_role.prometheus_task.id")));
    QVERIFY(grant.contains(QLatin1String(
        "Action = [\"elasticfilesystem:ClientMount\", \"elasticfilesystem:ClientWrite\"] "
        "Resource = aws_efs_file_system.prometheus.arn Condition = { StringEquals = { "
        "\"elasticfilesystem:AccessPointArn\" = aws_efs_access_point.prometheus.arn } }")));
    // Each service its own role: the second Prometheus's cannot mount the first's file system.
    QVERIFY(
        has(block(main, QStringLiteral("resource \"aws_ecs_task_definition\" \"prometheus_b\"")),
            QStringLiteral("task_role_arn\\s+= aws_iam_role.prometheus_b_task.arn")));
    // The service starts once the policy is in place; a stateless one has no task role.
    QVERIFY(block(main, QStringLiteral("resource \"aws_ecs_service\" \"prometheus\""))
                .contains(QLatin1String("aws_efs_file_system_policy.prometheus]")));
    QVERIFY(!block(main, QStringLiteral("resource \"aws_ecs_task_definition\" \"api\""))
                 .contains(QLatin1String("task_role_arn")));
}

// backup on a container whose data is on EFS is AWS Backup: one vault for the environment, the
// role AWS Backup assumes, and per service a plan on the schedule as AWS's cron writes it, kept the
// retention, selecting its file system. EFS's own automatic backups are off on every file system.
// Before, nothing was built.
void TestTerraformExporter::efsBackupIsAwsBackup()
{
    Project p = statefulProject();
    Deployment &prometheus = *p.environments[0].deployment(QStringLiteral("prometheus"));
    prometheus.backup = true;
    prometheus.backupPolicy = BackupPolicy {QStringLiteral("30 2 * * 1-5"), 10};
    const QString main = file(generate(p), QStringLiteral("prod"), QStringLiteral("main.tf"));
    QVERIFY2(!main.isEmpty(), "generation failed");
    const QString vault
        = block(main, QStringLiteral("resource \"aws_backup_vault\" \"main\"")).simplified();
    QVERIFY2(vault.contains(QLatin1String("name = \"metrics-prod-backups\"")), qPrintable(main));
    QVERIFY(block(main, QStringLiteral("resource \"aws_iam_role\" \"backup\""))
                .contains(QLatin1String("Service = \"backup.amazonaws.com\"")));
    QVERIFY(block(main, QStringLiteral("resource \"aws_iam_role_policy_attachment\" \"backup\""))
                .contains(QLatin1String("\"arn:aws:iam::aws:policy/service-role/"
                                        "AWSBackupServiceRolePolicyForBackup\"")));
    const QString plan
        = block(main, QStringLiteral("resource \"aws_backup_plan\" \"prometheus\"")).simplified();
    for (const char *line :
         {"target_vault_name = aws_backup_vault.main.name", "schedule = \"cron(30 2 ? * 2-6 *)\"",
          "lifecycle { delete_after = 10 }"})
        QVERIFY2(plan.contains(QLatin1String(line)), line);
    const QString selection
        = block(main, QStringLiteral("resource \"aws_backup_selection\" \"prometheus\""))
              .simplified();
    for (const char *line :
         {"plan_id = aws_backup_plan.prometheus.id", "iam_role_arn = aws_iam_role.backup.arn",
          "resources = [aws_efs_file_system.prometheus.arn]"})
        QVERIFY2(selection.contains(QLatin1String(line)), line);
    // prometheus-b has no backup: no plan, and EFS's own backups are off there too.
    QVERIFY(!main.contains(QLatin1String("\"aws_backup_plan\" \"prometheus_b\"")));
    for (const char *fs : {"prometheus", "prometheus_b"})
        QVERIFY2(
            block(
                main,
                QStringLiteral("resource \"aws_efs_backup_policy\" \"%1\"").arg(QLatin1String(fs)))
                .simplified()
                .contains(QLatin1String("backup_policy { status = \"DISABLED\" }")),
            fs);
    // backup: true alone: daily at 03:00 UTC, kept 7 days.
    prometheus.backupPolicy = {};
    const QString plain = file(generate(p), QStringLiteral("prod"), QStringLiteral("main.tf"));
    const QString daily
        = block(plain, QStringLiteral("resource \"aws_backup_plan\" \"prometheus\"")).simplified();
    QVERIFY2(daily.contains(QLatin1String("schedule = \"cron(0 3 * * ? *)\"")), qPrintable(daily));
    QVERIFY(daily.contains(QLatin1String("delete_after = 7")));
    // No backup anywhere: no vault, no role for AWS Backup.
    const QString none
        = file(generate(statefulProject()), QStringLiteral("prod"), QStringLiteral("main.tf"));
    QVERIFY(!none.contains(QLatin1String("aws_backup_vault")));
    QVERIFY(!none.contains(QLatin1String("\"aws_iam_role\" \"backup\"")));
}

QTEST_GUILESS_MAIN(TestTerraformExporter)
#include "tst_terraformexporter.moc"
