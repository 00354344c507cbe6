#include "app/live/previewfiles.h"

#include "app/live/backgroundjob.h"
#include "core/cost/pricebooks.h"
#include "core/export/exporterregistry.h"
#include "core/model/project.h"

namespace Stackdraft::App {

QString PreviewFiles::environmentOf(const QString &path, const QStringList &environments)
{
    const QStringList segments = path.split(QLatin1Char('/'));
    // The file name itself never names an environment; only directories do.
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        if (environments.contains(segments.at(i)))
            return segments.at(i);
    }
    return environments.size() == 1 ? environments.first() : QString();
}

QString PreviewFiles::counterpart(const QString &path, const QString &environment,
                                  const QString &other)
{
    QStringList segments = path.split(QLatin1Char('/'));
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        if (segments.at(i) == environment) {
            segments[i] = other;
            return segments.join(QLatin1Char('/'));
        }
    }
    return {};
}

Core::Result<QList<PreviewFiles::File>> PreviewFiles::list(const Core::Project &project,
                                                           const Core::Catalog &catalog,
                                                           const Core::ExporterRegistry &registry)
{
    QList<File> files;
    for (const Core::Exporter *exporter : registry.exporters()) {
        Core::Result<QList<File>> part = generate(project, catalog, registry, exporter->id(), {},
                                                  Core::ExportSelection::namesOnly());
        if (!part)
            return part.error();
        files.append(std::move(part).value());
        // What the format's generator built and freed (its trees): tens of MB at 10,000
        // components, that stayed resident in this thread's malloc arena while the analysis and
        // the docks grew theirs.
        BackgroundJob::releaseFreedMemory();
    }
    return files;
}

Core::Result<QList<PreviewFiles::File>>
PreviewFiles::generate(const Core::Project &project, const Core::Catalog &catalog,
                       const Core::ExporterRegistry &registry, const QString &format,
                       const QString &environment, const Core::ExportSelection &selection)
{
    const Core::Exporter *exporter = registry.exporter(format);
    if (!exporter)
        return Core::Error {tr("No exporter for the format '%1'.").arg(format)};
    QStringList applicable;
    for (const Core::Environment &env : project.environments) {
        if (exporter->appliesTo(env))
            applicable << env.id;
    }
    QList<File> files;
    if (!environment.isEmpty() && !applicable.contains(environment))
        return files;
    Core::ExportRequest request;
    request.catalog = &catalog;
    request.priceBooks = &Core::PriceBooks::standard(); // the books the app prices with
    request.environment = environment;
    request.selection = selection;
    const Core::Result<Core::ExportSet> set = exporter->generate(project, request);
    if (!set) {
        Core::Error error = set.error();
        error.message = tr("%1: %2").arg(exporter->name(), error.message);
        return error;
    }
    for (auto it = set->files().cbegin(); it != set->files().cend(); ++it) {
        const QString owner = environmentOf(it.key(), applicable);
        // Asked for one environment, an exporter may also write files every environment shares.
        if (!environment.isEmpty() && owner != environment)
            continue;
        files.append(File {exporter->id(), exporter->name(), owner, it.key(), it.value()});
    }
    return files;
}

} // namespace Stackdraft::App
