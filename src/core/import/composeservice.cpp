#include "core/import/composeservice.h"

#include "core/catalog/catalog.h"
#include "core/import/composeinterpolation.h"
#include "core/import/importer.h"
#include "core/import/importyaml.h"
#include "core/import/typeguesser.h"
#include "core/model/naming.h"
#include "core/model/quantity.h"
#include "core/model/quantitybounds.h"

#include <QRegularExpression>

namespace Stackdraft::Core {
namespace {

using Kind = ImportNote::Kind;

// Docker's byte units are binary: "512m", "512M", "1gb", "1g", plain bytes.
std::optional<qint64> composeMemory(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)\\s*([bkmgt]?)b?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const double number = m.captured(1).toDouble();
    const QString unit = m.captured(2).toLower();
    double factor = 1;
    if (unit == QLatin1String("k"))
        factor = double(Quantity::Ki);
    else if (unit == QLatin1String("m"))
        factor = double(Quantity::Mi);
    else if (unit == QLatin1String("g"))
        factor = double(Quantity::Gi);
    else if (unit == QLatin1String("t"))
        factor = double(Quantity::Gi) * 1024;
    return qint64(number * factor);
}

QStringList scalars(const YamlNode *node)
{
    QStringList out;
    if (!node)
        return out;
    if (node->isScalar())
        out << node->scalar;
    for (const YamlNode &item : node->items)
        out << item.scalar;
    return out;
}

} // namespace

ComposeService::ComposeService(ComposeContext &context, const QString &name, const YamlNode &node)
    : m_context(context)
    , m_name(name)
    , m_node(node)
{
}

bool ComposeService::addComponent(Deployment &deployment)
{
    if (!m_node.isMap()) {
        m_context.note(
            Kind::LeftOut, m_node, key(),
            QT_TRANSLATE_NOOP("Import", "a service must be a mapping, found %1; skipped"),
            {m_node.kindName()});
        return false;
    }
    const QStringList profiles = scalars(m_node.find(QStringLiteral("profiles")));
    if (!m_context.profileActive(profiles)) {
        m_context.note(Kind::LeftOut, m_node, key(),
                       QT_TRANSLATE_NOOP("Import",
                                         "only in profile(s) %1, none of them active (--profile); "
                                         "not imported"),
                       {profiles.join(QLatin1String(", "))});
        return false;
    }
    m_context.leftOut(
        m_node, key(),
        {QStringLiteral("image"), QStringLiteral("build"), QStringLiteral("ports"),
         QStringLiteral("expose"), QStringLiteral("environment"), QStringLiteral("depends_on"),
         QStringLiteral("links"), QStringLiteral("networks"), QStringLiteral("volumes"),
         QStringLiteral("deploy"), QStringLiteral("healthcheck"), QStringLiteral("secrets"),
         QStringLiteral("profiles"), QStringLiteral("hostname"), QStringLiteral("cpus"),
         QStringLiteral("mem_limit"), QStringLiteral("mem_reservation")});

    Component component;
    component.label = m_name;
    component.image
        = m_context.text(m_node.find(QStringLiteral("image")), key() + QStringLiteral(".image"));
    if (const YamlNode *build = m_node.find(QStringLiteral("build")))
        readBuild(*build, component);
    readPorts(component);
    QList<int> ports;
    for (const Port &port : component.ports)
        ports << port.container;
    component.type = chooseType(component.image, component.build, ports);
    readHealthcheck(component, component.type);

    m_id = m_context.assembler().addComponent(component, m_name, m_context.where(m_node, key()));
    m_context.assembler().addHost(ImportYaml::text(m_node.find(QStringLiteral("hostname"))), m_id);
    deployment.component = m_id;
    readDeploy(deployment);
    readVolumes(deployment, component.type);
    return true;
}

