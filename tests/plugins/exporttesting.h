#pragma once

#include "core/catalog/catalog.h"
#include "core/cost/pricebooks.h"
#include "core/export/exporterregistry.h"
#include "core/model/project.h"
#include "plugintest.h"

#include <QTest>

// Shared by the plugin tests that go through the registry: the registry loading the plugins of
// this build tree and the examples; golden files and the rest come from support/plugintest.h.
namespace ExportTesting {

using namespace Stackdraft::Core;

inline const QStringList &exampleNames()
{
    static const QStringList names
        = {QStringLiteral("chatgepeto"), QStringLiteral("urbana-connect"),
           QStringLiteral("webot-chatflow")};
    return names;
}

inline ExporterRegistry &registry()
{
    static ExporterRegistry *r = [] {
        auto *loaded = new ExporterRegistry;
        loaded->addDirectory(QStringLiteral(STACKDRAFT_BINARY_DIR "/plugins"));
        return loaded;
    }();
    return *r;
}

inline Project example(const QString &name)
{
    bool ok = false;
    Project project = Stackdraft::PluginTest::loadExample(name, &ok);
    if (!ok)
        qFatal("cannot read the example %s", qPrintable(name));
    return project;
}

// A project made for the conformance tests (tests/conformance/projects/<name>.stackdraft.yaml).
inline Project conformanceProject(const QString &name)
{
    bool ok = false;
    Project project = Stackdraft::PluginTest::loadConformanceProject(name, &ok);
    if (!ok)
        qFatal("cannot read the conformance project %s", qPrintable(name));
    return project;
}

inline Result<ExportSet> generate(const Project &project, const QStringList &formats,
                                  const QString &environment = {},
                                  const ExportSelection &selection = ExportSelection::everything())
{
    const ExportRequest request {.catalog = &Catalog::standard(),
                                 .priceBooks = &PriceBooks::standard(),
                                 .environment = environment,
                                 .selection = selection};
    return registry().generate(project, request, formats);
}

// The text of one generated file; a failed export or a missing path stops the test with what
// there was instead.
inline QString exportedFile(const Project &project, const QString &format, const QString &path)
{
    const Result<ExportSet> set = generate(project, {format});
    if (!set)
        qFatal("export failed: %s", qPrintable(set.error().toString()));
    if (!set->contains(path))
        qFatal("no %s among: %s", qPrintable(path), qPrintable(set->paths().join(u' ')));
    return QString::fromUtf8(set->file(path));
}

using Stackdraft::PluginTest::compareWithGolden;
using Stackdraft::PluginTest::filesUnder;

} // namespace ExportTesting
