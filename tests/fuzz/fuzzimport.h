#pragma once

#include "core/catalog/catalog.h"
#include "core/cost/pricebooks.h"
#include "core/import/importer.h"
#include "core/io/projectreader.h"
#include "core/io/projectwriter.h"
#include "core/validation/validationengine.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

// What every importer fuzz target asserts (src/core/import/importer.h): input that is not what the
// importer reads is one Error with a line and no control character; input that imports gives a
// project the reader loads back (the CLI writes nothing else), that validates, and a report whose
// notes are one line each once shown.
namespace FuzzImport {

inline void run(const Stackdraft::Core::Importer &importer, const std::uint8_t *data,
                std::size_t size, const QString &fileName)
{
    using namespace Stackdraft::Core;
    static const Catalog &catalog = Catalog::standard();
    ImportRequest request;
    request.catalog = &catalog;
    request.files = {
        ImportFile {fileName, QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))}};
    const Result<ImportResult> imported = importer.import(request);
    if (!imported) {
        FuzzCheck::error(imported.error());
        if (imported.error().line <= 0)
            FuzzCheck::fail("an import error without a line", imported.error().toString());
        return;
    }
    const QByteArray written = ProjectWriter::toBytes(imported->project);
    const Result<Project> loaded = ProjectReader::read(written, fileName, catalog);
    if (!loaded)
        FuzzCheck::fail("the imported project does not load", loaded.error().toString());
    (void)ValidationEngine::standard().check(*loaded, catalog, PriceBooks::standard());
    for (const ImportNote &note : imported->report.notes()) {
        if (note.reason == nullptr)
            FuzzCheck::fail("a report note without a reason", note.key);
        (void)note.toString();
    }
}

} // namespace FuzzImport
