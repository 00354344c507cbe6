#include "serviceconfig.h"

#include "core/catalog/catalog.h"
#include "core/derived/searchclient.h"
#include "core/export/envresolver.h"
#include "core/export/exportnaming.h"
#include "core/export/generatedtext.h"
#include "core/export/workload.h"
#include "core/export/yamltree.h"
#include "core/model/project.h"
#include "core/model/projectindex.h"

#include <QSet>

#include <memory>

namespace Stackdraft::Core {

namespace {

// A component the configured one talks to, with the address a client in this environment uses.
struct Peer
{
    const Component *component = nullptr;
    ComponentType type;
    QString label; // the connection's label
    QString address; // host:port
};

class Builder
{
public:
    // `resolver`: of `env` (it holds the project's index), outliving the builder.
    Builder(const EnvResolver &resolver, const Environment &env, const Catalog &catalog,
            const Workload &workload)
        : m_project(resolver.index().project())
        , m_env(env)
        , m_catalog(catalog)
        , m_self(workload)
        , m_resolver(resolver)
    {
    }

    // Active connections from the workload (outgoing) or to it (incoming), in model order: the
    // index's connections of this component whose both ends are deployed in the environment.
    QList<Peer> peers(bool outgoing) const
    {
        QList<Peer> out;
        const QString self = m_self.component->id;
        const ProjectIndex &index = m_resolver.index();
        const QList<const Connection *> connections
            = outgoing ? index.connectionsFrom(self) : index.connectionsTo(self);
        for (const Connection *connection : connections) {
            const Connection &c = *connection;
            if (!m_resolver.deploys(c.from) || !m_resolver.deploys(c.to))
                continue;
            const QString other = outgoing ? c.to : c.from;
            if (other == self)
                continue;
            const Component *component = index.component(other);
            if (!component)
                continue;
            Peer peer {component, m_catalog.type(component->type), c.label, {}};
            const Component &client = outgoing ? *m_self.component : *component;
            const Component &server = outgoing ? *component : *m_self.component;
            const int port = m_resolver.targetPort(client, server);
            peer.address = m_resolver.hostName(server)
                + (port > 0 ? QStringLiteral(":%1").arg(port) : QString());
            if (!outgoing)
                peer.address = m_resolver.hostName(*component);
            out << peer;
        }
        return out;
    }

    QString configuredBy(const Peer &peer) const
    {
        return peer.type.isValid() ? peer.type.data().configuration : QString();
    }

    QByteArray prometheus() const
    {
        YamlTree root = YamlTree::map();
        root.setComment(header());
        YamlTree global = YamlTree::map();
        global.insert(QStringLiteral("scrape_interval"), QStringLiteral("15s"));
        global.insert(QStringLiteral("evaluation_interval"), QStringLiteral("15s"));
        root.insert(QStringLiteral("global"), global);

        YamlTree alertTargets = YamlTree::sequence();
        YamlTree jobs = YamlTree::sequence();
        jobs.append(job(QStringLiteral("prometheus"),
                        QStringLiteral("localhost:%1").arg(m_self.primaryPort()), {}));
        QSet<QString> seen; // a monitoring component may scrape every service of the estate
        auto scrape = [&](const Peer &peer, const QString &address) {
            if (peer.type.isExternal() || seen.contains(peer.component->id))
                return;
            seen.insert(peer.component->id);
            jobs.append(job(ExportNaming::workloadName(*peer.component), address,
                            peer.component->properties.value(QStringLiteral("metricsPath"))));
        };
        // Outgoing: Prometheus pulls from what it is connected to; an Alertmanager gets alerts.
        for (const Peer &peer : peers(true)) {
            if (configuredBy(peer) == QLatin1String("alertmanager"))
                alertTargets.append(peer.address);
            else
                scrape(peer, peer.address);
        }
        // Incoming connections labelled as metrics: the service exposes them on its primary port.
        for (const Peer &peer : peers(false)) {
            if (!peer.label.contains(QLatin1String("metric"), Qt::CaseInsensitive))
                continue;
            const int port = m_resolver.targetPort(*m_self.component, *peer.component);
            scrape(peer,
                   m_resolver.hostName(*peer.component)
                       + (port > 0 ? QStringLiteral(":%1").arg(port) : QString()));
        }
        if (alertTargets.size() > 0) {
            YamlTree staticConfig = YamlTree::map();
            staticConfig.insert(QStringLiteral("targets"), alertTargets);
            YamlTree staticConfigs = YamlTree::sequence();
            staticConfigs.append(staticConfig);
            YamlTree manager = YamlTree::map();
            manager.insert(QStringLiteral("static_configs"), staticConfigs);
            YamlTree managers = YamlTree::sequence();
            managers.append(manager);
            YamlTree alerting = YamlTree::map();
            alerting.insert(QStringLiteral("alertmanagers"), managers);
            root.insert(QStringLiteral("alerting"), alerting);
        }
        root.insert(QStringLiteral("scrape_configs"), jobs);
        return root.toYaml();
    }

