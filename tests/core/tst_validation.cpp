#include "core/catalog/catalog.h"
#include "core/cost/costengine.h"
#include "core/cost/pricebooks.h"
#include "core/model/quantity.h"
#include "core/model/quantitybounds.h"
#include "core/validation/rules/secretdetector.h"
#include "core/validation/validationengine.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace Stackdraft::Core;

using Edit = std::function<void(Project &)>;
Q_DECLARE_METATYPE(Edit)

class TestValidation final : public QObject
{
    Q_OBJECT

private slots:
    void goodDesignIsClean();
    void rules_data();
    void rules();
    void missingImage();
    void secretDetector_data();
    void secretDetector();
    void everyRuleIsTested();
    void everyRuleIsDocumented();
    void disabledRulesAreSkipped();
    void checkOneEnvironment();
    void budgetRuleReadsTheCallersEstimate();
    void problemsNameFieldAndFix();
    void queueProblemNamesEnvironment();
    void awsBackupRefusalsSayWhy();

private:
    QSet<QString> m_testedRules;
};

static QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A small design every rule is quiet on: production on aws-ecs with TLS, two API replicas, a
// managed database, monitoring with backups; development on compose.
static Project goodProject()
{
    Project p;
    p.name = s("shop");
    Component db {.id = s("db"), .type = s("postgresql")};
    db.env = {EnvVar::secretRef(s("POSTGRES_PASSWORD"), s("db-password")),
              EnvVar::literal(s("POSTGRES_DB"), s("shop"))};
    Component api {.id = s("api"), .type = s("backend-service"), .build = s("./api")};
    api.ports = {Port {8000, 8000, s("TCP"), s("http")}};
    api.env = {EnvVar::reference(s("DATABASE_URL"), s("db")),
               EnvVar::literal(s("LOG_LEVEL"), s("info")),
               EnvVar::secretRef(s("JWT_SECRET"), s("jwt-secret"))};
    Component files {.id = s("files"), .type = s("object-storage")};
    files.env = {EnvVar::literal(s("MINIO_ROOT_USER"), s("shop")),
                 EnvVar::secretRef(s("MINIO_ROOT_PASSWORD"), s("minio-password"))};
    p.components = {Component {.id = s("users"), .type = s("end-users")},
                    Component {.id = s("lb"), .type = s("load-balancer")},
                    api,
                    db,
                    Component {.id = s("prom"), .type = s("prometheus")},
                    files};
    p.connections = {{s("users"), s("lb"), {}, 0},
                     {s("lb"), s("api"), {}, 0},
                     {s("api"), s("db"), {}, 0},
                     {s("prom"), s("api"), {}, 0},
                     {s("api"), s("files"), {}, 0}};
    auto sized = [](const char *id, int replicas, qint64 cpu, qint64 memory) {
        Deployment d {.component = s(id), .replicas = replicas};
        d.resources.cpuRequest = cpu;
        d.resources.memoryRequest = memory;
        return d;
    };
    Environment prod {
        .id = s("production"), .platform = Platform::AwsEcs, .region = s("us-east-1")};
    prod.budget = {4000, 8 * Quantity::Gi, 1000};
    Deployment lb {.component = s("lb")};
    lb.exposure = {true, s("shop.example.com"), {}, true};
    Deployment db1 {.component = s("db"), .mode = DeploymentMode::Managed};
    Deployment prom = sized("prom", 1, 500, Quantity::Gi);
    prom.backup = true;
    prod.deployments = {Deployment {.component = s("users")},
                        lb,
                        sized("api", 2, 500, Quantity::Gi),
                        db1,
                        prom,
                        Deployment {.component = s("files"), .mode = DeploymentMode::Managed}};
    Environment dev {.id = s("development"), .platform = Platform::Compose};
    dev.deployments = {Deployment {.component = s("lb")}, Deployment {.component = s("api")},
                       Deployment {.component = s("db")}, Deployment {.component = s("prom")},
                       Deployment {.component = s("files")}};
    p.environments = {dev, prod};
    return p;
}

// A RabbitMQ broker deployed in `e`, and the API scaling on its queue "orders".
static void addQueueScaling(Project &p, const char *e)
{
    p.components.append(Component {.id = s("mq"), .type = s("rabbitmq")});
    Environment &environment = *p.environment(s(e));
    Deployment &api = *environment.deployment(s("api"));
    api.autoscaling = {true, 2, 10, 0, 0, {s("mq"), s("orders"), 100}};
    environment.deployments.append(Deployment {.component = s("mq"), .backup = false});
}

static void setBackup(Project &p, const char *e, const char *c, const char *schedule, int days)
{
    Deployment &d = *p.environment(s(e))->deployment(s(c));
    d.backup = true;
    d.backupPolicy = {schedule ? s(schedule) : QString(), days};
}

static QList<Problem> problemsOf(const Project &p, const QString &ruleId)
{
    QList<Problem> found;
    for (const Problem &problem :
         ValidationEngine::standard().check(p, Catalog::standard(), PriceBooks::standard())) {
        if (problem.ruleId == ruleId)
            found << problem;
    }
    return found;
}

