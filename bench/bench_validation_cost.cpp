// Re-validate and re-price after one edit, on a 1,000-component, 3-environment project.
// Not a test: it prints timings (median of N runs) for the README's benchmark table. Target: under
// 16 ms for the edited environment, so the editor can re-check on every change at 60 fps.
//
//   build/bench/bench_validation_cost [runs]      (default 30 runs)

#include "core/catalog/catalog.h"
#include "core/cost/costengine.h"
#include "core/cost/pricebooks.h"
#include "core/model/quantity.h"
#include "core/validation/validationengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Stackdraft::Core;

namespace {

// Services, workers and frontends in front of data stores and brokers, with env references,
// secrets, connections and monitoring, spread over development (compose), staging (kubernetes) and
// production (aws-ecs with budgets, so the cost rule prices the environment while validating it).
Project bigProject(int componentCount)
{
    static const char *types[] = {"backend-service", "backend-service", "worker",   "web-frontend",
                                  "postgresql",      "redis",           "rabbitmq", "prometheus"};
    Project p;
    p.name = QStringLiteral("big");
    for (int i = 0; i < componentCount; ++i) {
        Component c;
        c.id = QStringLiteral("c%1").arg(i);
        c.type = QString::fromLatin1(types[i % 8]);
        c.image = QStringLiteral("big/%1:1").arg(c.id);
        if (c.type == QLatin1String("postgresql"))
            c.env = {EnvVar::secretRef(QStringLiteral("POSTGRES_PASSWORD"),
                                       c.id + QStringLiteral("-password")),
                     EnvVar::literal(QStringLiteral("POSTGRES_DB"), QStringLiteral("app"))};
        if (c.type == QLatin1String("rabbitmq"))
            c.env
                = {EnvVar::literal(QStringLiteral("RABBITMQ_DEFAULT_USER"), QStringLiteral("app")),
                   EnvVar::secretRef(QStringLiteral("RABBITMQ_DEFAULT_PASS"),
                                     c.id + QStringLiteral("-pass"))};
        if (i % 8 < 3) {
            const int store = i - i % 8 + 4; // the postgresql of this block of eight
            if (store < componentCount) {
                c.env << EnvVar::reference(QStringLiteral("DATABASE_URL"),
                                           QStringLiteral("c%1").arg(store));
                p.connections << Connection {c.id, QStringLiteral("c%1").arg(store), {}, 0};
            }
        }
        p.components << c;
    }
    const Platform platforms[] = {Platform::Compose, Platform::Kubernetes, Platform::AwsEcs};
    const char *ids[] = {"development", "staging", "production"};
    for (int e = 0; e < 3; ++e) {
        Environment env;
        env.id = QString::fromLatin1(ids[e]);
        env.platform = platforms[e];
        if (e > 0)
            env.region = QStringLiteral("us-east-1");
        env.budget = {4000 * 1000, 8000 * Quantity::Gi, 1000000};
        env.usage = {100, 10, 7, 2, 0.5, 10};
        for (const Component &c : std::as_const(p.components)) {
            Deployment d;
            d.component = c.id;
            d.replicas = e == 2 ? 2 : 1;
            d.resources.cpuRequest = 500;
            d.resources.memoryRequest = Quantity::Gi;
            d.backup = true;
            env.deployments << d;
        }
        p.environments << env;
    }
    return p;
}

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = std::max(1, argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 30);
    const Catalog &catalog = Catalog::standard();
    const PriceBooks &books = PriceBooks::standard();
    const ValidationEngine &engine = ValidationEngine::standard();
    Project project = bigProject(1000);

    std::vector<double> editedEnv;
    std::vector<double> wholeProject;
    qsizetype problems = 0;
    double total = 0;
    for (int run = 0; run < runs; ++run) {
        // One edit: the memory of one deployment in production, as the inspector would make it.
        Deployment *d
            = project.environment(QStringLiteral("production"))->deployment(QStringLiteral("c500"));
        d->resources.memoryRequest = (run % 2 ? 2 : 1) * Quantity::Gi;

        QElapsedTimer timer;
        timer.start();
        // As the live analysis does it: priced once, and the budget rule reads that estimate.
        const CostReport report = CostEngine::estimate(
            project, *project.environment(QStringLiteral("production")), catalog, books);
        problems
            = engine
                  .checkEnvironment(project, QStringLiteral("production"), catalog, books, &report)
                  .size();
        total = report.total();
        editedEnv.push_back(timer.nsecsElapsed() / 1e6);

        timer.restart();
        qsizetype all = engine.check(project, catalog, books).size();
        for (const Environment &env : std::as_const(project.environments))
            all += CostEngine::estimate(project, env, catalog, books).lines.size();
        wholeProject.push_back(timer.nsecsElapsed() / 1e6);
        Q_UNUSED(all);
    }
    QTextStream out(stdout);
    out << "1,000 components x 3 environments, " << runs << " runs (median)\n"
        << "  re-validate + re-price the edited environment: "
        << QString::number(median(editedEnv), 'f', 2) << " ms  (" << problems << " problems, $"
        << QString::number(total, 'f', 2) << "/month)\n"
        << "  re-validate + re-price all 3 environments:     "
        << QString::number(median(wholeProject), 'f', 2) << " ms\n"
        << "  target for the edited environment: 16 ms (one frame at 60 fps): "
        << (median(editedEnv) < 16 ? "met" : "NOT met") << '\n';
    return 0;
}