    QByteArray grafana() const
    {
        YamlTree sources = YamlTree::sequence();
        bool haveDefault = false;
        for (const Peer &peer : peers(true)) {
            const QString kind = configuredBy(peer);
            QString type;
            if (kind == QLatin1String("prometheus"))
                type = QStringLiteral("prometheus");
            else if (peer.type.id() == QLatin1String("elasticsearch"))
                type = QStringLiteral("elasticsearch");
            else if (peer.type.id() == QLatin1String("jaeger"))
                type = QStringLiteral("jaeger");
            if (type.isEmpty())
                continue;
            YamlTree source = YamlTree::map();
            source.insert(QStringLiteral("name"),
                          peer.component->label.isEmpty() ? peer.component->id
                                                          : peer.component->label);
            source.insert(QStringLiteral("type"), type);
            source.insert(QStringLiteral("access"), QStringLiteral("proxy"));
            source.insert(QStringLiteral("url"), QStringLiteral("http://") + peer.address);
            if (type == QLatin1String("elasticsearch")) {
                YamlTree jsonData = YamlTree::map();
                jsonData.insert(QStringLiteral("index"), QStringLiteral("logs-*"));
                jsonData.insert(QStringLiteral("timeField"), QStringLiteral("@timestamp"));
                source.insert(QStringLiteral("jsonData"), jsonData);
            }
            if (type == QLatin1String("prometheus") && !haveDefault) {
                source.insert(QStringLiteral("isDefault"), true);
                haveDefault = true;
            }
            sources.append(source);
        }
        YamlTree root = YamlTree::map();
        root.setComment(header());
        root.insert(QStringLiteral("apiVersion"), 1);
        root.insert(QStringLiteral("datasources"), sources);
        return root.toYaml();
    }

    QByteArray alertmanager() const
    {
        // Alerts go to the external services Alertmanager is connected to (a chat or paging
        // webhook stated as their url); with none, to a receiver the team fills in.
        YamlTree webhooks = YamlTree::sequence();
        for (const Peer &peer : peers(true)) {
            const QString url = peer.component->properties.value(QStringLiteral("url"));
            if (!url.isEmpty()) {
                YamlTree hook = YamlTree::map();
                hook.insert(QStringLiteral("url"), url);
                webhooks.append(hook);
            }
        }
        YamlTree receiver = YamlTree::map();
        receiver.insert(QStringLiteral("name"), QStringLiteral("default"));
        if (webhooks.size() > 0)
            receiver.insert(QStringLiteral("webhook_configs"), webhooks);
        else
            receiver.setComment(generatedText(
                "No alert channel is connected to Alertmanager in the design: connect it to an\n"
                "external service whose url is a webhook, or add e-mail/chat settings here."));
        YamlTree receivers = YamlTree::sequence();
        receivers.append(receiver);
        YamlTree route = YamlTree::map();
        route.insert(QStringLiteral("receiver"), QStringLiteral("default"));
        route.insert(QStringLiteral("group_by"),
                     YamlTree::sequence({QStringLiteral("alertname"), QStringLiteral("job")}));
        route.insert(QStringLiteral("group_wait"), QStringLiteral("30s"));
        route.insert(QStringLiteral("group_interval"), QStringLiteral("5m"));
        route.insert(QStringLiteral("repeat_interval"), QStringLiteral("4h"));
        YamlTree root = YamlTree::map();
        root.setComment(header());
        root.insert(QStringLiteral("route"), route);
        root.insert(QStringLiteral("receivers"), receivers);
        return root.toYaml();
    }

