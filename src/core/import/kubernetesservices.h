#pragma once

#include "core/import/kubernetesobjects.h"
#include "core/import/kubernetesworkload.h"

#include <memory>
#include <vector>

namespace Stackdraft::Core {

struct Environment;

// What lies around the workloads: Services (host names, public exposure), Ingresses (exposure or
// a load balancer with routes), HorizontalPodAutoscalers, and the metadata of every object.
class KubernetesServices final
{
public:
    using Workloads = std::vector<std::unique_ptr<KubernetesWorkload>>;

    static void readServices(KubernetesObjects &objects, const Workloads &workloads,
                             Environment &env);
    static void readIngresses(KubernetesObjects &objects, Environment &env);
    static void readAutoscalers(KubernetesObjects &objects, Environment &env);
    static void readMetadata(KubernetesObjects &objects, Environment &env);
};

} // namespace Stackdraft::Core
