#pragma once

#include "core/model/project.h"

#include <QByteArray>

namespace Stackdraft::Bench {

// Generated projects of any size for the benchmarks, the super-linear test and the kill test: one
// shape at every size, so a figure at 10,000 components is comparable with one at 100.
//
// Components come in cells of ten, like a product team's slice of a platform: a web frontend, an
// API and an orders service, a worker, PostgreSQL, Redis, RabbitMQ, MongoDB, object storage, and
// one of an external partner API, Prometheus or a load balancer. Inside a cell the services
// reference the data stores (`{from: ...}` URLs, so there are connections and derived variables),
// the data stores hold secrets, and each API calls the API of the cell before it, so the graph is
// connected across the whole project. Each cell is a group. Every component is deployed in three
// environments: development on compose (self-hosted prices), staging on kubernetes and production
// on aws-ecs (both priced from aws-us-east-1), with replicas, requests and limits, autoscaling,
// storage, backups, public hosts with TLS and canvas positions. Budgets are generous, so validation
// reports a realistic handful of warnings rather than thousands of errors, and every exporter
// accepts it.
class ProjectGenerator final
{
public:
    static constexpr int CellSize = 10;

    // Exactly `components` components (a last partial cell keeps only references to what exists).
    static Core::Project generate(int components);
    // The same project as a `*.stackdraft.yaml` file (ProjectWriter's canonical form).
    static QByteArray yaml(int components);
    // The terse form of the largest files within ProjectReader::MaxFileSize: ids `c<N>` with the
    // same mix of types, one connection per cell (API to database), and the three environments
    // deploying every component with defaults (`c7: {}`), all in flow style: about 70 bytes per
    // component, so 100,000 components take 7 MB.
    static QByteArray compactYaml(int components);
};

} // namespace Stackdraft::Bench
