#include "core/export/exporterregistry.h"

#include "core/catalog/catalog.h"
#include "core/logging.h"
#include "core/model/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>
#include <QStandardPaths>

#include <algorithm>

namespace Stackdraft::Core {
ExporterRegistry::ExporterRegistry() = default;
// Plugin instances stay until the process ends: nothing here unloads a library whose objects may
// still be referenced (a QPluginLoader going away does not unload it; QtCore deletes the instances
// at exit).
ExporterRegistry::~ExporterRegistry() = default;

ExporterRegistry &ExporterRegistry::standard()
{
    // Never destroyed: plugin objects stay valid until the process ends.
    static ExporterRegistry *registry = [] {
        auto *r = new ExporterRegistry;
        for (const QString &directory : standardDirectories())
            r->addDirectory(directory);
        return r;
    }();
    return *registry;
}

QStringList ExporterRegistry::standardDirectories()
{
    QStringList directories;
    const QString fromEnv = qEnvironmentVariable("STACKDRAFT_PLUGIN_PATH");
    for (const QString &d : fromEnv.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        directories << d;
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!appData.isEmpty())
        directories << appData + QLatin1String("/plugins");
    if (QCoreApplication::instance())
        directories << QCoreApplication::applicationDirPath() + QLatin1String("/plugins")
                    // a relocated install such as the .deb (/usr/bin + /usr/lib/stackdraft/plugins)
                    << QCoreApplication::applicationDirPath()
                + QLatin1String("/../lib/stackdraft/plugins");
    directories << QStringLiteral(STACKDRAFT_PLUGIN_BUILD_DIR)
                << QStringLiteral(STACKDRAFT_PLUGIN_INSTALL_DIR);
    QStringList unique;
    for (const QString &d : std::as_const(directories)) {
        const QString clean = QDir::cleanPath(QDir(d).absolutePath());
        if (!unique.contains(clean))
            unique << clean;
    }
    return unique;
}

void ExporterRegistry::addDirectory(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return;
    const QStringList names = dir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir.absoluteFilePath(name);
        if (!QLibrary::isLibrary(path))
            continue;
        const Status status = addPlugin(path);
        if (!status)
            qCWarning(lcExport).noquote() << status.error().toString();
    }
}

Status ExporterRegistry::addPlugin(const QString &fileName)
{
    auto fail = [&](const QString &message) -> Status {
        Error error {message, fileName};
        m_errors.append(error);
        return error;
    };
    auto loader = std::make_unique<QPluginLoader>(fileName);
    const QJsonObject meta = loader->metaData();
    if (meta.isEmpty())
        return fail(
            QCoreApplication::translate("Stackdraft::Core::ExporterRegistry", "not a Qt plugin: %1")
                .arg(loader->errorString()));
    if (meta.value(QLatin1String("IID")).toString() != QLatin1String(StackdraftExporter_iid))
        return fail(QCoreApplication::translate(
                        "Stackdraft::Core::ExporterRegistry",
                        "plugin interface '%1' is not '%2' (built for another Stackdraft version?)")
                        .arg(meta.value(QLatin1String("IID")).toString(),
                             QLatin1String(StackdraftExporter_iid)));
    // The id in the metadata lets a plugin shadowed by an earlier directory stay unloaded.
    const QString declaredId
        = meta.value(QLatin1String("MetaData")).toObject().value(QLatin1String("id")).toString();
    if (!declaredId.isEmpty() && exporter(declaredId)) {
        qCDebug(lcExport) << "plugin" << fileName << "shadowed by an earlier" << declaredId;
        return success();
    }
    QObject *instance = loader->instance();
    if (!instance)
        return fail(QCoreApplication::translate("Stackdraft::Core::ExporterRegistry",
                                                "cannot load the plugin: %1")
                        .arg(loader->errorString()));
    auto *exporter = qobject_cast<Exporter *>(instance);
    if (!exporter)
        return fail(
            QCoreApplication::translate("Stackdraft::Core::ExporterRegistry",
                                        "the plugin does not implement the exporter interface"));
    if (!declaredId.isEmpty() && declaredId != exporter->id())
        return fail(QCoreApplication::translate(
                        "Stackdraft::Core::ExporterRegistry",
                        "the plugin's metadata says id '%1' but the exporter says '%2'")
                        .arg(declaredId, exporter->id()));
    // The loader goes at the end of this function, the library and the instance stay loaded (see
    // the destructor); a released loader was never freed (LeakSanitizer, every process that loads
    // one).
    if (!insert(Entry {exporter->id(), fileName, nullptr, exporter}))
        qCDebug(lcExport) << "plugin" << fileName << "shadowed by an earlier" << exporter->id();
    qCDebug(lcExport) << "loaded exporter" << exporter->id() << "from" << fileName;
    return success();
}

