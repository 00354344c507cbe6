#include "core/catalog/componenttypeparser.h"

#include "core/catalog/catalog.h"
#include "core/model/naming.h"
#include "core/model/quantity.h"
#include "core/model/quantitybounds.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <initializer_list>
#include <yaml-cpp/yaml.h>

namespace Stackdraft::Core {

namespace {

// Thrown inside this file only, to unwind from a deep field to parse(); never crosses the header.
struct Failure
{
    Error error;
};

// A YAML node together with its field path ("resources.default.requests.cpu"), so that every
// failure names the file position and the field.
struct At
{
    YAML::Node node;
    QString field;
    QString fileName;

    explicit operator bool() const { return bool(node); }
    At operator[](const char *key) const
    {
        return {node[key], join(QString::fromUtf8(key)), fileName};
    }
    At operator[](std::size_t index) const
    {
        return {node[index], field + QStringLiteral("[%1]").arg(index), fileName};
    }
    At withField(const QString &path) const { return {node, path, fileName}; }

    [[noreturn]] void fail(const QString &message) const
    {
        Error error {message, fileName, 0, 0, field};
        const YAML::Mark mark = node.Mark();
        if (!mark.is_null()) {
            error.line = mark.line + 1;
            error.column = mark.column + 1;
        }
        throw Failure {error};
    }

    // Fails on a non-mapping or on a key not in `allowed`, naming the allowed ones.
    // The keys of a mapping in file order; fails on a non-mapping, a non-text or a repeated key
    // (yaml-cpp would silently keep one of the two values).
    QStringList keys() const
    {
        if (!node.IsMap())
            fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                             "expected a mapping of keys to values"));
        QStringList result;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = At {it->first, field, fileName}.text();
            if (result.contains(key))
                At {it->first, join(key), fileName}.fail(
                    QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                                "duplicate key \"%1\"")
                        .arg(key));
            result.append(key);
        }
        return result;
    }
    QString join(const QString &key) const
    {
        return field.isEmpty() ? key : field + QLatin1Char('.') + key;
    }

    // Fails on a non-mapping or on a key not in `allowed`, naming the allowed ones.
    void checkKeys(std::initializer_list<const char *> allowed) const
    {
        for (const QString &key : keys()) {
            if (std::any_of(allowed.begin(), allowed.end(),
                            [&](const char *name) { return key == QLatin1String(name); }))
                continue;
            QStringList names;
            for (const char *name : allowed)
                names.append(QLatin1String(name));
            failAtKey(key,
                      QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                                  "unknown key \"%1\"; expected one of: %2")
                          .arg(key, names.join(QLatin1String(", "))));
        }
    }
    // Fails pointing at the key itself (not its value).
    [[noreturn]] void failAtKey(const QString &key, const QString &message) const
    {
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (it->first.IsScalar() && QString::fromStdString(it->first.Scalar()) == key)
                At {it->first, join(key), fileName}.fail(message);
        }
        fail(message);
    }

    QString text() const
    {
        if (!node.IsScalar())
            fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                             "expected text"));
        return QString::fromStdString(node.Scalar());
    }

    bool boolean() const
    {
        const QString value = node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                             "expected true or false"));
        return value == QLatin1String("true");
    }

    int port() const
    {
        bool ok = false;
        const int value = node.IsScalar() ? QString::fromStdString(node.Scalar()).toInt(&ok) : 0;
        if (!ok || value < 1 || value > 65535)
            fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                             "expected a port number from 1 to 65535"));
        return value;
    }

    QStringList textList() const
    {
        if (!node.IsSequence())
            fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                             "expected a list of text"));
        QStringList list;
        for (std::size_t i = 0; i < node.size(); ++i)
            list.append((*this)[i].text());
        return list;
    }

    QMap<QString, QString> textMap() const
    {
        QMap<QString, QString> map;
        for (const QString &key : keys())
            map.insert(key, (*this)[key.toUtf8().constData()].text());
        return map;
    }

    qint64 cpu() const
    {
        const auto value = Quantity::parseCpu(text());
        if (!value || *value > Quantity::MaxCpu)
            fail(QCoreApplication::translate(
                     "Stackdraft::Core::ComponentTypeParser",
                     "expected a CPU quantity such as 0.5, 500m or 2, at most %1 cores")
                     .arg(Quantity::MaxCpu / 1000));
        return *value;
    }

    qint64 memory() const
    {
        const auto value = Quantity::parseMemory(text());
        if (!value || *value > Quantity::MaxMemory)
            fail(QCoreApplication::translate(
                     "Stackdraft::Core::ComponentTypeParser",
                     "expected a memory quantity such as 512Mi or 1Gi, at most %1")
                     .arg(Quantity::formatMemory(Quantity::MaxMemory)));
        return *value;
    }
};

