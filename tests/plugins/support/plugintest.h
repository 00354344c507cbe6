#pragma once

#include "core/catalog/catalog.h"
#include "core/cost/pricebooks.h"
#include "core/export/exporter.h"
#include "core/model/project.h"

#include <QString>

// Helpers for the exporter plugin tests (namespace, not a class: each is one small step of a test).
namespace Stackdraft::PluginTest {

// The exporter in the build tree's plugin directory whose file name contains `name` ("mermaid");
// nullptr, with the loader's message in `error`, when it cannot be loaded.
Core::Exporter *loadExporter(const QString &name, QString *error);

// examples/<name>.stackdraft.yaml read with the standard catalog; fails the test when it cannot be
// read.
Core::Project loadExample(const QString &name, bool *ok);
// tests/conformance/projects/<name>.stackdraft.yaml, likewise.
Core::Project loadConformanceProject(const QString &name, bool *ok);

// Compares `set` with the files under `goldenDir` (relative paths and bytes). On a mismatch,
// `report` receives the paths that differ and a `diff -u` of each; returns whether they match. With
// STACKDRAFT_REGENERATE_GOLDEN=1 in the environment, rewrites `goldenDir` from `set` and returns
// true.
bool matchesGolden(const Core::ExportSet &set, const QString &goldenDir, QString *report);

// Every byte of every file, for "no secret value" and determinism checks.
QByteArray concatenated(const Core::ExportSet &set);

} // namespace Stackdraft::PluginTest
