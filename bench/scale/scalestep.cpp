#include "scale/scalestep.h"

#include "core/catalog/catalog.h"
#include "core/cost/costengine.h"
#include "core/cost/pricebooks.h"
#include "core/export/exporterregistry.h"
#include "core/export/exportwriter.h"
#include "core/io/projectreader.h"
#include "core/model/quantity.h"
#include "core/validation/validationengine.h"

#include <QTemporaryDir>

#include <algorithm>
#include <ctime>
#include <vector>
#include <yaml-cpp/yaml.h>

// Under callgrind (tests/scale/instruction-linearity.sh), only the measured work is instrumented:
// the instruction count is the step's, not the start-up's or the project load's before it.
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#endif

namespace Stackdraft::Bench {

using namespace Stackdraft::Core;

namespace {

const QString FileName = QStringLiteral("generated.stackdraft.yaml");

// Touches every node, as a reader that builds a model would.
size_t walk(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return node.Scalar().size();
    case YAML::NodeType::Sequence: {
        size_t total = 0;
        for (const YAML::Node &item : node)
            total += walk(item);
        return total;
    }
    case YAML::NodeType::Map: {
        size_t total = 0;
        for (const auto &entry : node)
            total += walk(entry.first) + walk(entry.second);
        return total;
    }
    default:
        return 0;
    }
}

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

// Times `work` in CPU milliseconds; `counted` work is also what callgrind counts the
// instructions of (free when not under valgrind).
template<typename Work> double cpuMs(Work &&work, bool counted = true)
{
    if (counted)
        CALLGRIND_START_INSTRUMENTATION;
    const double start = ScaleStep::processCpuMs();
    work();
    const double spent = ScaleStep::processCpuMs() - start;
    if (counted)
        CALLGRIND_STOP_INSTRUMENTATION;
    return spent;
}

ScaleStep::Outcome failed(const QString &message)
{
    ScaleStep::Outcome outcome;
    outcome.error = message;
    return outcome;
}

// export:all writes into an empty directory; with `again` the directory already holds the same
// export (written before the clock starts), as when a user exports again after an edit elsewhere:
// every file is compared and none rewritten.
ScaleStep::Outcome exportStep(const Project &project, const QString &format, bool again = false)
{
    const Catalog &catalog = Catalog::standard();
    const ExporterRegistry &registry = ExporterRegistry::standard();
    const ExportRequest request {.catalog = &catalog,
                                 .priceBooks = &PriceBooks::standard(),
                                 .environment = {},
                                 .language = QStringLiteral("en")};
    const QStringList formats
        = format == QLatin1String("all") ? QStringList() : QStringList {format};
    QTemporaryDir out;
    Result<ExportSet> set = ExportSet {};
    Status written = success();
    ScaleStep::Outcome outcome;
    if (again) {
        set = registry.generate(project, request, formats);
        if (set)
            written = ExportWriter::write(*set, out.path());
    }
    outcome.cpuMs = cpuMs([&] {
        set = registry.generate(project, request, formats);
        if (set && format == QLatin1String("all"))
            written = ExportWriter::write(*set, out.path());
    });
    if (!set)
        return failed(set.error().toString());
    if (!written)
        return failed(written.error().toString());
    outcome.note = QStringLiteral("%1 files").arg(set->paths().size());
    return outcome;
}

} // namespace

double ScaleStep::processCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

QStringList ScaleStep::names()
{
    QStringList all {QStringLiteral("yaml-cpp"), QStringLiteral("load"), QStringLiteral("validate"),
                     QStringLiteral("revalidate"), QStringLiteral("cost")};
    for (const QString &id : ExporterRegistry::standard().ids())
        all << QStringLiteral("export:") + id;
    all << QStringLiteral("export:all") << QStringLiteral("export:all-again");
    return all;
}

ScaleStep::Outcome ScaleStep::run(const QString &name, const QByteArray &bytes, int repeat)
{
    const Catalog &catalog = Catalog::standard();
    const PriceBooks &books = PriceBooks::standard();
    Outcome outcome;
    if (name == QLatin1String("yaml-cpp")) {
        size_t size = 0;
        outcome.cpuMs = cpuMs([&] {
            const YAML::Node root
                = YAML::Load(std::string(bytes.constData(), size_t(bytes.size())));
            size = walk(root);
        });
        outcome.note = QStringLiteral("%1 bytes of text").arg(size);
        return outcome;
    }
    Result<Project> loaded = Error {};
    const double loadMs = cpuMs([&] { loaded = ProjectReader::read(bytes, FileName, catalog); },
                                name == QLatin1String("load"));
    if (!loaded)
        return failed(loaded.error().toString());
    Project project = std::move(loaded).value();
    if (name == QLatin1String("load")) {
        outcome.cpuMs = loadMs;
        outcome.note = QStringLiteral("%1 components").arg(project.components.size());
        return outcome;
    }
    if (name == QLatin1String("validate")) {
        qsizetype problems = 0;
        outcome.cpuMs = cpuMs(
            [&] { problems = ValidationEngine::standard().check(project, catalog, books).size(); });
        outcome.note = QStringLiteral("%1 problems").arg(problems);
        return outcome;
    }
    if (name == QLatin1String("revalidate")) {
        // One edit, as the inspector makes it: the memory of one deployment in the last
        // environment; then that environment is checked again.
        if (project.environments.isEmpty() || project.environments.last().deployments.isEmpty())
            return failed(QStringLiteral("the project has no deployment to edit"));
        Environment &env = project.environments.last();
        Deployment &edited = env.deployments[env.deployments.size() / 2];
        std::vector<double> samples;
        qsizetype problems = 0;
        for (int run = 0; run < std::max(1, repeat); ++run) {
            edited.resources.memoryRequest = (run % 2 ? 2 : 1) * Quantity::Gi;
            samples.push_back(cpuMs([&] {
                problems = ValidationEngine::standard()
                               .checkEnvironment(project, env.id, catalog, books)
                               .size();
            }));
        }
        outcome.cpuMs = median(samples);
        outcome.note
            = QStringLiteral("%1 problems, median of %2").arg(problems).arg(samples.size());
        return outcome;
    }
    if (name == QLatin1String("cost")) {
        double total = 0;
        outcome.cpuMs = cpuMs([&] {
            for (const Environment &env : std::as_const(project.environments))
                total += CostEngine::estimate(project, env, catalog, books).total();
        });
        outcome.note = QStringLiteral("$%1/month").arg(total, 0, 'f', 0);
        return outcome;
    }
    if (name == QLatin1String("selfcheck:quadratic")) {
        // Not a step of the product: a pass that compares every component id with every other,
        // which the linearity gates must see as quadratic (instruction-linearity.sh checks it).
        qsizetype found = 0;
        outcome.cpuMs = cpuMs([&] {
            QStringList ids;
            for (const Component &component : std::as_const(project.components))
                ids << component.id;
            for (const QString &id : std::as_const(ids))
                found += ids.indexOf(id);
        });
        outcome.note = QStringLiteral("%1").arg(found);
        return outcome;
    }
    if (name == QLatin1String("export:all-again"))
        return exportStep(project, QStringLiteral("all"), true);
    if (name.startsWith(QLatin1String("export:")))
        return exportStep(project, name.mid(7));
    return failed(QStringLiteral("unknown step '%1' (steps: %2)")
                      .arg(name, names().join(QLatin1String(", "))));
}

} // namespace Stackdraft::Bench