static Environment &env(Project &p, const char *id)
{
    return *p.environment(s(id));
}

static Deployment &dep(Project &p, const char *e, const char *c)
{
    return *env(p, e).deployment(s(c));
}

void TestValidation::goodDesignIsClean()
{
    const QList<Problem> problems = ValidationEngine::standard().check(
        goodProject(), Catalog::standard(), PriceBooks::standard());
    for (const Problem &p : problems)
        qWarning("%s %s/%s: %s", qPrintable(p.ruleId), qPrintable(p.location.environment),
                 qPrintable(p.location.component), qPrintable(p.message.toString()));
    QVERIFY(problems.isEmpty());
}

void TestValidation::rules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<bool>("fires");
    auto row = [](const char *name, const char *rule, Edit edit, bool fires) {
        QTest::newRow(name) << s(rule) << edit << fires;
    };
    row(
        "cpu budget exceeded", "SD-BUDGET-CPU",
        [](Project &p) { env(p, "production").budget.cpu = 1000; }, true);
    row(
        "cpu budget met", "SD-BUDGET-CPU",
        [](Project &p) { env(p, "production").budget.cpu = 1500; }, false);
    row(
        "memory budget exceeded", "SD-BUDGET-MEMORY",
        [](Project &p) { env(p, "production").budget.memory = 2 * Quantity::Gi; }, true);
    row(
        "memory budget met", "SD-BUDGET-MEMORY",
        [](Project &p) { env(p, "production").budget.memory = 3 * Quantity::Gi; }, false);
    // Quantity × replicas past qint64's range once wrapped to a negative total and passed.
    row(
        "memory budget exceeded past 64 bits", "SD-BUDGET-MEMORY",
        [](Project &p) {
            Deployment &api = dep(p, "production", "api");
            api.replicas = 10000;
            api.resources.memoryRequest = Quantity::MaxMemory;
        },
        true);
    row(
        "cpu budget exceeded past 64 bits", "SD-BUDGET-CPU",
        [](Project &p) {
            Deployment &api = dep(p, "production", "api");
            api.replicas = 3;
            api.resources.cpuRequest = 4'000'000'000'000'000'000;
        },
        true);
    row(
        "cost budget exceeded", "SD-BUDGET-COST",
        [](Project &p) { env(p, "production").budget.monthlyCost = 50; }, true);
    row(
        "cost budget met", "SD-BUDGET-COST",
        [](Project &p) { env(p, "production").budget.monthlyCost = 500; }, false);
    row(
        "memory below minimum", "SD-MIN-RESOURCES",
        [](Project &p) {
            dep(p, "development", "api").resources.memoryRequest = 256 * Quantity::Mi;
        },
        true);
    row(
        "memory at minimum", "SD-MIN-RESOURCES",
        [](Project &p) {
            dep(p, "development", "api").resources.memoryRequest = 512 * Quantity::Mi;
        },
        false);
    row(
        "secret name not DNS", "SD-DNS-NAME",
        [](Project &p) { p.component(s("db"))->env[0].secret = s("DB_Password"); }, true);
    row(
        "environment id not DNS", "SD-DNS-NAME",
        [](Project &p) { env(p, "development").id = s("Dev Env"); }, true);
    row(
        "names are labels", "SD-DNS-NAME",
        [](Project &p) { env(p, "development").id = s("dev-1"); }, false);
    row(
        "same host port twice", "SD-COMPOSE-PORTS",
        [](Project &p) {
            p.component(s("lb"))->ports = {Port {80, 8000}};
        },
        true);
    row(
        "distinct host ports", "SD-COMPOSE-PORTS",
        [](Project &p) {
            p.component(s("lb"))->ports = {Port {80, 8080}};
        },
        false);
    row(
        "connection to missing db", "SD-CONNECTION-INACTIVE",
        [](Project &p) {
            env(p, "development").deployments.removeIf([](const Deployment &d) {
                return d.component == s("db");
            });
        },
        true);
    row(
        "missing caller is fine", "SD-CONNECTION-INACTIVE",
        [](Project &p) { env(p, "development").deployments.removeFirst(); }, false);
    row(
        "override replaces the reference", "SD-CONNECTION-INACTIVE",
        [](Project &p) {
            env(p, "development").deployments.removeIf([](const Deployment &d) {
                return d.component == s("db");
            });
            dep(p, "development", "api").envOverrides
                << EnvVar::literal(s("DATABASE_URL"), s("sqlite:///tmp/dev.db"));
        },
        false);
    row(
        "missing end user is fine", "SD-CONNECTION-INACTIVE",
        [](Project &p) { env(p, "production").deployments.removeFirst(); }, false);
    row(
        "required env missing", "SD-ENV-REQUIRED",
        [](Project &p) { p.component(s("db"))->env.removeFirst(); }, true);
    row(
        "required env empty", "SD-ENV-REQUIRED",
        [](Project &p) { p.component(s("db"))->env[1].value.clear(); }, true);
    row(
        "managed db needs no env", "SD-ENV-REQUIRED",
        [](Project &p) {
            env(p, "development").deployments.removeIf([](const Deployment &d) {
                return d.component == s("db");
            });
            p.connections.removeAt(2);
        },
        false);
    row(
        "password in plain text", "SD-SECRET-PLAINTEXT",
        [](Project &p) {
            p.component(s("api"))->env << EnvVar::literal(s("ADMIN_PASSWORD"), s("hunter2"));
        },
        true);
    row(
        "credentials in a URL", "SD-SECRET-PLAINTEXT",
        [](Project &p) {
            p.component(s("api"))->env
                << EnvVar::literal(s("CACHE_URL"), s("redis://app:s3cret@cache:6379"));
        },
        true);
    row(
        "key-looking value", "SD-SECRET-PLAINTEXT",
        [](Project &p) {
            p.component(s("api"))->env << EnvVar::literal(s("LLM"), s("gsk_4f9a8b7c6d5e4f3a2b1c"));
        },
        true);
    row(
        "override with plain secret", "SD-SECRET-PLAINTEXT",
        [](Project &p) {
            dep(p, "development", "api").envOverrides
                << EnvVar::literal(s("JWT_SECRET"), s("dev-only-secret"));
        },
        true);
    row(
        "token lifetime is a setting", "SD-SECRET-PLAINTEXT",
        [](Project &p) {
            p.component(s("api"))->env << EnvVar::literal(s("TOKEN_TTL"), s("3600"));
        },
        false);
    row(
        "URL placeholder password", "SD-SECRET-PLAINTEXT",
        [](Project &p) {
            p.component(s("api"))->env
                << EnvVar::literal(s("CACHE_URL"), s("redis://app:${CACHE_PASSWORD}@cache:6379"));
        },
        false);
    row(
        "one replica in production", "SD-PROD-REPLICAS",
        [](Project &p) { dep(p, "production", "api").replicas = 1; }, true);
    row(
        "autoscaling min 2 is enough", "SD-PROD-REPLICAS",
        [](Project &p) {
            Deployment &d = dep(p, "production", "api");
            d.replicas = 1;
            d.autoscaling = {true, 2, 4, 70, 0};
        },
        false);
    row(
        "one replica in development", "SD-PROD-REPLICAS",
        [](Project &p) { dep(p, "development", "api").replicas = 1; }, false);
    row(
        "state without backup", "SD-PROD-BACKUP",
        [](Project &p) { dep(p, "production", "prom").backup = false; }, true);
    row(
        "replicated state", "SD-PROD-BACKUP",
        [](Project &p) {
            Deployment &d = dep(p, "production", "prom");
            d.backup = false;
            d.mode = DeploymentMode::Replicated;
        },
        false);
    row(
        "public without TLS", "SD-PROD-TLS",
        [](Project &p) { dep(p, "production", "lb").exposure.tls = false; }, true);
    row(
        "label says production", "SD-PROD-TLS",
        [](Project &p) {
            Environment &e = env(p, "production");
            e.id = s("live");
            e.label = s("Produção");
            dep(p, "live", "lb").exposure.tls = false;
        },
        true);
    row(
        "development without TLS", "SD-PROD-TLS",
        [](Project &p) {
            dep(p, "development", "lb").exposure = {true, s("localhost"), {}, false};
        },
        false);
    row(
        "worker without health check", "SD-PROD-HEALTH",
        [](Project &p) {
            p.components << Component {.id = s("jobs"), .type = s("worker")};
            env(p, "production").deployments << Deployment {
                .component = s("jobs"), .replicas = 2, .resources = {500, 0, Quantity::Gi, 0}};
        },
        true);
    row(
        "worker with healthPath", "SD-PROD-HEALTH",
        [](Project &p) {
            Component jobs {.id = s("jobs"), .type = s("worker")};
            jobs.properties.insert(s("healthPath"), s("/healthz"));
            p.components << jobs;
            env(p, "production").deployments << Deployment {
                .component = s("jobs"), .replicas = 2, .resources = {500, 0, Quantity::Gi, 0}};
        },
        false);
    row(
        "no monitoring", "SD-PROD-MONITORING",
        [](Project &p) {
            env(p, "production").deployments.removeIf([](const Deployment &d) {
                return d.component == s("prom");
            });
        },
        true);
    row(
        "min above max", "SD-AUTOSCALING",
        [](Project &p) {
            dep(p, "production", "api").autoscaling = {true, 5, 3, 70, 0};
        },
        true);
    row(
        "target above 100", "SD-AUTOSCALING",
        [](Project &p) {
            dep(p, "production", "api").autoscaling = {true, 2, 6, 150, 0};
        },
        true);
    row(
        "max below replicas", "SD-AUTOSCALING",
        [](Project &p) {
            dep(p, "production", "api").autoscaling = {true, 1, 1, 70, 0};
        },
        true);
    row(
        "sane autoscaling", "SD-AUTOSCALING",
        [](Project &p) {
            dep(p, "production", "api").autoscaling = {true, 2, 6, 70, 80};
        },
        false);
    row(
        "queue autoscaling without CPU target", "SD-AUTOSCALING",
        [](Project &p) { addQueueScaling(p, "production"); }, false);
    row(
        "backup hourly on RDS", "SD-BACKUP-POLICY",
        [](Project &p) { setBackup(p, "production", "db", "0 * * * *", 0); }, true);
    row(
        "backup daily on RDS", "SD-BACKUP-POLICY",
        [](Project &p) { setBackup(p, "production", "db", "15 4 * * *", 14); }, false);
    row(
        "RDS retention past 35 days", "SD-BACKUP-POLICY",
        [](Project &p) { setBackup(p, "production", "db", {}, 60); }, true);
    row(
        "backup schedule on compose", "SD-BACKUP-POLICY",
        [](Project &p) { setBackup(p, "development", "db", "0 3 * * *", 0); }, true);
    row(
        "backup true on compose", "SD-BACKUP-POLICY",
        [](Project &p) { dep(p, "development", "db").backup = true; }, false);
    row(
        "schedule on S3", "SD-BACKUP-POLICY",
        [](Project &p) { setBackup(p, "production", "files", "0 3 * * *", 0); }, true);
    row(
        "retention on S3", "SD-BACKUP-POLICY",
        [](Project &p) { setBackup(p, "production", "files", {}, 30); }, false);
    row(
        "hourly dump job on Kubernetes", "SD-BACKUP-POLICY",
        [](Project &p) {
            env(p, "production").platform = Platform::Kubernetes;
            dep(p, "production", "db").mode = DeploymentMode::Single;
            setBackup(p, "production", "db", "0 * * * *", 3);
        },
        false);
    row(
        "policy on Kubernetes with no dump tool", "SD-BACKUP-POLICY",
        [](Project &p) {
            env(p, "production").platform = Platform::Kubernetes;
            setBackup(p, "production", "prom", "0 3 * * *", 0);
        },
        true);
    // Data on EFS on aws-ecs is backed up by AWS Backup: any schedule it can run, at most hourly
    // and with `?` in one day field (Core::CronSchedule::toAws).
    row(
        "AWS Backup daily on EFS", "SD-BACKUP-POLICY",
        [](Project &p) { setBackup(p, "production", "prom", "0 3 * * *", 14); }, false);
    row(
        "AWS Backup on weekdays every six hours", "SD-BACKUP-POLICY",
        [](Project &p) { setBackup(p, "production", "prom", "15 */6 * * 1-5", 90); }, false);
    row(
        "AWS Backup retention only", "SD-BACKUP-POLICY",
        [](Project &p) { setBackup(p, "production", "prom", {}, 400); }, false);
    row(
        "AWS Backup every 30 minutes", "SD-BACKUP-POLICY",
        [](Project &p) { setBackup(p, "production", "prom", "*/30 * * * *", 0); }, true);
    row(
        "AWS Backup on both day fields", "SD-BACKUP-POLICY",
        [](Project &p) { setBackup(p, "production", "prom", "0 3 1 * 1", 0); }, true);
    row(
        "MongoDB realised as DocumentDB on aws-ecs", "SD-DOCUMENTDB-TLS",
        [](Project &p) {
            p.components.append(Component {.id = s("docs"), .type = s("mongodb")});
            env(p, "production").deployments.append(Deployment {.component = s("docs")});
        },
        true);
    row(
        "MongoDB on compose", "SD-DOCUMENTDB-TLS",
        [](Project &p) {
            p.components.append(Component {.id = s("docs"), .type = s("mongodb")});
            env(p, "development").deployments.append(Deployment {.component = s("docs")});
        },
        false);
    row(
        "backup of a stateless service", "SD-BACKUP-NO-DATA",
        [](Project &p) { dep(p, "production", "api").backup = true; }, true);
    row(
        "backup of a store", "SD-BACKUP-NO-DATA",
        [](Project &p) { dep(p, "production", "db").backup = true; }, false);
    row(
        "queue on Amazon MQ", "SD-AUTOSCALING-QUEUE",
        [](Project &p) { addQueueScaling(p, "production"); }, false);
    row(
        "queue broker not deployed", "SD-AUTOSCALING-QUEUE",
        [](Project &p) {
            addQueueScaling(p, "production");
            env(p, "production").deployments.removeLast(); // the broker
        },
        true);
    row(
        "queue on a database", "SD-AUTOSCALING-QUEUE",
        [](Project &p) {
            addQueueScaling(p, "production");
            dep(p, "production", "api").autoscaling.queue.from = s("db");
        },
        true);
    row(
        "queue broker in a container on aws-ecs", "SD-AUTOSCALING-QUEUE",
        [](Project &p) {
            addQueueScaling(p, "production");
            dep(p, "production", "mq").mode = DeploymentMode::Single;
            p.component(s("mq"))->type = s("generic-service");
        },
        true);
    row(
        "queue on Kubernetes without the broker's URL", "SD-AUTOSCALING-QUEUE",
        [](Project &p) {
            addQueueScaling(p, "production");
            env(p, "production").platform = Platform::Kubernetes;
        },
        true);
    row(
        "queue on Kubernetes with the broker's URL", "SD-AUTOSCALING-QUEUE",
        [](Project &p) {
            addQueueScaling(p, "production");
            env(p, "production").platform = Platform::Kubernetes;
            p.component(s("api"))->env.append(EnvVar::reference(s("AMQP_URL"), s("mq")));
        },
        false);
    row(
        "odd Fargate pair", "SD-FARGATE-SIZE",
        [](Project &p) {
            dep(p, "production", "api").resources.memoryRequest = 700 * Quantity::Mi;
        },
        true);
    row(
        "Fargate 1 vCPU / 2 GB", "SD-FARGATE-SIZE",
        [](Project &p) {
            dep(p, "production", "api").resources = {1000, 0, 2 * Quantity::Gi, 0};
        },
        false);
    row(
        "odd pair on compose", "SD-FARGATE-SIZE",
        [](Project &p) {
            dep(p, "development", "api").resources.memoryRequest = 700 * Quantity::Mi;
        },
        false);
    row(
        "two Prometheus tasks on one EFS directory", "SD-ECS-SHARED-VOLUME",
        [](Project &p) { dep(p, "production", "prom").replicas = 2; }, true);
    row(
        "an autoscaled Prometheus on aws-ecs", "SD-ECS-SHARED-VOLUME",
        [](Project &p) {
            dep(p, "production", "prom").autoscaling = {true, 1, 3, 70, 0};
        },
        true);
    row(
        "one Prometheus task on aws-ecs", "SD-ECS-SHARED-VOLUME", [](Project &) {}, false);
    row(
        "two Prometheus on compose", "SD-ECS-SHARED-VOLUME",
        [](Project &p) { dep(p, "development", "prom").replicas = 2; }, false);
    row(
        "cpu request over limit", "SD-REQUESTS-LIMITS",
        [](Project &p) {
            dep(p, "development", "api").resources = {1000, 500, 0, 0};
        },
        true);
    row(
        "memory request over limit", "SD-REQUESTS-LIMITS",
        [](Project &p) {
            dep(p, "development", "api").resources = {0, 0, Quantity::Gi, 512 * Quantity::Mi};
        },
        true);
    row(
        "request within limit", "SD-REQUESTS-LIMITS",
        [](Project &p) {
            dep(p, "development", "api").resources = {500, 1000, 512 * Quantity::Mi, Quantity::Gi};
        },
        false);
    row(
        "public database", "SD-DATASTORE-EXPOSED",
        [](Project &p) {
            dep(p, "production", "db").exposure = {true, s("db.example.com"), {}, true};
        },
        true);
    row(
        "users straight to database", "SD-DATASTORE-EXPOSED",
        [](Project &p) {
            p.connections << Connection {s("users"), s("db"), {}, 0};
        },
        true);
    row(
        "load balancer to database", "SD-DATASTORE-EXPOSED",
        [](Project &p) {
            p.connections << Connection {s("lb"), s("db"), {}, 0};
        },
        true);
    row(
        "load balancer to object storage", "SD-DATASTORE-EXPOSED",
        [](Project &p) {
            p.connections << Connection {s("lb"), s("files"), {}, 0};
        },
        false);
    // Production moved to Kubernetes with its database replicated: PostgreSQL has an operator
    // there, MySQL has no replication strategy on that platform.
    auto replicatedOnKubernetes = [](const char *type) {
        return [type](Project &p) {
            env(p, "production").platform = Platform::Kubernetes;
            p.component(s("db"))->type = s(type);
            dep(p, "production", "db").mode = DeploymentMode::Replicated;
            dep(p, "production", "db").replicas = 2;
        };
    };
    row("replicated mysql on kubernetes", "SD-REPLICATION", replicatedOnKubernetes("mysql"), true);
    row("replicated postgresql on kubernetes", "SD-REPLICATION",
        replicatedOnKubernetes("postgresql"), false);
    row(
        "replicated with one replica", "SD-REPLICATION",
        [](Project &p) {
            env(p, "production").platform = Platform::Kubernetes;
            dep(p, "production", "db").mode = DeploymentMode::Cluster;
        },
        true);
    row(
        "variable from a part the target lacks", "SD-ENV-UNRESOLVED",
        [](Project &p) {
            EnvVar v = EnvVar::reference(s("DB_SHARD"), s("db"));
            v.part = s("shard");
            p.component(s("api"))->env << v;
        },
        true);
    row(
        "variable from the target's port", "SD-ENV-UNRESOLVED",
        [](Project &p) {
            EnvVar v = EnvVar::reference(s("DB_PORT"), s("db"));
            v.part = s("port");
            p.component(s("api"))->env << v;
        },
        false);
    row(
        "bucket of a database", "SD-ENV-UNRESOLVED",
        [](Project &p) {
            p.component(s("api"))->env << EnvVar::reference(s("DB_BUCKET"), s("db"), s("bucket"));
        },
        true);
    // MinIO on compose starts with no bucket; Terraform creates the S3 bucket of production.
    row(
        "bucket of an object store run as a container", "SD-BUCKET-NOT-CREATED",
        [](Project &p) {
            p.component(s("api"))->env
                << EnvVar::reference(s("S3_BUCKET"), s("files"), s("bucket"));
        },
        true);
    row(
        "bucket of an S3 bucket only", "SD-BUCKET-NOT-CREATED",
        [](Project &p) {
            p.component(s("api"))->env
                << EnvVar::reference(s("S3_BUCKET"), s("files"), s("bucket"));
            dep(p, "development", "api").envOverrides
                << EnvVar::literal(s("S3_BUCKET"), s("made-by-hand"));
        },
        false);
    // Mounted files: prom (Prometheus) gets a generated /etc/prometheus/prometheus.yml everywhere;
    // api a file of its own.
    auto mount = [](Project &p, const char *component, const char *path, const char *content) {
        p.component(s(component))->files << MountedFile {s(path), {}, content};
    };
    row(
        "own file replacing the generated one", "SD-FILE-MOUNT",
        [mount](Project &p) {
            mount(p, "prom", "/etc/prometheus/prometheus.yml", "scrape_configs: []\n");
        },
        false);
    row(
        "file where the generated file's directory is", "SD-FILE-MOUNT",
        [mount](Project &p) { mount(p, "prom", "/etc/prometheus", "x"); }, true);
    row(
        "file inside the data volume", "SD-FILE-MOUNT",
        [mount](Project &p) { mount(p, "prom", "/prometheus/extra.yml", "x"); }, true);
    row(
        "file in the root directory on ECS", "SD-FILE-MOUNT",
        [mount](Project &p) { mount(p, "api", "/app.conf", "x"); }, true);
    row(
        "files too large for an ECS task definition", "SD-FILE-MOUNT",
        [](Project &p) {
            p.component(s("api"))->files
                << MountedFile {s("/etc/api/big.txt"), {}, QByteArray(40 * 1024, 'x')};
        },
        true);
    row(
        "password in a mounted file", "SD-SECRET-PLAINTEXT",
        [mount](Project &p) {
            mount(p, "api", "/etc/api/app.yaml", "database:\n  user: shop\n  password: hunter22\n");
        },
        true);
    row(
        "placeholder password in a mounted file", "SD-SECRET-PLAINTEXT",
        [mount](Project &p) {
            mount(p, "api", "/etc/api/app.yaml",
                  "password: ${DB_PASSWORD}\nbearer_token_file: /run/secrets/token\n");
        },
        false);
    row(
        "URL with a password in a mounted file", "SD-SECRET-PLAINTEXT",
        [mount](Project &p) {
            mount(p, "api", "/etc/api/app.conf",
                  "upstream = postgres://shop:s3cret@db:5432/shop\n");
        },
        true);
    // A dashboard connected to a search server (SearchClient): its image must speak the server's
    // product and major version.
    const auto searchPair = [](const char *dashboardImage) {
        return [dashboardImage](Project &p) {
            p.components << Component {.id = s("search"),
                                       .type = s("elasticsearch"),
                                       .image = s("elasticsearch:8.13.4")}
                         << Component {.id = s("dashboards"),
                                       .type = s("kibana"),
                                       .image = QString::fromLatin1(dashboardImage)};
            p.connections << Connection {s("dashboards"), s("search"), {}, 0};
            env(p, "development").deployments << Deployment {.component = s("search")}
                                              << Deployment {.component = s("dashboards")};
        };
    };
    row("kibana of another major version", "SD-SEARCH-CLIENT", searchPair("kibana:7.17.21"), true);
    row("opensearch dashboards on elasticsearch", "SD-SEARCH-CLIENT",
        searchPair("opensearchproject/opensearch-dashboards:2.13.0"), true);
    row("kibana of the server's version", "SD-SEARCH-CLIENT", searchPair("kibana:8.13.4"), false);
    row(
        "variable from an undeployed component", "SD-CONNECTION-INACTIVE",
        [](Project &p) {
            env(p, "development").deployments.removeIf([](const Deployment &d) {
                return d.component == s("db");
            });
        },
        true);
}

