#include "core/io/projectparser.h"

#include "core/catalog/catalog.h"
#include "core/echo.h"
#include "core/io/environmentparser.h"
#include "core/model/connectionids.h"

#include <QCoreApplication>
#include <QHash>

namespace Stackdraft::Core {
Project ProjectParser::parse(const YamlNode &root)
{
    Project project;
    if (root.isNull()) {
        // Only comments (or a bare "---"): point at the start, where 'stackdraft: 1' belongs.
        YamlNode start;
        start.line = qMax(1, root.line);
        start.column = qMax(1, root.column);
        m_context.fail(start, {},
                       tr("the file has no content; a project file starts with 'stackdraft: 1'"));
        return project;
    }
    if (!root.isMap()) {
        m_context.fail(root, {},
                       tr("this is not a Stackdraft project: expected a mapping starting with "
                          "'stackdraft: 1', found %1")
                           .arg(root.kindName()));
        return project;
    }
    const YamlNode *version = root.find(ParseContext::key("stackdraft"));
    if (!version) {
        m_context.fail(root, QStringLiteral("stackdraft"),
                       tr("the schema version is missing: a project file starts "
                          "with 'stackdraft: %1'")
                           .arg(Project::SchemaVersion));
        return project;
    }
    const auto schema = m_context.integer(*version, ParseContext::key("stackdraft"), 0, 1'000'000);
    if (!schema)
        return project;
    if (*schema > Project::SchemaVersion) {
        m_context.fail(*version, ParseContext::key("stackdraft"),
                       tr("this file uses schema version %1, written by a newer "
                          "Stackdraft; this version "
                          "reads version %2")
                           .arg(*schema)
                           .arg(Project::SchemaVersion));
        return project;
    }
    if (*schema < 1) {
        m_context.fail(*version, ParseContext::key("stackdraft"),
                       tr("unknown schema version %1 (this version reads %2)")
                           .arg(*schema)
                           .arg(Project::SchemaVersion));
        return project;
    }
    m_context.checkKeys(root, {},
                        ParseContext::keys({"stackdraft", "name", "title", "description",
                                            "currency", "output", "disabledRules", "components",
                                            "connections", "groups", "environments"}));
    parseHeader(root, project);
    static const YamlNode empty;
    const YamlNode *components = root.find(ParseContext::key("components"));
    parseComponents(components ? *components : empty, project);
    m_componentIds.clear();
    for (const Component &c : std::as_const(project.components))
        m_componentIds.insert(c.id);
    if (const YamlNode *node = root.find(ParseContext::key("connections")))
        parseConnections(*node, project);
    if (const YamlNode *node = root.find(ParseContext::key("groups")))
        parseGroups(*node, project);
    QStringList ids;
    for (const Component &c : std::as_const(project.components))
        ids.append(c.id);
    m_env.checkReferences(ids);
    if (const YamlNode *node = root.find(ParseContext::key("environments"))) {
        EnvironmentParser environments(m_context, m_env);
        project.environments = environments.parse(*node, project);
        m_env.checkReferences(ids);
    }
    return project;
}

void ProjectParser::parseHeader(const YamlNode &root, Project &project)
{
    static const YamlNode empty;
    const YamlNode *name = root.find(ParseContext::key("name"));
    if (!name) {
        m_context.fail(root, ParseContext::key("name"),
                       tr("the project needs a 'name' (e.g. 'name: my-shop')"));
        return;
    }
    project.name = m_context.dnsLabel(*name, ParseContext::key("name"), tr("project name"));
    if (const YamlNode *node = root.find(ParseContext::key("title")))
        project.title = m_context.text(*node, ParseContext::key("title"));
    if (const YamlNode *node = root.find(ParseContext::key("description")))
        project.description = m_context.text(*node, ParseContext::key("description"));
    if (const YamlNode *node = root.find(ParseContext::key("currency"));
        node && m_context.expectMap(*node, ParseContext::key("currency"))) {
        m_context.checkKeys(*node, ParseContext::key("currency"),
                            ParseContext::keys({"display", "rate"}));
        if (const YamlNode *display = node->find(ParseContext::key("display")))
            project.currency.display
                = m_context.text(*display, ParseContext::key("currency.display"));
        if (const YamlNode *rate = node->find(ParseContext::key("rate")))
            project.currency.rate
                = m_context.number(*rate, ParseContext::key("currency.rate"), 0, 1e6).value_or(0);
    }
    if (const YamlNode *node = root.find(ParseContext::key("output"));
        node && m_context.expectMap(*node, ParseContext::key("output"))) {
        m_context.checkKeys(*node, ParseContext::key("output"),
                            ParseContext::keys({"repository", "directories"}));
        if (const YamlNode *repository = node->find(ParseContext::key("repository")))
            project.output.repository
                = m_context.text(*repository, ParseContext::key("output.repository"));
        if (const YamlNode *directories = node->find(ParseContext::key("directories")))
            project.output.directories
                = m_context.textList(*directories, ParseContext::key("output.directories"));
    }
    if (const YamlNode *node = root.find(ParseContext::key("disabledRules")))
        project.disabledRules = m_context.textList(*node, ParseContext::key("disabledRules"));
}

void ProjectParser::parseComponents(const YamlNode &node, Project &project)
{
    const QString field = ParseContext::key("components");
    if (!m_context.expectMap(node, field, true))
        return;
    for (size_t i = 0; i < node.keys.size() && !m_context.failed(); ++i) {
        const QString itemField = ParseContext::join(field, node.keys[i].scalar);
        const QString id = m_context.dnsLabel(node.keys[i], itemField, tr("component id"));
        if (m_context.failed())
            return;
        project.components.append(parseComponent(id, node.values[i], itemField));
    }
}

Component ProjectParser::parseComponent(const QString &id, const YamlNode &node,
                                        const QString &field)
{
    Component component;
    component.id = id;
    if (!m_context.expectMap(node, field))
        return component;
    m_context.checkKeys(
        node, field,
        ParseContext::keys({"type", "label", "description", "image", "build", "command", "args",
                            "ports", "env", "properties", "files"}));
    const YamlNode *type = node.find(ParseContext::key("type"));
    const QString typeField = ParseContext::join(field, ParseContext::key("type"));
    if (!type) {
        m_context.fail(node, typeField,
                       tr("component '%1' needs a 'type' from the catalog").arg(Echo::value(id)));
        return component;
    }
    component.type = m_context.requiredText(*type, typeField);
    if (!m_context.failed() && !m_catalog.contains(component.type)) {
        QStringList known;
        for (const ComponentType &t : m_catalog.types())
            known.append(t.id());
        const QString guess = ParseContext::closest(component.type, known);
        m_context.fail(*type, typeField,
                       guess.isEmpty()
                           ? tr("unknown component type '%1'; the catalog has: %2")
                                 .arg(Echo::value(component.type), known.join(QLatin1String(", ")))
                           : tr("unknown component type '%1'; did you mean '%2'?")
                                 .arg(Echo::value(component.type), Echo::value(guess)));
    }
    auto textField = [&](const char *name, QString &out) {
        if (const YamlNode *value = node.find(ParseContext::key(name)))
            out = m_context.text(*value, ParseContext::join(field, ParseContext::key(name)));
    };
    textField("label", component.label);
    textField("description", component.description);
    textField("image", component.image);
    textField("build", component.build);
    if (const YamlNode *command = node.find(ParseContext::key("command")))
        component.command = m_context.textList(*command, ParseContext::sub(field, "command"));
    if (const YamlNode *args = node.find(ParseContext::key("args")))
        component.args = m_context.textList(*args, ParseContext::sub(field, "args"));
    if (const YamlNode *ports = node.find(ParseContext::key("ports")))
        component.ports = parsePorts(*ports, ParseContext::join(field, ParseContext::key("ports")));
    if (const YamlNode *env = node.find(ParseContext::key("env")))
        component.env = m_env.parse(*env, ParseContext::join(field, ParseContext::key("env")));
    if (const YamlNode *properties = node.find(ParseContext::key("properties"))) {
        const QString propertiesField = ParseContext::join(field, ParseContext::key("properties"));
        if (m_context.expectMap(*properties, propertiesField, true)) {
            for (size_t i = 0; i < properties->keys.size(); ++i) {
                const QString &name = properties->keys[i].scalar;
                component.properties.insert(
                    name,
                    m_context.text(properties->values[i],
                                   ParseContext::join(propertiesField, name)));
            }
        }
    }
    if (const YamlNode *files = node.find(ParseContext::key("files")))
        component.files = m_files.parse(*files, ParseContext::sub(field, "files"));
    return component;
}

QList<Port> ProjectParser::parsePorts(const YamlNode &node, const QString &field)
{
    QList<Port> ports;
    if (!m_context.expectSequence(node, field))
        return ports;
    for (size_t i = 0; i < node.items.size() && !m_context.failed(); ++i) {
        const YamlNode &item = node.items[i];
        const QString itemField = ParseContext::index(field, int(i));
        Port port;
        if (item.isScalar()) {
            port.container = int(m_context.integer(item, itemField, 1, 65535).value_or(0));
            ports.append(port);
            continue;
        }
        if (!m_context.expectMap(item, itemField))
            break;
        m_context.checkKeys(item, itemField,
                            ParseContext::keys({"container", "published", "name", "protocol"}));
        const YamlNode *container = item.find(ParseContext::key("container"));
        if (!container) {
            m_context.fail(item, ParseContext::join(itemField, ParseContext::key("container")),
                           tr("a port needs its 'container' port number"));
            break;
        }
        port.container = int(
            m_context
                .integer(*container, ParseContext::join(itemField, ParseContext::key("container")),
                         1, 65535)
                .value_or(0));
        if (const YamlNode *published = item.find(ParseContext::key("published")))
            port.published
                = int(m_context
                          .integer(*published,
                                   ParseContext::join(itemField, ParseContext::key("published")), 1,
                                   65535)
                          .value_or(0));
        if (const YamlNode *name = item.find(ParseContext::key("name")))
            port.name
                = m_context.text(*name, ParseContext::join(itemField, ParseContext::key("name")));
        if (const YamlNode *protocol = item.find(ParseContext::key("protocol"))) {
            const QString protocolField
                = ParseContext::join(itemField, ParseContext::key("protocol"));
            port.protocol = m_context.requiredText(*protocol, protocolField);
            if (!m_context.failed() && port.protocol != QLatin1String("TCP")
                && port.protocol != QLatin1String("UDP"))
                m_context.fail(
                    *protocol, protocolField,
                    tr("unknown protocol '%1' (use TCP or UDP)").arg(Echo::value(port.protocol)));
        }
        ports.append(port);
    }
    return ports;
}

void ProjectParser::checkComponentRef(const YamlNode &node, const QString &field, const QString &id,
                                      const Project &project)
{
    if (m_context.failed() || m_componentIds.contains(id))
        return;
    QStringList ids;
    for (const Component &c : project.components)
        ids.append(c.id);
    const QString guess = ParseContext::closest(id, ids);
    m_context.fail(node, field,
                   guess.isEmpty() ? tr("unknown component '%1'").arg(Echo::value(id))
                                   : tr("unknown component '%1'; did you mean '%2'?")
                                         .arg(Echo::value(id), Echo::value(guess)));
}

void ProjectParser::parseConnections(const YamlNode &node, Project &project)
{
    const QString field = ParseContext::key("connections");
    if (!m_context.expectSequence(node, field))
        return;
    // Nodes of the connections that state their id, to point at when an id is taken twice.
    QList<const YamlNode *> idNodes;
    for (size_t i = 0; i < node.items.size() && !m_context.failed(); ++i) {
        const YamlNode &item = node.items[i];
        const QString itemField = ParseContext::index(field, int(i));
        if (!m_context.expectMap(item, itemField))
            return;
        m_context.checkKeys(item, itemField,
                            ParseContext::keys({"id", "from", "to", "label", "port"}));
        Connection connection;
        const YamlNode *idNode = item.find(ParseContext::key("id"));
        if (idNode)
            connection.id = m_context.requiredText(
                *idNode, ParseContext::join(itemField, ParseContext::key("id")));
        idNodes.append(idNode ? idNode : &item);
        for (const char *end : {"from", "to"}) {
            const QString endField = ParseContext::join(itemField, ParseContext::key(end));
            const YamlNode *endNode = item.find(ParseContext::key(end));
            if (!endNode) {
                m_context.fail(item, endField, tr("a connection needs both 'from' and 'to'"));
                return;
            }
            const QString id = m_context.requiredText(*endNode, endField);
            checkComponentRef(*endNode, endField, id, project);
            (qstrcmp(end, "from") == 0 ? connection.from : connection.to) = id;
        }
        if (!m_context.failed() && connection.from == connection.to)
            m_context.fail(
                item, itemField,
                tr("component '%1' cannot connect to itself").arg(Echo::value(connection.from)));
        if (const YamlNode *label = item.find(ParseContext::key("label")))
            connection.label
                = m_context.text(*label, ParseContext::join(itemField, ParseContext::key("label")));
        if (const YamlNode *port = item.find(ParseContext::key("port")))
            connection.port
                = int(m_context
                          .integer(*port, ParseContext::join(itemField, ParseContext::key("port")),
                                   1, 65535)
                          .value_or(0));
        project.connections.append(connection);
    }
    if (!m_context.failed())
        assignConnectionIds(idNodes, project);
}

// A connection without `id:` takes the id derived from its ends (see ConnectionIds); every id must
// be unique, which only a hand-edited file can break.
void ProjectParser::assignConnectionIds(const QList<const YamlNode *> &idNodes, Project &project)
{
    const QStringList derived = ConnectionIds::derived(project.connections);
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < project.connections.size(); ++i) {
        Connection &connection = project.connections[i];
        if (connection.id.isEmpty())
            connection.id = derived[i];
        const auto it = seen.constFind(connection.id);
        if (it != seen.cend()) {
            const QString itemField = ParseContext::index(ParseContext::key("connections"), int(i));
            m_context.fail(*idNodes[i], ParseContext::join(itemField, ParseContext::key("id")),
                           tr("connection id '%1' is already the id of connections[%2]; give "
                              "this connection an 'id' of its own")
                               .arg(Echo::value(connection.id))
                               .arg(it.value()));
            return;
        }
        seen.insert(connection.id, i);
    }
}

