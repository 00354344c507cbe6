#pragma once

#include "core/export/exportset.h"
#include "core/result.h"

#include <QObject>
#include <QString>
#include <QtPlugin>

namespace Stackdraft::Core {

class Catalog;
class PriceBooks;
struct Environment;
struct Project;

// What a generator is asked for. The catalog and price books are passed in, never looked up by a
// generator: the caller decides which user directories count (the tests: none).
struct ExportRequest
{
    const Catalog *catalog = nullptr; // never null when called by ExporterRegistry
    const PriceBooks *priceBooks = nullptr; // never null when called by ExporterRegistry
    QString environment; // empty: every environment the exporter applies to
    QString language = QStringLiteral("en"); // documents: "en" or "pt_BR"
    // Whose bytes the returned set keeps (every path is listed either way): exporters make their
    // sets from it and skip the work of files it does not want.
    ExportSelection selection = ExportSelection::everything();
};

// One output format. Implementations are pure: Project -> {path -> bytes}, deterministic (sorted
// keys, no timestamps), no I/O. Each lives in a Qt plugin under plugins/.
class Exporter
{
public:
    virtual ~Exporter() = default;

    virtual QString id() const = 0; // "compose", "k8s", "terraform", "mermaid", "markdown"
    virtual QString name() const = 0; // shown to people (translated)
    // Whether this exporter writes anything for `env` (compose: platform compose; mermaid: every
    // env).
    virtual bool appliesTo(const Environment &env) const = 0;
    virtual Result<ExportSet> generate(const Project &project,
                                       const ExportRequest &request) const = 0;
};

} // namespace Stackdraft::Core

#define StackdraftExporter_iid "org.stackdraft.Exporter/2"
Q_DECLARE_INTERFACE(Stackdraft::Core::Exporter, StackdraftExporter_iid)
