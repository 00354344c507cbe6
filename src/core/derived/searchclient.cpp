#include "core/derived/searchclient.h"

#include "core/catalog/catalog.h"
#include "core/derived/realisation.h"
#include "core/export/envresolver.h"
#include "core/model/component.h"
#include "core/model/deployment.h"
#include "core/model/environment.h"
#include "core/model/projectindex.h"

#include <QRegularExpression>

namespace Stackdraft::Core {
namespace {

using Family = SearchProduct::Family;
using Tool = SearchClient::Tool;

// The images a replaced client runs: the OpenSearch project's own, of the domain's version.
const char *const DashboardsRepository = "opensearchproject/opensearch-dashboards";
const char *const LogstashOpenSearchImage
    = "opensearchproject/logstash-oss-with-opensearch-output-plugin:8.9.0";

// "docker.elastic.co/kibana/kibana:8.13.4@sha256:..." -> {"kibana", "8.13.4"}, as views of
// `image` (the repository not yet lower-cased): every workload's image is read on every check.
struct ImageReference
{
    QStringView repository;
    QStringView tag;
};

ImageReference parseImage(QStringView image)
{
    QStringView rest = image.trimmed();
    if (const qsizetype at = rest.indexOf(QLatin1Char('@')); at >= 0)
        rest.truncate(at);
    const qsizetype slash = rest.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    ImageReference reference;
    if (colon > slash) {
        reference.tag = rest.sliced(colon + 1);
        rest.truncate(colon);
    }
    reference.repository = rest.sliced(slash + 1);
    return reference;
}

std::pair<QString, QString> repositoryAndTag(const QString &image)
{
    const ImageReference reference = parseImage(image);
    return {reference.repository.toString().toLower(), reference.tag.toString()};
}

// "8.13.4" -> 8, "2" -> 2, "latest" -> 0.
int majorOf(const QString &version)
{
    static const QRegularExpression leading(QStringLiteral("^(\\d+)"));
    const QRegularExpressionMatch m = leading.match(version);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString versionOf(const QString &tag)
{
    static const QRegularExpression numbers(QStringLiteral("^\\d+(\\.\\d+)*"));
    const QRegularExpressionMatch m = numbers.match(tag);
    return m.hasMatch() ? m.captured(0) : QString();
}

// The product a tool speaks to.
Family familyOf(Tool tool)
{
    switch (tool) {
    case Tool::Kibana:
    case Tool::Logstash:
        return Family::Elasticsearch;
    case Tool::Dashboards:
    case Tool::LogstashOpenSearch:
        return Family::OpenSearch;
    case Tool::None:
        break;
    }
    return Family::Unknown;
}

// The tool of the same kind (a dashboard, a pipeline) that speaks to `family`.
Tool matchingTool(Tool tool, Family family)
{
    const bool dashboard = tool == Tool::Kibana || tool == Tool::Dashboards;
    if (family == Family::OpenSearch)
        return dashboard ? Tool::Dashboards : Tool::LogstashOpenSearch;
    return dashboard ? Tool::Kibana : Tool::Logstash;
}

} // namespace

QString SearchProduct::text() const
{
    const QString name = family == Family::OpenSearch ? QStringLiteral("OpenSearch")
                                                      : QStringLiteral("Elasticsearch");
    return version.isEmpty() ? name : name + QLatin1Char(' ') + version;
}

SearchProduct SearchProduct::ofServerImage(const QString &image)
{
    const auto [repository, tag] = repositoryAndTag(image);
    SearchProduct p;
    if (repository == QLatin1String("elasticsearch"))
        p.family = Family::Elasticsearch;
    else if (repository == QLatin1String("opensearch"))
        p.family = Family::OpenSearch;
    else
        return {};
    p.version = versionOf(tag);
    p.major = majorOf(p.version);
    return p;
}

SearchProduct SearchProduct::ofServer(const Realisation &realisation, const QString &image)
{
    if (realisation.kind == Realisation::Kind::OpenSearch) {
        const QString version = QString::fromLatin1(ManagedOpenSearchVersion);
        return {Family::OpenSearch, majorOf(version), version};
    }
    return ofServerImage(image);
}

SearchClient::Tool SearchClient::toolOf(const QString &image)
{
    const QStringView repository = parseImage(image).repository;
    const auto is = [repository](QLatin1StringView name) {
        return repository.compare(name, Qt::CaseInsensitive) == 0;
    };
    if (is(QLatin1StringView("kibana")))
        return Tool::Kibana;
    if (is(QLatin1StringView("opensearch-dashboards")))
        return Tool::Dashboards;
    if (is(QLatin1StringView("logstash")) || is(QLatin1StringView("logstash-oss")))
        return Tool::Logstash;
    if (is(QLatin1StringView("logstash-oss-with-opensearch-output-plugin")))
        return Tool::LogstashOpenSearch;
    return Tool::None;
}

QString SearchClient::statedImage(const Component &component, const Catalog &catalog)
{
    if (!component.image.isEmpty())
        return component.image;
    if (!component.build.isEmpty())
        return {};
    return catalog.type(component.type).defaultImage();
}

bool SearchClient::compatible() const
{
    if (!isClient() || !product.isKnown())
        return true;
    if (familyOf(runsAs) != product.family)
        return false;
    if (major == 0 || product.major == 0)
        return true;
    switch (runsAs) {
    case Tool::Kibana:
    case Tool::Dashboards:
        return major == product.major;
    case Tool::Logstash:
        // Logstash 8 writes to Elasticsearch 7.17 and 8; each major to its own and the one before.
        return product.major == major || product.major == major - 1;
    case Tool::LogstashOpenSearch:
        return true; // the plugin speaks to every OpenSearch release
    case Tool::None:
        break;
    }
    return true;
}

QString SearchClient::hostsVariable() const
{
    switch (runsAs) {
    case Tool::Kibana:
        return QStringLiteral("ELASTICSEARCH_HOSTS");
    case Tool::Dashboards:
        return QStringLiteral("OPENSEARCH_HOSTS");
    default:
        return {};
    }
}

QString SearchClient::outputPlugin() const
{
    return runsAs == Tool::LogstashOpenSearch ? QStringLiteral("opensearch")
                                              : QStringLiteral("elasticsearch");
}

QString SearchClient::matchingImage() const
{
    const Tool wanted = matchingTool(tool, product.family);
    const QString version = product.version;
    switch (wanted) {
    case Tool::Dashboards:
        // Dashboards releases carry three numbers ("2.13.0").
        return QString::fromLatin1(DashboardsRepository) + QLatin1Char(':')
            + (version.count(QLatin1Char('.')) == 1 ? version + QLatin1String(".0") : version);
    case Tool::LogstashOpenSearch:
        return QString::fromLatin1(LogstashOpenSearchImage);
    case Tool::Kibana:
        return QStringLiteral("kibana:") + version;
    case Tool::Logstash:
        return QStringLiteral("logstash:") + version;
    case Tool::None:
        break;
    }
    return {};
}

SearchClient SearchClient::of(const EnvResolver &resolver, const Environment &env,
                              const Catalog &catalog, const Component &client)
{
    SearchClient c;
    c.image = statedImage(client, catalog);
    c.tool = toolOf(c.image);
    c.runsAs = c.tool;
    c.major = majorOf(versionOf(repositoryAndTag(c.image).second));
    if (c.tool == Tool::None || !resolver.deploys(client.id))
        return c;
    const ProjectIndex &index = resolver.index();
    for (const Connection *connection : index.connectionsFrom(client.id)) {
        const Component *server = index.component(connection->to);
        const Deployment *deployment = server ? env.deployment(server->id) : nullptr;
        if (!deployment || server->id == client.id)
            continue;
        const QString serverImage = statedImage(*server, catalog);
        const Realisation realisation
            = Realisation::of(catalog.type(server->type), env, *deployment);
        const SearchProduct product = SearchProduct::ofServer(realisation, serverImage);
        if (!product.isKnown())
            continue;
        c.server = server->id;
        c.serverImage = serverImage;
        c.product = product;
        c.serverManaged = realisation.kind == Realisation::Kind::OpenSearch;
        break;
    }
    if (c.server.isEmpty())
        return c;
    // The platform made the server another product than its image: the client follows it, as
    // the architect who drew Kibana on Elasticsearch meant "the dashboards of my search cluster".
    const SearchProduct drawn = SearchProduct::ofServerImage(c.serverImage);
    if (drawn.family != c.product.family && familyOf(c.tool) != c.product.family) {
        c.runsAs = matchingTool(c.tool, c.product.family);
        c.image = c.matchingImage();
        c.major = majorOf(versionOf(repositoryAndTag(c.image).second));
    }
    return c;
}

} // namespace Stackdraft::Core