QString ComposeService::chooseType(const QString &image, const QString &build,
                                   const QList<int> &ports)
{
    const QString known = TypeGuesser::fromImage(image);
    QStringList words {m_name, build};
    if (const YamlNode *b = m_node.find(QStringLiteral("build")); b && b->isMap())
        words << ImportYaml::text(b->find(QStringLiteral("target")));
    const QString command = scalars(m_node.find(QStringLiteral("command"))).join(QLatin1Char(' '));
    if (!known.isEmpty()) {
        // A web server named as the frontend serves the site rather than balancing load.
        if (known == QLatin1String("load-balancer")
            && TypeGuesser::forApplication({m_name}, ports, {}) == QLatin1String("web-frontend"))
            return QStringLiteral("web-frontend");
        if (TypeGuesser::imageName(image) == QLatin1String("mariadb")) {
            m_context.note(Kind::Info, m_node, key() + QStringLiteral(".image"),
                           QT_TRANSLATE_NOOP("Import",
                                             "MariaDB is imported as catalog type mysql "
                                             "(compatible); the image is kept"));
        }
        return known;
    }
    if (!build.isEmpty() || TypeGuesser::isRuntimeImage(image))
        return TypeGuesser::forApplication(words << TypeGuesser::imageName(image), ports, command);
    m_context.note(Kind::Info, m_node, key() + QStringLiteral(".image"),
                   QT_TRANSLATE_NOOP("Import",
                                     "image '%1' is not one the catalog knows: imported as a "
                                     "generic service"),
                   {image});
    return QLatin1String(TypeGuesser::Generic);
}

void ComposeService::readBuild(const YamlNode &build, Component &component)
{
    const QString k = key() + QStringLiteral(".build");
    if (build.isScalar()) {
        component.build = m_context.text(&build, k);
        return;
    }
    component.build
        = m_context.text(build.find(QStringLiteral("context")), k + QStringLiteral(".context"));
    if (component.build.isEmpty())
        component.build = QStringLiteral(".");
    const QString dockerfile = m_context.text(build.find(QStringLiteral("dockerfile")),
                                              k + QStringLiteral(".dockerfile"));
    if (!dockerfile.isEmpty())
        component.properties.insert(QStringLiteral("dockerfile"), dockerfile);
    m_context.leftOut(build, k, {QStringLiteral("context"), QStringLiteral("dockerfile")});
}

