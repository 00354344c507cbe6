#pragma once

#include "core/export/exporter.h"
#include "core/export/exportset.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QObject;

namespace Stackdraft::Core {

struct Project;

// The exporters available to the app and the CLI, each from a Qt plugin (IID
// StackdraftExporter_iid). Directories are searched in this order, and the first plugin with a
// given id wins:
//   $STACKDRAFT_PLUGIN_PATH (colon-separated), the user plugin directory
//   (QStandardPaths::AppDataLocation + "/plugins"), "plugins" next to the executable, the build
//   tree (STACKDRAFT_PLUGIN_BUILD_DIR) and the install tree (STACKDRAFT_PLUGIN_INSTALL_DIR).
// A library that fails to load, or is not an exporter, is recorded in errors() and logged; never
// ignored.
class ExporterRegistry final
{
public:
    // Searches the standard directories once, on first use.
    static ExporterRegistry &standard();
    static QStringList standardDirectories();

    ExporterRegistry();
    ~ExporterRegistry();
    ExporterRegistry(const ExporterRegistry &) = delete;
    ExporterRegistry &operator=(const ExporterRegistry &) = delete;

    // Loads every plugin library in `directory`; a missing directory is not an error.
    void addDirectory(const QString &directory);
    // Loads one plugin library.
    Status addPlugin(const QString &fileName);
    // Adds an exporter the caller owns (tests, statically linked exporters).
    void add(std::shared_ptr<Exporter> exporter);

    QList<const Exporter *> exporters() const; // sorted by id
    const Exporter *exporter(const QString &id) const; // nullptr when unknown
    QStringList ids() const;
    QList<Error> errors() const { return m_errors; }

    // Runs the exporters named in `formats` (all when empty). With request.environment set, only
    // that environment is generated, and naming a format that writes nothing for it is an error.
    // Two exporters writing the same path is an error.
    Result<ExportSet> generate(const Project &project, const ExportRequest &request,
                               const QStringList &formats = {}) const;

private:
    struct Entry
    {
        QString id;
        QString source; // the library's file name, or empty
        std::shared_ptr<Exporter> owned;
        Exporter *exporter = nullptr;
    };
    bool insert(Entry entry);

    std::vector<Entry> m_entries; // sorted by id
    QList<Error> m_errors;
};

} // namespace Stackdraft::Core
