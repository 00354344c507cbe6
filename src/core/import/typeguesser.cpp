#include "core/import/typeguesser.h"

#include <QRegularExpression>

namespace Stackdraft::Core {
namespace {

struct Known
{
    const char *word;
    const char *type;
};

// Whole image names first: they would otherwise match a data store's word ("mongo-express").
constexpr Known WholeImages[] = {
    {"adminer", "admin-ui"},       {"phpmyadmin", "admin-ui"},      {"pgadmin4", "admin-ui"},
    {"mongo-express", "admin-ui"}, {"redis-commander", "admin-ui"}, {"redisinsight", "admin-ui"},
    {"all-in-one", "jaeger"},      {"fluent-bit", "log-pipeline"},
};

// Then the first dash-separated part of the name, as a prefix ("postgres" in "postgres",
// "postgresql", "postgis"...).
constexpr Known ImageWords[] = {
    {"mysql", "mysql"},
    {"mariadb", "mysql"},
    {"percona", "mysql"},
    {"postgis", "postgresql"},
    {"postgres", "postgresql"},
    {"timescaledb", "postgresql"},
    {"mongo", "mongodb"},
    {"redis", "redis"},
    {"valkey", "redis"},
    {"keydb", "redis"},
    {"rabbitmq", "rabbitmq"},
    {"elasticsearch", "elasticsearch"},
    {"opensearch", "elasticsearch"},
    {"nginx", "load-balancer"},
    {"traefik", "load-balancer"},
    {"haproxy", "load-balancer"},
    {"envoy", "load-balancer"},
    {"caddy", "load-balancer"},
    {"kong", "api-gateway"},
    {"krakend", "api-gateway"},
    {"prometheus", "prometheus"},
    {"alertmanager", "alertmanager"},
    {"grafana", "grafana"},
    {"jaeger", "jaeger"},
    {"kibana", "kibana"},
    {"logstash", "log-pipeline"},
    {"fluentd", "log-pipeline"},
    {"vector", "log-pipeline"},
    {"promtail", "log-pipeline"},
    {"minio", "object-storage"},
};

constexpr const char *RuntimeImages[] = {
    "python",  "node",   "golang", "openjdk", "eclipse-temurin", "amazoncorretto", "ruby",
    "php",     "aspnet", "dotnet", "rust",    "alpine",          "debian",         "ubuntu",
    "busybox", "deno",   "bun",    "elixir",  "erlang",          "perl",           "gcc",
};

const QStringList FrontendWords = {
    QStringLiteral("front"),  QStringLiteral("frontend"), QStringLiteral("ui"),
    QStringLiteral("client"), QStringLiteral("spa"),      QStringLiteral("www"),
    QStringLiteral("portal"), QStringLiteral("angular"),  QStringLiteral("react"),
    QStringLiteral("vue"),    QStringLiteral("vuejs"),    QStringLiteral("next"),
    QStringLiteral("nuxt"),   QStringLiteral("svelte"),   QStringLiteral("vite"),
    QStringLiteral("webapp"),
};
const QStringList WorkerWords = {
    QStringLiteral("worker"),    QStringLiteral("workers"),   QStringLiteral("consumer"),
    QStringLiteral("processor"), QStringLiteral("job"),       QStringLiteral("jobs"),
    QStringLiteral("queue"),     QStringLiteral("celery"),    QStringLiteral("sidekiq"),
    QStringLiteral("cron"),      QStringLiteral("scheduler"), QStringLiteral("etl"),
    QStringLiteral("batch"),
};

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    return text.toLower().split(separators, Qt::SkipEmptyParts);
}

bool anyWord(const QStringList &words, const QStringList &wanted)
{
    for (const QString &word : words) {
        if (wanted.contains(word))
            return true;
    }
    return false;
}

} // namespace

QString TypeGuesser::imageName(const QString &image)
{
    QString name = image.trimmed().toLower();
    if (const qsizetype at = name.indexOf(QLatin1Char('@')); at >= 0)
        name.truncate(at);
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    if (const qsizetype colon = name.lastIndexOf(QLatin1Char(':')); colon > slash)
        name.truncate(colon);
    return name.mid(slash + 1);
}

QString TypeGuesser::fromImage(const QString &image)
{
    const QString name = imageName(image);
    if (name.isEmpty())
        return {};
    for (const Known &known : WholeImages) {
        if (name == QLatin1String(known.word))
            return QLatin1String(known.type);
    }
    const QString first = wordsOf(name).value(0);
    for (const Known &known : ImageWords) {
        if (first.startsWith(QLatin1String(known.word)))
            return QLatin1String(known.type);
    }
    return {};
}