// SD-IMAGE needs a deployable type with no default image, which the bundled catalog has none of: a
// user catalog brings one.
// The detector's words and shapes, each side of every shortcut it takes before its patterns.
void TestValidation::secretDetector_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("secretName");
    QTest::addColumn<bool>("credentials");
    QTest::addColumn<bool>("key");
    const auto row = [](const char *tag, const char *name, const char *value, bool secretName,
                        bool credentials, bool key) {
        QTest::newRow(tag) << QString::fromLatin1(name) << QString::fromLatin1(value) << secretName
                           << credentials << key;
    };
    row("plain", "LOG_LEVEL", "info", false, false, false);
    row("password", "DB_PASSWORD", "x", true, false, false);
    row("passwd lower", "mysql_passwd", "x", true, false, false);
    row("api key", "ApiKey", "x", true, false, false);
    row("api_key", "STRIPE_API_KEY", "x", true, false, false);
    row("private key", "private_key_pem", "x", true, false, false);
    row("access key", "AWS_ACCESSKEY_ID", "x", true, false, false);
    row("credential", "GOOGLE_CREDENTIALS", "x", true, false, false);
    row("api-key is not api_key", "API-KEY-ID", "x", false, false, false);
    row("url with password", "URL", "postgres://app:s3cret@db:5432/app", false, true, false);
    row("url placeholder", "URL", "postgres://app:${DB_PASSWORD}@db/app", false, false, false);
    row("url without user", "URL", "http://db:5432/app", false, false, false);
    row("at without scheme", "EMAIL", "ops@example.com", false, false, false);
    row("openai", "X", "sk-abc", false, false, true);
    row("github", "X", "ghp_abcdef", false, false, true);
    row("slack", "X", "xoxb-123", false, false, true);
    row("aws", "X", "AKIAABCDEFGHIJKLMNOP", false, false, true);
    row("google", "X", "AIzaSyA", false, false, true);
    row("pem inside", "X", "key: -----BEGIN RSA PRIVATE KEY-----", false, false, true);
    row("opaque 32", "X", "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6", false, false, true);
    row("opaque 31", "X", "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d", false, false, false);
    row("letters only", "X", "abcdefghijklmnopqrstuvwxyzabcdefgh", false, false, false);
    row("sk not a prefix", "X", "skip", false, false, false);
}

