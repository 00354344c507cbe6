#include "core/catalog/componenttypeparser.h"

#include "core/catalog/catalog.h"
#include "core/model/naming.h"
#include "core/model/quantity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <functional>

namespace Stackdraft::Core {

namespace {

// Thrown inside this file only, to unwind from a deep field to parse(); never crosses the header.
struct Failure
{
    Error error;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("Stackdraft::Core::ComponentTypeParser", text);
}

QString toQString(const std::string &text)
{
    return QString::fromStdString(text);
}

class EntryReader
{
public:
    explicit EntryReader(const QString &fileName) : m_fileName(fileName) {}

    ComponentType read(const YAML::Node &root);

private:
    using KeyHandler = std::function<void(const YAML::Node &, const QString &)>;

    [[noreturn]] void fail(const YAML::Node &node, const QString &field, const QString &message) const;
    void checkMap(const YAML::Node &node, const QString &field) const;
    // Calls the handler of each key present; unknown keys fail, naming the allowed ones.
    void forEachKey(const YAML::Node &map, const QString &field,
                    const QList<std::pair<const char *, KeyHandler>> &handlers) const;
    QString text(const YAML::Node &node, const QString &field) const;
    bool boolean(const YAML::Node &node, const QString &field) const;
    int port(const YAML::Node &node, const QString &field) const;
    QStringList textList(const YAML::Node &node, const QString &field) const;
    QMap<QString, QString> textMap(const YAML::Node &node, const QString &field) const;
    qint64 cpu(const YAML::Node &node, const QString &field) const;
    qint64 memory(const YAML::Node &node, const QString &field) const;

    void readPorts(const YAML::Node &node, const QString &field);
    void readResources(const YAML::Node &node, const QString &field);
    void readRequestsLimits(const YAML::Node &node, const QString &field, qint64 &cpuValue,
                            qint64 &memoryValue) const;
    void readEnv(const YAML::Node &node, const QString &field);
    void readOffers(const YAML::Node &node, const QString &field);
    void readHealth(const YAML::Node &node, const QString &field);
    void readPricing(const YAML::Node &node, const QString &field);
    QString resolveIcon(const YAML::Node &node, const QString &value) const;

    QString m_fileName;
    ComponentTypeData m_data;
};

void EntryReader::fail(const YAML::Node &node, const QString &field, const QString &message) const
{
    Error error{message, m_fileName, 0, 0, field};
    const YAML::Mark mark = node.Mark();
    if (!mark.is_null()) {
        error.line = mark.line + 1;
        error.column = mark.column + 1;
    }
    throw Failure{error};
}

void EntryReader::checkMap(const YAML::Node &node, const QString &field) const
{
    if (!node.IsMap())
        fail(node, field, tr("expected a mapping of keys to values"));
}

void EntryReader::forEachKey(const YAML::Node &map, const QString &field,
                             const QList<std::pair<const char *, KeyHandler>> &handlers) const
{
    checkMap(map, field);
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it->first.IsScalar())
            fail(it->first, field, tr("keys must be plain text"));
        const QString key = toQString(it->first.Scalar());
        const QString path = field.isEmpty() ? key : field + QLatin1Char('.') + key;
        bool known = false;
        for (const auto &[name, handler] : handlers) {
            if (key == QLatin1String(name)) {
                handler(it->second, path);
                known = true;
                break;
            }
        }
        if (!known) {
            QStringList allowed;
            for (const auto &entry : handlers)
                allowed.append(QLatin1String(entry.first));
            fail(it->first, path,
                 tr("unknown key \"%1\"; expected one of: %2").arg(key, allowed.join(QLatin1String(", "))));
        }
    }
}

QString EntryReader::text(const YAML::Node &node, const QString &field) const
{
    if (!node.IsScalar())
        fail(node, field, tr("expected text"));
    return toQString(node.Scalar());
}