// Reads one YAML document into one ComponentTypeData.
class EntryReader
{
public:
    ComponentType read(const At &root);

private:
    void readPorts(const At &ports);
    void readResources(const At &resources);
    void readStorage(const At &storage);
    void readEnv(const At &env);
    void readOffers(const At &offers);
    void readHealth(const At &health);
    void readPricing(const At &pricing);
    void readReplication(const At &replication);
    void readKernel(const At &kernel);
    QString resolveIcon(const At &icon) const;

    ComponentTypeData m_data;
};

ComponentType EntryReader::read(const At &root)
{
    root.checkKeys({"schema",      "id",          "label",   "category", "description",  "icon",
                    "image",       "command",     "ports",   "stateful", "dataStore",    "external",
                    "entryPoint",  "resources",   "storage", "env",      "offers",       "health",
                    "realisation", "replication", "pricing", "kernel",   "configuration"});
    if (root["schema"] && root["schema"].text() != QLatin1String("1"))
        root["schema"].fail(QCoreApplication::translate(
            "Stackdraft::Core::ComponentTypeParser",
            "unsupported catalog schema version; this Stackdraft reads version 1"));
    if (!root["id"])
        root.withField(QStringLiteral("id"))
            .fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                              "missing the type id"));
    m_data.id = root["id"].text();
    if (!Naming::isDnsLabel(m_data.id))
        root["id"].fail(QCoreApplication::translate(
                            "Stackdraft::Core::ComponentTypeParser",
                            "\"%1\" is not a valid type id: use lower-case letters, digits and '-'")
                            .arg(m_data.id));
    for (const char *key : {"label", "category"}) {
        if (!root[key])
            root.withField(QLatin1String(key))
                .fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                                  "missing the %1 of type \"%2\"")
                          .arg(QLatin1String(key), m_data.id));
    }
    m_data.label = root["label"].text();
    m_data.category = root["category"].text();
    if (root["description"])
        m_data.description = root["description"].text();
    if (root["image"])
        m_data.defaultImage = root["image"].text();
    if (root["command"])
        m_data.command = root["command"].textList();
    if (root["ports"])
        readPorts(root["ports"]);
    const std::pair<const char *, bool *> flags[] = {{"stateful", &m_data.stateful},
                                                     {"dataStore", &m_data.dataStore},
                                                     {"external", &m_data.external},
                                                     {"entryPoint", &m_data.entryPoint}};
    for (const auto &[key, target] : flags) {
        if (root[key])
            *target = root[key].boolean();
    }
    if (root["resources"])
        readResources(root["resources"]);
    if (root["storage"])
        readStorage(root["storage"]);
    if (root["env"])
        readEnv(root["env"]);
    if (root["offers"])
        readOffers(root["offers"]);
    if (root["health"])
        readHealth(root["health"]);
    if (root["realisation"])
        m_data.realisation = root["realisation"].textMap();
    if (root["replication"])
        readReplication(root["replication"]);
    if (root["kernel"])
        readKernel(root["kernel"]);
    if (const At configuration = root["configuration"]) {
        const QStringList known = ComponentType::configurationKinds();
        m_data.configuration = configuration.text();
        if (!known.contains(m_data.configuration))
            configuration.fail(
                QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                            "unknown configuration \"%1\"; known: %2")
                    .arg(m_data.configuration, known.join(QStringLiteral(", "))));
    }
    if (root["pricing"])
        readPricing(root["pricing"]);
    m_data.icon = resolveIcon(root["icon"]);
    m_data.sourceFile = root.fileName;
    return ComponentType(m_data);
}

