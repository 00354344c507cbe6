#pragma once

#include <QList>
#include <QString>

namespace Stackdraft::Core {

class Catalog;
struct Component;
struct Environment;
struct Project;

// A way in from the internet, decided once for every platform (Kubernetes Ingress, AWS ALB rules).
// Two shapes in the model lead to one:
//  - an entry component the platform itself realises (a load balancer or WAF whose catalog
//  realisation is
//    not a workload, e.g. "ingress" on Kubernetes) deployed with a host: its routes go to the
//    workloads it connects to, following other such entries (waf -> lb -> frontend);
//  - a workload deployed with a public host of its own: one route to itself.
// A route's path is the target deployment's exposure path, else the connection's label when it is a
// path
// ("/api"), else "/". Routes are sorted longest path first, so "/api" wins over "/".
struct PublicEntry
{
    struct Route
    {
        QString path;
        const Component *target = nullptr;
        int port = 0; // the target's primary port
    };

    const Component *component
        = nullptr; // the entry component (the workload itself for a public workload)
    QString name; // DNS label for the Ingress / ALB
    QString host;
    bool tls = false;
    QList<Route> routes;

    static QList<PublicEntry> list(const Project &project, const Environment &env,
                                   const Catalog &catalog);
};

} // namespace Stackdraft::Core