bool EntryReader::boolean(const YAML::Node &node, const QString &field) const
{
    const QString value = node.IsScalar() ? toQString(node.Scalar()) : QString();
    if (value == QLatin1String("true"))
        return true;
    if (value == QLatin1String("false"))
        return false;
    fail(node, field, tr("expected true or false"));
}

int EntryReader::port(const YAML::Node &node, const QString &field) const
{
    bool ok = false;
    const int value = node.IsScalar() ? toQString(node.Scalar()).toInt(&ok) : 0;
    if (!ok || value < 1 || value > 65535)
        fail(node, field, tr("expected a port number from 1 to 65535"));
    return value;
}

QStringList EntryReader::textList(const YAML::Node &node, const QString &field) const
{
    if (!node.IsSequence())
        fail(node, field, tr("expected a list of text"));
    QStringList list;
    for (std::size_t i = 0; i < node.size(); ++i)
        list.append(text(node[i], field + QStringLiteral("[%1]").arg(i)));
    return list;
}

QMap<QString, QString> EntryReader::textMap(const YAML::Node &node, const QString &field) const
{
    checkMap(node, field);
    QMap<QString, QString> map;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString key = text(it->first, field);
        map.insert(key, text(it->second, field + QLatin1Char('.') + key));
    }
    return map;
}

qint64 EntryReader::cpu(const YAML::Node &node, const QString &field) const
{
    const auto value = Quantity::parseCpu(text(node, field));
    if (!value)
        fail(node, field, tr("expected a CPU quantity such as 0.5, 500m or 2"));
    return *value;
}

qint64 EntryReader::memory(const YAML::Node &node, const QString &field) const
{
    const auto value = Quantity::parseMemory(text(node, field));
    if (!value)
        fail(node, field, tr("expected a memory quantity such as 512Mi or 1Gi"));
    return *value;
}

ComponentType EntryReader::read(const YAML::Node &root)
{
    m_data.sourceFile = m_fileName;
    YAML::Node iconNode;
    forEachKey(root, QString(), {
        {"schema", [&](const YAML::Node &n, const QString &f) {
             if (text(n, f) != QLatin1String("1"))
                 fail(n, f, tr("unsupported catalog schema version; this Stackdraft reads version 1"));
         }},
        {"id", [&](const YAML::Node &n, const QString &f) { m_data.id = text(n, f); }},
        {"label", [&](const YAML::Node &n, const QString &f) { m_data.label = text(n, f); }},
        {"category", [&](const YAML::Node &n, const QString &f) { m_data.category = text(n, f); }},
        {"description", [&](const YAML::Node &n, const QString &f) { m_data.description = text(n, f); }},
        {"icon", [&](const YAML::Node &n, const QString &f) { m_data.icon = text(n, f); iconNode = n; }},
        {"image", [&](const YAML::Node &n, const QString &f) { m_data.defaultImage = text(n, f); }},
        {"command", [&](const YAML::Node &n, const QString &f) { m_data.command = textList(n, f); }},
        {"ports", [&](const YAML::Node &n, const QString &f) { readPorts(n, f); }},
        {"stateful", [&](const YAML::Node &n, const QString &f) { m_data.stateful = boolean(n, f); }},
        {"dataStore", [&](const YAML::Node &n, const QString &f) { m_data.dataStore = boolean(n, f); }},
        {"external", [&](const YAML::Node &n, const QString &f) { m_data.external = boolean(n, f); }},
        {"entryPoint", [&](const YAML::Node &n, const QString &f) { m_data.entryPoint = boolean(n, f); }},
        {"resources", [&](const YAML::Node &n, const QString &f) { readResources(n, f); }},
        {"storage", [&](const YAML::Node &n, const QString &f) {
             forEachKey(n, f, {
                 {"size", [&](const YAML::Node &s, const QString &g) { m_data.defaultStorage = memory(s, g); }},
                 {"path", [&](const YAML::Node &s, const QString &g) {
                      m_data.dataPath = text(s, g);
                      if (!m_data.dataPath.startsWith(QLatin1Char('/')))
                          fail(s, g, tr("expected an absolute path inside the container"));
                  }},
             });
         }},
        {"env", [&](const YAML::Node &n, const QString &f) { readEnv(n, f); }},
        {"offers", [&](const YAML::Node &n, const QString &f) { readOffers(n, f); }},
        {"health", [&](const YAML::Node &n, const QString &f) { readHealth(n, f); }},
        {"realisation", [&](const YAML::Node &n, const QString &f) { m_data.realisation = textMap(n, f); }},
        {"pricing", [&](const YAML::Node &n, const QString &f) { readPricing(n, f); }},
    });

    if (m_data.id.isEmpty())
        fail(root, QStringLiteral("id"), tr("missing the type id"));
    if (!Naming::isDnsLabel(m_data.id))
        fail(root["id"], QStringLiteral("id"),
             tr("\"%1\" is not a valid type id: use lower-case letters, digits and '-'").arg(m_data.id));
    if (m_data.label.isEmpty())
        fail(root, QStringLiteral("label"), tr("missing the label of type \"%1\"").arg(m_data.id));
    if (m_data.category.isEmpty())
        fail(root, QStringLiteral("category"), tr("missing the category of type \"%1\"").arg(m_data.id));
    if (m_data.stateful && m_data.dataPath.isEmpty() && m_data.defaultStorage > 0)
        fail(root["storage"], QStringLiteral("storage.path"),
             tr("a stateful type with storage needs the path its data lives in"));
    m_data.icon = resolveIcon(iconNode, m_data.icon);
    return ComponentType(m_data);
}