    QByteArray logstash() const
    {
        QString conf = QLatin1String("# ")
            + header().replace(QLatin1Char('\n'), QLatin1String("\n# "))
            + QLatin1String("\ninput {\n");
        for (const Port &port : m_self.ports) {
            if (port.name == QLatin1String("beats"))
                conf += QStringLiteral("  beats { port => %1 }\n").arg(port.container);
            else if (port.name != QLatin1String("api"))
                conf += QStringLiteral("  tcp { port => %1 codec => json_lines }\n")
                            .arg(port.container);
        }
        conf += QLatin1String("}\noutput {\n");
        int stores = 0;
        // The output plugin and scheme of the search server as realised here (SearchClient): a
        // managed OpenSearch domain answers HTTPS only, to the opensearch plugin.
        const SearchClient client
            = SearchClient::of(m_resolver, m_env, m_catalog, *m_self.component);
        for (const Peer &peer : peers(true)) {
            if (peer.type.id() != QLatin1String("elasticsearch"))
                continue;
            const bool server = peer.component->id == client.server;
            const QString plugin = server ? client.outputPlugin() : QStringLiteral("elasticsearch");
            const QString scheme
                = server && client.serverManaged ? QStringLiteral("https") : QStringLiteral("http");
            conf += QStringLiteral("  %1 {\n    hosts => [\"%2://%3\"]\n"
                                   "    index => \"logs-%{+YYYY.MM.dd}\"\n  }\n")
                        .arg(plugin, scheme, peer.address);
            ++stores;
        }
        if (stores == 0)
            conf += QLatin1String("  # No log store is connected in the design: events go to the "
                                  "container's output.\n  stdout { codec => json_lines }\n");
        conf += QLatin1String("}\n");
        return conf.toUtf8();
    }

    QByteArray kong() const
    {
        // Each outgoing connection is a service; its route is the connection's label when that is
        // a path ("/orders"), else the target's id.
        YamlTree services = YamlTree::sequence();
        for (const Peer &peer : peers(true)) {
            if (peer.type.isExternal()
                && peer.component->properties.value(QStringLiteral("url")).isEmpty())
                continue;
            const QString name = ExportNaming::workloadName(*peer.component);
            QString path = peer.label.section(QLatin1Char(' '), 0, 0);
            if (!path.startsWith(QLatin1Char('/')))
                path = QLatin1Char('/') + name;
            const QString url = peer.type.isExternal()
                ? peer.component->properties.value(QStringLiteral("url"))
                : QStringLiteral("http://") + peer.address;
            YamlTree route = YamlTree::map();
            route.insert(QStringLiteral("name"), name);
            route.insert(QStringLiteral("paths"), YamlTree::sequence({path}));
            route.insert(QStringLiteral("strip_path"), false);
            YamlTree routes = YamlTree::sequence();
            routes.append(route);
            YamlTree service = YamlTree::map();
            service.insert(QStringLiteral("name"), name);
            service.insert(QStringLiteral("url"), url);
            service.insert(QStringLiteral("routes"), routes);
            services.append(service);
        }
        YamlTree root = YamlTree::map();
        root.setComment(header());
        root.insert(QStringLiteral("_format_version"), QStringLiteral("3.0"));
        root.insert(QStringLiteral("services"), services);
        return root.toYaml();
    }

private:
    YamlTree job(const QString &name, const QString &address, const QString &metricsPath) const
    {
        YamlTree staticConfig = YamlTree::map();
        staticConfig.insert(QStringLiteral("targets"), YamlTree::sequence({address}));
        YamlTree staticConfigs = YamlTree::sequence();
        staticConfigs.append(staticConfig);
        YamlTree j = YamlTree::map();
        j.insert(QStringLiteral("job_name"), name);
        if (!metricsPath.isEmpty())
            j.insert(QStringLiteral("metrics_path"), metricsPath);
        j.insert(QStringLiteral("static_configs"), staticConfigs);
        return j;
    }