void EntryReader::readPorts(const At &ports)
{
    if (!ports.node.IsSequence())
        ports.fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                               "expected a list of ports"));
    for (std::size_t i = 0; i < ports.node.size(); ++i) {
        const At entry = ports[i];
        Port port;
        if (entry.node.IsScalar()) {
            port.container = entry.port();
            m_data.defaultPorts.append(port);
            continue;
        }
        entry.checkKeys({"container", "name", "protocol"});
        if (!entry["container"])
            entry.withField(entry["container"].field)
                .fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                                  "missing the container port"));
        port.container = entry["container"].port();
        if (const At name = entry["name"]) {
            port.name = name.text();
            if (!Naming::isDnsLabel(port.name) || port.name.size() > 15)
                name.fail(QCoreApplication::translate(
                    "Stackdraft::Core::ComponentTypeParser",
                    "a port name is a DNS label of at most 15 characters"));
        }
        if (const At protocol = entry["protocol"]) {
            port.protocol = protocol.text().toUpper();
            if (port.protocol != QLatin1String("TCP") && port.protocol != QLatin1String("UDP"))
                protocol.fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                                          "expected TCP or UDP"));
        }
        m_data.defaultPorts.append(port);
    }
}

void readQuantities(const At &at, qint64 &cpuValue, qint64 &memoryValue)
{
    at.checkKeys({"cpu", "memory"});
    if (at["cpu"])
        cpuValue = at["cpu"].cpu();
    if (at["memory"])
        memoryValue = at["memory"].memory();
}

void EntryReader::readResources(const At &resources)
{
    Resources &def = m_data.defaultResources;
    Resources &min = m_data.minimumResources;
    resources.checkKeys({"default", "minimum"});
    if (const At defaults = resources["default"]) {
        defaults.checkKeys({"requests", "limits"});
        if (defaults["requests"])
            readQuantities(defaults["requests"], def.cpuRequest, def.memoryRequest);
        if (defaults["limits"])
            readQuantities(defaults["limits"], def.cpuLimit, def.memoryLimit);
        const At requests = defaults["requests"];
        if (def.cpuLimit > 0 && def.cpuRequest > def.cpuLimit)
            defaults.withField(requests["cpu"].field)
                .fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                                  "the CPU request is above the CPU limit"));
        if (def.memoryLimit > 0 && def.memoryRequest > def.memoryLimit)
            defaults.withField(requests["memory"].field)
                .fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                                  "the memory request is above the memory limit"));
    }
    const At minimum = resources["minimum"];
    if (minimum)
        readQuantities(minimum, min.cpuRequest, min.memoryRequest);
    if (min.cpuRequest > 0 && def.effectiveCpu() > 0 && min.cpuRequest > def.effectiveCpu())
        resources.withField(minimum["cpu"].field)
            .fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                              "the minimum CPU is above the default CPU"));
    if (min.memoryRequest > 0 && def.effectiveMemory() > 0
        && min.memoryRequest > def.effectiveMemory())
        resources.withField(minimum["memory"].field)
            .fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                              "the minimum memory is above the default memory"));
}

void EntryReader::readStorage(const At &storage)
{
    storage.checkKeys({"size", "path", "subPath", "fsGroup"});
    if (storage["size"])
        m_data.defaultStorage = storage["size"].memory();
    if (const At path = storage["path"]) {
        m_data.dataPath = path.text();
        if (!m_data.dataPath.startsWith(QLatin1Char('/')))
            path.fail(
                QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                            "expected an absolute path inside the container"));
    }
    if (const At subPath = storage["subPath"]) {
        m_data.dataSubPath = subPath.text();
        if (m_data.dataSubPath.isEmpty() || m_data.dataSubPath.startsWith(QLatin1Char('/'))
            || m_data.dataSubPath.split(QLatin1Char('/')).contains(QStringLiteral("..")))
            subPath.fail(QCoreApplication::translate(
                "Stackdraft::Core::ComponentTypeParser",
                "expected a relative directory inside the volume, without '..'"));
    }
    if (const At fsGroup = storage["fsGroup"]) {
        bool ok = false;
        m_data.fsGroup = fsGroup.text().toLongLong(&ok);
        if (!ok || m_data.fsGroup < 0 || m_data.fsGroup > 2147483647)
            fsGroup.fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                                     "expected a group id from 0 to 2147483647"));
    }
    if (m_data.defaultStorage > 0 && m_data.dataPath.isEmpty())
        storage.withField(storage["path"].field)
            .fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                              "storage needs the path its data lives in"));
}