void ProjectParser::parseGroups(const YamlNode &node, Project &project)
{
    const QString field = ParseContext::key("groups");
    if (!m_context.expectSequence(node, field))
        return;
    QSet<QString> groupIds;
    for (size_t i = 0; i < node.items.size() && !m_context.failed(); ++i) {
        const YamlNode &item = node.items[i];
        const QString itemField = ParseContext::index(field, int(i));
        if (!m_context.expectMap(item, itemField))
            return;
        m_context.checkKeys(item, itemField, ParseContext::keys({"id", "label", "members"}));
        Group group;
        const YamlNode *id = item.find(ParseContext::key("id"));
        if (!id) {
            m_context.fail(item, ParseContext::join(itemField, ParseContext::key("id")),
                           tr("a group needs an 'id'"));
            return;
        }
        group.id = m_context.dnsLabel(*id, ParseContext::join(itemField, ParseContext::key("id")),
                                      tr("group id"));
        if (!m_context.failed() && groupIds.contains(group.id))
            m_context.fail(*id, ParseContext::join(itemField, ParseContext::key("id")),
                           tr("duplicate group id '%1'").arg(Echo::value(group.id)));
        groupIds.insert(group.id);
        if (const YamlNode *label = item.find(ParseContext::key("label")))
            group.label
                = m_context.text(*label, ParseContext::join(itemField, ParseContext::key("label")));
        if (const YamlNode *members = item.find(ParseContext::key("members"))) {
            const QString membersField
                = ParseContext::join(itemField, ParseContext::key("members"));
            group.members = m_context.textList(*members, membersField);
            QSet<QString> listed;
            for (qsizetype m = 0; m < group.members.size() && !m_context.failed(); ++m) {
                const YamlNode &memberNode = members->items[size_t(m)];
                const QString memberField = ParseContext::index(membersField, int(m));
                checkComponentRef(memberNode, memberField, group.members[m], project);
                if (!m_context.failed() && listed.contains(group.members[m]))
                    m_context.fail(memberNode, memberField,
                                   tr("'%1' is listed twice in this group")
                                       .arg(Echo::value(group.members[m])));
                listed.insert(group.members[m]);
            }
        }
        project.groups.append(group);
    }
}

} // namespace Stackdraft::Core