void TestValidation::secretDetector()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(bool, secretName);
    QFETCH(bool, credentials);
    QFETCH(bool, key);
    QCOMPARE(SecretDetector::hasSecretName(name), secretName);
    QCOMPARE(SecretDetector::hasInlineCredentials(value), credentials);
    QCOMPARE(SecretDetector::looksLikeKey(value), key);
}

void TestValidation::missingImage()
{
    m_testedRules.insert(s("SD-IMAGE"));
    Catalog catalog = Catalog::standard();
    ComponentTypeData bare;
    bare.id = s("in-house");
    bare.label = s("In-house");
    bare.category = s("compute");
    bare.realisation = {{s("compose"), s("container")}};
    catalog.add(ComponentType(bare));
    Project p = goodProject();
    p.components << Component {.id = s("tool"), .type = s("in-house")};
    env(p, "development").deployments << Deployment {.component = s("tool")};
    auto hits = [&] {
        QStringList out;
        for (const Problem &problem :
             ValidationEngine::standard().check(p, catalog, PriceBooks::standard())) {
            if (problem.ruleId == s("SD-IMAGE"))
                out << problem.location.environment + u'/' + problem.location.component;
        }
        return out;
    };
    QCOMPARE(hits(), QStringList({s("development/tool")}));
    p.component(s("tool"))->build = s("./tool"); // built here: an image of its own
    QCOMPARE(hits(), QStringList());
}