void EntryReader::readPorts(const YAML::Node &node, const QString &field)
{
    if (!node.IsSequence())
        fail(node, field, tr("expected a list of ports"));
    for (std::size_t i = 0; i < node.size(); ++i) {
        const QString path = field + QStringLiteral("[%1]").arg(i);
        Port port;
        if (node[i].IsScalar()) {
            port.container = this->port(node[i], path);
        } else {
            forEachKey(node[i], path, {
                {"container", [&](const YAML::Node &n, const QString &f) { port.container = this->port(n, f); }},
                {"name", [&](const YAML::Node &n, const QString &f) {
                     port.name = text(n, f);
                     if (!Naming::isDnsLabel(port.name) || port.name.size() > 15)
                         fail(n, f, tr("a port name is a DNS label of at most 15 characters"));
                 }},
                {"protocol", [&](const YAML::Node &n, const QString &f) {
                     port.protocol = text(n, f).toUpper();
                     if (port.protocol != QLatin1String("TCP") && port.protocol != QLatin1String("UDP"))
                         fail(n, f, tr("expected TCP or UDP"));
                 }},
            });
            if (port.container == 0)
                fail(node[i], path + QLatin1String(".container"), tr("missing the container port"));
        }
        m_data.defaultPorts.append(port);
    }
}

void EntryReader::readRequestsLimits(const YAML::Node &node, const QString &field, qint64 &cpuValue,
                                     qint64 &memoryValue) const
{
    forEachKey(node, field, {
        {"cpu", [&](const YAML::Node &n, const QString &f) { cpuValue = cpu(n, f); }},
        {"memory", [&](const YAML::Node &n, const QString &f) { memoryValue = memory(n, f); }},
    });
}