void EntryReader::readEnv(const At &env)
{
    if (!env.node.IsSequence())
        env.fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                             "expected a list of environment variables"));
    for (std::size_t i = 0; i < env.node.size(); ++i) {
        const At entry = env[i];
        entry.checkKeys({"name", "secret", "required", "value", "description"});
        TypeEnvVar var;
        if (!entry["name"])
            entry.withField(entry["name"].field)
                .fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                                  "missing the variable name"));
        var.name = entry["name"].text();
        if (!Naming::isEnvName(var.name))
            entry["name"].fail(
                QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                            "\"%1\" is not a valid environment variable name")
                    .arg(var.name));
        if (ComponentType(m_data).envVar(var.name))
            entry.withField(entry["name"].field)
                .fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                                  "%1 is listed twice")
                          .arg(var.name));
        if (entry["secret"])
            var.secret = entry["secret"].boolean();
        if (entry["required"])
            var.required = entry["required"].boolean();
        if (entry["description"])
            var.description = entry["description"].text();
        if (entry["value"]) {
            if (var.secret)
                entry.withField(entry["value"].field)
                    .fail(
                        QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                                    "secret %1 cannot have a value in the catalog")
                            .arg(var.name));
            var.value = entry["value"].text();
        }
        m_data.env.append(var);
        if (var.required)
            m_data.requiredEnv.append(var.name);
        if (var.secret)
            m_data.secretEnv.append(var.name);
    }
}

void EntryReader::readOffers(const At &offers)
{
    offers.checkKeys({"env", "url", "defaults", "fromEnv"});
    if (!offers["url"] || !offers["env"])
        offers.fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                                "an offer needs both `url` and `env`"));
    m_data.urlEnvName = offers["env"].text();
    m_data.urlTemplate = offers["url"].text();
    if (offers["defaults"])
        m_data.urlDefaults = offers["defaults"].textMap();
    if (offers["fromEnv"])
        m_data.urlFieldEnv = offers["fromEnv"].textMap();
    for (auto it = m_data.urlFieldEnv.cbegin(); it != m_data.urlFieldEnv.cend(); ++it) {
        if (!ComponentType(m_data).envVar(it.value()))
            offers["fromEnv"]
                .withField(offers["fromEnv"].field + QLatin1Char('.') + it.key())
                .fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                                  "%1 is not in this type's env list")
                          .arg(it.value()));
    }
    const QStringList builtins = ComponentType::builtinTemplateFields();
    for (const QString &name : ComponentType::templateFields(m_data.urlTemplate)) {
        if (!builtins.contains(name) && !m_data.urlDefaults.contains(name)
            && !m_data.urlFieldEnv.contains(name))
            offers["url"].fail(
                QCoreApplication::translate(
                    "Stackdraft::Core::ComponentTypeParser",
                    "template field {%1} has no value: give it under `defaults` or `fromEnv`")
                    .arg(name));
    }
}

void EntryReader::readHealth(const At &health)
{
    health.checkKeys({"http", "port", "command"});
    if (health["http"] && health["command"])
        health.fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                                "give either `http` or `command`, not both"));
    if (!health["http"] && !health["command"])
        health.fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                                "a health check needs `http` or `command`"));
    if (const At http = health["http"]) {
        m_data.healthPath = http.text();
        if (!m_data.healthPath.startsWith(QLatin1Char('/')))
            http.fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                                  "an HTTP health path starts with '/'"));
    }
    if (health["port"])
        m_data.healthPort = health["port"].port();
    if (const At command = health["command"]) {
        m_data.healthCommand = command.textList();
        if (m_data.healthCommand.isEmpty())
            command.fail(
                QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                            "a health command needs at least the program"));
    }
}

