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

// The one golden-file layout of the plugin tests: tests/plugins/golden/<example>/<format>/, where
// <example> names the project (an example, or a project a test builds) and <format> the exporter,
// with a suffix for a variant ("markdown-pt_BR", "terraform-production-aws").
QString goldenDir(const QString &example, const QString &format);

// Compares `set` with the files under goldenDir(example, format): relative paths and bytes. Returns
// an empty string when they match, else a readable report (files missing or new, and a `diff -u` of
// each that differs). With STACKDRAFT_REGENERATE_GOLDEN=1 in the environment, rewrites that folder
// from `set` instead (and reports only a failure to write).
QString compareWithGolden(const Core::ExportSet &set, const QString &example,
                          const QString &format);

// The files under `dir`, hidden ones included, as sorted paths relative to it.
QStringList filesUnder(const QString &dir);

// Every byte of every file, for "no secret value" and determinism checks.
QByteArray concatenated(const Core::ExportSet &set);

} // namespace Stackdraft::PluginTest