void EntryReader::readResources(const YAML::Node &node, const QString &field)
{
    Resources &def = m_data.defaultResources;
    Resources &min = m_data.minimumResources;
    forEachKey(node, field, {
        {"default", [&](const YAML::Node &n, const QString &f) {
             forEachKey(n, f, {
                 {"requests", [&](const YAML::Node &r, const QString &g) {
                      readRequestsLimits(r, g, def.cpuRequest, def.memoryRequest);
                  }},
                 {"limits", [&](const YAML::Node &r, const QString &g) {
                      readRequestsLimits(r, g, def.cpuLimit, def.memoryLimit);
                  }},
             });
             if (def.cpuLimit > 0 && def.cpuRequest > def.cpuLimit)
                 fail(n, f + QLatin1String(".requests.cpu"), tr("the CPU request is above the CPU limit"));
             if (def.memoryLimit > 0 && def.memoryRequest > def.memoryLimit)
                 fail(n, f + QLatin1String(".requests.memory"),
                      tr("the memory request is above the memory limit"));
         }},
        {"minimum", [&](const YAML::Node &n, const QString &f) {
             readRequestsLimits(n, f, min.cpuRequest, min.memoryRequest);
         }},
    });
    if (min.cpuRequest > 0 && def.effectiveCpu() > 0 && min.cpuRequest > def.effectiveCpu())
        fail(node, field + QLatin1String(".minimum.cpu"), tr("the minimum CPU is above the default CPU"));
    if (min.memoryRequest > 0 && def.effectiveMemory() > 0 && min.memoryRequest > def.effectiveMemory())
        fail(node, field + QLatin1String(".minimum.memory"),
             tr("the minimum memory is above the default memory"));
}

void EntryReader::readEnv(const YAML::Node &node, const QString &field)
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    if (!node.IsSequence())
        fail(node, field, tr("expected a list of environment variables"));
    for (std::size_t i = 0; i < node.size(); ++i) {
        const QString path = field + QStringLiteral("[%1]").arg(i);
        TypeEnvVar var;
        bool hasValue = false;
        forEachKey(node[i], path, {
            {"name", [&](const YAML::Node &n, const QString &f) {
                 var.name = text(n, f);
                 if (!validName.match(var.name).hasMatch())
                     fail(n, f, tr("\"%1\" is not a valid environment variable name").arg(var.name));
             }},
            {"secret", [&](const YAML::Node &n, const QString &f) { var.secret = boolean(n, f); }},
            {"required", [&](const YAML::Node &n, const QString &f) { var.required = boolean(n, f); }},
            {"value", [&](const YAML::Node &n, const QString &f) { var.value = text(n, f); hasValue = true; }},
            {"description", [&](const YAML::Node &n, const QString &f) { var.description = text(n, f); }},
        });
        if (var.name.isEmpty())
            fail(node[i], path + QLatin1String(".name"), tr("missing the variable name"));
        if (var.secret && hasValue)
            fail(node[i], path + QLatin1String(".value"),
                 tr("secret %1 cannot have a value in the catalog").arg(var.name));
        for (const TypeEnvVar &other : std::as_const(m_data.env)) {
            if (other.name == var.name)
                fail(node[i], path + QLatin1String(".name"), tr("%1 is listed twice").arg(var.name));
        }
        m_data.env.append(var);
        if (var.required)
            m_data.requiredEnv.append(var.name);
        if (var.secret)
            m_data.secretEnv.append(var.name);
    }
}

void EntryReader::readOffers(const YAML::Node &node, const QString &field)
{
    forEachKey(node, field, {
        {"env", [&](const YAML::Node &n, const QString &f) { m_data.urlEnvName = text(n, f); }},
        {"url", [&](const YAML::Node &n, const QString &f) { m_data.urlTemplate = text(n, f); }},
        {"defaults", [&](const YAML::Node &n, const QString &f) { m_data.urlDefaults = textMap(n, f); }},
        {"fromEnv", [&](const YAML::Node &n, const QString &f) { m_data.urlFieldEnv = textMap(n, f); }},
    });
    if (m_data.urlTemplate.isEmpty() || m_data.urlEnvName.isEmpty())
        fail(node, field, tr("an offer needs both `url` and `env`"));
    for (auto it = m_data.urlFieldEnv.cbegin(); it != m_data.urlFieldEnv.cend(); ++it) {
        const bool declared = std::any_of(m_data.env.cbegin(), m_data.env.cend(),
                                          [&](const TypeEnvVar &var) { return var.name == it.value(); });
        if (!declared)
            fail(node["fromEnv"], field + QLatin1String(".fromEnv.") + it.key(),
                 tr("%1 is not in this type's env list (declare `env` before `offers`)").arg(it.value()));
    }
    const QStringList builtins = ComponentType::builtinTemplateFields();
    for (const QString &name : ComponentType::templateFields(m_data.urlTemplate)) {
        if (!builtins.contains(name) && !m_data.urlDefaults.contains(name) && !m_data.urlFieldEnv.contains(name))
            fail(node["url"], field + QLatin1String(".url"),
                 tr("template field {%1} has no value: give it under `defaults` or `fromEnv`").arg(name));
    }
}