void EntryReader::readPricing(const At &pricing)
{
    for (const QString &platform : pricing.keys()) {
        const QStringList keys = pricing[platform.toUtf8().constData()].textList();
        m_data.platformPriceKeys.insert(platform, keys);
        for (const QString &key : keys) {
            if (!m_data.priceKeys.contains(key))
                m_data.priceKeys.append(key);
        }
    }
    m_data.priceKeys.sort();
}

void EntryReader::readReplication(const At &replication)
{
    for (const QString &platform : replication.keys()) {
        const At entry = replication[platform.toUtf8().constData()];
        const std::optional<ReplicationStrategy> strategy = replicationStrategyFromId(entry.text());
        if (!strategy)
            entry.fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                                   "unknown replication strategy \"%1\"; known: %2")
                           .arg(entry.text(), replicationStrategyIds().join(QStringLiteral(", "))));
        m_data.replication.insert(platform, *strategy);
    }
}

void EntryReader::readKernel(const At &kernel)
{
    // Only the node-wide settings an image documents as required (Elasticsearch's
    // vm.max_map_count): names of the sysctl form, values a number.
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+$"));
    static const QRegularExpression value(QStringLiteral("^[0-9]+$"));
    for (const QString &key : kernel.keys()) {
        const At entry = kernel[key.toUtf8().constData()];
        if (!name.match(key).hasMatch())
            entry.fail(QCoreApplication::translate(
                           "Stackdraft::Core::ComponentTypeParser",
                           "\"%1\" is not a kernel setting name such as vm.max_map_count")
                           .arg(key));
        if (!value.match(entry.text()).hasMatch())
            entry.fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                                   "expected a whole number"));
        m_data.kernelSettings.insert(key, entry.text());
    }
}

QString EntryReader::resolveIcon(const At &icon) const
{
    const QString bundled = QLatin1String(Catalog::BundledIconDirectory) + QLatin1Char('/');
    if (!icon) {
        // No icon named: the bundled icon of the same id, else the generic one.
        const QString own = bundled + m_data.id + QLatin1String(".svg");
        return QFile::exists(own) ? own : bundled + QLatin1String("component.svg");
    }
    const QString value = icon.text();
    QString path;
    if (value.startsWith(QLatin1String(":/")) || QDir::isAbsolutePath(value))
        path = value;
    else if (value.contains(QLatin1Char('/')) || value.endsWith(QLatin1String(".svg")))
        path = QDir::cleanPath(QFileInfo(icon.fileName).path() + QLatin1Char('/') + value);
    else
        path = bundled + value + QLatin1String(".svg");
    if (!QFile::exists(path))
        icon.fail(QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                              "icon file %1 does not exist")
                      .arg(path));
    return path;
}

} // namespace

Result<QList<ComponentType>> ComponentTypeParser::parse(const QByteArray &bytes,
                                                        const QString &fileName)
{
    QList<ComponentType> types;
    try {
        const std::vector<YAML::Node> documents = YAML::LoadAll(bytes.toStdString());
        for (const YAML::Node &document : documents) {
            if (document.IsNull())
                continue; // an empty document between `---` separators
            types.append(EntryReader().read(At {document, QString(), fileName}));
        }
    } catch (const Failure &failure) {
        return failure.error;
    } catch (const YAML::Exception &e) {
        Error error {QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                                 "not valid YAML: %1")
                         .arg(QString::fromStdString(e.msg)),
                     fileName};
        if (!e.mark.is_null()) {
            error.line = e.mark.line + 1;
            error.column = e.mark.column + 1;
        }
        return error;
    }
    if (types.isEmpty())
        return Error {QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser",
                                                  "the file holds no catalog entry"),
                      fileName};
    return types;
}

} // namespace Stackdraft::Core
