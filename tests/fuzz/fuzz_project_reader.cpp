// libFuzzer target: a project file through the reader, then the writer (the canonical bytes must
// read back and write the same bytes), validation and cost (every total finite).
#include "core/catalog/catalog.h"
#include "core/cost/costengine.h"
#include "core/cost/pricebooks.h"
#include "core/io/projectreader.h"
#include "core/io/projectwriter.h"
#include "core/validation/validationengine.h"
#include "fuzzcheck.h"

#include <QStandardPaths>

#include <cmath>
#include <cstdint>

using namespace Stackdraft::Core;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QStandardPaths::setTestModeEnabled(true); // no user catalog or price book directories
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const Catalog &catalog = Catalog::standard();
    static const PriceBooks &books = PriceBooks::standard();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz.stackdraft.yaml");
    const Result<Project> project = ProjectReader::read(bytes, name, catalog);
    if (!project) {
        FuzzCheck::error(project.error());
        if (project.error().line <= 0)
            FuzzCheck::fail("a load error without a line", project.error().toString());
        return 0;
    }
    const QByteArray written = ProjectWriter::toBytes(*project);
    const Result<Project> again = ProjectReader::read(written, name, catalog);
    if (!again)
        FuzzCheck::fail("the writer's bytes do not read back", again.error().toString());
    if (ProjectWriter::toBytes(*again) != written)
        FuzzCheck::fail("write → read → write changed the bytes", QString::fromUtf8(written));
    for (const Problem &problem : ValidationEngine::standard().check(*project, catalog, books)) {
        const QString message = problem.message.toString();
        if (Echo::needsEscaping(message) || Echo::needsEscaping(problem.fix.toString()))
            FuzzCheck::fail("raw control character in a problem", message);
    }
    for (const Environment &environment : project->environments) {
        const double total = CostEngine::estimate(*project, environment, catalog, books).total();
        if (!std::isfinite(total))
            FuzzCheck::fail("a total that is not finite", environment.id);
    }
    return 0;
}
