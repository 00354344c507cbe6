#pragma once

#include "ecsplan.h"

namespace Stackdraft::Core {
class Catalog;
struct Environment;
struct Project;
struct Workload;
} // namespace Stackdraft::Core

namespace Stackdraft::Plugins {

// What the AWS managed services accept: instance classes sized from a deployment's resources,
// engine versions from its image tag, the port and protocol each service answers on, and the user
// names each engine reserves.
class AwsSizes final
{
public:
    // Engine, version, instance class, storage and node count of a managed data service.
    static EcsPlan::DataService dataService(const Core::Workload &workload,
                                            const Core::Realisation &realisation);
    // The port clients reach the service on, when AWS fixes it (Amazon MQ 5671, OpenSearch and S3
    // 443); 0 when the component's own port stands.
    static int servicePort(Core::Realisation::Kind kind);
    // Managed services answer on their own port and only over TLS; the model's container settings
    // describe the self-hosted image. Adapting a copy of the model and catalog lets the shared
    // resolver build URLs that are right on AWS.
    static void adapt(Core::Project &project, Core::Catalog &catalog, const Core::Environment &env);
    // Whether the service answers over TLS only (amqps://, https://).
    static bool tlsOnly(Core::Realisation::Kind kind);
    // `user`, or a name the engine accepts as its master user when it reserves `user` (RDS for
    // PostgreSQL refuses "postgres", Amazon MQ "guest").
    static QString allowedUser(Core::Realisation::Kind kind, const QString &user);
};

} // namespace Stackdraft::Plugins