void TestValidation::rules()
{
    QFETCH(QString, rule);
    QFETCH(Edit, edit);
    QFETCH(bool, fires);
    QVERIFY(ValidationEngine::standard().rule(rule));
    m_testedRules.insert(rule);
    Project p = goodProject();
    edit(p);
    const QList<Problem> problems = problemsOf(p, rule);
    QCOMPARE(!problems.isEmpty(), fires);
    for (const Problem &problem : problems) {
        QCOMPARE(problem.severity, ValidationEngine::standard().rule(rule)->severity());
        QVERIFY(!problem.message.isEmpty());
        QVERIFY(!problem.location.environment.isEmpty());
    }
}

void TestValidation::everyRuleIsTested()
{
    for (const Rule *rule : ValidationEngine::standard().rules()) {
        QVERIFY2(m_testedRules.contains(rule->id()), qPrintable(rule->id()));
        QVERIFY(!rule->rationale().isEmpty());
    }
}

// docs/validation.md lists every rule in its table ("| SD-X |" or "| SD-X / SD-Y |"): the ids it
// names are exactly the ids the standard engine runs, so neither can move without the other.
void TestValidation::everyRuleIsDocumented()
{
    QFile doc(QStringLiteral(STACKDRAFT_SOURCE_DIR "/docs/validation.md"));
    QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
    static const QRegularExpression row(QStringLiteral("^\\| *(SD-[A-Z0-9 /-]+?) *\\|"),
                                        QRegularExpression::MultilineOption);
    static const QRegularExpression id(QStringLiteral("SD-[A-Z0-9-]*[A-Z0-9]"));
    QSet<QString> documented;
    for (auto rows = row.globalMatch(QString::fromUtf8(doc.readAll())); rows.hasNext();) {
        const QString cell = rows.next().captured(1);
        for (auto ids = id.globalMatch(cell); ids.hasNext();)
            documented.insert(ids.next().captured());
    }
    QSet<QString> registered;
    for (const Rule *rule : ValidationEngine::standard().rules())
        registered.insert(rule->id());
    QStringList undocumented(registered.cbegin(), registered.cend());
    undocumented.removeIf([&](const QString &r) { return documented.contains(r); });
    undocumented.sort();
    QVERIFY2(undocumented.isEmpty(), qPrintable(undocumented.join(QLatin1String(", "))));
    QStringList unknown(documented.cbegin(), documented.cend());
    unknown.removeIf([&](const QString &r) { return registered.contains(r); });
    unknown.sort();
    QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(QLatin1String(", "))));
}

