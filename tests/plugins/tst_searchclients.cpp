// Issue 12, "the client of a search cluster matches the server's product and version" and
// "queue-length autoscaling beyond RabbitMQ": what a search client runs where its server is
// realised as another product, read alike by every exporter, the document and validation; and
// Redis lists as queues for KEDA, refused where nothing can read their length.
#include "core/derived/searchclient.h"
#include "core/export/envresolver.h"
#include "core/model/quantity.h"
#include "core/validation/validationengine.h"
#include "exporttesting.h"

using namespace Stackdraft::Core;
using namespace ExportTesting;

namespace {

Project ordersPlatform()
{
    return example(QStringLiteral("orders-platform"));
}

QStringList ruleMessages(const Project &project, const QString &ruleId)
{
    QStringList hits;
    for (const Problem &p :
         ValidationEngine::standard().check(project, Catalog::standard(), PriceBooks::standard())) {
        if (p.ruleId == ruleId)
            hits << p.location.environment + QLatin1Char('/') + p.location.component
                    + QLatin1String(": ") + p.message.toString();
    }
    hits.sort();
    return hits;
}

} // namespace

class TestSearchClients final : public QObject
{
    Q_OBJECT

private slots:
    void productsFromImages();
    void kibanaBecomesDashboardsOnAws();
    void kibanaFollowsItsServerEverywhere();
    void logstashWritesWithTheOpenSearchPlugin();
    void mismatchedClientIsAnError();
    void redisListDrivesKeda();
    void redisQueueOnAwsIsAnError();
};

void TestSearchClients::productsFromImages()
{
    using Family = SearchProduct::Family;
    const SearchProduct es = SearchProduct::ofServerImage(QStringLiteral("elasticsearch:8.13.4"));
    QCOMPARE(es.family, Family::Elasticsearch);
    QCOMPARE(es.major, 8);
    const SearchProduct os = SearchProduct::ofServerImage(
        QStringLiteral("registry.example.com:5000/opensearchproject/opensearch:2.11.1"));
    QCOMPARE(os.family, Family::OpenSearch);
    QCOMPARE(os.version, QStringLiteral("2.11.1"));
    QVERIFY(!SearchProduct::ofServerImage(QStringLiteral("redis:7")).isKnown());
    QCOMPARE(SearchClient::toolOf(QStringLiteral("docker.elastic.co/kibana/kibana:8.13.4")),
             SearchClient::Tool::Kibana);
    QCOMPARE(SearchClient::toolOf(QStringLiteral("opensearchproject/opensearch-dashboards:2")),
             SearchClient::Tool::Dashboards);
    QCOMPARE(SearchClient::toolOf(QStringLiteral("logstash:8.13.4")), SearchClient::Tool::Logstash);
    QCOMPARE(SearchClient::toolOf(QStringLiteral("nginx:1.27")), SearchClient::Tool::None);
}

// On aws-ecs the Elasticsearch component is an OpenSearch 2.13 domain: Kibana 8 would refuse it,
// so the task runs OpenSearch Dashboards 2.13 pointed at the domain over HTTPS, the document says
// so, and validation has nothing to report.
void TestSearchClients::kibanaBecomesDashboardsOnAws()
{
    const Project project = ordersPlatform();
    const QString main = exportedFile(project, QStringLiteral("terraform"),
                                      QStringLiteral("deploy/terraform/production-aws/main.tf"));
    QVERIFY2(main.contains(QLatin1String("opensearchproject/opensearch-dashboards:2.13.0")),
             qPrintable(main));
    QVERIFY(!main.contains(QLatin1String("\"kibana:8.13.4\"")));
    QVERIFY(main.contains(QLatin1String("OPENSEARCH_HOSTS")));
    QVERIFY(main.contains(QLatin1String("https://${aws_opensearch_domain.search.endpoint}:443")));
    QVERIFY(main.contains(QLatin1String("DISABLE_SECURITY_DASHBOARDS_PLUGIN")));
    QVERIFY(!main.contains(QLatin1String("ELASTICSEARCH_HOSTS")));

    const QString document
        = exportedFile(project, QStringLiteral("markdown"), QStringLiteral("docs/ARCHITECTURE.md"));
    QVERIFY2(document.contains(QLatin1String(
                 "runs `opensearchproject/opensearch-dashboards:2.13.0`, as search is realised as "
                 "OpenSearch 2.13 here")),
             qPrintable(document));
    QCOMPARE(ruleMessages(project, QStringLiteral("SD-SEARCH-CLIENT")), QStringList());
}

