#pragma once

#include "core/export/exportset.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Stackdraft::Core {
class Catalog;
class ExporterRegistry;
struct Project;
} // namespace Stackdraft::Core

namespace Stackdraft::App {

// The generated files of a project as the preview shows them: by format, then environment. Pure
// (runs on a worker thread over a snapshot of the project).
class PreviewFiles final
{
    Q_DECLARE_TR_FUNCTIONS(Stackdraft::App::PreviewFiles)

public:
    struct File
    {
        QString format; // exporter id
        QString formatName;
        QString environment; // environment id; empty: shared by every environment (k8s base, docs)
        QString path; // relative to the export layout
        QByteArray content;
    };

    // Every format, every environment, without their contents (the tree's names): the exporters
    // are asked for names only, so no file is serialised (hundreds of MB at 10,000 components).
    // An exporter's error is returned as is.
    static Core::Result<QList<File>> list(const Core::Project &project,
                                          const Core::Catalog &catalog,
                                          const Core::ExporterRegistry &registry);
    // Only what `format` writes for `environment` (empty: the files every environment shares,
    // which need the whole project), with the bytes `selection` wants: the fast path that
    // refreshes the file on screen.
    static Core::Result<QList<File>>
    generate(const Core::Project &project, const Core::Catalog &catalog,
             const Core::ExporterRegistry &registry, const QString &format,
             const QString &environment,
             const Core::ExportSelection &selection = Core::ExportSelection::everything());

    // The environment a generated path belongs to: the one named by a path segment
    // ("deploy/k8s/overlays/staging/..."), else the only environment the format applies to, else
    // none (shared).
    static QString environmentOf(const QString &path, const QStringList &environments);
    // The path of the same file generated for `other` (the environment segment swapped); empty
    // when the path names no environment.
    static QString counterpart(const QString &path, const QString &environment,
                               const QString &other);
};

} // namespace Stackdraft::App