bool TypeGuesser::isRuntimeImage(const QString &image)
{
    const QString name = imageName(image);
    for (const char *runtime : RuntimeImages) {
        if (name == QLatin1String(runtime))
            return true;
    }
    return false;
}

QString TypeGuesser::forApplication(const QStringList &names, const QList<int> &ports,
                                    const QString &command)
{
    QStringList words;
    for (const QString &name : names)
        words += wordsOf(name);
    const QStringList commandWords = wordsOf(command);
    if (anyWord(words, WorkerWords) || (ports.isEmpty() && anyWord(commandWords, WorkerWords)))
        return QStringLiteral("worker");
    if (anyWord(words, FrontendWords))
        return QStringLiteral("web-frontend");
    // Ports the usual frontend dev servers listen on (Angular, Vite).
    for (int port : ports) {
        if (port == 4200 || port == 5173)
            return QStringLiteral("web-frontend");
    }
    if (ports.isEmpty())
        return QStringLiteral("worker");
    return QStringLiteral("backend-service");
}

QString TypeGuesser::fromLabel(const QString &label, bool cylinder)
{
    const QString text
        = QLatin1Char(' ') + wordsOf(label).join(QLatin1Char(' ')) + QLatin1Char(' ');
    struct Phrase
    {
        const char *words; // space-separated, matched as whole words
        const char *type;
    };
    static constexpr Phrase Phrases[] = {
        {"load balancer", "load-balancer"},
        {"alb", "load-balancer"},
        {"elb", "load-balancer"},
        {"lb", "load-balancer"},
        {"ingress", "load-balancer"},
        {"api gateway", "api-gateway"},
        {"gateway", "api-gateway"},
        {"cdn", "cdn"},
        {"cloudfront", "cdn"},
        {"waf", "waf"},
        {"mysql", "mysql"},
        {"mariadb", "mysql"},
        {"postgres", "postgresql"},
        {"postgresql", "postgresql"},
        {"mongo", "mongodb"},
        {"mongodb", "mongodb"},
        {"redis", "redis"},
        {"elasticsearch", "elasticsearch"},
        {"opensearch", "elasticsearch"},
        {"rabbitmq", "rabbitmq"},
        {"message queue", "rabbitmq"},
        {"queue", "rabbitmq"},
        {"broker", "rabbitmq"},
        {"minio", "object-storage"},
        {"s3", "object-storage"},
        {"object storage", "object-storage"},
        {"bucket", "object-storage"},
        {"prometheus", "prometheus"},
        {"monitoring", "prometheus"},
        {"grafana", "grafana"},
        {"dashboards", "grafana"},
        {"kibana", "kibana"},
        {"alertmanager", "alertmanager"},
        {"jaeger", "jaeger"},
        {"tracing", "jaeger"},
        {"logstash", "log-pipeline"},
        {"cloudwatch", "log-pipeline"},
        {"logs", "log-pipeline"},
        {"logging", "log-pipeline"},
        {"admin", "admin-ui"},
        {"users", "end-users"},
        {"user", "end-users"},
        {"browser", "end-users"},
        {"developer", "end-users"},
        {"customers", "end-users"},
        {"external", "external-service"},
        {"third party", "external-service"},
        {"openai", "external-service"},
        {"groq", "external-service"},
        {"github", "external-service"},
        {"llm", "external-service"},
        {"frontend", "web-frontend"},
        {"front end", "web-frontend"},
        {"web", "web-frontend"},
        {"ui", "web-frontend"},
        {"worker", "worker"},
        {"workers", "worker"},
        {"processor", "worker"},
        {"consumer", "worker"},
        {"backend", "backend-service"},
        {"api", "backend-service"},
        {"service", "backend-service"},
        {"server", "backend-service"},
        {"manager", "backend-service"},
    };
    for (const Phrase &phrase : Phrases) {
        const QString needle = QLatin1Char(' ') + QLatin1String(phrase.words) + QLatin1Char(' ');
        if (!text.contains(needle))
            continue;
        const QString type = QLatin1String(phrase.type);
        // A cylinder holds data: a word naming compute does not make it a service.
        if (cylinder
            && (type == QLatin1String("backend-service") || type == QLatin1String("worker")
                || type == QLatin1String("web-frontend")))
            continue;
        return type;
    }
    return cylinder ? QStringLiteral("postgresql") : QLatin1String(Generic);
}

} // namespace Stackdraft::Core
