#include "core/catalog/catalog.h"

#include "core/catalog/componenttypeparser.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>
#include <optional>

namespace Stackdraft::Core {

namespace {

bool lessById(const ComponentType &a, const ComponentType &b)
{
    return a.id() < b.id();
}

} // namespace

const Catalog &Catalog::standard()
{
    // Built on first use: a function-local static is thread-safe to initialise.
    static const Catalog catalog = load(userDirectories());
    return catalog;
}

Catalog Catalog::load(const QStringList &userDirectories)
{
    Catalog catalog;
    const Status bundled = catalog.addDirectory(QLatin1String(BundledDirectory));
    if (!bundled)
        qCCritical(lcCatalog).noquote() << "bundled catalog:" << bundled.error().toString();
    for (const QString &directory : userDirectories) {
        const Status status = catalog.addDirectory(directory);
        if (!status)
            qCWarning(lcCatalog).noquote() << status.error().toString();
    }
    return catalog;
}

QStringList Catalog::userDirectories()
{
    QStringList directories;
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!appData.isEmpty())
        directories.append(appData + QLatin1String("/catalog"));
    const QString fromEnv = qEnvironmentVariable("STACKDRAFT_CATALOG_PATH");
    for (const QString &entry : fromEnv.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        directories.append(entry);
    return directories;
}

Status Catalog::addDirectory(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return success();
    const QStringList files = dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                                            QDir::Files | QDir::Readable, QDir::Name);
    std::optional<Error> first;
    for (const QString &file : files) {
        const Status status = addFile(dir.filePath(file));
        if (!status && !first)
            first = status.error();
    }
    if (first)
        return *first;
    return success();
}

Status Catalog::addFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const Error error {
            QCoreApplication::translate("Stackdraft::Core::Catalog", "cannot read: %1")
                .arg(file.errorString()),
            path};
        m_errors.append(error);
        return error;
    }
    return addBytes(file.readAll(), path);
}

Status Catalog::addBytes(const QByteArray &bytes, const QString &fileName)
{
    const Result<QList<ComponentType>> parsed = ComponentTypeParser::parse(bytes, fileName);
    if (!parsed) {
        m_errors.append(parsed.error());
        return parsed.error();
    }
    for (const ComponentType &type : parsed.value()) {
        if (contains(type.id()))
            qCDebug(lcCatalog) << "type" << type.id() << "from" << fileName
                               << "overrides an earlier entry";
        add(type);
    }
    return success();
}

void Catalog::add(const ComponentType &type)
{
    if (!type.isValid())
        return;
    const auto it = std::lower_bound(m_types.begin(), m_types.end(), type, lessById);
    if (it != m_types.end() && it->id() == type.id())
        *it = type;
    else
        m_types.insert(it, type);
    m_byId.insert(type.id(), type);
}

ComponentType Catalog::type(const QString &id) const
{
    return m_byId.value(id);
}

QStringList Catalog::ids() const
{
    QStringList result;
    result.reserve(m_types.size());
    for (const ComponentType &type : m_types)
        result.append(type.id());
    return result;
}

QList<ComponentType> Catalog::typesInCategory(const QString &category) const
{
    QList<ComponentType> result;
    std::copy_if(m_types.cbegin(), m_types.cend(), std::back_inserter(result),
                 [&](const ComponentType &type) { return type.category() == category; });
    return result;
}

QStringList Catalog::categories() const
{
    QStringList result;
    for (const ComponentType &type : m_types) {
        if (!result.contains(type.category()))
            result.append(type.category());
    }
    result.sort();
    return result;
}

} // namespace Stackdraft::Core