void ExporterRegistry::add(std::shared_ptr<Exporter> exporter)
{
    Exporter *raw = exporter.get();
    const QString id = raw->id();
    insert(Entry {id, {}, std::move(exporter), raw});
}

bool ExporterRegistry::insert(Entry entry)
{
    if (exporter(entry.id))
        return false;
    auto at = std::lower_bound(m_entries.begin(), m_entries.end(), entry.id,
                               [](const Entry &e, const QString &id) { return e.id < id; });
    m_entries.insert(at, std::move(entry));
    return true;
}

QList<const Exporter *> ExporterRegistry::exporters() const
{
    QList<const Exporter *> list;
    for (const Entry &e : m_entries)
        list << e.exporter;
    return list;
}

const Exporter *ExporterRegistry::exporter(const QString &id) const
{
    for (const Entry &e : m_entries) {
        if (e.id == id)
            return e.exporter;
    }
    return nullptr;
}

QStringList ExporterRegistry::ids() const
{
    QStringList list;
    for (const Entry &e : m_entries)
        list << e.id;
    return list;
}

Result<ExportSet> ExporterRegistry::generate(const Project &project, const ExportRequest &request,
                                             const QStringList &formats) const
{
    if (!request.catalog || !request.priceBooks)
        return Error {
            QCoreApplication::translate("Stackdraft::Core::ExporterRegistry",
                                        "an export needs a component catalog and price books")};
    const Environment *env = nullptr;
    if (!request.environment.isEmpty()) {
        env = project.environment(request.environment);
        if (!env) {
            QStringList known;
            for (const Environment &e : project.environments)
                known << e.id;
            return Error {
                QCoreApplication::translate("Stackdraft::Core::ExporterRegistry",
                                            "no environment '%1' in the project (it has: %2)")
                    .arg(request.environment, known.join(QLatin1String(", ")))};
        }
    }
    QList<const Exporter *> chosen;
    if (formats.isEmpty()) {
        chosen = exporters();
    } else {
        for (const QString &format : formats) {
            const Exporter *e = exporter(format);
            if (!e)
                return Error {
                    QCoreApplication::translate("Stackdraft::Core::ExporterRegistry",
                                                "unknown export format '%1' (available: %2)")
                        .arg(format, ids().join(QLatin1String(", ")))};
            if (env && !e->appliesTo(*env))
                return Error {QCoreApplication::translate(
                                  "Stackdraft::Core::ExporterRegistry",
                                  "format '%1' writes nothing for environment '%2' (platform %3)")
                                  .arg(format, env->id, platformId(env->platform))};
            if (!chosen.contains(e))
                chosen << e;
        }
    }
    ExportSet all(request.selection);
    for (const Exporter *e : std::as_const(chosen)) {
        if (env && !e->appliesTo(*env))
            continue;
        Result<ExportSet> set = e->generate(project, request);
        if (!set) {
            Error error = set.error();
            error.message
                = QCoreApplication::translate("Stackdraft::Core::ExporterRegistry", "%1 export: %2")
                      .arg(e->id(), error.message);
            return error;
        }
        for (const QString &path : set->paths()) {
            if (all.contains(path))
                return Error {QCoreApplication::translate("Stackdraft::Core::ExporterRegistry",
                                                          "two exporters write the same file '%1'")
                                  .arg(path)};
        }
        all.merge(*set);
    }
    return all;
}

} // namespace Stackdraft::Core
