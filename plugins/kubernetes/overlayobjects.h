#pragma once

#include "core/export/publicentry.h"
#include "core/export/workload.h"
#include "core/export/yamltree.h"

#include <QString>

namespace Stackdraft::Core {
class Catalog;
struct Project;
} // namespace Stackdraft::Core

namespace Stackdraft::Plugins {

// The objects only overlays hold, since they differ per environment: the Namespace, autoscalers and
// Ingresses.
class OverlayObjects final
{
public:
    static Core::YamlTree namespaceObject(const Core::Project &project, const QString &name);
    // autoscaling/v2, CPU and memory utilisation targets from the deployment's autoscaling.
    static Core::YamlTree horizontalPodAutoscaler(const Core::Project &project,
                                                  const Core::Workload &w);
    // keda.sh/v1alpha1 ScaledObject for an autoscaler with a queue trigger, in place of the HPA
    // (KEDA runs its own HPA; two would fight over the replicas): the queue's scaler reading the
    // broker's URL from the container's own variable (Core::QueueScaler::urlVariable), plus the
    // CPU and memory targets as KEDA cpu/memory triggers.
    static Core::YamlTree scaledObject(const Core::Project &project, const Core::Catalog &catalog,
                                       const Core::Workload &w);
    // networking.k8s.io/v1 with ingressClassName (component property ingressClass, default nginx),
    // Prefix paths, and for TLS a secretName "<entry>-tls" filled by cert-manager (property
    // clusterIssuer, default letsencrypt-prod).
    static Core::YamlTree ingress(const Core::Project &project, const Core::Catalog &catalog,
                                  const Core::PublicEntry &entry);
};

} // namespace Stackdraft::Plugins