void TestValidation::disabledRulesAreSkipped()
{
    Project p = goodProject();
    dep(p, "production", "api").replicas = 1;
    QVERIFY(!problemsOf(p, s("SD-PROD-REPLICAS")).isEmpty());
    p.disabledRules << s("SD-PROD-REPLICAS");
    QVERIFY(problemsOf(p, s("SD-PROD-REPLICAS")).isEmpty());
}

void TestValidation::budgetRuleReadsTheCallersEstimate()
{
    // The live analysis prices the environment for the Cost dock and hands that estimate to the
    // check: SD-BUDGET-COST judges the estimate it is given, not one of its own.
    Project p = goodProject();
    env(p, "production").budget.monthlyCost = 500;
    const ValidationEngine &engine = ValidationEngine::standard();
    const auto budgetProblems = [&](const CostReport *cost) {
        QList<Problem> found;
        for (const Problem &problem : engine.checkEnvironment(
                 p, s("production"), Catalog::standard(), PriceBooks::standard(), cost)) {
            if (problem.ruleId == s("SD-BUDGET-COST"))
                found << problem;
        }
        return found;
    };
    QVERIFY(budgetProblems(nullptr).isEmpty()); // priced by the rule itself: within 500

    CostReport given = CostEngine::estimate(p, env(p, "production"), Catalog::standard(),
                                            PriceBooks::standard());
    QVERIFY(!given.isOverBudget());
    QVERIFY(budgetProblems(&given).isEmpty());
    CostLine extra;
    extra.amount = 1000;
    given.lines << extra;
    const QList<Problem> over = budgetProblems(&given);
    QCOMPARE(over.size(), 1);
    QVERIFY(over.first().message.toString().contains(QLatin1String("500.00")));
}