// Where the server is what its image says, Kibana stays Kibana and is told where the server is,
// from its connection (the image's default, http://elasticsearch:9200, names no service here).
void TestSearchClients::kibanaFollowsItsServerEverywhere()
{
    const Project project = ordersPlatform();
    const QString compose = exportedFile(project, QStringLiteral("compose"),
                                         QStringLiteral("deploy/compose/docker-compose.yml"));
    QVERIFY2(compose.contains(QLatin1String("ELASTICSEARCH_HOSTS: http://search:9200")),
             qPrintable(compose));
    QVERIFY(compose.contains(QLatin1String("image: kibana:8.13.4")));
    QVERIFY(!compose.contains(QLatin1String("opensearch-dashboards")));
}

// A Logstash container in front of a managed OpenSearch domain (a catalog that runs the log
// pipeline on Fargate) runs the image with the OpenSearch output plugin and writes with it.
void TestSearchClients::logstashWritesWithTheOpenSearchPlugin()
{
    Catalog catalog = Catalog::standard();
    ComponentTypeData pipeline = catalog.type(QStringLiteral("log-pipeline")).data();
    pipeline.realisation.insert(QStringLiteral("aws-ecs"), QStringLiteral("fargate"));
    catalog.add(ComponentType(pipeline));
    const Project project = ordersPlatform();
    const ExportRequest request {.catalog = &catalog,
                                 .priceBooks = &PriceBooks::standard(),
                                 .environment = QStringLiteral("production-aws")};
    const Result<ExportSet> set
        = registry().generate(project, request, {QStringLiteral("terraform")});
    QVERIFY2(set, set ? "" : qPrintable(set.error().toString()));
    const QString main
        = QString::fromUtf8(set->file(QStringLiteral("deploy/terraform/production-aws/main.tf")));
    QVERIFY2(main.contains(QLatin1String(
                 "opensearchproject/logstash-oss-with-opensearch-output-plugin:8.9.0")),
             qPrintable(main));
    QVERIFY(main.contains(QLatin1String("opensearch {")));
    QVERIFY(main.contains(
        QLatin1String("hosts => [\\\"https://${aws_opensearch_domain.search.endpoint}:443\\\"]")));
    QVERIFY(!main.contains(QLatin1String("elasticsearch {")));
    // On Kubernetes the pipeline keeps Logstash's own output to Elasticsearch.
    const QString k8s = exportedFile(project, QStringLiteral("k8s"),
                                     QStringLiteral("deploy/k8s/base/logstash.yaml"));
    QVERIFY2(k8s.contains(QLatin1String("elasticsearch {")), qPrintable(k8s));
}

// A client image chosen against its server's product or major version is refused on any
// platform, naming the environment, the client, its image and the server.
void TestSearchClients::mismatchedClientIsAnError()
{
    Project older = ordersPlatform();
    older.component(QStringLiteral("kibana"))->image = QStringLiteral("kibana:7.17.21");
    const QStringList hits = ruleMessages(older, QStringLiteral("SD-SEARCH-CLIENT"));
    QCOMPARE(hits.size(), 3); // development, staging, production; AWS adapts it
    QVERIFY2(hits.first().startsWith(QLatin1String(
                 "development/kibana: kibana runs kibana:7.17.21, which cannot talk to search "
                 "(Elasticsearch 8.13.4 here)")),
             qPrintable(hits.join(u'\n')));

    Project dashboards = ordersPlatform();
    dashboards.component(QStringLiteral("kibana"))->image
        = QStringLiteral("opensearchproject/opensearch-dashboards:2.13.0");
    QCOMPARE(ruleMessages(dashboards, QStringLiteral("SD-SEARCH-CLIENT")).size(), 3);

    Project pipeline = ordersPlatform();
    pipeline.component(QStringLiteral("search"))->image
        = QStringLiteral("opensearchproject/opensearch:2.13.0");
    const QStringList logstash = ruleMessages(pipeline, QStringLiteral("SD-SEARCH-CLIENT"));
    QVERIFY2(logstash.contains(QLatin1String(
                 "staging/logstash: logstash runs logstash:8.13.4, which cannot talk to search "
                 "(OpenSearch 2.13.0 here)")),
             qPrintable(logstash.join(u'\n')));
}

