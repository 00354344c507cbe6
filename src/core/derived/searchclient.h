#pragma once

#include <QString>

namespace Stackdraft::Core {

class Catalog;
class EnvResolver;
struct Component;
struct Environment;
struct Realisation;

// The search engine a server runs, or the one a client's image speaks to: a product and its major
// version (0 when the image's tag states none).
struct SearchProduct
{
    enum class Family { Unknown, Elasticsearch, OpenSearch };

    Family family = Family::Unknown;
    int major = 0;
    QString version; // "8.13.4", "2.13"; empty when unknown

    bool isKnown() const { return family != Family::Unknown; }
    // "Elasticsearch 8.13.4", "OpenSearch 2.13": product names, the same in every language.
    QString text() const;

    // The version of the Amazon OpenSearch Service domain the Terraform export creates.
    static constexpr const char *ManagedOpenSearchVersion = "2.13";

    // What a server image runs ("elasticsearch:8.13.4", "opensearchproject/opensearch:2.13.0").
    static SearchProduct ofServerImage(const QString &image);
    // What a deployed server is on its platform: the managed domain's engine where the platform
    // realises it as Amazon OpenSearch Service, else what its image runs.
    static SearchProduct ofServer(const Realisation &realisation, const QString &image);
};

// A client of a search cluster (Kibana, OpenSearch Dashboards, Logstash with either output) and
// what it becomes in one environment, decided once: every exporter (through Workload and
// EnvResolver), the architecture document and validation (SD-SEARCH-CLIENT) read it.
// Where the platform realises the server as another product than its image (an Elasticsearch
// component becomes an Amazon OpenSearch Service domain on aws-ecs), a client whose image cannot
// talk to that product runs the matching one instead: Kibana becomes OpenSearch Dashboards of the
// domain's version, Logstash the image with the OpenSearch output plugin. A client whose image
// the architect chose against a server of another product or major version is not rewritten:
// validation refuses it.
struct SearchClient
{
    enum class Tool {
        None, // not a search client
        Kibana, // speaks to Elasticsearch of its own major version
        Dashboards, // OpenSearch Dashboards: to OpenSearch of its own major version
        Logstash, // elasticsearch output: Elasticsearch of its major version or the one before
        LogstashOpenSearch, // opensearch output plugin: any OpenSearch
    };

    Tool tool = Tool::None; // what the component's image is
    Tool runsAs = Tool::None; // what it runs: `tool`, or the one matching its server
    QString image; // the image it runs
    int major = 0; // the major version of the image it runs (0: not stated)
    QString server; // the component id of the search server it is connected to; empty: none
    QString serverImage; // that server's image
    SearchProduct product; // that server as the platform realises it
    bool serverManaged = false; // realised as Amazon OpenSearch Service: HTTPS on 443

    bool isClient() const { return tool != Tool::None && !server.isEmpty(); }
    bool replaced() const { return runsAs != tool; }
    // Whether the image it runs can talk to its server (unknown versions are given the benefit).
    bool compatible() const;
    // The variable the running tool reads its server's URL from ("ELASTICSEARCH_HOSTS",
    // "OPENSEARCH_HOSTS"); empty for Logstash, whose pipeline names the server.
    QString hostsVariable() const;
    // The output plugin a Logstash pipeline writes to its server with ("elasticsearch",
    // "opensearch").
    QString outputPlugin() const;
    // An image of the product and major version that talks to `product` (the fix validation
    // offers, and what a replaced client runs).
    QString matchingImage() const;

    static Tool toolOf(const QString &image);
    // The image a component runs before any adaptation: its own, else its catalog type's default
    // (a component built from source is not a search tool we know).
    static QString statedImage(const Component &component, const Catalog &catalog);
    // `client` as deployed in `env` (the resolver's environment): its server is the first search
    // server deployed there that it is connected to. Not a client: tool None.
    static SearchClient of(const EnvResolver &resolver, const Environment &env,
                           const Catalog &catalog, const Component &client);
};

} // namespace Stackdraft::Core