void EntryReader::readHealth(const YAML::Node &node, const QString &field)
{
    forEachKey(node, field, {
        {"http", [&](const YAML::Node &n, const QString &f) {
             m_data.healthPath = text(n, f);
             if (!m_data.healthPath.startsWith(QLatin1Char('/')))
                 fail(n, f, tr("an HTTP health path starts with '/'"));
         }},
        {"port", [&](const YAML::Node &n, const QString &f) { m_data.healthPort = port(n, f); }},
        {"command", [&](const YAML::Node &n, const QString &f) {
             m_data.healthCommand = textList(n, f);
             if (m_data.healthCommand.isEmpty())
                 fail(n, f, tr("a health command needs at least the program"));
         }},
    });
    if (!m_data.healthPath.isEmpty() && !m_data.healthCommand.isEmpty())
        fail(node, field, tr("give either `http` or `command`, not both"));
    if (m_data.healthPath.isEmpty() && m_data.healthCommand.isEmpty())
        fail(node, field, tr("a health check needs `http` or `command`"));
}

void EntryReader::readPricing(const YAML::Node &node, const QString &field)
{
    checkMap(node, field);
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString platform = text(it->first, field);
        const QStringList keys = textList(it->second, field + QLatin1Char('.') + platform);
        m_data.platformPriceKeys.insert(platform, keys);
        for (const QString &key : keys) {
            if (!m_data.priceKeys.contains(key))
                m_data.priceKeys.append(key);
        }
    }
    m_data.priceKeys.sort();
}

QString EntryReader::resolveIcon(const YAML::Node &node, const QString &value) const
{
    const QString bundled = QLatin1String(Catalog::BundledIconDirectory) + QLatin1Char('/');
    if (value.isEmpty()) {
        // No icon named: the bundled icon of the same id, else the generic one.
        const QString own = bundled + m_data.id + QLatin1String(".svg");
        return QFile::exists(own) ? own : bundled + QLatin1String("component.svg");
    }
    QString path;
    if (value.startsWith(QLatin1String(":/")) || QDir::isAbsolutePath(value))
        path = value;
    else if (value.contains(QLatin1Char('/')) || value.endsWith(QLatin1String(".svg")))
        path = QDir::cleanPath(QFileInfo(m_fileName).path() + QLatin1Char('/') + value);
    else
        path = bundled + value + QLatin1String(".svg");
    if (!QFile::exists(path))
        fail(node, QStringLiteral("icon"), tr("icon file %1 does not exist").arg(path));
    return path;
}

} // namespace

Result<QList<ComponentType>> ComponentTypeParser::parse(const QByteArray &bytes, const QString &fileName)
{
    QList<ComponentType> types;
    try {
        const std::vector<YAML::Node> documents = YAML::LoadAll(bytes.toStdString());
        for (const YAML::Node &document : documents) {
            if (document.IsNull())
                continue; // an empty document between `---` separators
            EntryReader reader(fileName);
            types.append(reader.read(document));
        }
    } catch (const Failure &failure) {
        return failure.error;
    } catch (const YAML::Exception &e) {
        Error error{QString::fromStdString(e.msg), fileName};
        if (!e.mark.is_null()) {
            error.line = e.mark.line + 1;
            error.column = e.mark.column + 1;
        }
        error.message = tr("not valid YAML: %1").arg(error.message);
        return error;
    }
    if (types.isEmpty())
        return Error{tr("the file holds no catalog entry"), fileName};
    return types;
}

} // namespace Stackdraft::Core