// A worker scaled on a Redis list gets a KEDA redis trigger that reads the list's length from the
// host and port the container itself is given.
void TestSearchClients::redisListDrivesKeda()
{
    const Project project = conformanceProject(QStringLiteral("queue-scalers"));
    QCOMPARE(ruleMessages(project, QStringLiteral("SD-AUTOSCALING-QUEUE")), QStringList());
    const QString scaled
        = exportedFile(project, QStringLiteral("k8s"),
                       QStringLiteral("deploy/k8s/overlays/staging/scaledobjects.yaml"));
    for (const char *text : {"type: redis", "listLength: \"20\"", "listName: thumbnails",
                             "hostFromEnv: JOBS_HOST", "portFromEnv: JOBS_PORT"})
        QVERIFY2(scaled.contains(QLatin1String(text)), qPrintable(scaled));
    QVERIFY(!scaled.contains(QLatin1String("passwordFromEnv")));
    QVERIFY(!scaled.contains(QLatin1String("QueueLength")));

    // Without the port the scaler cannot reach the store: refused before anything is written.
    Project noPort = project;
    noPort.component(QStringLiteral("worker"))->env.removeIf([](const EnvVar &v) {
        return v.name == QLatin1String("JOBS_PORT");
    });
    const QStringList hits = ruleMessages(noPort, QStringLiteral("SD-AUTOSCALING-QUEUE"));
    QCOMPARE(hits.size(), 2);
    QVERIFY2(hits.first().contains(QLatin1String("the redis scaler reads jobs's port")),
             qPrintable(hits.join(u'\n')));
}

// ElastiCache publishes no list length, and a store that holds no queue has none to read: both
// stay errors naming the environment.
void TestSearchClients::redisQueueOnAwsIsAnError()
{
    Project project = conformanceProject(QStringLiteral("queue-scalers"));
    Environment *staging = project.environment(QStringLiteral("staging"));
    staging->platform = Platform::AwsEcs;
    staging->region = QStringLiteral("us-east-1");
    staging->deployment(QStringLiteral("worker"))->resources.cpuRequest = 250;
    staging->deployment(QStringLiteral("worker"))->resources.memoryRequest = 512 * Quantity::Mi;
    const QStringList aws = ruleMessages(project, QStringLiteral("SD-AUTOSCALING-QUEUE"));
    QCOMPARE(aws.size(), 1);
    QVERIFY2(aws.first().startsWith(QLatin1String(
                 "staging/worker: in environment staging (aws-ecs) the queue length comes from "
                 "Amazon MQ's CloudWatch metrics, but jobs is realised as ElastiCache")),
             qPrintable(aws.first()));

    Project notAQueue = conformanceProject(QStringLiteral("queue-scalers"));
    notAQueue.component(QStringLiteral("jobs"))->type = QStringLiteral("postgresql");
    const QStringList postgres = ruleMessages(notAQueue, QStringLiteral("SD-AUTOSCALING-QUEUE"));
    QVERIFY(!postgres.isEmpty());
    QVERIFY2(postgres.contains(QLatin1String(
                 "staging/worker: in environment staging, worker scales on jobs, which holds no "
                 "queue whose length can be read (a RabbitMQ queue or a Redis list)")),
             qPrintable(postgres.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSearchClients)
#include "tst_searchclients.moc"