void TestValidation::checkOneEnvironment()
{
    Project p = goodProject();
    dep(p, "production", "api").replicas = 1;
    dep(p, "development", "api").resources = {1000, 500, 0, 0};
    const ValidationEngine &engine = ValidationEngine::standard();
    const QList<Problem> prod
        = engine.checkEnvironment(p, s("production"), Catalog::standard(), PriceBooks::standard());
    const QList<Problem> dev
        = engine.checkEnvironment(p, s("development"), Catalog::standard(), PriceBooks::standard());
    QCOMPARE(prod.size(), 1);
    QCOMPARE(prod.first().location.environment, s("production"));
    QCOMPARE(dev.size(), 1);
    QCOMPARE(dev.first().ruleId, s("SD-REQUESTS-LIMITS"));
    QCOMPARE(engine.check(p, Catalog::standard(), PriceBooks::standard()), dev + prod);
    QVERIFY(engine.checkEnvironment(p, s("nowhere"), Catalog::standard(), PriceBooks::standard())
                .isEmpty());
}

void TestValidation::problemsNameFieldAndFix()
{
    Project p = goodProject();
    dep(p, "development", "api").resources.memoryRequest = 256 * Quantity::Mi;
    const QList<Problem> problems = problemsOf(p, s("SD-MIN-RESOURCES"));
    QCOMPARE(problems.size(), 1);
    const Problem &problem = problems.first();
    // Typed: ids and a field within the deployment, no environment index to go stale.
    QVERIFY(problem.location
            == ProblemLocation::inDeployment(s("development"), s("api"), s("memory")));
    QCOMPARE(problem.location.fieldPath(), s("deployments.api.memory"));
    QCOMPARE(problem.location.modelPath(p), s("environments[0].deployments.api.memory"));
    QCOMPARE(problem.fix.toString(), s("raise memory to 512Mi"));
}