void ComposeService::readPorts(Component &component)
{
    auto add = [&](int container, int published, const QString &protocol) {
        for (Port &port : component.ports) {
            if (port.container == container && port.protocol == protocol) {
                if (port.published == 0)
                    port.published = published;
                return;
            }
        }
        component.ports.append({container, published, protocol, {}});
    };
    static const QRegularExpression shortForm(
        QStringLiteral(
            "^(?:(?:\\[[^\\]]*\\]|[^:]*):)?" // an optional host address ("?" then makes it lazy)
            "?(?:([0-9]+):)?([0-9]+)(?:/(tcp|udp))?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const YamlNode *ports = m_node.find(QStringLiteral("ports"))) {
        for (size_t i = 0; i < ports->items.size(); ++i) {
            const YamlNode &item = ports->items[i];
            const QString k = key() + QStringLiteral(".ports[%1]").arg(i);
            if (item.isMap()) {
                const int target = m_context.text(item.find(QStringLiteral("target")), k).toInt();
                const int published
                    = m_context.text(item.find(QStringLiteral("published")), k).toInt();
                const QString protocol
                    = m_context.text(item.find(QStringLiteral("protocol")), k).toUpper();
                if (target <= 0 || target > 65535 || published < 0 || published > 65535) {
                    m_context.note(
                        Kind::LeftOut, item, k,
                        QT_TRANSLATE_NOOP("Import", "no valid target port; not imported"));
                    continue;
                }
                add(target, published,
                    protocol == QLatin1String("UDP") ? protocol : QStringLiteral("TCP"));
                m_context.leftOut(item, k,
                                  {QStringLiteral("target"), QStringLiteral("published"),
                                   QStringLiteral("protocol")});
                continue;
            }
            const QString text = m_context.text(&item, k);
            const QRegularExpressionMatch m = shortForm.match(text);
            const int container = m.hasMatch() ? m.captured(2).toInt() : 0;
            // A published port past 65535 is no port either (the project reader refuses it).
            const int published = m.hasMatch() ? m.captured(1).toInt() : 0;
            if (!m.hasMatch() || container <= 0 || container > 65535 || published > 65535) {
                m_context.note(Kind::LeftOut, item, k,
                               QT_TRANSLATE_NOOP("Import",
                                                 "'%1': port ranges and host addresses are not "
                                                 "modelled; not imported"),
                               {text});
                continue;
            }
            const QString protocol = m.captured(3).toUpper();
            add(container, published, protocol.isEmpty() ? QStringLiteral("TCP") : protocol);
        }
    }
    if (const YamlNode *expose = m_node.find(QStringLiteral("expose"))) {
        for (size_t i = 0; i < expose->items.size(); ++i) {
            const QString text = m_context.text(&expose->items[i], key());
            const int port = text.section(QLatin1Char('/'), 0, 0).toInt();
            if (port > 0 && port <= 65535)
                add(port, 0, QStringLiteral("TCP"));
            else
                m_context.note(
                    Kind::LeftOut, expose->items[i], key() + QStringLiteral(".expose[%1]").arg(i),
                    QT_TRANSLATE_NOOP("Import", "'%1' is not a port; not imported"), {text});
        }
    }
}

void ComposeService::readDeploy(Deployment &deployment)
{
    auto cpu = [&](const YamlNode *node, const QString &k, qint64 &into) {
        if (!node)
            return;
        const QString text = m_context.text(node, k);
        // Past the bound the project reader accepts (quantitybounds.h) is no CPU amount either.
        if (const auto value = Quantity::parseCpu(text); value && *value <= Quantity::MaxCpu)
            into = *value;
        else
            m_context.note(Kind::LeftOut, *node, k,
                           QT_TRANSLATE_NOOP("Import", "'%1' is not a CPU amount; not imported"),
                           {text});
    };
    auto memory = [&](const YamlNode *node, const QString &k, qint64 &into) {
        if (!node)
            return;
        const QString text = m_context.text(node, k);
        if (const auto value = composeMemory(text); value && *value <= Quantity::MaxMemory)
            into = *value;
        else
            m_context.note(Kind::LeftOut, *node, k,
                           QT_TRANSLATE_NOOP("Import", "'%1' is not a memory size; not imported"),
                           {text});
    };
    Resources &r = deployment.resources;
    cpu(m_node.find(QStringLiteral("cpus")), key() + QStringLiteral(".cpus"), r.cpuLimit);
    memory(m_node.find(QStringLiteral("mem_limit")), key() + QStringLiteral(".mem_limit"),
           r.memoryLimit);
    memory(m_node.find(QStringLiteral("mem_reservation")),
           key() + QStringLiteral(".mem_reservation"), r.memoryRequest);
    const YamlNode *deploy = m_node.find(QStringLiteral("deploy"));
    if (!deploy || !deploy->isMap())
        return;
    const QString k = key() + QStringLiteral(".deploy");
    if (const YamlNode *replicas = deploy->find(QStringLiteral("replicas"))) {
        bool ok = false;
        const int n = m_context.text(replicas, k + QStringLiteral(".replicas")).toInt(&ok);
        if (ok && n >= 0)
            deployment.replicas = n;
        else
            m_context.note(Kind::LeftOut, *replicas, k + QStringLiteral(".replicas"),
                           QT_TRANSLATE_NOOP("Import", "not a number of replicas; not imported"));
    }
    if (ImportYaml::text(deploy->find(QStringLiteral("mode"))) == QLatin1String("global")) {
        m_context.note(Kind::Changed, *deploy->find(QStringLiteral("mode")),
                       k + QStringLiteral(".mode"),
                       QT_TRANSLATE_NOOP("Import",
                                         "one replica per node is not modelled; imported as %1 "
                                         "replica(s)"),
                       {QString::number(deployment.replicas)});
    }
    m_context.leftOut(
        *deploy, k,
        {QStringLiteral("replicas"), QStringLiteral("resources"), QStringLiteral("mode")});
    const YamlNode *resources = deploy->find(QStringLiteral("resources"));
    if (!resources || !resources->isMap())
        return;
    const QString rk = k + QStringLiteral(".resources");
    m_context.leftOut(*resources, rk, {QStringLiteral("limits"), QStringLiteral("reservations")});
    if (const YamlNode *limits = resources->find(QStringLiteral("limits"));
        limits && limits->isMap()) {
        cpu(limits->find(QStringLiteral("cpus")), rk + QStringLiteral(".limits.cpus"), r.cpuLimit);
        memory(limits->find(QStringLiteral("memory")), rk + QStringLiteral(".limits.memory"),
               r.memoryLimit);
        m_context.leftOut(*limits, rk + QStringLiteral(".limits"),
                          {QStringLiteral("cpus"), QStringLiteral("memory")});
    }
    if (const YamlNode *res = resources->find(QStringLiteral("reservations"));
        res && res->isMap()) {
        cpu(res->find(QStringLiteral("cpus")), rk + QStringLiteral(".reservations.cpus"),
            r.cpuRequest);
        memory(res->find(QStringLiteral("memory")), rk + QStringLiteral(".reservations.memory"),
               r.memoryRequest);
        m_context.leftOut(*res, rk + QStringLiteral(".reservations"),
                          {QStringLiteral("cpus"), QStringLiteral("memory")});
    }
}

} // namespace Stackdraft::Core
