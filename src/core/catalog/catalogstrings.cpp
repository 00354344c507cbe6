#include "core/catalog/catalogstrings.h"

#include <QCoreApplication>

namespace Stackdraft::Core {

namespace {

// Labels, descriptions and env-var descriptions of resources/catalog/*.yaml, in file order.
// tst_catalog fails when one is missing, so this list cannot drift from the YAML.
constexpr const char *Strings[] = {
    // admin-ui
    QT_TRANSLATE_NOOP("Catalog", "Admin UI"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "A web console to inspect a data store (Adminer, Redis Commander, Mongo Express)."),
    // alertmanager
    QT_TRANSLATE_NOOP("Catalog", "Alertmanager"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Groups Prometheus alerts and routes them to e-mail, chat or paging."),
    // api-gateway
    QT_TRANSLATE_NOOP("Catalog", "API gateway"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Single entry point for the APIs; routes requests, authenticates and rate-limits them."),
    QT_TRANSLATE_NOOP("Catalog",
                      "DB-less mode; routes come from a declarative configuration file."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The admin API stays on localhost (its default), never published."),
    // backend-service
    QT_TRANSLATE_NOOP("Catalog", "Backend service"),
    QT_TRANSLATE_NOOP("Catalog", "An HTTP API or application server holding the business logic."),
    // cdn
    QT_TRANSLATE_NOOP("Catalog", "CDN"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Content delivery network that caches static assets close to users."),
    // elasticsearch
    QT_TRANSLATE_NOOP("Catalog", "Elasticsearch"),
    QT_TRANSLATE_NOOP("Catalog", "Search and analytics engine; also stores logs for Kibana."),
    QT_TRANSLATE_NOOP("Catalog", "One node that does not look for peers; remove it for a cluster."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Security off for a private network; turn it on (with TLS) when the cluster is shared."),
    QT_TRANSLATE_NOOP("Catalog", "JVM heap; about half the memory limit."),
    // end-users
    QT_TRANSLATE_NOOP("Catalog", "End users"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "People using the system from their browsers or apps; shows where traffic comes from."),
    // external-service
    QT_TRANSLATE_NOOP("Catalog", "External service"),
    QT_TRANSLATE_NOOP("Catalog",
                      "A third-party API or system outside this infrastructure (payment provider, "
                      "AI API, SaaS)."),
    // generic-service
    QT_TRANSLATE_NOOP("Catalog", "Service"),
    QT_TRANSLATE_NOOP("Catalog",
                      "A container of a kind the catalog does not know (imported as it was); set "
                      "its image and ports."),
    // grafana
    QT_TRANSLATE_NOOP("Catalog", "Grafana"),
    QT_TRANSLATE_NOOP("Catalog", "Dashboards over metrics, logs and traces."),
    QT_TRANSLATE_NOOP("Catalog", "Password of the Grafana admin user."),
    // jaeger
    QT_TRANSLATE_NOOP("Catalog", "Jaeger"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Distributed tracing; receives OpenTelemetry spans and shows request paths "
                      "across services."),
    // kibana
    QT_TRANSLATE_NOOP("Catalog", "Kibana"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Explores and visualises the logs and data held in Elasticsearch."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Elasticsearch URL; derive it from a connection to Elasticsearch."),
    // load-balancer
    QT_TRANSLATE_NOOP("Catalog", "Load balancer"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Spreads incoming HTTP(S) traffic over the replicas behind it and terminates TLS."),
    // log-pipeline
    QT_TRANSLATE_NOOP("Catalog", "Log pipeline"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Collects, parses and ships logs to their store (Logstash, Fluent Bit; "
                      "CloudWatch Logs on AWS)."),
    QT_TRANSLATE_NOOP("Catalog", "JVM heap; about half the memory limit."),
    // mongodb
    QT_TRANSLATE_NOOP("Catalog", "MongoDB"),
    QT_TRANSLATE_NOOP("Catalog", "Document database (MongoDB 7)."),
    QT_TRANSLATE_NOOP("Catalog", "Root user created on first start."),
    QT_TRANSLATE_NOOP("Catalog", "Password of the root user."),
    QT_TRANSLATE_NOOP("Catalog", "Database the init scripts run against."),
    // mysql
    QT_TRANSLATE_NOOP("Catalog", "MySQL"),
    QT_TRANSLATE_NOOP("Catalog", "Relational database (MySQL 8)."),
    QT_TRANSLATE_NOOP("Catalog", "Password of the MySQL root user."),
    QT_TRANSLATE_NOOP("Catalog", "Database created on first start."),
    // object-storage
    QT_TRANSLATE_NOOP("Catalog", "Object storage"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "S3-compatible storage for files and media (MinIO on containers, Amazon S3 on AWS)."),
    QT_TRANSLATE_NOOP("Catalog", "Administrator access key."),
    QT_TRANSLATE_NOOP("Catalog", "Administrator secret key (at least 8 characters)."),
    // postgresql
    QT_TRANSLATE_NOOP("Catalog", "PostgreSQL"),
    QT_TRANSLATE_NOOP("Catalog", "Relational database (PostgreSQL 16)."),
    QT_TRANSLATE_NOOP("Catalog", "Password of the database superuser."),
    QT_TRANSLATE_NOOP("Catalog", "Name of the superuser."),
    QT_TRANSLATE_NOOP("Catalog", "Database created on first start."),
    // prometheus
    QT_TRANSLATE_NOOP("Catalog", "Prometheus"),
    QT_TRANSLATE_NOOP("Catalog", "Collects and stores metrics by scraping the services."),
    // rabbitmq
    QT_TRANSLATE_NOOP("Catalog", "RabbitMQ"),
    QT_TRANSLATE_NOOP("Catalog", "Message broker (AMQP) that queues work between services."),
    QT_TRANSLATE_NOOP("Catalog", "User created on first start."),
    QT_TRANSLATE_NOOP("Catalog", "Password of that user."),
    // redis
    QT_TRANSLATE_NOOP("Catalog", "Redis"),
    QT_TRANSLATE_NOOP("Catalog",
                      "In-memory key-value store for caches, sessions and queues (Redis 7)."),
    // waf
    QT_TRANSLATE_NOOP("Catalog", "Web application firewall"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Filters malicious HTTP traffic (OWASP rules, rate limits) before it reaches "
                      "the services."),
    // web-frontend
    QT_TRANSLATE_NOOP("Catalog", "Web frontend"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The user interface served to browsers (single-page app or server-rendered site)."),
    // worker
    QT_TRANSLATE_NOOP("Catalog", "Worker"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "A background process that consumes jobs or messages from a queue; serves no HTTP."),
};

struct Category
{
    const char *id;
    const char *label;
};

constexpr Category Categories[] = {
    {"compute", QT_TRANSLATE_NOOP("Catalog", "Compute")},
    {"data", QT_TRANSLATE_NOOP("Catalog", "Data stores")},
    {"edge", QT_TRANSLATE_NOOP("Catalog", "Edge and traffic")},
    {"external", QT_TRANSLATE_NOOP("Catalog", "External")},
    {"messaging", QT_TRANSLATE_NOOP("Catalog", "Messaging")},
    {"observability", QT_TRANSLATE_NOOP("Catalog", "Observability")},
    {"tools", QT_TRANSLATE_NOOP("Catalog", "Tools")},
};

} // namespace

QStringList CatalogStrings::all()
{
    QStringList result;
    for (const char *text : Strings)
        result.append(QString::fromUtf8(text));
    for (const Category &category : Categories)
        result.append(QString::fromUtf8(category.label));
    return result;
}

QString CatalogStrings::categoryLabel(const QString &category)
{
    for (const Category &entry : Categories) {
        if (category == QLatin1String(entry.id))
            return QCoreApplication::translate("Catalog", entry.label);
    }
    return category;
}

} // namespace Stackdraft::Core
