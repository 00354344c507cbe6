// Import of a generated 1,000-service compose file and a 1,000-workload manifest set, each timed
// side by side with a bare yaml-cpp parse of the same bytes (YAML::Load / LoadAll, no conversion):
// the importer's own work (our YAML tree, interpolation, types, variables, connections) should cost
// at most as much again, i.e. import <= 2x the bare parse. Median of N runs.
//
//   build/bench/bench_import [runs] [services]      (default 9 runs, 1000 services)

#include "core/catalog/catalog.h"
#include "core/import/composeimporter.h"
#include "core/import/kubernetesimporter.h"
#include "core/io/yamlparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>
#include <yaml-cpp/yaml.h>

using namespace Stackdraft::Core;

namespace {

// Blocks of eight: APIs, workers and frontends built or pulled, over PostgreSQL, Redis and
// RabbitMQ, with variables naming their stores, secrets, ports, depends_on, resources and volumes.
QByteArray composeFile(int services)
{
    QByteArray out = "name: big\nservices:\n";
    for (int i = 0; i < services; ++i) {
        const int block = i - i % 8;
        const QByteArray id = "s" + QByteArray::number(i);
        out += "  " + id + ":\n";
        switch (i % 8) {
        case 4:
            out += "    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: "
                   "${PG_PASSWORD}\n"
                   "      POSTGRES_DB: app\n    volumes: ["
                + id + "-data:/var/lib/postgresql/data]\n";
            break;
        case 5:
            out += "    image: redis:7-alpine\n";
            break;
        case 6:
            out += "    image: rabbitmq:3-management\n    ports: [\"5672\"]\n";
            break;
        default:
            out += (i % 2 ? "    build: ./" + id + "\n" : "    image: big/" + id + ":1.0\n");
            out += "    ports: [\"" + QByteArray::number(8000 + i % 8)
                + "\"]\n    environment:\n"
                  "      DATABASE_URL: postgres://app:${PG_PASSWORD}@s"
                + QByteArray::number(block + 4) + ":5432/app\n      REDIS_HOST: s"
                + QByteArray::number(block + 5)
                + "\n      LOG_LEVEL: ${LOG_LEVEL:-info}\n      API_TOKEN: abc\n    depends_on: [s"
                + QByteArray::number(block + 4) + "]\n";
        }
        out += "    deploy:\n      replicas: 2\n      resources:\n        limits: {cpus: \"1\", "
               "memory: 1G}\n        reservations: {cpus: \"0.25\", memory: 256M}\n";
    }
    return out;
}

// One Deployment and one Service per workload, every eighth block with an HPA.
QByteArray manifests(int workloads)
{
    QByteArray out;
    for (int i = 0; i < workloads; ++i) {
        const QByteArray id = "w" + QByteArray::number(i);
        const QByteArray image = i % 8 == 4 ? "postgres:16"
            : i % 8 == 5                    ? "redis:7"
                                            : "big/" + id + ":1";
        out += "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + id
            + "\n  labels: {app: " + id
            + "}\nspec:\n  replicas: 2\n  selector:\n    matchLabels: {app: " + id
            + "}\n  template:\n    metadata:\n      labels: {app: " + id
            + "}\n    spec:\n      containers:\n        - name: " + id
            + "\n          image: " + image
            + "\n          ports: [{name: http, containerPort: 8000}]\n          env:\n"
              "            - {name: DATABASE_URL, value: \"postgres://w"
            + QByteArray::number(i - i % 8 + 4)
            + ":5432/app\"}\n            - {name: SECRET_KEY, valueFrom: {secretKeyRef: {name: "
              "big, "
              "key: secret-key}}}\n          resources:\n            requests: {cpu: 250m, memory: "
              "256Mi}\n            limits: {cpu: \"1\", memory: 1Gi}\n          readinessProbe:\n"
              "            httpGet: {path: /health, port: 8000}\n";
        out += "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: " + id
            + "\nspec:\n  selector: {app: " + id + "}\n  ports: [{port: 8000, targetPort: 8000}]\n";
        if (i % 8 == 0) {
            out += "---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  "
                   "name: "
                + id + "\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: "
                + id + "}\n  minReplicas: 2\n  maxReplicas: 6\n";
        }
    }
    return out;
}

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, atoi(argv[1])) : 9;
    const int count = argc > 2 ? qMax(8, atoi(argv[2])) : 1000;
    const Catalog &catalog = Catalog::standard();
    QTextStream out(stdout);

    struct Case
    {
        const char *name;
        QByteArray bytes;
        const Importer *importer;
        bool many;
    };
    const ComposeImporter compose;
    const KubernetesImporter kubernetes;
    const Case cases[] = {
        {"compose, services", composeFile(count), &compose, false},
        {"kubernetes, workloads", manifests(count), &kubernetes, true},
    };
    out << QStringLiteral("%1 runs each, %2 services/workloads; median ms\n").arg(runs).arg(count);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg("case", -22)
               .arg("MB", 6)
               .arg("yaml-cpp", 10)
               .arg("YamlParser", 11)
               .arg("import", 10)
               .arg("import/yaml-cpp", 16);
    for (const Case &c : cases) {
        const std::string text(c.bytes.constData(), size_t(c.bytes.size()));
        const double bare = medianMs(runs, [&] {
            if (c.many)
                (void)YAML::LoadAll(text);
            else
                (void)YAML::Load(text);
        });
        const double wrapped = medianMs(runs, [&] {
            if (c.many)
                (void)YamlParser::parseAll(c.bytes, QStringLiteral("bench.yaml"));
            else
                (void)YamlParser::parse(c.bytes, QStringLiteral("bench.yaml"));
        });
        int components = 0;
        const double imported = medianMs(runs, [&] {
            ImportRequest request;
            request.catalog = &catalog;
            request.files = {{QStringLiteral("bench.yaml"), c.bytes}};
            request.variables = {{QStringLiteral("PG_PASSWORD"), QStringLiteral("x")}};
            const Result<ImportResult> result = c.importer->import(request);
            components = result ? int(result->project.components.size()) : -1;
        });
        out << QStringLiteral("%1 %2 %3 %4 %5 %6x  (%7 components)\n")
                   .arg(QString::fromLatin1(c.name), -22)
                   .arg(double(c.bytes.size()) / 1e6, 6, 'f', 2)
                   .arg(bare, 10, 'f', 1)
                   .arg(wrapped, 11, 'f', 1)
                   .arg(imported, 10, 'f', 1)
                   .arg(imported / bare, 15, 'f', 2)
                   .arg(components);
    }
    return 0;
}