// The message names the environment the broker is missing from, not a made-up one.
void TestValidation::queueProblemNamesEnvironment()
{
    Project p = goodProject();
    addQueueScaling(p, "production");
    env(p, "production").deployments.removeLast();
    const QList<Problem> problems = problemsOf(p, s("SD-AUTOSCALING-QUEUE"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].location.environment, s("production"));
    QVERIFY2(problems[0].message.toString().contains(s("environment production does not deploy")),
             qPrintable(problems[0].message.toString()));
    QCOMPARE(problems[0].location.field, s("autoscaling.queue.from"));
}

// AWS Backup's refusals say what AWS Backup cannot take, and how to write one it can.
void TestValidation::awsBackupRefusalsSayWhy()
{
    Project p = goodProject();
    setBackup(p, "production", "prom", "*/30 * * * *", 0);
    QList<Problem> problems = problemsOf(p, s("SD-BACKUP-POLICY"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].message.toString(),
             s("prom is backed up by AWS Backup, which runs at most once an hour; '*/30 * * * *' "
               "runs more often"));
    QCOMPARE(problems[0].fix.toString(), s("use one minute of the hour, such as \"0 * * * *\""));
    QVERIFY(problems[0].location
            == ProblemLocation::inDeployment(s("production"), s("prom"), s("backup")));
    setBackup(p, "production", "prom", "0 3 1 * 1", 0);
    problems = problemsOf(p, s("SD-BACKUP-POLICY"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].message.toString(),
             s("prom is backed up by AWS Backup, whose schedule restricts the day of month or the "
               "day of week, not both; '0 3 1 * 1' restricts both"));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
