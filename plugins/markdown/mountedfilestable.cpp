// ArchitectureDocument's list of mounted configuration files, apart from the rest of the
// document's sections.
#include "architecturedocument.h"
#include "core/catalog/catalog.h"
#include "core/export/envresolver.h"
#include "core/export/mountedfiles.h"
#include "core/export/workload.h"
#include "core/model/project.h"
#include "markdowntext.h"

#include <QHash>

#include <algorithm>

namespace Stackdraft::Plugins {

namespace Md = MarkdownText;
using namespace Core;

// Every file mounted into a component in the environments the document covers: the generated
// ones appear where the component is deployed, the architect's own always; one row per
// (component, path), in model order, saying where its text comes from.
QString ArchitectureDocument::mountedFiles() const
{
    struct Row
    {
        QString path;
        ConfigFile::Origin origin;
        QString source;
        bool replacesGenerated = false;
    };
    QHash<QString, QList<Row>> byComponent;
    auto add = [&](const QString &component, const Row &row) {
        QList<Row> &rows = byComponent[component];
        for (const Row &r : rows) {
            if (r.path == row.path)
                return;
        }
        rows.append(row);
    };
    for (const Environment &env : m_project.environments) {
        if (!includes(env))
            continue;
        const EnvResolver resolver(m_project, env, m_catalog);
        for (const Workload &w : Workload::list(m_project, env, m_catalog)) {
            // The table lists where files go, never their bytes.
            const auto paths = ServiceConfig::Contents::PathsOnly;
            const QList<ConfigFile> generated
                = ServiceConfig::files(resolver, env, m_catalog, w, paths);
            for (const ConfigFile &file : MountedFiles::of(resolver, env, m_catalog, w, paths)) {
                const bool replaces = file.origin != ConfigFile::Origin::Generated
                    && std::any_of(generated.cbegin(), generated.cend(), [&](const ConfigFile &g) {
                                          return g.mountPath == file.mountPath;
                                      });
                add(w.component->id, {file.mountPath, file.origin, file.source, replaces});
            }
        }
    }
    QList<QStringList> rows;
    for (const Component &c : m_project.components) {
        QList<Row> own = byComponent.value(c.id);
        // A file of the component is listed even where no covered environment deploys it.
        for (const MountedFile &file : c.files)
            own.append({file.path,
                        file.isInline() ? ConfigFile::Origin::Inline : ConfigFile::Origin::Source,
                        file.source, false});
        QStringList seen;
        for (const Row &row : std::as_const(own)) {
            if (seen.contains(row.path))
                continue;
            seen << row.path;
            QString origin;
            switch (row.origin) {
            case ConfigFile::Origin::Generated:
                origin = t(QT_TR_NOOP("generated from its connections"));
                break;
            case ConfigFile::Origin::Inline:
                origin = t(QT_TR_NOOP("written in the project file"));
                break;
            case ConfigFile::Origin::Source:
                origin = t(QT_TR_NOOP("%1, beside the project file")).arg(Md::code(row.source));
                break;
            }
            if (row.replacesGenerated)
                origin = t(QT_TR_NOOP("%1 (replaces the generated file)")).arg(origin);
            rows.append(
                {QStringLiteral("**%1**").arg(Md::inline_(c.label.isEmpty() ? c.id : c.label)),
                 Md::code(row.path), origin});
        }
    }
    if (rows.isEmpty())
        return {};
    return QLatin1String("### ") + t(QT_TR_NOOP("Mounted configuration files"))
        + QLatin1String("\n\n")
        + Md::table({t(QT_TR_NOOP("Component")), t(QT_TR_NOOP("Path in the container")),
                     t(QT_TR_NOOP("Origin"))},
                    rows)
        + QLatin1Char('\n');
}

} // namespace Stackdraft::Plugins