    QString header() const
    {
        return generatedText("Generated by Stackdraft from project %1, environment %2, for %3:\n"
                             "from its connections in the design. Change the design and export "
                             "again rather than editing.")
            .arg(m_project.name, m_env.id, m_self.name);
    }

    const Project &m_project;
    const Environment &m_env;
    const Catalog &m_catalog;
    const Workload &m_self;
    const EnvResolver &m_resolver;
};

} // namespace

QList<ConfigFile> ServiceConfig::files(const Project &project, const Environment &env,
                                       const Catalog &catalog, const Workload &workload)
{
    if (!workload.type.isValid() || workload.type.data().configuration.isEmpty())
        return {}; // before indexing the project for nothing
    const EnvResolver resolver(project, env, catalog);
    return files(resolver, env, catalog, workload);
}

QList<ConfigFile> ServiceConfig::files(const EnvResolver &resolver, const Environment &env,
                                       const Catalog &catalog, const Workload &workload,
                                       Contents contents)
{
    const QString kind = workload.type.isValid() ? workload.type.data().configuration : QString();
    if (kind.isEmpty())
        return {};
    // Where each kind's file goes does not depend on the design; only its bytes do.
    struct Kind
    {
        QLatin1String configuration;
        QLatin1String name;
        QLatin1String mountPath;
        QLatin1String pathVariable; // the image reads the file's path from it; empty: none
        QByteArray (Builder::*bytes)() const;
    };
    static constexpr Kind kinds[] = {
        {QLatin1String("prometheus"),
         QLatin1String("prometheus.yml"),
         QLatin1String("/etc/prometheus/prometheus.yml"),
         {},
         &Builder::prometheus},
        {QLatin1String("grafana"),
         QLatin1String("datasources.yaml"),
         QLatin1String("/etc/grafana/provisioning/datasources/stackdraft.yaml"),
         {},
         &Builder::grafana},
        {QLatin1String("alertmanager"),
         QLatin1String("alertmanager.yml"),
         QLatin1String("/etc/alertmanager/alertmanager.yml"),
         {},
         &Builder::alertmanager},
        {QLatin1String("logstash"),
         QLatin1String("logstash.conf"),
         QLatin1String("/usr/share/logstash/pipeline/logstash.conf"),
         {},
         &Builder::logstash},
        {QLatin1String("kong"), QLatin1String("kong.yml"),
         QLatin1String("/kong/declarative/kong.yml"), QLatin1String("KONG_DECLARATIVE_CONFIG"),
         &Builder::kong},
    };
    for (const Kind &k : kinds) {
        if (kind != k.configuration)
            continue;
        ConfigFile file;
        file.name = k.name;
        file.mountPath = k.mountPath;
        if (!k.pathVariable.isEmpty())
            file.env = {{k.pathVariable, file.mountPath}};
        if (contents == Contents::Bytes)
            file.content = (Builder(resolver, env, catalog, workload).*k.bytes)();
        return {file};
    }
    return {};
}

} // namespace Stackdraft::Core
